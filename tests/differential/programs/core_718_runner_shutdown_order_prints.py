"""Clean-up order at the end of asyncio.run: leftover task cancelled and awaited first, then async
generators closed, then the default executor shut down; a loop.shutdown_asyncgens hook prints."""
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen closed, tasks left:", len(asyncio.all_tasks()))

async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover finally")

g = None

async def main():
    global g
    g = agen()
    await g.__anext__()
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("end")
