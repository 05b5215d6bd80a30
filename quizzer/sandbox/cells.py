"""A cell: a run's namespaces kept for the next run of the same author, once nothing of the last one is left.

Programs from one author (a bank's predict programs and reference solutions, which `quizzer check` runs by the
hundred) may run one after another in one cell instead of each in namespaces of its own: the worker
(`quizzer.sandbox.forkserver`) keeps cells per *author* (a token its caller picks for one batch, see
`runner.run_many(one_author=True)`), and never hands a cell a run of another token. Programs of different
authors (two students) never share a cell, a process, a namespace or a writable file.

    worker ── cell: forked into a new user, pid, network, ipc and mount namespace, of which it is pid 1;
                maps one uid, mounts its /proc and its ipc namespace's message queues, brings its loopback up; then
                serves runs one at a time, as a run's supervisor does (`isolation.Supervisor`)
                └── program (one per run): its own mount namespace with a fresh work directory, gives up
                    every capability; then as in any run (`quizzer.sandbox.child`)

What a run costs then is one fork, not two, and no namespaces to make and tear down.

Nothing of a run is left for the next. After each run the cell has killed and reaped every other process of its
pid namespace (`kill(-1)` from pid 1), the program's mount namespace and its work directory's tmpfs went with
the program, and the cell looks at what could outlive a process: a socket of its network namespace (a TCP
connection in TIME_WAIT, say) in /proc/net, a System V IPC object in /proc/sysvipc (where no seccomp filter
refuses them), a POSIX message queue, any process left in /proc.
A socket is left behind with its network namespace: the cell moves itself into a new one, with its loopback up,
as the cell started (each of the bank's io programs that connects over TCP leaves one in TIME_WAIT, for a
minute). If it finds anything else, it retires (exits) rather than serve another run: the next run gets a new
cell. What a run can still see of earlier runs of the same author: how many processes they started (pids are
not reset) and, when none left a socket, the loopback's counters. A program that printed those would be told
nondeterministic by `quizzer check` (its second run, in another place of the batch, prints otherwise), never
given a wrong answer key.

Protocol with the worker: a SOCK_SEQPACKET socket. The worker sends `b"run"` with a run's four descriptors
(as the worker itself receives them); the cell answers `b"idle"` when it can take another. The worker closes
the socket to retire the cell.
"""

import os
import signal
import socket
from typing import NoReturn

from quizzer.sandbox import isolation, linux

DESCRIPTORS_PER_RUN = 4
# The network namespace's socket counts per protocol (/proc/net/tcp would list them too, but reading it walks
# the whole machine's connection table), and the lists of what the counts leave out: a socket counted or listed
# in one of these outlives its processes, and the cell leaves it behind with the namespace.
SOCKET_COUNTS = ("/proc/net/sockstat", "/proc/net/sockstat6")
SOCKET_LISTS = ("/proc/net/unix", "/proc/net/packet")
# System V IPC objects, which also outlive their processes: the cell retires.
IPC_LISTS = ("/proc/sysvipc/shm", "/proc/sysvipc/sem", "/proc/sysvipc/msg")


