"""A program that sets logging to DEBUG on stdout also prints asyncio's own debug lines: every loop
it makes logs "Using selector: EpollSelector" (asyncio.run, new_event_loop, Runner), and a loop in
debug mode logs "Close <_UnixSelectorEventLoop ...>" as it closes."""
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")


async def worker(n):
    log.info("worker %d start", n)
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError("two")
    log.info("worker %d done", n)
    return n


async def main():
    log.debug("main start")
    results = await asyncio.gather(*(worker(i) for i in range(3)), return_exceptions=True)
    log.warning("results %s", results)


asyncio.run(main())
asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
loop.run_until_complete(worker(1))
loop.close()
with asyncio.Runner(debug=True) as runner:
    runner.run(worker(0))
log.info("end")
