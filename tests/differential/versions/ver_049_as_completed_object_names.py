# changes: as_completed_iterator
# What as_completed() returns, and what plain iteration yields, named as a program prints them: a
# generator of `as_completed.<locals>._wait_for_one` coroutines up to 3.12, an `_AsCompletedIterator`
# of `_AsCompletedIterator._wait_for_one` coroutines from 3.13.
import asyncio


async def work(value, delay):
    await asyncio.sleep(delay)
    return value


async def main():
    pending = asyncio.as_completed([work("slow", 0.2), work("fast", 0.1)])
    kind = type(pending)
    print(f"{kind.__module__}.{kind.__qualname__}", getattr(pending, "__qualname__", None))
    for next_done in pending:
        print(type(next_done).__name__, next_done.__qualname__, await next_done)


asyncio.run(main())
