# changes: traceback_holds_running_future
# When "exception was never retrieved" is reported for what main() returns: from 3.12 the failed task's
# traceback keeps asyncio.run's frames, and so the main task and its result, alive until garbage collection;
# a future failed in a callback is kept by its own frame on every version, one failed without raising by nothing.
import asyncio
import gc

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()


def report(loop, context):
    print("  reported:", context["message"], repr(context["exception"]))


async def fail(label):
    raise ValueError(label)


def fail_in_callback(future):
    try:
        raise KeyError("raised in a callback")
    except KeyError as error:
        future.set_exception(error)


async def main(shape):
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    task = asyncio.create_task(fail(shape))
    raised = loop.create_future()
    loop.call_soon(fail_in_callback, raised)
    made = loop.create_future()
    made.set_exception(KeyError("never raised"))
    await asyncio.sleep(0.01)
    if shape == "task returned":
        return task
    if shape == "task in a list":
        return [task]
    if shape == "future with a traceback":
        return raised
    if shape == "future without one":
        return made


for shape in ("task returned", "task in a list", "future with a traceback", "future without one"):
    print(shape)
    result = asyncio.run(main(shape))
    gc.collect()
    print("  dropping the result")
    del result
    print("  collecting garbage")
    gc.collect()
