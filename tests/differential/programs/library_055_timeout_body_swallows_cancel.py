import asyncio


async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(0.05)
        except asyncio.CancelledError:
            print("body swallowed the timeout's cancel")
    print("no TimeoutError raised; expired:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
