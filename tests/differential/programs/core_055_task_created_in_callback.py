import asyncio


async def child(name):
    print("child", name, "step 1")
    await asyncio.sleep(0)
    print("child", name, "step 2")


def cb(loop, holder):
    print("callback creates a task")
    holder.append(loop.create_task(child("from-callback")))
    loop.call_soon(print, "callback's call_soon")


async def main():
    loop = asyncio.get_running_loop()
    holder = []
    loop.call_soon(cb, loop, holder)
    t = asyncio.create_task(child("from-main"))
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after second sleep(0)")
    await asyncio.gather(t, *holder)


asyncio.run(main())
