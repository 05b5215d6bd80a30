# changes: traceback_holds_running_future
# What main() returns lives on while it holds an error raised in a task: from 3.12 that error's traceback keeps
# asyncio.run's frames alive, and with them the main task and its result, a cycle freed only by garbage
# collection, even when the failed tasks themselves are long gone (gather(return_exceptions=True), or
# task.exception() kept), unless the error lost its traceback. On 3.11 the result goes as soon as it is dropped.
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


class Report:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


async def fetch(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ConnectionError(url)
    return len(url)


async def gathered():
    results = await asyncio.gather(fetch("a.example"), fetch("bad.example"), return_exceptions=True)
    print("  results:", results)
    return {"report": Report("gathered report"), "results": results}


async def exception_kept():
    task = asyncio.create_task(fetch("bad.example/kept"))
    await asyncio.wait([task])
    error = task.exception()
    del task
    return {"report": Report("kept report"), "error": error}


async def traceback_dropped():
    results = await asyncio.gather(fetch("a.example"), fetch("bad.example"), return_exceptions=True)
    for result in results:
        if isinstance(result, Exception):
            result.with_traceback(None)
    return {"report": Report("report without tracebacks"), "results": results}


async def no_error_kept():
    results = await asyncio.gather(fetch("a.example"), fetch("bad.example"), return_exceptions=True)
    return {"report": Report("clean report"), "results": [r for r in results if not isinstance(r, Exception)]}


for main in (gathered, exception_kept, traceback_dropped, no_error_kept):
    print(main.__name__)
    outcome = asyncio.run(main())
    print("  after run")
    del outcome
    print("  dropped what main returned")
    gc.collect()
print("end")
