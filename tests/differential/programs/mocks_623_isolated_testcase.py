"""IsolatedAsyncioTestCase: async setUp/tearDown, async tests and async cleanups run in order on one loop."""
import asyncio
import io
import unittest

events = []


class ServiceTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.queue = asyncio.Queue()
        self.addAsyncCleanup(self.cleanup, "first registered")

    def setUp(self):
        events.append("setUp")

    async def cleanup(self, what):
        await asyncio.sleep(0.01)
        events.append(f"cleanup ({what})")

    async def test_queue(self):
        events.append("test_queue")
        await self.queue.put(1)
        self.assertEqual(await self.queue.get(), 1)

    async def test_timeout(self):
        events.append("test_timeout")
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)

    async def test_fails(self):
        events.append("test_fails")
        await asyncio.sleep(0)
        self.assertEqual(1 + 1, 3)

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(ServiceTest)
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print("\n".join(events))
print("ran", result.testsRun, "failures", len(result.failures), "errors", len(result.errors))
print("failed:", [test.id().rsplit(".", 1)[1] for test, _ in result.failures])