def start_cell(control_fd: int, worker: tuple[int, int, int]) -> NoReturn:
    """In the child `isolation.fork_run(jailed=True)` made: set the cell up and serve runs. Never returns."""
    _, worker_uid, worker_gid = worker
    try:
        isolation.keep_only([control_fd])
        linux.prctl(linux.PR_SET_PDEATHSIG, signal.SIGKILL)
        isolation.Supervisor.quiet_signals()
        os.setsid()  # as a run's supervisor: the programs' process groups stay inside the pid namespace
        isolation.enter_run_user_namespace(worker_uid, worker_gid)
        linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
        isolation.mount_own_proc()
        # A POSIX message queue outlives its processes, and /proc does not list them: the cell lists them in its
        # own view of the work directory's mount point (each program's work directory covers it).
        linux.mount("mqueue", isolation.WORK_DIRECTORY, "mqueue", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
        linux.bring_loopback_up()
        # Once for all its programs, which inherit it: the cell keeps the capabilities it mounts their work
        # directories with, but never execs, so its bounding set can go now.
        linux.drop_bounding_set()
        linux.prctl(linux.PR_SET_DUMPABLE, 0)
        wakeup_read, wakeup_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        signal.set_wakeup_fd(wakeup_write)
        control = socket.socket(fileno=control_fd)
    except BaseException:
        os._exit(1)  # the worker sees the cell gone; its run's socket closes unanswered: a machinery fault
    serve(control, wakeup_read, (worker_uid, worker_gid))


def serve(control: socket.socket, wakeup_read: int, outside_ids: tuple[int, int]) -> NoReturn:
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 16, DESCRIPTORS_PER_RUN)
        except OSError:
            os._exit(0)
        if message != b"run" or len(fds) != DESCRIPTORS_PER_RUN:
            os._exit(0)  # retired by the worker (or a message it never sends)
        run = CellRun(fds, outside_ids)
        try:
            report = run.supervise(wakeup_read, drop_capabilities=False)
            clean = ready_for_next_run()
            if clean:
                control.send(b"idle")  # before the caller hears of the end, so its next run finds the cell idle
        except BaseException as error:
            isolation.send_message(run.run_socket_fd, {"error": f"the run could not be set up: {error}"})
            os._exit(1)
        isolation.send_message(run.run_socket_fd, report)
        os.close(run.run_socket_fd)
        if not clean:
            os._exit(0)


class CellRun(isolation.Supervisor):
    """One run in a cell: the cell supervises it; the program gets a mount namespace and work directory of its
    own (the cell's user, network and ipc namespaces are already set up)."""

    def __init__(self, descriptors: list[int], outside_ids: tuple[int, int]):
        super().__init__(descriptors, jailed=True, outside_ids=outside_ids)

    @staticmethod
    def give_up_capabilities() -> None:
        linux.clear_capabilities()  # the bounding set is already empty: the cell emptied its own

    def enter_namespaces(self, request: dict) -> None:
        linux.unshare(linux.CLONE_NEWNS)
        isolation.mount_work_directory(request["memory_mb"] << 20)


def read_listing(path: str) -> list[str]:
    """A /proc listing's lines, read through a raw descriptor: the cell reads seven after every run, and a file
    object's machinery would be pages written (copied) anew after each program's fork."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        chunks = []
        while chunk := os.read(fd, 1 << 16):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks).decode().splitlines()


def ready_for_next_run() -> bool:
    """Whether nothing of the last run is left for the next to see, once a socket it left is left behind in the
    network namespace it was in. False: the cell retires."""
    if leftovers(IPC_LISTS) is not None or _other_leftover() is not None:
        return False
    if leftovers(SOCKET_COUNTS + SOCKET_LISTS) is None:
        return True
    try:
        # The old namespace goes once nothing is in it: its sockets are no process's, so nothing can reach it.
        linux.unshare(linux.CLONE_NEWNET)
        linux.bring_loopback_up()
    except OSError:
        return False
    return leftovers(SOCKET_COUNTS + SOCKET_LISTS) is None


def leftovers(paths: tuple[str, ...]) -> str | None:
    """What of the last run the listings of `paths` show (a socket, an IPC object), or None."""
    for path in paths:
        try:
            lines = read_listing(path)
        except FileNotFoundError:
            continue  # not built into this kernel: nothing of that kind can be left either
        except OSError:
            return f"{path} (unreadable)"
        if path in SOCKET_COUNTS:
            for line in lines:
                protocol, _, counts = line.partition(":")
                values = dict(zip(counts.split()[::2], counts.split()[1::2]))
                # inuse: sockets of this namespace (closing ones too); tw: TCP connections in TIME_WAIT.
                if values.get("inuse", "0") != "0" or (protocol == "TCP" and values.get("tw", "0") != "0"):
                    return f"{path}: {line}"
        elif len(lines) > 1:  # more than the header
            return path
    return None


def _other_leftover() -> str | None:
    """A POSIX message queue or a process of the last run still there, or None."""
    if os.listdir(isolation.WORK_DIRECTORY):
        return "a POSIX message queue"
    others = [name for name in os.listdir("/proc") if name.isdigit() and name != "1"]
    return f"process {others[0]}" if others else None
