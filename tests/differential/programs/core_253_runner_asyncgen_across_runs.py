import asyncio


async def counter():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("counter closed by", asyncio.current_task().get_name())


async def take(gen, n):
    return [await gen.__anext__() for _ in range(n)]


with asyncio.Runner(loop_factory=asyncio.new_event_loop) as runner:
    gen = counter()
    print(runner.run(take(gen, 2)))
    print(runner.run(take(gen, 3)))
    loop = runner.get_loop()
    try:
        runner.run(asyncio.ensure_future(take(gen, 1), loop=loop))
    except ValueError as e:
        print("ValueError:", str(e).split(" got ")[0])
    print("leaving the with block")
print("after runner")
try:
    asyncio.get_event_loop()
    print("a loop was left current?")
except RuntimeError:
    print("no current loop")
