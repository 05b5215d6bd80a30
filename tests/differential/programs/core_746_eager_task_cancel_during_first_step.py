"""An eager task (3.12+) that cancels itself in its first step, and one cancelled by its creator right
after create_task returns: both end cancelled; the first never gets past its next await."""
import asyncio
import sys

async def self_cancel():
    asyncio.current_task().cancel("me")
    print("still running after self-cancel")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("self_cancel got", e.args)
        raise

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("sleeper got", e.args)
        raise

async def main():
    if sys.version_info < (3, 12):
        print("no eager tasks")
        return
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    a = asyncio.create_task(self_cancel())
    b = asyncio.create_task(sleeper())
    print("cancel b:", b.cancel("creator"))
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([repr(r) for r in res])

asyncio.run(main())
