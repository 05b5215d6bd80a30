"""asyncio's loop functions from a plain thread: get_running_loop and get_event_loop fail there (the message
names the thread), a new loop made and set in the thread runs a coroutine, and the main loop is untouched."""
import asyncio
import threading


def worker(results):
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        results.append(f"get_running_loop: {e}")
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results.append(f"get_event_loop: {e}")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    results.append(f"same loop back: {asyncio.get_event_loop() is loop}")

    async def inside():
        await asyncio.sleep(0.01)
        return threading.current_thread().name

    results.append(f"ran in: {loop.run_until_complete(inside())}")
    loop.close()
    asyncio.set_event_loop(None)


async def main():
    results = []
    t = threading.Thread(target=worker, args=(results,), name="helper")
    t.start()
    await asyncio.to_thread(t.join)
    print(*results, sep="\n")
    print("main loop still running:", asyncio.get_running_loop().is_running())


asyncio.run(main())
