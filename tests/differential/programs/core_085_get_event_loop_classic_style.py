import asyncio


async def greet(name, d):
    await asyncio.sleep(d)
    print("hello", name)
    return name


loop = asyncio.get_event_loop()
print("same loop twice:", asyncio.get_event_loop() is loop)
print(loop.run_until_complete(greet("first", 0.01)))
print(loop.run_until_complete(asyncio.gather(greet("b", 0.02), greet("a", 0.01))))
print("running:", loop.is_running())
loop.close()
