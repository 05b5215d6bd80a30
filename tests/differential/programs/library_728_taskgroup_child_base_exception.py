"""A TaskGroup child raising KeyboardInterrupt-like base exception (SystemExit here): siblings are
cancelled and the SystemExit itself, not an ExceptionGroup, leaves the group."""
import asyncio

async def quitter():
    await asyncio.sleep(0.1)
    raise SystemExit(3)

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(sibling())
    except SystemExit as e:
        print("SystemExit", e.code)
    except BaseExceptionGroup as eg:
        print("group", eg)

asyncio.run(main())
