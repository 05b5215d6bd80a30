import asyncio


async def work():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    t = asyncio.create_task(work())
    print(t.get_name())
    t.set_name(42)
    print(repr(t.get_name()))
    t.set_name(None)
    print(repr(t.get_name()))
    print(await t)
    t2 = asyncio.get_running_loop().create_task(work(), name="explicit")
    t3 = asyncio.create_task(work())
    print(t2.get_name(), t3.get_name())
    await asyncio.gather(t2, t3)
    t4 = asyncio.Task(work(), name=("tuple", 1))
    print(t4.get_name(), await t4)
    try:
        t4.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t4.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    t5 = asyncio.create_task(work())
    try:
        t5.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        t5.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t5.cancel()
    try:
        t5.result()
    except asyncio.InvalidStateError as e:
        print("cancel requested, still pending:", e)
    await asyncio.sleep(0)
    print(t5.cancelled(), t5.done())


asyncio.run(main())
