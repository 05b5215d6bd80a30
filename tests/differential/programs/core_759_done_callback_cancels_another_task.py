"""A done callback of one future cancels a task that was just woken by another future in the same
iteration: the woken task gets CancelledError instead of its result, since cancel() came before its step."""
import asyncio

async def waiter(fut):
    try:
        print("waiter got", await fut)
    except asyncio.CancelledError as e:
        print("waiter cancelled", e.args)

async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    t = asyncio.create_task(waiter(f2))
    await asyncio.sleep(0)
    f1.add_done_callback(lambda _: print("cancel returns", t.cancel("from callback")))
    f1.set_result(1)
    f2.set_result(2)
    await asyncio.sleep(0)
    await t
    print("t cancelled?", t.cancelled())

asyncio.run(main())
