"""An async generator left suspended inside `async for` (break) is closed by asyncio.run's
shutdown_asyncgens after main returns; its finally sees GeneratorExit."""
import asyncio

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    except GeneratorExit:
        print("generator exit")
        raise
    finally:
        print("finally")

async def main():
    g = numbers()
    async for n in g:
        print(n)
        if n == 2:
            break
    print("main returns")

asyncio.run(main())
print("after run")
