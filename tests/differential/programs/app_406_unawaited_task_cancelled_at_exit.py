"""Tasks nobody awaits: the quick one finishes, the slow one is cancelled when asyncio.run ends."""
import asyncio


async def background(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled by asyncio.run cleanup")
        raise
    finally:
        print(f"{name} finally")


async def main():
    asyncio.create_task(background("quick", 0.01))
    asyncio.create_task(background("slow", 1.0))
    await asyncio.sleep(0.02)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after asyncio.run")
