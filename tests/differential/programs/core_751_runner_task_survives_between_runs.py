"""With asyncio.Runner, a task started in one run() and not awaited is still there in the next run(): it
does not progress between runs, it goes on during the second, and close() cancels it if still pending."""
import asyncio

bg = None

async def ticker():
    try:
        for i in range(10):
            print("tick", i)
            await asyncio.sleep(0.1)
    finally:
        print("ticker finally")

async def first():
    global bg
    bg = asyncio.create_task(ticker())
    await asyncio.sleep(0.15)
    return "first done"

async def second():
    print("second starts; bg done?", bg.done())
    await asyncio.sleep(0.22)
    return "second done"

with asyncio.Runner() as r:
    print(r.run(first()))
    print("between runs")
    print(r.run(second()))
print("closed; bg cancelled?", bg.cancelled())
