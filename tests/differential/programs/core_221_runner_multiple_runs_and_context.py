import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def setter(value):
    print("before set:", var.get(), asyncio.current_task().get_name())
    var.set(value)
    return value


async def leftover():
    try:
        await asyncio.sleep(10)
    finally:
        print("leftover cleaned up at close")


async def spawn():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(setter("first")))
    print(runner.run(setter("second")))
    print("same loop", runner.get_loop() is loop, loop.is_closed())
    print(runner.run(setter("third"), context=contextvars.Context()))
    print(runner.run(setter("fourth")))
    runner.run(spawn())
    print("leaving with")
print("closed", loop.is_closed())
print("outside:", var.get())
try:
    runner.run(setter("x"))
except RuntimeError as e:
    print("RuntimeError:", e)
runner.close()
r = asyncio.Runner()
try:
    r.run(5)
except ValueError as e:
    print("ValueError:", e)
r.close()
print(asyncio.run(setter("after")))
