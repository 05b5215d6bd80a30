# changes: task_factory_names_none
# 3.13.0: with a task factory set, loop.create_task() calls set_name(name) even when no name was
# given: an unnamed task is called "None". 3.11 and 3.12 name it only when a name is given.
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **options: asyncio.Task(coro, loop=loop, **options))
    unnamed = asyncio.create_task(work())
    named = asyncio.create_task(work(), name="named")
    via_loop = loop.create_task(work())
    print(unnamed.get_name(), named.get_name(), via_loop.get_name())
    print(loop.get_task_factory() is not None)
    loop.set_task_factory(None)
    plain = asyncio.create_task(work())
    print(plain.get_name())
    await asyncio.gather(unnamed, named, via_loop, plain)


asyncio.run(main())
