import asyncio
import io
import os


def show(task, **kw):
    buf = io.StringIO()
    task.print_stack(file=buf, **kw)
    for line in buf.getvalue().splitlines():
        line = line.replace(__file__, "FILE").replace(os.path.basename(__file__), "FILE")
        print(line.split(" coro=")[0] if line.startswith(("Stack", "Traceback", "No stack")) else line)


async def inner():
    await asyncio.sleep(0.01)


async def waiting():
    await inner()


async def failing():
    await asyncio.sleep(0)
    raise ValueError("failed here")


async def main():
    t = asyncio.create_task(waiting(), name="waiting")
    show(t)
    await asyncio.sleep(0)
    show(t)
    f = asyncio.create_task(failing(), name="failing")
    await asyncio.sleep(0.02)
    show(f)
    show(f, limit=0)
    show(t)
    print(len(t.get_stack()), len(f.get_stack()), len(f.get_stack(limit=1)))
    f.exception()


asyncio.run(main())
