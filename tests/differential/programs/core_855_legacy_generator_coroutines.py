"""Pre-3.5 style coroutines still found in old tutorials: @types.coroutine generators with `yield from`, a bare
`yield` as a sleep(0), and the classic mistake of `yield fut` instead of `yield from fut`."""
import asyncio
import types


@types.coroutine
def legacy_sleep_then(value):
    yield from asyncio.sleep(0.05)
    return value


@types.coroutine
def bare_yield(log, name):
    log.append(f"{name} before")
    yield
    log.append(f"{name} after")


@types.coroutine
def waits_on(fut, correct):
    if correct:
        result = yield from fut
    else:
        result = yield fut
    return result


async def other(log):
    log.append("other ran")


async def main():
    print(await legacy_sleep_then("legacy value"))
    log = []
    t = asyncio.create_task(other(log))
    await bare_yield(log, "bare")
    await t
    print(log)
    loop = asyncio.get_running_loop()
    for correct in (True, False):
        fut = loop.create_future()
        loop.call_later(0.05, fut.set_result, "future value")
        try:
            print("yield from" if correct else "yield", "->", await waits_on(fut, correct))
        except RuntimeError as e:
            print("yield ->", "RuntimeError:", str(e).split(" in task")[0])
            print("the future is still pending:", not fut.done(), "flag:", fut._asyncio_future_blocking)
            await asyncio.sleep(0.1)
    print(asyncio.iscoroutine(legacy_sleep_then(1)), asyncio.iscoroutinefunction(legacy_sleep_then))


asyncio.run(main())
