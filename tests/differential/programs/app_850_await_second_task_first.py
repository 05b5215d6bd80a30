"""Two tasks created, the second awaited first: which one speaks first, and in what order do they finish?"""
import asyncio


async def job(delay, name):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"done {name}")
    return f"result {name}"


async def main():
    a = asyncio.create_task(job(0.1, "a"))
    b = asyncio.create_task(job(0.2, "b"))
    print("tasks created, nothing ran yet:", a.done(), b.done())
    out_b = await b
    print("b awaited:", out_b, "| a already done:", a.done())
    out_a = await a
    print("a awaited:", out_a)
    c = asyncio.create_task(job(0, "c"))
    print("awaiting a plain coroutine first")
    print(await job(0, "d"))
    print(await c)


asyncio.run(main())
