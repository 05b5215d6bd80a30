"""to_thread copies contextvars; an exception in the worker comes back to the awaiting task."""
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


def handler():
    return f"handling {request_id.get()}"


def broken():
    raise ValueError("bad input")


async def main():
    request_id.set("req-7")
    print(await asyncio.to_thread(handler))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, handler))  # no context copy
    try:
        await asyncio.to_thread(broken)
    except ValueError as exc:
        print("caught", repr(exc))

asyncio.run(main())
