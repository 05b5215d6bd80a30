"""Patching an async dependency with AsyncMock inside IsolatedAsyncioTestCase; unittest.main exits with the result."""
import asyncio
import sys
import unittest
from unittest import mock


async def download(url):
    await asyncio.sleep(10)
    return b"real bytes"


async def download_all(urls):
    pages = await asyncio.gather(*(download(url) for url in urls))
    return sum(len(page) for page in pages)


class DownloadTest(unittest.IsolatedAsyncioTestCase):
    async def test_sizes_are_summed(self):
        with mock.patch(f"{__name__}.download", new=AsyncMock(return_value=b"abc")) as fake:
            self.assertEqual(await download_all(["a", "b"]), 6)
        print("download awaited", fake.await_count, "times")
        fake.assert_has_awaits([mock.call("a"), mock.call("b")])

    async def test_patch_decorator_makes_async_mock(self):
        with mock.patch(f"{__name__}.download") as fake:
            print("patch made:", type(fake).__name__)
            fake.return_value = b"xy"
            self.assertEqual(await download_all(["a"]), 2)

    async def test_runs_on_a_running_loop(self):
        loop = asyncio.get_running_loop()
        print("debug mode:", loop.get_debug())
        self.assertTrue(loop.is_running())


AsyncMock = mock.AsyncMock
sys.argv[1:] = []
unittest.main(verbosity=0)
