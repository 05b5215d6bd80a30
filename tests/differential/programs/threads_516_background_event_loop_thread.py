"""A loop running forever in a background thread; the main thread submits coroutines and stops it."""
import asyncio
import threading


async def greet(name, delay):
    await asyncio.sleep(delay)
    return f"hello {name}"


loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever)
thread.start()
futures = [asyncio.run_coroutine_threadsafe(greet(name, delay), loop)
           for name, delay in (("ada", 0.2), ("bob", 0.1))]
print([future.result() for future in futures])
loop.call_soon_threadsafe(loop.stop)
thread.join()
loop.close()
print("loop closed:", loop.is_closed())
