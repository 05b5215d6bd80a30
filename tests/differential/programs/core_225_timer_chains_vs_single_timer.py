import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    def chain(n):
        log.append(f"chain {n}")
        if n < 3:
            loop.call_later(0.01, chain, n + 1)

    loop.call_later(0.01, chain, 1)
    loop.call_later(0.02, log.append, "single 0.02")
    loop.call_later(0.03, log.append, "single 0.03")
    loop.call_at(loop.time() + 0.02, log.append, "call_at 0.02")
    await asyncio.sleep(0.05)
    print("\n".join(log))


asyncio.run(main())
