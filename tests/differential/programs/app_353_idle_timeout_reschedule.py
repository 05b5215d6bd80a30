"""A session with an idle timeout: every message pushes the deadline back (Timeout.reschedule)."""
import asyncio


async def session(inbox):
    loop = asyncio.get_running_loop()
    received = []
    try:
        async with asyncio.timeout(0.05) as cm:
            while True:
                msg = await inbox.get()
                received.append(msg)
                print(f"got {msg!r}, idle deadline pushed back")
                cm.reschedule(loop.time() + 0.05)
    except TimeoutError:
        print(f"session idle, closing after {len(received)} messages")
    return received


async def sender(inbox):
    for msg, gap in [("hi", 0.02), ("are you there?", 0.04), ("hello?", 0.03), ("late", 0.2)]:
        await asyncio.sleep(gap)
        inbox.put_nowait(msg)


async def main():
    inbox = asyncio.Queue()
    send = asyncio.create_task(sender(inbox))
    print(await session(inbox))
    send.cancel()


asyncio.run(main())
