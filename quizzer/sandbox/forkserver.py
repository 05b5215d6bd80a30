"""The worker: a pre-warmed interpreter, inside the jail, that forks one run per request.

Started once per calling process as `python -m quizzer.sandbox.forkserver CONTROL_FD [--jail]` (in the jail,
through bubblewrap: see `quizzer.sandbox.jail`), it imports asyncio, tinyloop and the sandbox's child code, then
serves requests, so a run costs a few `fork()`s instead of a cold interpreter start (~1-2 ms against ~20-40 ms).

In the jail it first becomes unprivileged for good: when started as root it mounts the jail's /proc, then
switches to uid and gid 65534 with no supplementary groups (which also drops the three capabilities bubblewrap
granted for that); it sets
no_new_privs and makes itself non-dumpable, so no process of the same uid can trace it or read its memory. Then
it checks that a run can really be isolated (`self_test`), so a machine where the per-run namespaces are not
allowed is found at start-up, not at the first run.

Protocol. CONTROL_FD is a SOCK_SEQPACKET socket to the caller. The worker first sends `b"ready " + JSON` (what
the jail provides, for `quizzer doctor`) or `b"fail " + REASON`. Each request is one message carrying four
descriptors (SCM_RIGHTS): the run's socket (SOCK_STREAM, one per run), and the write ends of the stdout, stderr
and side-channel pipes. The worker forks and closes its copies; the child runs `isolation.start_run`, whose
supervisor reads the request itself and reports on the run's socket. The worker only forks and reaps: it holds
nothing of any run, and no run can reach it. When the control socket closes, it kills its runs and exits.

A request `b"run"` gets namespaces of its own. In the jail, `b"run AUTHOR"` (AUTHOR: a token the caller picked
for a batch of programs by one author) goes to an idle cell of that author, or a new one (`quizzer.sandbox.cells`),
and `b"end AUTHOR"` retires that author's cells.
"""

import gc
import importlib
import json
import os
import random
import resource
import selectors
import signal
import socket
import sys

from quizzer.sandbox import cells, child, isolation, linux, seccomp

DESCRIPTORS_PER_RUN = 4
AUTHOR_TOKEN_LIMIT = 64
UNPRIVILEGED_ID = 65534
# Imported once here so that runs start with them loaded. A module that fails to import is left out: the
# runs that need it report the error themselves (as a traceback), the others still work. Besides the loops and
# the sandbox's child side, what the bank's programs import on their own (`quizzer check`, measured: one run in
# eight did): `encodings.idna`, which the socket module loads to encode a host name such as "localhost", and
# `tracemalloc`, which `warnings` loads to print a warning ("coroutine ... was never awaited"). Importing
# them in a run cost it 1-3 ms of CPU each.
PREWARMED_MODULES = ("asyncio", "quizzer.tinyloop", "quizzer.tinyloop.io.streams", "quizzer.tinyloop.trace",
                     "quizzer.sandbox.child", "quizzer.sandbox.harness", "encodings.idna", "tracemalloc")


class ForkServer:
    def __init__(self, control: socket.socket, jailed: bool):
        self.control = control
        self.jailed = jailed
        self.runs: set[int] = set()
        self.cells: dict[bytes, list[Cell]] = {}  # author token -> that author's cells
        self.identity = (os.getpid(), os.getuid(), os.getgid())  # what a run's first process needs to know
        self.wakeup_read, wakeup_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        # A Python-level SIGCHLD handler is what makes the C handler write to the wakeup fd.
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)
        signal.set_wakeup_fd(wakeup_write)
        # poll, not epoll, as the caller's watch of a run (runner.RunWatcher): a run can take every epoll watch of
        # the uid the worker shares with it, and a new cell's socket could not be registered.
        self.selector = selectors.PollSelector()
        self.selector.register(control, selectors.EVENT_READ, self.receive_request)
        self.selector.register(self.wakeup_read, selectors.EVENT_READ, self.reap)

    def serve(self, facts: dict) -> None:
        # Objects that exist now are never freed: keep the collector from touching (and copying) their pages.
        gc.freeze()
        self.control.send(b"ready " + json.dumps(facts).encode())
        while True:
            for key, _ in self.selector.select():
                key.data()

    def receive_request(self) -> None:
        message, fds, _, _ = socket.recv_fds(self.control, 16 + AUTHOR_TOKEN_LIMIT, DESCRIPTORS_PER_RUN)
        if not message:
            self.shut_down()
        verb, _, author = message.partition(b" ")
        if verb == b"end":
            self.retire_cells(author)
        if verb != b"run" or len(fds) != DESCRIPTORS_PER_RUN:
            for fd in fds:
                os.close(fd)
            return
        if author and self.jailed:
            self.hand_to_cell(author, fds)
            return
        try:
            pid = isolation.fork_run(self.jailed)
        except OSError as error:  # out of processes or memory: this run fails, the worker carries on
            isolation.send_message(fds[0], {"error": f"the sandbox could not start the run: {error}"})
            pid = None
        if pid == 0:
            isolation.start_run(fds, self.jailed, self.identity)
        for fd in fds:
            os.close(fd)
        if pid is not None:
            self.runs.add(pid)

    def hand_to_cell(self, author: bytes, fds: list[int]) -> None:
        """Give a run to an idle cell of its author's (a new one if none is idle)."""
        try:
            cell = next((cell for cell in self.cells.get(author, []) if cell.idle), None) or self.new_cell(author)
            socket.send_fds(cell.control, [b"run"], fds)
            cell.idle = False
        except OSError as error:  # out of processes, or the cell died meanwhile: this run fails, not the next
            isolation.send_message(fds[0], {"error": f"the sandbox could not start the run: {error}"})
        finally:
            for fd in fds:
                os.close(fd)

    def new_cell(self, author: bytes) -> "Cell":
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            pid = isolation.fork_run(jailed=True)
        except OSError:
            ours.close()
            theirs.close()
            raise
        if pid == 0:
            cells.start_cell(theirs.fileno(), self.identity)
        theirs.close()
        cell = Cell(pid, ours, author)
        self.runs.add(pid)
        self.cells.setdefault(author, []).append(cell)
        self.selector.register(ours, selectors.EVENT_READ, lambda: self.hear_from(cell))
        return cell

    def hear_from(self, cell: "Cell") -> None:
        """A cell is idle again, or gone (it retired, or died): then it is forgotten."""
        try:
            message = cell.control.recv(16)
        except OSError:
            message = b""
        if message == b"idle":
            cell.idle = True
        else:
            self.forget(cell)

    def forget(self, cell: "Cell") -> None:
        """Once only: one round of events can bring the batch's end and word from the cell (or its exit) together,
        and then the second finds the cell forgotten already."""
        if cell.forgotten:
            return
        cell.forgotten = True
        self.selector.unregister(cell.control)
        cell.control.close()  # a cell that is not gone yet exits when it sees this (after its run, if busy)
        siblings = self.cells.get(cell.author, [])
        if cell in siblings:
            siblings.remove(cell)
        if not siblings:
            self.cells.pop(cell.author, None)

    def retire_cells(self, author: bytes) -> None:
        for cell in list(self.cells.get(author, [])):
            self.forget(cell)

    def reap(self) -> None:
        try:
            while os.read(self.wakeup_read, 4096):
                pass
        except BlockingIOError:
            pass
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            self.runs.discard(pid)

    def shut_down(self) -> None:
        for pid in self.runs:
            try:
                os.kill(pid, signal.SIGKILL)  # its supervisor and program die with it (PR_SET_PDEATHSIG)
            except OSError:
                pass
        sys.exit(0)


