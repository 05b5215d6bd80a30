import asyncio

loop = asyncio.new_event_loop()
log = []


def cb(n):
    print("cb", n)
    if n == 2:
        loop.stop()
        print("stop called")


for i in range(5):
    loop.call_soon(cb, i)
loop.run_forever()
print("first run_forever returned")
loop.run_forever_count = 0
loop.call_soon(loop.stop)
loop.run_forever()
print("second returned")
loop.call_later(0.02, cb, "late")
loop.call_later(0.03, loop.stop)
loop.run_forever()
print("third returned", loop.is_running())
loop.stop()
loop.call_soon(cb, "after pre-stop")
loop.run_forever()
print("fourth returned")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
