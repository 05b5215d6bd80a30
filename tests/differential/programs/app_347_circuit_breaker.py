"""A circuit breaker: after 2 failures calls fail fast until a cool-down passes."""
import asyncio


class CircuitOpen(Exception):
    pass


class Breaker:
    def __init__(self, threshold, cooldown):
        self.threshold, self.cooldown = threshold, cooldown
        self.failures = 0
        self.opened_at = None

    async def call(self, fn):
        loop = asyncio.get_running_loop()
        if self.opened_at is not None:
            if loop.time() - self.opened_at < self.cooldown:
                raise CircuitOpen("failing fast")
            print("  breaker half-open: trying again")
            self.opened_at = None
        try:
            result = await fn()
        except Exception:
            self.failures += 1
            if self.failures >= self.threshold:
                self.opened_at = loop.time()
                print("  breaker opened")
            raise
        self.failures = 0
        return result


async def main():
    outcomes = iter([False, False, True, True, True])

    async def service():
        await asyncio.sleep(0.01)
        if not next(outcomes):
            raise ConnectionError("service down")
        return "pong"

    breaker = Breaker(threshold=2, cooldown=0.05)
    for i in range(7):
        try:
            print(f"call {i}: {await breaker.call(service)}")
        except (ConnectionError, CircuitOpen) as exc:
            print(f"call {i}: {type(exc).__name__}: {exc}")
        await asyncio.sleep(0.02)


asyncio.run(main())
