# changes: none
# Every version: uncancel() bringing the count back to zero once the cancellation was delivered (or with
# none requested) has nothing to withdraw; an expired timeout takes back its own delivered cancellation,
# whether the block lets it through, swallows it or ends normally after a cleanup; a subclass of
# CancelledError leaving a timeout that did not expire goes through.
import asyncio


class Interrupted(asyncio.CancelledError):
    pass


async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("delivered; cancelling:", me.cancelling())
        print("uncancel ->", me.uncancel())
    await asyncio.sleep(0)
    print("the next await went through; cancelling:", me.cancelling())
    print("uncancel with nothing requested ->", me.uncancel())
    return "worker finished"


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    print(await task)

    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError as error:
        print("timed out, from", type(error.__cause__).__name__, "; cancelling:", me.cancelling())

    async with asyncio.timeout(0.05) as scope:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("the block swallowed the cancellation")
    print("expired:", scope.expired(), "; cancelling:", me.cancelling())

    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(0.01)
            raise Interrupted("before the deadline")
    except Interrupted as error:
        print("Interrupted came through the timeout:", error)

    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            finally:
                print("cleanup after the deadline, then the block ends normally")
    except TimeoutError:
        print("timed out again")
    await asyncio.sleep(0)
    print("main goes on; cancelling:", me.cancelling())


asyncio.run(main())
