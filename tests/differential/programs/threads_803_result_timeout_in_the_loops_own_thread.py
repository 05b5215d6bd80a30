"""run_coroutine_threadsafe into the running loop from one of its own coroutines, then result(timeout): the
loop is blocked, so the submitted coroutine cannot run and the wait times out (concurrent.futures.TimeoutError,
the builtin TimeoutError from 3.11); awaited properly afterwards, it runs."""
import asyncio
import concurrent.futures


async def work():
    print("work runs")
    return 7


async def main():
    loop = asyncio.get_running_loop()
    cf = asyncio.run_coroutine_threadsafe(work(), loop)
    try:
        cf.result(timeout=0.2)
    except concurrent.futures.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print("now await")
    print(await asyncio.wrap_future(cf))


asyncio.run(main())
