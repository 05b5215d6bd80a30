import asyncio

keep = []


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def child():
    raise KeyError("late")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    keep.append(asyncio.create_task(child()))
    await asyncio.sleep(0.01)
    print("main returns")


asyncio.run(main())
print("program ends")
