"""Error messages name asyncio's Task and Future as the C types they are: "'_asyncio.Task' object is
not callable", "type object '_asyncio.Task' has no attribute 'all_tasks'" (removed in 3.9), immutable
type; yet type(task).__name__ is 'Task', and a subclass is an ordinary class."""
import asyncio

class MyTask(asyncio.Task):
    pass

async def job():
    return 1

async def main():
    t = asyncio.create_task(job())
    f = asyncio.get_running_loop().create_future()
    f.set_result(2)
    for label, action in [
        ("call task", lambda: t()),
        ("call future", lambda: f()),
        ("len", lambda: len(t)),
        ("index", lambda: t[0]),
        ("typo", lambda: t.get_result()),
        ("future typo", lambda: f.results()),
        ("class attr", lambda: asyncio.Task.all_tasks),
        ("future class attr", lambda: asyncio.Future.nope),
        ("add", lambda: t + 1),
        ("set attr on class", lambda: setattr(asyncio.Task, "x", 1)),
        ("subclass typo", lambda: MyTask(job()).nope),
    ]:
        try:
            action()
        except Exception as e:
            print(label, type(e).__name__, e)
    print(type(t), type(t).__name__, type(t).__qualname__, asyncio.Task.__name__, asyncio.Future.__name__)
    print(MyTask.__name__, MyTask, MyTask.__mro__[1])
    print(f"{type(f).__module__}.{type(f).__name__}", isinstance(t, asyncio.Future), issubclass(MyTask, asyncio.Future))
    await t

asyncio.run(main())
for action in (lambda: delattr(asyncio.Task, "cancel"), lambda: setattr(asyncio.Future, "__name__", "x")):
    try:
        action()
    except TypeError as e:
        print(e)
MyTask.extra = 1
print(MyTask.extra)
