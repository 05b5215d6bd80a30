# changes: wait_for_uses_timeout
# 3.11: wait_for's inner task takes its first step after the tasks already scheduled;
# 3.12+: the coroutine starts at once, in the caller's step.
import asyncio


async def other():
    print("other task runs")


async def child():
    print("child starts")
    await asyncio.sleep(0)
    print("child ends")


async def main():
    task = asyncio.create_task(other())
    await asyncio.wait_for(child(), timeout=5)
    await task
    print("main ends")


asyncio.run(main())
