"""Names imported from the asyncio module that defines them, as some tutorials and libraries do:
gather, wait_for, shield, wait and as_completed live in asyncio.tasks, Handle and TimerHandle in
asyncio.events; they are the same objects as asyncio's."""
import asyncio
from asyncio.events import Handle, TimerHandle
from asyncio.tasks import FIRST_COMPLETED, as_completed, gather, shield, wait, wait_for


async def job(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    loop = asyncio.get_running_loop()
    print(await gather(job(2), job(1)))
    print(await wait_for(shield(job(1)), 1))
    done, pending = await wait([asyncio.create_task(job(1)), asyncio.create_task(job(3))],
                               return_when=FIRST_COMPLETED)
    print(len(done), len(pending))
    print([await f for f in as_completed([job(2), job(1)])])
    print(isinstance(loop.call_soon(print, "soon"), Handle), isinstance(loop.call_later(0, print, "later"), TimerHandle))
    await asyncio.sleep(0.01)
    print(gather is asyncio.gather, asyncio.tasks.wait_for is asyncio.wait_for, asyncio.events.Handle is asyncio.Handle)
    await asyncio.gather(*pending)


asyncio.run(main())
