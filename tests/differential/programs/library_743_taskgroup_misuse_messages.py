"""TaskGroup misuse: create_task before entering, entering twice, create_task once shutting down (a child
failed) and after exit; each raises RuntimeError whose message names the group's state."""
import asyncio

async def fail():
    raise ValueError("x")

async def nap():
    await asyncio.sleep(0.1)

async def main():
    tg = asyncio.TaskGroup()
    c = nap()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("1:", e)
    c.close()
    async with tg:
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("2:", e)
        tg.create_task(nap())
    c = nap()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("3:", e)
    c.close()
    try:
        async with asyncio.TaskGroup() as g2:
            g2.create_task(fail())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
    except* ValueError:
        c = nap()
        try:
            g2.create_task(c)
        except RuntimeError as e:
            print("4:", e)
        c.close()
    g3 = asyncio.TaskGroup()
    async def body():
        async with g3:
            g3.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                c = nap()
                try:
                    g3.create_task(c)
                except RuntimeError as e:
                    print("5:", e)
                c.close()
                raise
    try:
        await body()
    except* ValueError:
        print("body group failed")

asyncio.run(main())
