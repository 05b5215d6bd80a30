"""A fixed-rate game loop (50 Hz) scheduled on loop.time(); one slow frame makes it skip frames."""
import asyncio


async def game_loop(frames):
    loop = asyncio.get_running_loop()
    period = 0.02
    start = loop.time()
    frame = 0
    rendered = []
    while frame < frames:
        rendered.append(frame)
        if frame == 3:
            await asyncio.sleep(0.05)   # a slow frame (loading a level)
        next_frame = int((loop.time() - start) / period + 1e-6) + 1
        if next_frame > frame + 1:
            print(f"frame {frame} was slow: skipping {next_frame - frame - 1} frames")
        frame = next_frame
        await asyncio.sleep(max(0.0, start + frame * period - loop.time()))
    return rendered


async def main():
    rendered = await game_loop(10)
    print("rendered frames:", rendered)


asyncio.run(main())
