"""as_completed(timeout=...) raises TimeoutError for the rest; the slow tasks are cancelled when asyncio.run ends."""
import asyncio


async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled at shutdown")
        raise


async def main():
    tasks = [asyncio.create_task(download(n, s)) for n, s in (("slow", 0.5), ("fast", 0.1), ("mid", 0.2))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.3):
            print("got", await fut)
    except TimeoutError:
        print("timed out waiting for the rest")
    print([t.done() for t in tasks])
    print("main returns")


asyncio.run(main())
print("after run")
