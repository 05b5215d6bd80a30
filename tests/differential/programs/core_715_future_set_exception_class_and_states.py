"""Future.set_exception given a class instantiates it; exception() returns it; set_result on a cancelled
future raises InvalidStateError; the exception() of a pending future raises InvalidStateError too."""
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("pending:", e)
    f.set_exception(ValueError)
    print(repr(f.exception()), f.done(), f.cancelled())
    g = loop.create_future()
    print(g.cancel("why"), g.cancel())
    try:
        g.set_result(1)
    except asyncio.InvalidStateError as e:
        print("cancelled:", e)
    try:
        f.set_exception(TypeError("t"))
    except asyncio.InvalidStateError as e:
        print("done:", e)
    try:
        loop.create_future().set_exception(asyncio.CancelledError())
    except TypeError as e:
        print("type:", e)
    try:
        f.result()
    except ValueError as e:
        print("result raises", repr(e))

asyncio.run(main())
