"""The docs' call_later example that reschedules itself every "second" until an end time, on loop time."""
import asyncio


def display_date(end_time, loop, start, ticks):
    ticks.append(round(loop.time() - start, 1))
    print("tick", len(ticks), f"at {ticks[-1]:.1f}")
    if (loop.time() + 0.1) < end_time:
        loop.call_later(0.1, display_date, end_time, loop, start, ticks)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
start = loop.time()
ticks = []
end_time = start + 0.5
loop.call_soon(display_date, end_time, loop, start, ticks)
try:
    loop.run_forever()
finally:
    loop.close()
print("ticks:", len(ticks))
