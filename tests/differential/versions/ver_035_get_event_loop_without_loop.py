# changes: get_event_loop_warns
# get_event_loop() outside a running loop, with no loop set: 3.12 and 3.13 warn (DeprecationWarning)
# before creating one. Shown here as an error, the way `-W error` would.
import asyncio
import warnings

warnings.simplefilter("error", DeprecationWarning)
try:
    loop = asyncio.get_event_loop()
    print("got a loop:", type(loop).__name__ != "")
    loop.close()
except DeprecationWarning as warning:
    print("DeprecationWarning:", warning)
