"""signal.alarm with a plain signal.signal handler (not the loop's): the handler runs in the main thread when the
alarm comes, in the middle of the loop's wait, and hands the news to the loop with call_soon_threadsafe."""
import asyncio
import signal


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def on_alarm(signum, frame):
        print("handler:", signal.Signals(signum).name)
        loop.call_soon_threadsafe(fut.set_result, "woken")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(1)
    ticks = asyncio.create_task(ticker())
    print(await fut)
    ticks.cancel()


async def ticker():
    for i in range(10):
        print("tick", i)
        await asyncio.sleep(0.4)


asyncio.run(main())
