"""Logging to stdout with a Filter that stamps each record with the current task's name (as 3.11 code does)."""
import asyncio
import logging
import sys


class TaskNameFilter(logging.Filter):
    def filter(self, record):
        try:
            task = asyncio.current_task()
        except RuntimeError:
            task = None
        record.task = task.get_name() if task else "-"
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(TaskNameFilter())
handler.setFormatter(logging.Formatter("%(levelname)-7s %(task)-8s %(name)s: %(message)s"))
log = logging.getLogger("svc")
log.addHandler(handler)
log.setLevel(logging.DEBUG)


async def fetch(n):
    log.debug("fetching %d", n)
    await asyncio.sleep(0.01 * (3 - n))
    if n == 1:
        log.error("fetch %d failed", n)
        raise OSError(f"fetch {n}")
    log.info("fetched %d", n)
    return n


async def main():
    log.info("starting")
    tasks = [asyncio.create_task(fetch(n), name=f"fetch-{n}") for n in range(3)]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    log.warning("results: %r", results)


log.info("before the loop")
asyncio.run(main())
log.info("after the loop")
