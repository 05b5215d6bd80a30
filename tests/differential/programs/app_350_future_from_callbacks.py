"""Bridge a callback-style API to async/await with loop.create_future()."""
import asyncio


def legacy_fetch(loop, key, callback):
    """A callback API: calls callback(error, value) later."""
    if key == "bad":
        loop.call_later(0.01, callback, KeyError(key), None)
    else:
        loop.call_later(0.02, callback, None, f"value-of-{key}")


def fetch(key):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def done(error, value):
        if fut.cancelled():
            print(f"  callback for {key} arrived after cancellation")
            return
        if error:
            fut.set_exception(error)
        else:
            fut.set_result(value)

    legacy_fetch(loop, key, done)
    return fut


async def main():
    print(await fetch("a"))
    try:
        await fetch("bad")
    except KeyError as exc:
        print("error:", repr(exc))
    try:
        await asyncio.wait_for(fetch("slow"), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    await asyncio.sleep(0.02)
    print(await asyncio.gather(fetch("x"), fetch("y")))


asyncio.run(main())
