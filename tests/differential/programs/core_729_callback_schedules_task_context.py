"""A task created inside a call_soon callback copies the callback's context, which is a copy of the
context current when call_soon was called."""
import asyncio
import contextvars

req = contextvars.ContextVar("req")

async def handler():
    print("handler sees", req.get("none"))

def on_event(loop, box):
    print("callback sees", req.get("none"))
    req.set("changed in callback")
    box.append(loop.create_task(handler()))

async def main():
    loop = asyncio.get_running_loop()
    box = []
    req.set("r1")
    loop.call_soon(on_event, loop, box)
    req.set("r2")
    await asyncio.sleep(0)
    await box[0]
    print("main sees", req.get())

asyncio.run(main())
