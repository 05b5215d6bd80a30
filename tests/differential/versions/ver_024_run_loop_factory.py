# changes: run_loop_factory
# 3.12: asyncio.run(main, loop_factory=...). 3.11's run() has no such parameter.
import asyncio

made = []


def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


async def main():
    return asyncio.get_running_loop() is made[0]


try:
    print("ran on the factory's loop:", asyncio.run(main(), loop_factory=factory))
except TypeError as error:
    print("TypeError:", error)
