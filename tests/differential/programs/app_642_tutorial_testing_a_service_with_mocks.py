"""Tutorial: testing an async service with IsolatedAsyncioTestCase and AsyncMock (retries, timeouts)."""
import asyncio
import io
import unittest
from unittest.mock import AsyncMock


class Service:
    def __init__(self, backend, retries=3):
        self.backend = backend
        self.retries = retries

    async def get(self, key):
        for attempt in range(1, self.retries + 1):
            try:
                return await asyncio.wait_for(self.backend.load(key), timeout=0.5)
            except (ConnectionError, asyncio.TimeoutError) as exc:
                print(f"attempt {attempt} failed: {type(exc).__name__}")
                await asyncio.sleep(0.1 * attempt)
        raise RuntimeError("backend unavailable")


async def hang(key):
    await asyncio.sleep(10)


class ServiceTest(unittest.IsolatedAsyncioTestCase):
    async def test_retries_then_succeeds(self):
        backend = AsyncMock()
        backend.load.side_effect = [ConnectionError(), ConnectionError(), "value"]
        self.assertEqual(await Service(backend).get("k"), "value")
        self.assertEqual(backend.load.await_count, 3)

    async def test_timeouts_count_as_failures(self):
        backend = AsyncMock()
        backend.load.side_effect = hang
        loop = asyncio.get_running_loop()
        start = loop.time()
        with self.assertRaises(RuntimeError):
            await Service(backend, retries=2).get("k")
        print("gave up after", round(loop.time() - start, 1), "seconds")


result = unittest.TextTestRunner(stream=io.StringIO()).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTest))
print("ok" if result.wasSuccessful() else "failed", result.testsRun)
