"""The user presses 'cancel' on a long download; the task cleans up its partial file."""
import asyncio


async def download(name, chunks):
    received = 0
    try:
        for _ in range(chunks):
            await asyncio.sleep(0.01)
            received += 1
        print(f"{name}: complete")
        return received
    except asyncio.CancelledError:
        print(f"{name}: cancelled after {received} chunks, removing partial file")
        raise
    finally:
        print(f"{name}: file handle closed")


async def main():
    task = asyncio.create_task(download("big.iso", 100))
    small = asyncio.create_task(download("small.txt", 2))
    await asyncio.sleep(0.045)
    print("user pressed cancel:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main: download task cancelled?", task.cancelled())
    print("small result:", await small)
    print("cancel a finished task:", small.cancel())


asyncio.run(main())
