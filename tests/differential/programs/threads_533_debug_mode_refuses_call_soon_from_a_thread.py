"""Debug mode catches the classic threading mistake: call_soon (or completing a future, whose done
callbacks go through call_soon) from a thread other than the loop's raises in that thread; the
future is done all the same, but its callbacks are dropped. call_soon_threadsafe is the way in."""
import asyncio
import threading


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    future.add_done_callback(lambda f: print("done callback ran"))
    errors = []

    def worker():
        for label, attempt in (("call_soon", lambda: loop.call_soon(print, "from the thread")),
                               ("call_later", lambda: loop.call_later(0.01, print, "timer from the thread")),
                               ("set_result", lambda: future.set_result(42))):
            try:
                attempt()
            except RuntimeError as error:
                errors.append(f"{label}: {error}")
        loop.call_soon_threadsafe(print, "call_soon_threadsafe works")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    await asyncio.sleep(0.05)
    print("\n".join(errors))
    print("future done:", future.done(), future.result())
    loop.set_debug(False)
    thread = threading.Thread(target=lambda: loop.call_soon(print, "unchecked outside debug mode"))
    thread.start()
    thread.join()
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
