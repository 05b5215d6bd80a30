import asyncio


async def main():
    return 1


print(asyncio.run(main()))
try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(", got")[0])
asyncio.run(42)
