# changes: event_loop_alias
# 3.13: asyncio.EventLoop names the class new_event_loop() makes (a loop_factory for asyncio.run).
import asyncio


async def main():
    return type(asyncio.get_running_loop()).__name__


print("has EventLoop:", hasattr(asyncio, "EventLoop"))
if hasattr(asyncio, "EventLoop"):
    print("new_event_loop makes one:", isinstance(asyncio.new_event_loop(), asyncio.EventLoop))
    print(asyncio.run(main(), loop_factory=asyncio.EventLoop) == asyncio.run(main()))
    print("in __all__:", "EventLoop" in asyncio.__all__)
