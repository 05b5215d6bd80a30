"""call_soon_threadsafe called from the loop's own thread (code that uses it everywhere "to be safe")
queues the callback at once, exactly like call_soon: the two interleave in call order, ahead of the
task's next step, and a future completed that way runs its done callback one iteration later."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(print, 1)
    loop.call_soon(print, 2)
    loop.call_soon_threadsafe(print, 3)
    future = loop.create_future()
    future.add_done_callback(lambda f: print("done callback", f.result()))
    loop.call_soon_threadsafe(future.set_result, "set")
    loop.call_soon(print, 4)
    await asyncio.sleep(0)
    print("main resumed")
    print(await future)


asyncio.run(main())
