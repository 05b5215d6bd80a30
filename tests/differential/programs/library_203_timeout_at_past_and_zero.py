import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts")
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("timeout_at in the past")
    try:
        async with asyncio.timeout(0):
            print("body with timeout(0)")
    except TimeoutError:
        print("no await: no timeout?")
    else:
        print("completed without awaiting")
    try:
        async with asyncio.timeout(0):
            x = 0
            for _ in range(3):
                x += 1
            await asyncio.sleep(0)
            print("never", x)
    except TimeoutError:
        print("timeout(0) with await")
    try:
        async with asyncio.timeout(-1):
            await asyncio.sleep(0.01)
    except TimeoutError:
        print("negative timeout")
    print("cancelling", asyncio.current_task().cancelling())


asyncio.run(main())
