import asyncio

loop = asyncio.new_event_loop()


def a():
    print("a")


def b():
    print("b (same iteration as stop)")
    loop.call_soon(c)


def c():
    print("c (next run_forever)")


loop.call_soon(a)
loop.call_soon(loop.stop)
loop.call_soon(b)
print("run_forever 1")
loop.run_forever()
print("returned 1")
loop.call_soon(loop.stop)
print("run_forever 2")
loop.run_forever()
print("returned 2")
loop.call_later(0.02, loop.stop)
loop.call_later(0.01, print, "timer before stop")
loop.run_forever()
print("returned 3")
loop.close()
