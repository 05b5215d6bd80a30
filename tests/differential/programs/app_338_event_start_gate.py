"""Runners wait at a start gate (an Event), then race; the first to finish wins."""
import asyncio


async def runner(name, speed, gate, finish_line):
    print(f"{name} at the start line")
    await gate.wait()
    await asyncio.sleep(0.1 / speed)
    finish_line.append(name)
    print(f"{name} finished #{len(finish_line)}")


async def main():
    gate = asyncio.Event()
    finish_line = []
    runners = [asyncio.create_task(runner(n, s, gate, finish_line))
               for n, s in [("tortoise", 1), ("hare", 5), ("fox", 2.5)]]
    await asyncio.sleep(0.01)
    print("ready... set... go!")
    gate.set()
    await asyncio.gather(*runners)
    print("podium:", finish_line)


asyncio.run(main())
