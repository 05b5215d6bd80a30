import asyncio


async def other():
    print("other runs")


async def main():
    ev = asyncio.Event()
    asyncio.create_task(other())
    ev.set()
    print("wait on set event:", await ev.wait(), "(no yield yet)")
    ev.clear()
    asyncio.get_running_loop().call_soon(ev.set)
    print("wait on cleared event:", await ev.wait())
    print("is_set:", ev.is_set())


asyncio.run(main())
