"""Tasks still running when main returns (one a run): one cleans up, one raises while cancelled, one ignores the cancel once."""
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def polite():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("polite: cleaning up")
        await asyncio.sleep(0.1)
        print("polite: clean")
        raise


async def crashes_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("crashy: raising something else")
        raise RuntimeError("cleanup failed")


async def ignores_once():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancel, working a bit more")
    await asyncio.sleep(0.2)
    print("stubborn: done after all")
    return "late result"


async def main(leftover):
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(leftover())
    await asyncio.sleep(0.1)
    print("main returns")


# One leftover task a run: asyncio.run cancels several leftovers in an order of its own (a set's).
for leftover in (polite, crashes_on_cancel, ignores_once):
    asyncio.run(main(leftover))
    print("after run")
