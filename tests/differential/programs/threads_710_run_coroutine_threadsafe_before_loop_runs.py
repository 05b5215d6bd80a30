"""run_coroutine_threadsafe into a loop that is not running yet: the coroutine waits in the loop's queue and
runs once the loop is started in another thread; call_soon_threadsafe(loop.stop) ends run_forever."""
import asyncio
import threading


async def greet(name):
    await asyncio.sleep(0.01)
    return f"hello {name} from {threading.current_thread().name}"


loop = asyncio.new_event_loop()
fut = asyncio.run_coroutine_threadsafe(greet("early"), loop)
print("done before the loop runs:", fut.done())
thread = threading.Thread(target=loop.run_forever, name="loop-thread")
thread.start()
print(fut.result())
print(asyncio.run_coroutine_threadsafe(greet("late"), loop).result())
loop.call_soon_threadsafe(loop.stop)
thread.join()
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
