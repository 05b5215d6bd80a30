import asyncio

other = asyncio.new_event_loop()


async def work():
    return 1


async def main():
    foreign = other.create_future()
    try:
        await asyncio.gather(work(), foreign)
    except ValueError as e:
        print("ValueError:", e)
    try:
        await foreign
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got Future")[0][:4], "... attached to a different loop" in str(e))
    foreign2 = other.create_future()
    foreign2.set_result("x")
    try:
        print(await asyncio.gather(foreign2, work()))
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    g = asyncio.gather(foreign2)
    print("gather's loop is the other loop:", g.get_loop() is other)
    try:
        await g
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))


asyncio.run(main())
other.close()
