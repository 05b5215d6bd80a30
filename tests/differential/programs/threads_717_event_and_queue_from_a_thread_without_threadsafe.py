"""asyncio.Event.set() and Queue.put_nowait() called straight from a thread: the waiting tasks are woken through
call_soon, which does not wake the loop, so they resume only when a ticker's next timer ends the loop's wait
(every 0.3 s here); through call_soon_threadsafe they resume at once."""
import asyncio
import threading


async def ticker(loop, start):
    for _ in range(4):
        await asyncio.sleep(0.3)
        print("tick at", round(loop.time() - start, 1))


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = asyncio.create_task(ticker(loop, start))
    event, queue = asyncio.Event(), asyncio.Queue()
    threading.Timer(0.1, event.set).start()
    await event.wait()
    print("event seen at", round(loop.time() - start, 1))
    threading.Timer(0.1, queue.put_nowait, args=("item",)).start()
    print(await queue.get(), "got at", round(loop.time() - start, 1))
    threading.Timer(0.1, loop.call_soon_threadsafe, args=(queue.put_nowait, "safe item")).start()
    print(await queue.get(), "got at", round(loop.time() - start, 1))
    await tick


asyncio.run(main())
