import asyncio


async def job(name, d):
    try:
        await asyncio.sleep(d)
        return name
    finally:
        print("job", name, "finally")


async def main():
    try:
        for fut in asyncio.as_completed([job("fast", 0.01), job("slow", 0.05)], timeout=0.03):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    await asyncio.sleep(0.04)
    print("end")


asyncio.run(main())
