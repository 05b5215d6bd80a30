import asyncio


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("collected", self.name)


keeper = Noisy("global")


async def main():
    local = Noisy("local")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run")
