"""The running loop belongs to a thread: in a worker (to_thread, run_in_executor, a plain Thread)
get_running_loop() raises, _get_running_loop() is None and get_event_loop() has no loop to give;
the loop's own thread still finds it."""
import asyncio
import threading


def look(where):
    found = []
    try:
        asyncio.get_running_loop()
        found.append("running loop")
    except RuntimeError as exc:
        found.append(f"get_running_loop: {exc}")
    found.append(f"_get_running_loop() is None: {asyncio._get_running_loop() is None}")
    try:
        asyncio.get_event_loop()
        found.append("get_event_loop: a loop")
    except RuntimeError as exc:
        found.append(f"get_event_loop: {exc}")
    print(where)
    for line in found:
        print("   ", line)


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(look, "to_thread:")
    await loop.run_in_executor(None, look, "run_in_executor:")
    thread = threading.Thread(target=look, args=("threading.Thread:",), name="plain-thread")
    thread.start()
    await asyncio.to_thread(thread.join)
    look("the loop's own thread:")
    print("same loop in main:", asyncio.get_event_loop() is loop)


asyncio.run(main())
