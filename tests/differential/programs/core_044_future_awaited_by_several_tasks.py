import asyncio


async def waiter(fut, name):
    print(name, "waiting")
    v = await fut
    print(name, "woke with", v)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("plain callback"))
    loop.call_soon(print, "call_soon before set_result")
    fut.set_result("go")
    loop.call_soon(print, "call_soon after set_result")
    await asyncio.gather(*tasks)
    print("end")


asyncio.run(main())
