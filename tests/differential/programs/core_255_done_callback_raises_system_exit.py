import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def cb(f):
        print("callback raises SystemExit")
        raise SystemExit("bye from callback")

    fut.add_done_callback(cb)
    fut.set_result(1)
    try:
        await asyncio.sleep(0.01)
    finally:
        print("main finally")


asyncio.run(main())
