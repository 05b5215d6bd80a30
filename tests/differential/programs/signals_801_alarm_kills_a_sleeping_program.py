"""signal.alarm(1) with no handler for SIGALRM, then a 3 s sleep: the alarm kills the process after 1 s (exit
status 128 + 14), and what it printed is lost with it (stdout to a file or pipe is block-buffered)."""
import asyncio
import signal


async def main():
    signal.alarm(1)
    print("sleeping 3 s")
    await asyncio.sleep(3)
    print("never printed")


asyncio.run(main())
