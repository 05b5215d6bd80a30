"""Show progress as downloads complete: 'k/n done' with as_completed."""
import asyncio

FILES = {"a.zip": 0.05, "b.zip": 0.02, "c.zip": 0.08, "d.zip": 0.035, "e.zip": 0.065}


async def download(name):
    await asyncio.sleep(FILES[name])
    return name


async def main():
    total = len(FILES)
    coros = [download(n) for n in FILES]
    for k, fut in enumerate(asyncio.as_completed(coros), start=1):
        name = await fut
        bar = "#" * k + "." * (total - k)
        print(f"[{bar}] {k}/{total} {name}")
    print("all downloads complete")


asyncio.run(main())
