"""A TaskGroup child that swallows its cancellation (a broad `except BaseException`) keeps the group waiting for it;
the group still raises the sibling's error once it is done."""
import asyncio


async def failing():
    await asyncio.sleep(0.1)
    raise ConnectionError("upstream closed")


async def stubborn_worker(progress):
    for step in range(5):
        try:
            await asyncio.sleep(0.1)
            progress.append(step)
        except BaseException as e:
            print(f"worker swallowed {type(e).__name__} at step {step}")
    print("worker finished all steps")
    return "worker result"


async def main():
    progress = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            worker = tg.create_task(stubborn_worker(progress))
    except* ConnectionError as eg:
        print("group raised", [str(e) for e in eg.exceptions])
    print("worker:", worker.result(), "progress:", progress)
    print("the group waited for the worker's last step (0.4 s):", 0.35 < loop.time() - start < 0.6)


asyncio.run(main())
