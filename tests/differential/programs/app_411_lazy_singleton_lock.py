"""Lazy async initialisation shared by many callers: a Lock makes it happen only once."""
import asyncio


class Client:
    _instance = None
    _lock = None
    inits = 0

    @classmethod
    async def get(cls, who):
        if cls._instance is None:
            if cls._lock is None:
                cls._lock = asyncio.Lock()
            async with cls._lock:
                if cls._instance is None:
                    print(f"{who} initialises the client")
                    await asyncio.sleep(0.02)
                    cls.inits += 1
                    cls._instance = cls()
                else:
                    print(f"{who} found it initialised after waiting")
        return cls._instance


async def user(name, delay):
    await asyncio.sleep(delay)
    c = await Client.get(name)
    print(f"{name} uses client #{id(c) == id(Client._instance)}")


async def main():
    await asyncio.gather(user("u1", 0), user("u2", 0.005), user("u3", 0.01), user("u4", 0.03))
    print("initialisations:", Client.inits)


asyncio.run(main())
