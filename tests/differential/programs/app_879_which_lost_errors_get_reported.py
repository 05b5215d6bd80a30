"""Which failed tasks does asyncio complain about? shield, gather, wait and TaskGroup each retrieve differently."""
import asyncio
import gc


def handler(loop, context):
    print(f"  REPORTED: {context['message']}: {context.get('exception')!r}")


async def fail_after(seconds, what):
    await asyncio.sleep(seconds)
    raise ValueError(what)


async def scenario(name, body):
    print(name)
    await body()
    await asyncio.sleep(0.3)
    gc.collect()
    print("  (collected)")


async def shielded():
    outer = asyncio.shield(fail_after(0.1, "shielded inner"))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("  outer cancelled, inner keeps running")


async def gathered():
    try:
        await asyncio.gather(fail_after(0.05, "first"), fail_after(0.1, "second"))
    except ValueError as e:
        print("  gather raised", e)


async def waited():
    done, pending = await asyncio.wait([asyncio.create_task(fail_after(0.05, "in wait"))])
    print("  wait returned", len(done), "done; nobody looks at it")


async def waited_and_looked():
    done, _ = await asyncio.wait([asyncio.create_task(fail_after(0.05, "looked at"))])
    print("  exception():", [repr(t.exception()) for t in done])


async def grouped():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.05, "group first"))
            tg.create_task(fail_after(0.05, "group second"))
    except* ValueError as eg:
        print("  group raised", sorted(str(e) for e in eg.exceptions))


async def main():
    gc.disable()
    asyncio.get_running_loop().set_exception_handler(handler)
    for name, body in [("shield", shielded), ("gather", gathered), ("wait", waited),
                       ("wait + exception()", waited_and_looked), ("TaskGroup", grouped)]:
        await scenario(name, body)


asyncio.run(main())
