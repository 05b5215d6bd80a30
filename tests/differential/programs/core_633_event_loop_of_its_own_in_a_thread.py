"""A thread that wants a loop must make one: new_event_loop() + set_event_loop() in the thread, or
asyncio.run() there. The main thread's loop is not shared, and each thread's current loop is its own."""
import asyncio
import threading

main_loop = asyncio.new_event_loop()
asyncio.set_event_loop(main_loop)
report = []


async def where_am_i():
    await asyncio.sleep(0)
    return threading.current_thread().name


def with_own_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as exc:
        report.append(f"before: {exc}")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    report.append(f"current is mine: {asyncio.get_event_loop() is loop}, not main's: {loop is not main_loop}")
    report.append(f"ran in {loop.run_until_complete(where_am_i())}")
    loop.close()


def with_asyncio_run():
    report.append(f"asyncio.run in {asyncio.run(where_am_i())}")


for target, name in ((with_own_loop, "own-loop"), (with_asyncio_run, "runner")):
    thread = threading.Thread(target=target, name=name)
    thread.start()
    thread.join()
print("\n".join(report))
print("main's current loop unchanged:", asyncio.get_event_loop() is main_loop)
print("main loop ran:", main_loop.run_until_complete(where_am_i()))
main_loop.close()
