# changes: aclose_thrown_into_before_start_runs_on
"""An async generator left with break in main's last step is closed by a task asyncio.run cancels before it
starts: up to 3.12 GeneratorExit comes in at the await in its finally, from 3.13 the finally runs on."""
import asyncio

async def fetch_rows():
    print("connect")
    try:
        for i in range(5):
            await asyncio.sleep(0.1)
            yield i
    finally:
        print("closing connection")
        await asyncio.sleep(0)
        print("connection closed")

async def main():
    async for row in fetch_rows():
        print("row", row)
        if row == 2:
            break
    print("done")

asyncio.run(main())
