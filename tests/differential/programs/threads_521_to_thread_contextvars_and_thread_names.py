"""to_thread copies the caller's contextvars into the worker; changes made there do not come back."""
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


def handle():
    seen = request_id.get()
    request_id.set("changed in thread")
    return seen


async def serve(rid):
    request_id.set(rid)
    seen = await asyncio.to_thread(handle)
    return f"{rid}: thread saw {seen}, task still has {request_id.get()}"


async def main():
    for line in await asyncio.gather(serve("r1"), serve("r2")):
        print(line)
    print("main:", request_id.get())

asyncio.run(main())
