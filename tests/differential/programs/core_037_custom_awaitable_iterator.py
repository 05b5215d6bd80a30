import asyncio


class Immediate:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return iter(())  # finishes at once, result None

class Yielder:
    """A bare `yield` inside __await__ makes the task yield once (like sleep(0))."""

    def __init__(self, name):
        self.name = name

    def __await__(self):
        print(self.name, "before bare yield")
        yield
        print(self.name, "after bare yield")
        return self.name + "!"


async def other():
    print("other runs")


async def main():
    asyncio.create_task(other())
    print("immediate gives", await Immediate(3))
    print("yielder gives", await Yielder("y"))
    print("end")


asyncio.run(main())
