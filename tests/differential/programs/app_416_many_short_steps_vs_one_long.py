"""Five 0.01 s steps vs one 0.05 s sleep, with an unrelated 0.045 s timer in between.

On the wall clock real asyncio prints either order of the last two lines (epoll's millisecond rounding
decides; about half the time each on an idle 2-core machine), so only the fast-forwarded tier compares it;
it guards tinyloop's model of which late timers fire together."""
import asyncio


async def stepper():
    for i in range(5):
        await asyncio.sleep(0.01)
    print("stepper: five steps done")


async def sleeper():
    await asyncio.sleep(0.05)
    print("sleeper: one long sleep done")
    asyncio.get_running_loop().call_soon(print, "sleeper's follow-up callback")


async def reminder():
    await asyncio.sleep(0.045)
    print("reminder at 0.045")


async def main():
    await asyncio.gather(stepper(), sleeper(), reminder())


asyncio.run(main())
