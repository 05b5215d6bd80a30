"""A child fails; the body catches the CancelledError the group sent it and does not re-raise: the group
still raises the child's error in an ExceptionGroup at the end of the async with; the body's later code
ran."""
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body swallowed the cancel")
            print("body continues")
            await asyncio.sleep(0.1)
            print("body slept again")
    except ExceptionGroup as eg:
        print("group:", eg.exceptions)
    print("cancelling after:", asyncio.current_task().cancelling())

asyncio.run(main())
