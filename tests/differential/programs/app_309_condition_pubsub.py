"""A message board guarded by a Condition: readers wait for new posts."""
import asyncio


class Board:
    def __init__(self):
        self.posts = []
        self.cond = asyncio.Condition()

    async def post(self, text):
        async with self.cond:
            self.posts.append(text)
            print(f"posted {text!r}")
            self.cond.notify_all()

    async def read_from(self, index):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.posts) > index)
            return self.posts[index:]


async def reader(name, board):
    seen = 0
    while seen < 4:
        new = await board.read_from(seen)
        seen += len(new)
        print(f"{name} read {new}")
    print(f"{name} caught up")


async def main():
    board = Board()
    readers = [asyncio.create_task(reader(n, board)) for n in ("alice", "bob")]
    await board.post("first")
    await asyncio.sleep(0.01)
    await board.post("second")
    await board.post("third")
    await asyncio.sleep(0.01)
    await board.post("fourth")
    await asyncio.gather(*readers)


asyncio.run(main())
