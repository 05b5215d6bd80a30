"""Waiting on threads from a coroutine and from a loop thread keeps threading's own errors and results: join()
before start() or of the current thread, Condition.wait() without the lock, a wait that times out."""
import asyncio
import threading


def attempt(what, call):
    try:
        print(what, "->", call())
    except (RuntimeError, TypeError) as exc:
        print(what, "->", type(exc).__name__, exc)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    unstarted = threading.Thread(target=print)
    attempt("join before start", unstarted.join)
    attempt("join current thread", threading.current_thread().join)
    attempt("join with two timeouts", lambda: unstarted.join(1, 2))
    attempt("wait without the lock", threading.Condition().wait)
    attempt("event wait that times out", lambda: threading.Event().wait(0.01))
    await asyncio.sleep(0.1)
    print("the loop goes on at", round(loop.time() - start, 1))


thread = threading.Thread(target=asyncio.run, args=(main(),))
thread.start()
attempt("join(5) of the loop's thread", lambda: thread.join(5))
print("alive:", thread.is_alive())
