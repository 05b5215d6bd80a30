import asyncio


async def leftover(name):
    try:
        await asyncio.sleep(10)
    finally:
        names = sorted(t.get_name() for t in asyncio.all_tasks())
        print(name, "finally: current", asyncio.current_task().get_name(), "all", names)


async def main():
    loop = asyncio.get_running_loop()
    print("main current", asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    loop.call_soon(lambda: print("in callback current task:", asyncio.current_task()))
    await asyncio.sleep(0)
    # One leftover task only: asyncio.run cancels leftovers in set order, which no other loop can follow.
    asyncio.create_task(leftover("x"), name="x")
    print("all before yield", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0)
    done = asyncio.create_task(asyncio.sleep(0))
    await done
    print("done task in all_tasks?", done in asyncio.all_tasks())
    print("main exits")


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
