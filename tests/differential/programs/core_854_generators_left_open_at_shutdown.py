"""An async generator still suspended when main returns (kept alive by a global): asyncio.run closes it at shutdown,
after the leftover tasks are cancelled; one whose cleanup fails is reported to the exception handler."""
import asyncio

kept = []


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context.get("exception")))


async def stream(name, fail=False):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(f"{name}: finally, running loop: {asyncio.get_running_loop() is not None}")
        await asyncio.sleep(0)
        if fail:
            raise OSError(f"{name} could not flush")
        print(f"{name}: flushed")


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover task: cancelled")


async def main(name, fail):
    asyncio.get_running_loop().set_exception_handler(handler)
    gen = stream(name, fail)
    kept.append(gen)
    print(await anext(gen), await anext(gen))
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main("clean", False))
print("run 1 over")
asyncio.run(main("failing", True))
print("run 2 over")
