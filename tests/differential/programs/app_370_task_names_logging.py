"""Log lines tagged with the current task's name."""
import asyncio


def log(msg):
    task = asyncio.current_task()
    print(f"{task.get_name():>10} | {msg}")


async def handler(n):
    log(f"handling request {n}")
    await asyncio.sleep(0.01 * n)
    log(f"request {n} done")


async def main():
    asyncio.current_task().set_name("main")
    log("accepting requests")
    tasks = [asyncio.create_task(handler(n), name=f"req-{n}") for n in (3, 1, 2)]
    await asyncio.gather(*tasks)
    unnamed = asyncio.create_task(asyncio.sleep(0))
    print("default names look like Task-N:", unnamed.get_name().startswith("Task-"))
    await unnamed
    log("all done")


asyncio.run(main())
