"""A worker thread signals the process; the handler still runs on the loop's thread, through the loop."""
import asyncio
import os
import signal
import threading
import time


def worker(main_thread_id):
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.1)
    return "worker done"


async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()

    def on_usr1():
        print("SIGUSR1 handled in the main thread:", threading.current_thread() is threading.main_thread())
        got.set()

    loop.add_signal_handler(signal.SIGUSR1, on_usr1)
    job = asyncio.create_task(asyncio.to_thread(worker, threading.get_ident()))
    await got.wait()
    print("event set; job done yet?", job.done())
    print(await job)

asyncio.run(main())
