# changes: named_tasks_take_no_number
# 3.13: a task created with a name no longer takes a Task-N number (create_task passes the name through
# to the loop); 3.11 and 3.12 create the task unnamed, then rename it, spending a number.
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    named = asyncio.create_task(work(), name="worker")
    unnamed = asyncio.create_task(work())
    print(named.get_name(), unnamed.get_name())
    via_loop = asyncio.get_running_loop().create_task(work(), name="via-loop")
    after_loop = asyncio.create_task(work())
    print(via_loop.get_name(), after_loop.get_name())
    await asyncio.gather(named, unnamed, via_loop, after_loop)


asyncio.run(main())
