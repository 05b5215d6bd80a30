# changes: get_event_loop_warns
# 3.12: a policy's get_event_loop() that makes the main thread's first loop warns (DeprecationWarning),
# pointing at the first line outside asyncio: here the subclass's own call of super().get_event_loop().
# 3.11 does not warn.
import asyncio
import warnings


class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    asked = 0

    def get_event_loop(self):
        self.asked += 1
        return super().get_event_loop()  # the line 3.12's warning points at


asyncio.set_event_loop_policy(CountingPolicy())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loop = asyncio.get_event_loop()
    again = asyncio.get_event_loop()
print("the same loop:", loop is again, "asked:", asyncio.get_event_loop_policy().asked)
for warning in caught:
    print(warning.category.__name__, warning.message, "at line", warning.lineno,
          "of this file:", warning.filename == __file__)
loop.close()
