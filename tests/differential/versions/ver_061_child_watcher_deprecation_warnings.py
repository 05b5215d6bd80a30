# changes: child_watchers_deprecated
# 3.12 deprecates the child watchers: the policy's get_child_watcher()/set_child_watcher(), making a Safe, Fast or
# MultiLoop watcher, and subclassing AbstractChildWatcher warn. The module functions' warnings are attributed to
# asyncio itself, so by default a program does not see them; the others point at the program's own line.
import asyncio
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    where = "this program" if filename == __file__ else "inside asyncio"
    print(f"  {category.__name__} ({where}): {message}")


warnings.showwarning = show

print("asyncio.get_child_watcher():")
watcher = asyncio.get_child_watcher()
print("asyncio.set_child_watcher(the same):")
asyncio.set_child_watcher(watcher)
policy = asyncio.get_event_loop_policy()
print("policy.get_child_watcher():")
print("  same watcher:", policy.get_child_watcher() is watcher)
for kind in ("ThreadedChildWatcher", "PidfdChildWatcher", "SafeChildWatcher", "FastChildWatcher",
             "MultiLoopChildWatcher"):
    print(f"asyncio.{kind}():")
    made = getattr(asyncio, kind)()
    print("  active without a loop:", made.is_active() if kind != "PidfdChildWatcher" else "(see ver_062)")
print("subclassing AbstractChildWatcher:")


class NullWatcher(asyncio.AbstractChildWatcher):
    def is_active(self):
        return False


print("  NullWatcher active:", NullWatcher().is_active())
print("policy.set_child_watcher(None):")
policy.set_child_watcher(None)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    asyncio.get_child_watcher()
print("with every warning shown, get_child_watcher() warns:", [str(w.message) for w in caught])
