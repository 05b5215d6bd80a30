"""asyncio.wrap_future over jobs submitted straight to a ThreadPoolExecutor: awaiting them lets a ticker run,
a thread's time.sleep takes its virtual time, and cancelling the asyncio future cancels the concurrent one."""
import asyncio, concurrent.futures, time

def slow(n):
    time.sleep(n)
    return f"slept {n}"

def cpu(n):
    return sum(range(n))

async def ticker(log):
    for i in range(4):
        await asyncio.sleep(0.1)
        log.append(f"tick{i}")

async def main():
    log = []
    t = asyncio.create_task(ticker(log))
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        log.append(await asyncio.wrap_future(pool.submit(slow, 0.23)))
        log.append(await asyncio.wrap_future(pool.submit(cpu, 100000)))
        results = await asyncio.gather(*(asyncio.wrap_future(pool.submit(slow, d)) for d in (0.05, 0.02)))
        log.append(results)
    await t
    print(log)
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(asyncio.wrap_future(af) is af, af.done())
    af.cancel()
    await asyncio.sleep(0)
    print("concurrent cancelled:", cf.cancelled())
    cf2 = concurrent.futures.Future()
    cf2.set_result("ready")
    print(await asyncio.wrap_future(cf2))
    try:
        asyncio.wrap_future("x")
    except AssertionError as e:
        print("AssertionError:", e)

asyncio.run(main())
