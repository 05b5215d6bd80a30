"""A future's done callbacks and two tasks awaiting it: who hears about the result in what order."""
import asyncio


async def awaiter(name, fut):
    print(name, "waiting")
    value = await fut
    print(name, "got", value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1 sees", f.result()))
    t1 = asyncio.create_task(awaiter("t1", fut))
    t2 = asyncio.create_task(awaiter("t2", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("callback 2 sees", f.result()))
    loop.call_soon(fut.set_result, 42)
    print("set_result scheduled")
    await asyncio.gather(t1, t2)
    fut.add_done_callback(lambda f: print("callback added after done runs soon too"))
    print("added the late callback")
    await asyncio.sleep(0)
    print("removed:", fut.remove_done_callback(print))
    try:
        fut.set_result(43)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())
