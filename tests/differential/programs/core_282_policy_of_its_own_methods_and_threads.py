"""A policy written from AbstractEventLoopPolicy keeps one loop for the whole program (every thread
gets the same); a policy that leaves a method out fails with NotImplementedError where asyncio calls
it. The default policy gives a worker thread no loop, until the thread sets one."""
import asyncio
import threading


class OneLoopPolicy(asyncio.AbstractEventLoopPolicy):
    def __init__(self):
        self.loop = None
        self.made = 0

    def get_event_loop(self):
        if self.loop is None:
            self.loop = self.new_event_loop()
        return self.loop

    def set_event_loop(self, loop):
        print("set_event_loop", "None" if loop is None else "a loop")
        self.loop = loop

    def new_event_loop(self):
        self.made += 1
        return asyncio.SelectorEventLoop()


async def answer(n):
    await asyncio.sleep(0.1)
    return n * 2


def in_a_thread(results):
    try:
        asyncio.get_event_loop()
    except RuntimeError as exc:
        results.append(f"RuntimeError: {exc}")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    results.append(loop.run_until_complete(answer(21)))
    results.append(asyncio.get_event_loop() is loop)
    loop.close()


results = []
worker = threading.Thread(target=in_a_thread, args=(results,), name="worker-1")
worker.start()
worker.join()
print(results)

policy = OneLoopPolicy()
asyncio.set_event_loop_policy(policy)
loop = asyncio.get_event_loop()
print("same loop:", asyncio.get_event_loop() is loop, "made:", policy.made)
print(loop.run_until_complete(answer(1)))
print(asyncio.run(answer(2)), "made:", policy.made)
seen = []
thread = threading.Thread(target=lambda: seen.append(asyncio.get_event_loop() is policy.loop))
thread.start()
thread.join()
print("a thread gets the policy's loop:", seen)
loop.close()


class Careless(asyncio.AbstractEventLoopPolicy):
    def get_event_loop(self):
        return None


asyncio.set_event_loop_policy(Careless())
print("get_event_loop:", asyncio.get_event_loop())
coro = answer(3)
try:
    asyncio.run(coro)
except NotImplementedError as exc:
    print("NotImplementedError", repr(exc))
    coro.close()
for call in (asyncio.new_event_loop, lambda: asyncio.set_event_loop(None)):
    try:
        call()
    except NotImplementedError as exc:
        print("NotImplementedError", repr(exc))
