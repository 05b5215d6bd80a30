# changes: wait_for_uses_timeout
# 3.12 rebuilt wait_for on asyncio.timeout(): the coroutine runs in the caller's task, where 3.11
# wrapped it in a task of its own.
import asyncio


async def inner(outer):
    me = asyncio.current_task()
    print("inner runs in the caller's task:", me is outer)
    print("inner's task:", me.get_name())
    return "result"


async def main():
    outer = asyncio.current_task()
    print(await asyncio.wait_for(inner(outer), timeout=5))
    later = asyncio.create_task(asyncio.sleep(0))
    print("next task:", later.get_name())
    await later


asyncio.run(main())
