import asyncio


async def job():
    return 1


async def main():
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([asyncio.create_task(job())], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
