"""Helpers for the sandbox's tests: hostile programs, and the processes of the jail as the host sees them."""

import os
import textwrap
import time

from quizzer.sandbox import runner

# Switches the audit-hook policy off from inside, as a hostile program can: the hook object is reachable through
# the garbage collector, and its re-entrancy flag makes it wave every event through. Then imports ctypes (which
# the policy refuses) and prints a line, so a test knows the policy really was off and only the kernel stood in
# the way of what follows.
POLICY_OFF = textwrap.dedent("""\
    import gc
    for hook in gc.get_objects():
        if type(hook).__name__ == "Policy":
            hook.checking = True
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    print("policy off", flush=True)
""")


# What a hostile program uses to search every file it can see: each regular file's first MiB, below `/` but for
# the folders it skips. Devices and pipes are passed over: reading one can block for ever (a search that never
# ends proves nothing), and what they hold is not a file's contents.
EVERY_FILE = textwrap.dedent("""\
    import os, stat

    def every_file(skipped):
        for folder, subfolders, files in os.walk("/"):
            subfolders[:] = [name for name in subfolders if os.path.join(folder, name) not in skipped]
            for name in files:
                path = os.path.join(folder, name)
                try:
                    if not stat.S_ISREG(os.lstat(path).st_mode):
                        continue
                    with open(path, "rb") as handle:
                        yield handle.read(1 << 20)
                except OSError:
                    continue
""")


def hostile(code: str) -> str:
    """A program that switches the policy off first, then runs `code` (which may call `every_file`)."""
    return POLICY_OFF + EVERY_FILE + textwrap.dedent(code)


def _processes() -> dict[int, tuple[int, str, bytes]]:
    """pid -> (parent pid, state, program name) of every process on the machine."""
    table = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                program = os.path.basename(cmdline.read().split(b"\0")[0])
        except OSError:
            continue  # gone meanwhile
        table[int(pid)] = (int(fields[1]), fields[0], program)
    return table


def _worker_tree() -> tuple[list[int], dict, set[int]]:
    """The processes under this process's worker (bubblewrap's first), the process table, and the machinery
    among them: bubblewrap's processes and the worker."""
    table = _processes()
    root = runner.server.process.pid
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending += [child for child, (parent, _, _) in table.items() if parent == pid]
    bubblewraps = {pid for pid in found if table[pid][2] == b"bwrap"}
    machinery = {root} | bubblewraps | {pid for pid in found if table[pid][0] in bubblewraps}
    return found, table, machinery


def jail_processes(patience: float = 10.0) -> list[int]:
    """Live processes under this process's worker, other than bubblewrap's and the worker itself: a run's.

    A zombie is dead already (its parent reaps it in a moment), so it does not count; a process in the middle of
    exiting may still show for a moment, longer on a loaded machine, hence the patience (an empty list returns at
    once)."""
    deadline = time.monotonic() + patience
    while True:
        found, table, machinery = _worker_tree()
        left = [pid for pid in found if pid not in machinery and table[pid][1] != "Z"]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.01)


def worker_process() -> int:
    """The worker's pid as the host sees it."""
    found, table, machinery = _worker_tree()
    return next(pid for pid in found if pid in machinery and table[pid][2] != b"bwrap")


def host_state(pid: int) -> str | None:
    """A process's state letter as the host sees it (R, S, T for stopped ...), None when it is gone."""
    return _processes().get(pid, (0, None))[1]
