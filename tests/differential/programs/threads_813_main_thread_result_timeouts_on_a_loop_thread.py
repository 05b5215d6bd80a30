"""The main thread drives a loop running in a thread of its own: result(timeout=0.2) on a 0.5 s coroutine times
out and cancels it; the next result(timeout=1) gets a 0.1 s coroutine's result before its timeout, and the loop
then stops when told to (it must not take the main thread for idle while the result is handed over)."""
import asyncio
import concurrent.futures
import threading

loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, daemon=True)
t.start()


async def slow(n):
    await asyncio.sleep(n)
    return n


f = asyncio.run_coroutine_threadsafe(slow(0.5), loop)
try:
    f.result(timeout=0.2)
except concurrent.futures.TimeoutError:
    print("timeout, cancel:", f.cancel())
g = asyncio.run_coroutine_threadsafe(slow(0.1), loop)
print("g", g.result(timeout=1))
print("f cancelled", f.cancelled())
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("stopped")
