import asyncio


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: cancelling", me.cancelling())
                raise
    except TimeoutError:
        print("after: cancelling", me.cancelling())

    async def victim():
        try:
            async with asyncio.timeout(0.02):
                await asyncio.sleep(1)
        except TimeoutError:
            print("victim: TimeoutError (wrong)")
        except asyncio.CancelledError:
            print("victim: CancelledError, cancelling", asyncio.current_task().cancelling())
            raise

    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("victim cancelled", t.cancelled())

    async def both_same_iteration():
        try:
            async with asyncio.timeout(0.02):
                await asyncio.sleep(1)
        except TimeoutError:
            print("both: TimeoutError")
        except asyncio.CancelledError:
            print("both: CancelledError, cancelling", asyncio.current_task().cancelling())
            raise

    t = asyncio.create_task(both_same_iteration())
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, t.cancel)
    try:
        await t
    except asyncio.CancelledError:
        print("both cancelled", t.cancelled())

    async def swallow():
        try:
            async with asyncio.timeout(0.01):
                try:
                    await asyncio.sleep(1)
                except asyncio.CancelledError:
                    print("swallowing")
                await asyncio.sleep(0.02)
                print("body ends normally")
        except TimeoutError:
            print("swallow: TimeoutError")
        print("swallow cancelling", asyncio.current_task().cancelling())

    await asyncio.create_task(swallow())


asyncio.run(main())
