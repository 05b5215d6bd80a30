import asyncio


async def work():
    await asyncio.sleep(0)
    return 1


def cb(name):
    def inner(fut):
        print("callback", name, fut.result())
        if name == "b":
            raise ZeroDivisionError("in done callback")
    return inner


async def main():
    t = asyncio.create_task(work())
    for name in "abc":
        t.add_done_callback(cb(name))
    print("removed", t.remove_done_callback(print))
    r = await t
    print("main resumed with", r)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
