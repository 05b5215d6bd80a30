"""Tutorial: what Ctrl-C does to asyncio.run: tasks see CancelledError, finally blocks run, then KeyboardInterrupt."""
import asyncio
import signal


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} downloaded")
    except asyncio.CancelledError:
        print(f"{name} interrupted, removing partial file")
        raise
    finally:
        print(f"{name} closed its connection")


async def main():
    tasks = [asyncio.create_task(download(n, s)) for n, s in (("a", 0.1), ("b", 1), ("c", 2))]
    asyncio.get_running_loop().call_later(0.5, signal.raise_signal, signal.SIGINT)
    try:
        await asyncio.gather(*tasks)
    finally:
        print("main: leaving; tasks still pending:", sum(not t.done() for t in tasks))


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("Interrupted by user")
