"""A callback that raises is reported by the loop's exception handler, and then its handle, its arguments and
the exception stay alive until a garbage collection: asyncio's Handle._run keeps the report's context in a local,
which the exception's traceback holds (a cycle). A callback that returns lets go of its arguments at once."""
import asyncio
import gc

gc.disable()


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def fails(resource):
    raise ValueError(resource.name)


def works(resource):
    print("used", resource.name)


def report(loop, context):
    print("reported:", context["message"].split("(")[0], repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    loop.call_soon(works, Resource("argument of a callback that returns"))
    loop.call_soon(fails, Resource("argument of a callback that raises"))
    await asyncio.sleep(0)
    print("after the callbacks")
    future = loop.create_future()
    future.add_done_callback(lambda done, resource=Resource("default of a done callback"): fails(resource))
    future.set_result(None)
    await asyncio.sleep(0)
    print("after the done callback")
    gc.collect()
    print("collected")


asyncio.run(main())
