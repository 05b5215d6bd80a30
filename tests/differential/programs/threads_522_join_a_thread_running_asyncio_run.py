"""asyncio.run in a thread that the main thread joins: the loop's timers fire while the main thread waits
in join(), and join() returns when the loop's thread has finished."""
import asyncio
import threading


async def main():
    await asyncio.sleep(0.1)
    print("slept")
    await asyncio.sleep(0.2)
    print("slept again in", threading.current_thread().name)
    return "result"


results = []
thread = threading.Thread(target=lambda: results.append(asyncio.run(main())), name="loop-thread")
thread.start()
thread.join()
print("joined:", results, "alive:", thread.is_alive())
