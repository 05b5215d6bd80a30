"""Tutorial: a service with workers, a blocking job sent to a thread, and a SIGTERM handler that drains it."""
import asyncio
import os
import signal
import time


SECONDS = {"img0": 0.15, "img1": 0.1, "img2": 0.12, "img3": 0.08, "img4": 0.05}


def resize_image(name):
    time.sleep(SECONDS[name])
    return f"{name}.thumb"


async def worker(name, queue, done):
    while True:
        item = await queue.get()
        try:
            result = await asyncio.to_thread(resize_image, item)
            done.append(result)
            print(f"{name} finished {result}")
        finally:
            queue.task_done()


async def main():
    loop = asyncio.get_running_loop()
    queue, done = asyncio.Queue(), []
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, done)) for i in range(2)]
    for n in range(5):
        queue.put_nowait(f"img{n}")
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGTERM)
    await stop.wait()
    print("SIGTERM: no new work; draining", queue.qsize(), "queued items")
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("processed", len(done), "images")

asyncio.run(main())
