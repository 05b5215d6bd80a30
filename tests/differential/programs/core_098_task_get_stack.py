import asyncio


async def inner():
    await asyncio.sleep(0.01)


async def outer():
    await inner()


async def main():
    t = asyncio.create_task(outer())
    print("before start:", [f.f_code.co_name for f in t.get_stack()])
    await asyncio.sleep(0)
    print("suspended:", [f.f_code.co_name for f in t.get_stack()])
    print("limit 1:", len(t.get_stack(limit=1)))
    await t
    print("done:", t.get_stack())


asyncio.run(main())
