"""A traffic light state machine driven by call_later, watched by a car task."""
import asyncio

DURATIONS = {"green": 0.04, "yellow": 0.01, "red": 0.03}
NEXT = {"green": "yellow", "yellow": "red", "red": "green"}


class Light:
    def __init__(self):
        self.state = "red"
        self.changed = asyncio.Event()
        self.cycles = 0

    def switch(self):
        self.state = NEXT[self.state]
        print(f"light -> {self.state}")
        if self.state == "green":
            self.cycles += 1
        self.changed.set()
        self.changed = asyncio.Event()
        if self.cycles < 2 or self.state != "red":
            asyncio.get_running_loop().call_later(DURATIONS[self.state], self.switch)


async def car(name, light, arrive):
    await asyncio.sleep(arrive)
    while light.state != "green":
        print(f"{name} waits at {light.state}")
        await light.changed.wait()
    print(f"{name} drives through")


async def main():
    light = Light()
    asyncio.get_running_loop().call_later(DURATIONS["red"], light.switch)
    await asyncio.gather(car("car1", light, 0.005), car("car2", light, 0.045), car("car3", light, 0.075))
    await asyncio.sleep(0.15)
    print("cycles:", light.cycles, "final state:", light.state)


asyncio.run(main())
