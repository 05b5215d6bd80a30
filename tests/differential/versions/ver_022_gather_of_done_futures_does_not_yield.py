# changes: gather_takes_done_children_at_once
# 3.12: gather() handles children that are already done immediately, so gathering done futures
# gives a done future and `await` does not yield; 3.11 waited for their done callbacks.
import asyncio


async def other():
    print("other task runs")


async def main():
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    f1.set_result(1)
    f2.set_result(2)
    task = asyncio.create_task(other())
    outer = asyncio.gather(f1, f2)
    print("gather done at once:", outer.done())
    print("results:", await outer)
    await task


asyncio.run(main())