class Cell:
    """The worker's side of a cell: its pid, its socket, its author, and whether it can take a run now."""

    def __init__(self, pid: int, control: socket.socket, author: bytes):
        self.pid = pid
        self.control = control
        self.author = author
        self.idle = False
        self.forgotten = False


def become_unprivileged() -> None:
    if os.getuid() == 0:  # privileged bubblewrap, which left /proc to us
        linux.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
        os.setgroups([])
        os.setresgid(UNPRIVILEGED_ID, UNPRIVILEGED_ID, UNPRIVILEGED_ID)
        os.setresuid(UNPRIVILEGED_ID, UNPRIVILEGED_ID, UNPRIVILEGED_ID)
    linux.prctl(linux.PR_SET_NO_NEW_PRIVS, 1)
    linux.prctl(linux.PR_SET_DUMPABLE, 0)


def self_test() -> None:
    """Set a run's namespaces, file system and filter up once, in a throw-away child; OSError if that fails."""
    read_end, write_end = os.pipe()
    uid, gid = os.getuid(), os.getgid()
    pid = isolation.fork_run(jailed=True)
    if pid == 0:
        try:
            os.close(read_end)
            isolation.enter_run_user_namespace(uid, gid)
            isolation.build_run_filesystem(64 << 20)
            linux.bring_loopback_up()
            linux.drop_capabilities()
            if seccomp.supported():
                seccomp.install()
        except BaseException as error:
            os.write(write_end, str(error).encode()[:1000])
            os._exit(1)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reason:
        message = reason.read().decode(errors="replace")
    _, status = os.waitpid(pid, 0)
    if status:
        raise OSError(message or "the per-run namespaces could not be created")


def prewarm() -> None:
    for name in PREWARMED_MODULES:
        try:
            importlib.import_module(name)
        except Exception:
            pass
    # Seeding a generator with a string (the harness seeds each case's `rng` so) imports the hash it needs on
    # first use from Python 3.13: a throw-away generator does it here. The module-level generator is not touched.
    random.Random("")


def give_up_scheduling_priority() -> None:
    """No real-time scheduling and no priority above the default, for the worker and every run it forks. The
    limits come down from whoever started quizzer, and where theirs allow either (a desktop set up for audio gives
    its users `rtprio 95` and `nice -19` in limits.conf), a run's processes spinning under SCHED_FIFO would take
    every core but the 5 % the kernel keeps for the rest: the grader, the supervisors, the honest runs beside it."""
    for limit in (resource.RLIMIT_RTPRIO, resource.RLIMIT_NICE):
        resource.setrlimit(limit, (0, 0))


def main() -> None:
    give_up_scheduling_priority()
    linux.use_one_malloc_arena()
    control = socket.socket(fileno=int(sys.argv[1]))
    jailed = "--jail" in sys.argv[2:]
    facts = {"jailed": jailed}
    if jailed:
        started_as_root = os.getuid() == 0
        try:
            become_unprivileged()
            if seccomp.supported():
                seccomp.compiled()  # once, here: every run inherits it
            self_test()
        except OSError as error:
            control.send(b"fail " + str(error).encode()[:2000])
            sys.exit(1)
        facts.update(uid=os.getuid(), started_as_root=started_as_root, seccomp=seccomp.supported(),
                     machine=seccomp.machine())
    prewarm()
    if jailed:  # every run's environment is the same there: scrubbed once, here (see child.confine)
        child.scrub_environment(isolation.WORK_DIRECTORY)
    ForkServer(control, jailed).serve(facts)


if __name__ == "__main__":
    main()
