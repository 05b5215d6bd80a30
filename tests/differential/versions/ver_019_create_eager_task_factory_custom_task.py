# changes: eager_tasks
# 3.12: create_eager_task_factory(constructor) builds a factory that passes eager_start=True;
# asyncio.Task accepts eager_start only from 3.12.
import asyncio


class LoggingTask(asyncio.Task):
    def __init__(self, coro, **kwargs):
        print("LoggingTask eager_start =", kwargs.get("eager_start"))
        super().__init__(coro, **kwargs)


async def work():
    print("work runs")
    await asyncio.sleep(0)
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    try:
        factory = asyncio.create_eager_task_factory(LoggingTask)
    except AttributeError as error:
        print("AttributeError:", error)
        try:
            asyncio.Task(work(), eager_start=True)
        except TypeError as error:
            print("TypeError:", error)
        return
    loop.set_task_factory(factory)
    task = asyncio.create_task(work())
    print("created", type(task).__name__)
    print(await task)


asyncio.run(main())
