"""Debug mode: a handle the program makes shows where it was made, a cancelled one keeps showing its
callback, and a callback or task step that blocks the loop (time.sleep) for slow_callback_duration or
more is reported on the asyncio logger (here sent to stdout), naming the task whose step it was.
File paths differ between machines: the program prints file names only, and leaves out where a task
was made (a line of asyncio's own tasks.py, which differs between versions)."""
import asyncio
import logging
import os
import re
import sys
import time


def short(text):
    """The text with every path reduced to its file name, and no place in asyncio's own tasks.py."""
    text = str(text).replace(__file__, os.path.basename(__file__))
    text = re.sub(r"(/[^\s:>]+)+/([^/\s:>]+)", r"\2", text)
    return re.sub(r" created at tasks\.py:\d+", "", text)


class ShortPaths(logging.Formatter):
    """Paths shortened, and times to a tenth of a second: a real time.sleep(0.2) may take 0.201 s."""

    def format(self, record):
        text = short(super().format(record))
        return re.sub(r"took (\d+\.\d+) seconds", lambda took: f"took {float(took[1]):.1f} seconds", text)


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortPaths("%(levelname)s %(name)s: %(message)s"))
logging.getLogger("asyncio").addHandler(handler)
logging.getLogger("asyncio").propagate = False


def blocking(label):
    time.sleep(0.3)
    print("blocking", label, "done")


def quick():
    print("quick done")


async def worker():
    await asyncio.sleep(0.01)
    time.sleep(0.2)  # blocks the loop inside a task's step
    print("worker done")


async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "threshold:", loop.slow_callback_duration)
    soon = loop.call_soon(quick)
    later = loop.call_later(10, quick)
    print(short(soon))
    print(short(later).replace(f"when={later.when()}", "when=T"))
    later.cancel()
    print(short(later).replace(f"when={later.when()}", "when=T"))
    loop.call_soon(blocking, "callback")
    await asyncio.sleep(0)
    await asyncio.create_task(worker(), name="the-worker")
    loop.slow_callback_duration = 0.5
    loop.call_soon(blocking, "under the raised threshold")
    await asyncio.sleep(0.1)
    loop.set_debug(False)
    loop.call_soon(blocking, "outside debug mode")
    await asyncio.sleep(0.1)
    plain = loop.call_soon(quick)
    plain.cancel()
    print(short(plain))
    print("main done", os.path.basename(__file__) in short(soon))


asyncio.run(main(), debug=True)
