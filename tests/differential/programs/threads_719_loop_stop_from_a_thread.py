"""loop.stop() called straight from another thread (not through call_soon_threadsafe): asyncio sets the flag but
does not wake the loop, which stops only after the iteration its 1 s timer ends; the 2 s timer never fires.
Through call_soon_threadsafe the loop stops at once."""
import asyncio
import threading

for how in ("direct", "threadsafe"):
    loop = asyncio.new_event_loop()
    start = loop.time()
    loop.call_later(1.0, lambda: print("timer at", round(loop.time() - start, 1)))
    loop.call_later(2.0, lambda: print("later timer at", round(loop.time() - start, 1)))
    stop = loop.stop if how == "direct" else (lambda: loop.call_soon_threadsafe(loop.stop))
    threading.Timer(0.1, stop).start()
    loop.run_forever()
    print(how, "stopped at", round(loop.time() - start, 1))
    loop.close()
