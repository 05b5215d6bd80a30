"""asyncio.Runner: two runs share one loop and a context; after close() run() raises RuntimeError;
close() twice is fine; a Runner made with a context runs in it."""
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)

async def bump():
    v.set(v.get() + 1)
    return v.get(), id(asyncio.get_running_loop()) is not None

async def main():
    return v.get()

r = asyncio.Runner()
print(r.run(bump()), r.run(bump()))
loop1 = r.get_loop()
r.close()
r.close()
try:
    r.run(bump())
except RuntimeError as e:
    print("error:", e)
ctx = contextvars.copy_context()
ctx.run(v.set, 10)
with asyncio.Runner(context=ctx) as r2:
    print(r2.run(main()), r2.run(bump()))
print(ctx[v], v.get(), loop1.is_closed())
