"""How a callback is shown in reprs and in the loop's error reports: a plain function (or a lambda)
with " at FILE:LINE", a bound method without (asyncio finds no source for it), a functools.partial
through to its function, a functools.wraps decorator at the wrapped function's line, a builtin and a
callable object without. File paths differ between machines: the program prints the line only."""
import asyncio
import functools


def where(text):
    """The repr with its source location reduced to the line number, or no location at all."""
    head, at, place = text.rpartition(" at ")
    if not at or ":" not in place:
        return text + " (no source)"
    return head + f" @line {place.rsplit(':', 1)[1]}"


def logged(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args)
    return wrapper


class Worker:
    def step(self):
        print("Worker.step ran")

    def fail(self):
        raise ValueError("bound method failed")

    @logged
    def decorated(self):
        print("decorated method ran")

    def __call__(self):
        print("callable object ran")

    def __repr__(self):
        return "<the worker>"


def plain():
    print("plain ran")


@logged
def decorated_function():
    print("decorated function ran")


async def main():
    loop = asyncio.get_running_loop()
    worker = Worker()
    callbacks = [plain, worker.step, functools.partial(plain), decorated_function, worker.decorated,
                 worker, print, lambda: print("lambda ran")]
    for callback in callbacks:
        print(where(repr(loop.call_soon(callback))))
    timer = repr(loop.call_later(5, worker.step))  # "<TimerHandle when=T CALLBACK>": the callback only
    print(where(timer[timer.index(" ", timer.index(" when=") + 1) + 1:-1]))
    loop.call_soon(worker.fail)
    await asyncio.sleep(0)

    future = loop.create_future()
    future.add_done_callback(worker.step)
    print(where(repr(future)))
    task = asyncio.ensure_future(asyncio.sleep(0))
    task.add_done_callback(functools.partial(Worker.step, worker))
    print(where(repr(task)).split(" cb=")[1])
    await task
    future.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
