"""Runner.run with a context: the main task runs in it (changes stay in it); run() given a non-coroutine
raises ValueError naming it; get_loop() before any run makes the loop; run() inside a running loop
raises RuntimeError and leaves the coroutine unclosed."""
import asyncio
import contextvars

v = contextvars.ContextVar("v", default=0)

async def bump():
    v.set(v.get() + 1)
    return v.get()

async def nested(r):
    c = bump()
    try:
        r.run(c)
    except RuntimeError as e:
        print("nested:", e)
    print("coroutine closed:", c.cr_frame is None)

r = asyncio.Runner()
loop = r.get_loop()
print("loop made, running:", loop.is_running())
ctx = contextvars.copy_context()
print(r.run(bump(), context=ctx), r.run(bump(), context=ctx), r.run(bump()))
print("ctx:", ctx[v], "here:", v.get())
try:
    r.run(asyncio.sleep)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
r.run(nested(r))
r.close()
