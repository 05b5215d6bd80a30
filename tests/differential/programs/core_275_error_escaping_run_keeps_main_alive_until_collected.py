"""An error that escapes asyncio.run() keeps the main coroutine's frame alive even once the program has handled
it: the traceback holds the loop's frames, which hold the main task, which holds the error (a cycle). What main
kept in locals goes at the next garbage collection (here an explicit one, the collector being off), not when the
except block ends."""
import asyncio
import gc

gc.disable()


class Resource:
    def __del__(self):
        print("resource freed")


async def main():
    resource = Resource()
    await asyncio.sleep(0)
    raise ValueError("main failed")


try:
    asyncio.run(main())
except ValueError as error:
    print("caught:", error)
print("after the except block")
gc.collect()
print("collected")
