"""An event loop policy of the program's own: asyncio.run makes its loop with the policy's
new_event_loop() and makes it current with the policy's set_event_loop(), then sets None when it
is done. The policy is checked when set (TypeError), set_event_loop checks the loop, and
set_event_loop_policy(None) brings a new default policy, which has forgotten the current loop."""
import asyncio


class LoudPolicy(asyncio.DefaultEventLoopPolicy):
    def new_event_loop(self):
        print("policy makes a loop")
        return super().new_event_loop()

    def set_event_loop(self, loop):
        kind = "a loop" if isinstance(loop, asyncio.AbstractEventLoop) else type(loop).__name__
        print("policy sets", None if loop is None else kind)
        super().set_event_loop(loop)


async def main():
    print("running on a selector loop:", isinstance(asyncio.get_running_loop(), asyncio.SelectorEventLoop))
    print("get_event_loop is the running loop:", asyncio.get_event_loop() is asyncio.get_running_loop())
    return "done"


policy = asyncio.get_event_loop_policy()
print("default policy:", type(policy).__module__, type(policy).__name__)
print("the same each time:", asyncio.get_event_loop_policy() is policy)
print("is the default class:", type(policy) is asyncio.DefaultEventLoopPolicy)
asyncio.set_event_loop_policy(LoudPolicy())
print(asyncio.run(main()))
with asyncio.Runner() as runner:
    print(runner.run(main()))
print("a policy:", isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
for bad in (object(), LoudPolicy):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    asyncio.set_event_loop(42)
except TypeError as exc:
    print("TypeError:", exc)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("current:", asyncio.get_event_loop() is loop)
asyncio.set_event_loop_policy(None)
fresh = asyncio.get_event_loop_policy()
print("a new default policy:", type(fresh).__name__, fresh is not policy)
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as exc:
    print("RuntimeError:", exc)
loop.close()
