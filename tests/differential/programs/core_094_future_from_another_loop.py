import asyncio

other = asyncio.new_event_loop()
foreign = other.create_future()


async def main():
    try:
        await foreign
    except RuntimeError as e:
        print("RuntimeError: ...", str(e).rsplit("> ", 1)[-1])
    return asyncio.get_running_loop()


loop = asyncio.run(main())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.create_task(main())
except RuntimeError as e:
    print("RuntimeError:", e)
other.close()
