import asyncio


async def main():
    return asyncio.get_running_loop()


loop = asyncio.run(main())
print("loop closed after run:", loop.is_closed())
try:
    asyncio.get_event_loop()
    print("got a loop")
except RuntimeError as e:
    print("RuntimeError:", e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print("after set_event_loop:", asyncio.get_event_loop() is new)
new.close()
