import asyncio

async def main():
    done = False
    def finish():
        nonlocal done
        done = True
    asyncio.get_running_loop().call_later(0.05, finish)
    spins = 0
    while not done:
        spins += 1
        await asyncio.sleep(0)
    print("finished", spins > 10)

asyncio.run(main())
