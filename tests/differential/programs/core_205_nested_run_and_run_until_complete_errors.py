import asyncio


async def child():
    return 1


async def main():
    c = child()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested run:", e)
    await c
    loop = asyncio.get_running_loop()
    c2 = child()
    try:
        loop.run_until_complete(c2)
    except RuntimeError as e:
        print("run_until_complete inside:", e)
    c2.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever inside:", e)
    other = asyncio.new_event_loop()
    c3 = child()
    try:
        other.run_until_complete(c3)
    except RuntimeError as e:
        print("other loop:", e)
    c3.close()
    other.close()


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(child()))
print(loop.run_until_complete(child()))
loop.close()
c = child()
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("closed:", e)
c.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("call_soon closed:", e)
try:
    loop.run_forever()
except RuntimeError as e:
    print("run_forever closed:", e)
loop.close()
print("closed twice ok", loop.is_closed())
