"""An async generator dropped mid-run whose finally raises: the loop closes it in a task of its own, and
the error goes to the exception handler (the task's exception is never retrieved), while main goes on."""
import asyncio
import gc

gc.disable()  # only the explicit collection frees anything: an automatic one comes when it likes

def handler(loop, ctx):
    print("handler:", ctx["message"].split(" <")[0], repr(ctx.get("exception")))

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
        raise RuntimeError("cleanup failed")

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    async for x in gen():
        print("got", x)
        break
    print("after break")
    for i in range(3):
        await asyncio.sleep(0)
        print("tick", i)
    gc.collect()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
