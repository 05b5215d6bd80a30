import asyncio

loop = asyncio.new_event_loop()


def chained():
    print("chained (scheduled during the only iteration)")


def first():
    print("first")
    loop.call_soon(chained)


loop.call_soon(first)
loop.stop()
print("stop() called before run_forever")
loop.run_forever()
print("run_forever returned")
loop.run_until_complete(asyncio.sleep(0))
print("after run_until_complete")
loop.close()
