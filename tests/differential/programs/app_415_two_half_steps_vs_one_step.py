"""A job of two 0.05 s steps and a job of one 0.1 s step end at the same nominal time.

The one-step job releases a Semaphore when it is done; who gets to print first?

Real asyncio prints this about 9 times out of 10 (epoll's millisecond rounding decides);
it guards tinyloop's model of which late timers fire together."""
import asyncio


async def two_steps(log):
    await asyncio.sleep(0.05)
    await asyncio.sleep(0.05)
    log.append("two-steps")
    print("two steps done")


async def one_step(sem, log):
    async with sem:
        await asyncio.sleep(0.1)
        log.append("one-step")
        print("one step done")


async def waiter(sem, log):
    await asyncio.sleep(0.01)
    async with sem:
        log.append("waiter")
        print("waiter got the semaphore")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await asyncio.gather(two_steps(log), one_step(sem, log), waiter(sem, log))
    print(log)


asyncio.run(main())
