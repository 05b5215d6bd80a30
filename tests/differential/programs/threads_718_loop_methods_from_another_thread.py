"""A thread and a loop running in another thread: close() refuses ('Cannot close a running event loop'),
shutdown_default_executor() only makes a coroutine (closed unawaited here); is_running, is_closed and get_debug
answer, and asyncio.run in the thread makes a loop of its own."""
import asyncio
import threading


def poke(loop, results):
    for name, call in (("close", loop.close), ("shutdown_default_executor", loop.shutdown_default_executor)):
        try:
            result = call()
            results.append(f"{name}: {type(result).__name__}")
            if asyncio.iscoroutine(result):
                result.close()
        except RuntimeError as e:
            results.append(f"{name}: {e}")
    results.append(f"is_running {loop.is_running()} is_closed {loop.is_closed()} debug {loop.get_debug()}")

    async def own():
        return asyncio.get_running_loop() is not loop

    results.append(f"own loop: {asyncio.run(own())}")


async def main():
    loop = asyncio.get_running_loop()
    results = []
    thread = threading.Thread(target=poke, args=(loop, results))
    thread.start()
    await asyncio.to_thread(thread.join)
    print(*results, sep="\n")


asyncio.run(main())
