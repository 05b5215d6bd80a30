"""An editor's undo stack as a LifoQueue; an autosave task drains it periodically."""
import asyncio


async def editor(stack):
    for i, action in enumerate(["type 'a'", "type 'b'", "bold", "delete", "type 'c'"]):
        await stack.put(action)
        print(f"did {action}")
        await asyncio.sleep(0.015 if i != 2 else 0.04)


async def undo_some(stack, n):
    for _ in range(n):
        action = await stack.get()
        print(f"  undo {action}")


async def main():
    stack = asyncio.LifoQueue()
    await editor(stack)
    await undo_some(stack, 3)
    print("left on stack:", stack.qsize())
    rest = []
    while not stack.empty():
        rest.append(stack.get_nowait())
    print("rest (newest first):", rest)


asyncio.run(main())
