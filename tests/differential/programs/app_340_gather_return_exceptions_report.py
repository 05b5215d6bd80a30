"""Run health checks with gather(return_exceptions=True) and print a report."""
import asyncio


async def check_db():
    await asyncio.sleep(0.02)
    return "db ok"


async def check_cache():
    await asyncio.sleep(0.01)
    raise ConnectionRefusedError("cache refused connection")


async def check_disk():
    await asyncio.sleep(0.03)
    raise OSError(28, "No space left on device")


async def check_api():
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.04)
    return "api ok"


async def main():
    checks = [check_db, check_cache, check_disk, check_api]
    results = await asyncio.gather(*(c() for c in checks), return_exceptions=True)
    failed = 0
    for check, result in zip(checks, results):
        if isinstance(result, BaseException):
            failed += 1
            print(f"FAIL {check.__name__}: {type(result).__name__}: {result}")
        else:
            print(f"OK   {check.__name__}: {result}")
    print(f"{failed} of {len(checks)} checks failed")


asyncio.run(main())
