# changes: taskgroup_in_all
# 3.12 added taskgroups to asyncio.__all__: `from asyncio import *` brings TaskGroup in.
from asyncio import *  # noqa: F403

print("TaskGroup imported:", "TaskGroup" in globals())
print("timeout imported:", "timeout" in globals())
print("Runner imported:", "Runner" in globals())
