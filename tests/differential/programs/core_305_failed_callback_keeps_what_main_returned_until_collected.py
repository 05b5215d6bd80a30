"""A callback that raised during asyncio.run keeps what main() returned alive until a garbage collection, on
every version: the error, reported to the handler, is in a cycle with asyncio's frame that ran the callback, and
that frame keeps the frames below it, run_until_complete's among them, which holds the main task and so its
result. Without a failed callback the result goes as soon as the program drops it."""
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


def report_error(loop, context):
    print("  handler:", repr(context["exception"]))


def parse(line):
    return int(line)


async def main(failing):
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report_error)
    loop.call_soon(parse, "12")
    if failing == "call_soon":
        loop.call_soon(parse, "twelve")
    elif failing == "done callback":
        future = loop.create_future()
        future.add_done_callback(lambda done: parse(done.result()))
        future.set_result("x")
    await asyncio.sleep(0.01)
    return Report(f"report ({failing})")


for failing in ("call_soon", "done callback", "nothing"):
    print(failing)
    result = asyncio.run(main(failing))
    del result
    print("  dropped")
    gc.collect()
    print("  collected")
