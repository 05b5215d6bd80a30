import asyncio
async def main():
    print("x")
    raise KeyboardInterrupt
asyncio.run(main())
