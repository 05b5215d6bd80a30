"""One run's machinery inside the worker's jail: its own namespaces, and the supervisor that outlives nothing.

The worker (`quizzer.sandbox.forkserver`) forks one process per run, which calls `start_run`. In the jail:

    worker ── supervisor: forked into a new user, pid, mount, network and ipc namespace, of which it is
                pid 1; reads the request, forks, gives up every capability
                └── program (pid 2): maps the run's one uid, mounts the run's work directory and /proc,
                    brings its own loopback up, gives up every capability; then limits, seccomp filter,
                    audit-hook policy, and the program

Why the program's process sets the run up: every page of the worker's memory a process writes is copied for
it, and a page the supervisor wrote before forking is copied again when the program writes it. The supervisor
does as little as it can (no ctypes until the program is forked), so a run costs fewer copies.

Without the jail (the fallback, see `quizzer.sandbox.jail`) the worker forks the supervisor directly, and the
program gets its own process group instead of namespaces.

Isolation. A program sees no other process: its pid namespace holds only itself and its supervisor, and its
/proc is that namespace's, so the worker, other runs and the grader cannot be named, signalled, traced or read. Its supervisor is pid 1 of that namespace, which the kernel protects from every signal the
program could send it (the supervisor keeps no handler but SIGCHLD's) and, being non-dumpable, from ptrace.
The mount namespace is the worker's read-only view plus a fresh tmpfs at `WORK_DIRECTORY`, whose size is taken
out of the run's memory limit. The network namespace has only `lo`, so 127.0.0.1 is the run's own.

Memory. Each process has the run's memory limit as its address space (RLIMIT_AS), which bounds a single process;
in the jail a program may start processes (subprocesses), each with a limit of its own, so the supervisor also
looks at the whole namespace every `MEMORY_CHECK_PERIOD`: when the memory all the run's processes allocated
(anonymous and shared, and the page tables that map it) together goes past the limit, it kills them all and
reports `"memory": true`.

Ending. The supervisor watches the run's socket: when the caller shuts it down (a timeout, the output cap) or
goes away, the program is stopped (SIGXCPU, which lets it write its buffered output out, then SIGKILL; the memory
watch goes on meanwhile). When the program ends, the supervisor kills whatever is left in the namespace
(`kill(-1)` from pid 1), reaps it, reports `{"status": S, "cpu_time": T}` and exits; the kernel then tears the
namespaces down. Every process of the chain dies with its parent (PR_SET_PDEATHSIG), so a worker that dies
takes its runs with it.

Messages to the caller on the run's socket (JSON lines): `{"started": true}` when the program was forked,
`{"stopping": true}` when the supervisor starts to stop it (so that a caller kept waiting can tell a run slow to
die from a supervisor that is gone), `{"status": ..., "cpu_time": ...}` at its end (with `"memory": true` when the
memory watch stopped it), `{"error": REASON}` when the machinery itself failed.
"""

import _signal  # see quiet_signals
import json
import os
import select
import signal
import time
from typing import NoReturn

# The program's side is imported here, in the worker, not after the fork: an import in each run would touch
# (and so copy) many of the worker's pages.
from quizzer.sandbox import child, linux
from quizzer.sandbox.records import REQUEST_LIMIT

WORK_DIRECTORY = "/sandbox"
SHARED_MEMORY_DIRECTORY = "/dev/shm"
# The uid and gid the program has inside its user namespace (shown by os.getuid()); outside it is the worker's.
RUN_UID = RUN_GID = 65534
# The work directory's tmpfs: at most this share of the run's memory, and no more than this many files.
WORK_DIRECTORY_SHARE = 4
WORK_DIRECTORY_MAX = 64 << 20
WORK_DIRECTORY_INODES = 4096
# How often (seconds) the supervisor of a jailed run adds up the memory of the run's processes.
MEMORY_CHECK_PERIOD = 0.05
# While processes of an ended run are dying, how often (seconds) the supervisor looks for (and kills) the rest.
KILL_RETRY_PERIOD = 0.001
# How long (seconds) a program the caller stopped has to write out its buffered output (see `stop_program`).
STOP_GRACE = 0.25
RUN_SOCKET_FD = 4


def work_directory_size(memory_bytes: int) -> int:
    """The tmpfs's size for a run allowed `memory_bytes`: its address space gets the rest."""
    return min(WORK_DIRECTORY_MAX, memory_bytes // WORK_DIRECTORY_SHARE)


def send_message(run_socket_fd: int, message: dict | bytes) -> None:
    """Write one message (a dict, or a line already encoded) to the run's socket."""
    data = message if isinstance(message, bytes) else (json.dumps(message) + "\n").encode()
    try:
        while data:
            data = data[os.write(run_socket_fd, data):]
    except OSError:
        pass  # the caller gave up on this run


# The two messages every run sends, written by hand: json's encoder is Python code whose pages a supervisor
# would copy (and the program after it) on every run.
STARTED = b'{"started": true}\n'
STOPPING = b'{"stopping": true}\n'


def end_message(status: int, cpu_time: float, memory_exceeded: bool) -> bytes:
    return b'{"status": %d, "cpu_time": %r%s}\n' % (status, cpu_time, b', "memory": true' if memory_exceeded else b"")


RUN_NAMESPACES = (linux.CLONE_NEWUSER | linux.CLONE_NEWPID | linux.CLONE_NEWNS | linux.CLONE_NEWNET
                  | linux.CLONE_NEWIPC)


def fork_run(jailed: bool) -> int:
    """The worker's fork of one run: in the jail, straight into the run's own namespaces (see the docstring)."""
    return linux.fork_into_namespaces(RUN_NAMESPACES) if jailed else os.fork()


def start_run(descriptors: list[int], jailed: bool, worker: tuple[int, int, int]) -> NoReturn:
    """In the child `fork_run` made: set the run up and supervise it. Never returns.

    `worker` is the worker's pid, uid and gid (in the new user namespace the child cannot ask for them)."""
    worker_pid, worker_uid, worker_gid = worker
    run_socket_fd = descriptors[0]
    try:
        keep_only(descriptors)
        linux.prctl(linux.PR_SET_PDEATHSIG, signal.SIGKILL)
        if not jailed and os.getppid() != worker_pid:
            os._exit(1)  # the worker died before the line above (in the jail getppid() is 0: the parent is
                         # outside the pid namespace; a run orphaned that way still ends with its socket)
        Supervisor(descriptors, jailed, (worker_uid, worker_gid)).run()
    except BaseException as error:
        send_message(run_socket_fd, {"error": f"the run could not be set up: {error}"})
    os._exit(1)


def keep_only(descriptors: list[int]) -> None:
    """Close everything inherited from the worker (its control socket above all) but the run's descriptors."""
    low = 3
    for fd in sorted(descriptors):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, os.sysconf("SC_OPEN_MAX"))


def enter_run_user_namespace(outside_uid: int, outside_gid: int) -> None:
    """Map the run's one uid: until then the new user namespace has none, and files cannot be created."""
    # The worker is non-dumpable, and so its child; a non-dumpable process cannot write its own id maps.
    linux.prctl(linux.PR_SET_DUMPABLE, 1)
    linux.write_id_maps(RUN_UID, RUN_GID, outside_uid, outside_gid)


def build_run_filesystem(memory_bytes: int) -> None:
    linux.mount(None, "/", None, linux.MS_REC | linux.MS_PRIVATE)
    mount_work_directory(memory_bytes)
    mount_own_proc()


def mount_work_directory(memory_bytes: int) -> None:
    size = work_directory_size(memory_bytes)
    linux.mount("tmpfs", WORK_DIRECTORY, "tmpfs", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC,
                f"size={size},nr_inodes={WORK_DIRECTORY_INODES},mode=0700")
    # POSIX semaphores and shared memory are files in /dev/shm: multiprocessing's locks need them, and so
    # ProcessPoolExecutor. The jail's /dev/shm is read-only; the run's is its work directory, seen there too
    # (same files, size and flags: nothing the program could not do in its work directory already). A bind
    # mount, not a tmpfs of its own: that would be a second size to take out of the run's memory, and cost more.
    linux.mount(WORK_DIRECTORY, SHARED_MEMORY_DIRECTORY, None, linux.MS_BIND)


def mount_own_proc() -> None:
    # The worker's /proc shows every run of the jail: the run gets one of its own pid namespace instead.
    linux.mount("proc", "/proc", "proc", linux.MS_NOSUID | linux.MS_NODEV | linux.MS_NOEXEC)
    # No user namespace inside this one: the program has no use for them, and each is kernel surface.
    linux.write_control_file("/proc/sys/user/max_user_namespaces", "0")


def run_memory() -> int:
    """The memory every process of the run's pid namespace allocated, in bytes: anonymous (heap, stacks: RssAnon)
    and shared (a `MAP_SHARED` mapping, or a file of the work directory mapped: RssShmem), counters the kernel
    keeps (reading them costs little and waits for no lock, even while the processes fork). Shared memory counts
    too because each process may map as much of it as its address space allows, and none of it is anonymous:
    counted as anonymous only, four children holding 100 MiB each that way went unnoticed in a run of 256 MiB.
    Pages a fork still shares with its parent, or a mapping shared by several processes, count in each, so a
    program that forks many copies of itself is stopped early rather than late. Anonymous pages the kernel moved
    to swap (VmSwap) count too: they leave RssAnon, and where the machine has swap, a run's processes could
    otherwise each fill their address space in turn. (A program cannot send its pages there itself: the seccomp
    filter refuses MADV_PAGEOUT.) So do its page tables (VmPTE): a page read from a fresh private mapping is the
    kernel's zero page, resident nowhere, but the tables that lead to it are the process's, 8 KiB for 4 KiB of
    address space when the mappings lie a GiB apart: four processes of a run of 512 MiB held 2 GiB of them."""
    if os.readlink("/proc/self") != "1":
        return 0  # the program has not mounted the run's own /proc yet (nor started): this is the worker's
    total = 0
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/status", "rb") as status:
                for line in status:
                    if line.startswith((b"RssAnon:", b"RssShmem:", b"VmPTE:")):
                        total += int(line.split()[1]) << 10
                    elif line.startswith(b"VmSwap:"):  # listed after the three
                        total += int(line.split()[1]) << 10
                        break
        except (OSError, ValueError):
            continue  # gone meanwhile
    return total


def drain(wakeup_read: int) -> None:
    """Empty the SIGCHLD wake-up pipe, so the next wait sleeps until the next signal."""
    try:
        os.read(wakeup_read, 4096)
    except BlockingIOError:
        pass


class Supervisor:
    """Starts the program, stops it when the caller says so, and reports how it ended."""

    def __init__(self, descriptors: list[int], jailed: bool, outside_ids: tuple[int, int]):
        self.run_socket_fd = descriptors[0]  # no socket object: its Python code would be pages copied
        self.pipes = descriptors[1:]
        self.jailed = jailed
        self.outside_ids = outside_ids  # the worker's uid and gid, which the run's one uid and gid map to
        self.program: int | None = None
        self.memory_limit: int | None = None  # bytes all the run's processes may hold together (jail only)
        self.memory_exceeded = False

    def run(self) -> NoReturn:
        self.quiet_signals()
        if self.jailed:
            # A process group reaches across pid namespaces: kill(0, ...) from the program would hit the
            # worker's group. A session of its own keeps the program's group inside its namespace.
            os.setsid()
        wakeup_read, wakeup_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        signal.set_wakeup_fd(wakeup_write)
        send_message(self.run_socket_fd, self.supervise(wakeup_read, drop_capabilities=self.jailed))
        os._exit(0)

    def supervise(self, wakeup_read: int, drop_capabilities: bool) -> bytes:
        """The run: read its request, fork the program, wait for its end, kill what is left; the report."""
        request = self.read_request()
        if self.jailed:
            memory = request["memory_mb"] << 20
            self.memory_limit = memory - work_directory_size(memory)  # the program's own address space
        self.program = os.fork()
        if self.program == 0:
            self.start_program(request)
        if drop_capabilities:
            linux.clear_capabilities()  # it never execs (nor could an exec grant any: no_new_privs): no bounding set
        for fd in self.pipes:
            os.close(fd)
        send_message(self.run_socket_fd, STARTED)
        status, cpu_time = self.wait(wakeup_read)
        self.kill_the_rest()
        return end_message(status, cpu_time, self.memory_exceeded)

    @staticmethod
    def quiet_signals() -> None:
        """No handler the program could trigger: pid 1 of a namespace ignores every signal it has none for.

        The worker's handlers are Python's own (SIGINT; SIGPIPE and SIGXFSZ ignored) and a no-op for SIGCHLD,
        which stays: it wakes the wait below (a SIGCHLD from the program only makes it look again)."""
        signal.set_wakeup_fd(-1)
        # Not `signal.signal`, whose conversions through enums are Python code whose pages a run would copy.
        _signal.signal(_signal.SIGINT, _signal.SIG_DFL)

    def read_request(self) -> dict:
        received = bytearray()
        while not received.endswith(b"\n"):
            chunk = os.read(self.run_socket_fd, 1 << 16)
            if not chunk or len(received) > REQUEST_LIMIT:
                raise EOFError("the caller closed the run before sending its request")
            received += chunk
        return json.loads(received)

    def start_program(self, request: dict) -> NoReturn:
        """In the program's process: set the run's namespaces up, then become the program. A failure here is
        the machinery's, reported as such (the caller runs the program again), never the program's."""
        try:
            if self.jailed:
                self.enter_namespaces(request)
                self.give_up_capabilities()
                linux.prctl(linux.PR_SET_DUMPABLE, 0)
        except BaseException as error:
            send_message(self.run_socket_fd, {"error": f"the run could not be set up: {error}"})
            os._exit(1)
        child.run(request, [self.run_socket_fd, *self.pipes], self.jailed)

    @staticmethod
    def give_up_capabilities() -> None:
        """The program's process, once its namespaces are set up: every capability, the bounding set too."""
        linux.drop_capabilities()

    def enter_namespaces(self, request: dict) -> None:
        enter_run_user_namespace(*self.outside_ids)
        build_run_filesystem(request["memory_mb"] << 20)
        linux.bring_loopback_up()

    def wait(self, wakeup_read: int) -> tuple[int, float]:
        """Until the program ends, or the caller shuts the run's socket down or the run's processes hold too much
        memory (then the program is killed)."""
        watching_memory = self.memory_limit is not None
        next_check = time.monotonic() + MEMORY_CHECK_PERIOD
        while True:
            pid, status, usage = os.wait4(self.program, os.WNOHANG)
            if pid:
                return status, usage.ru_utime + usage.ru_stime
            timeout = max(0.0, next_check - time.monotonic()) if watching_memory else None
            readable, _, _ = select.select([self.run_socket_fd, wakeup_read], [], [], timeout)
            # On the period, not at every wake-up: the program's own end (its SIGCHLD) needs no look at /proc.
            if watching_memory and self.run_socket_fd not in readable and time.monotonic() >= next_check:
                next_check = time.monotonic() + MEMORY_CHECK_PERIOD
                if self.over_memory_limit():
                    readable = [self.run_socket_fd]
            if self.run_socket_fd in readable:
                return self.stop_program(wakeup_read, gently=not self.memory_exceeded)
            drain(wakeup_read)

    def over_memory_limit(self) -> bool:
        """Whether the run's processes together hold more than its limit (then `memory_exceeded` is set)."""
        if run_memory() > self.memory_limit:
            self.memory_exceeded = True
        return self.memory_exceeded

    def stop_program(self, wakeup_read: int, gently: bool) -> tuple[int, float]:
        """Stop the program, and wait for it. `gently`: SIGXCPU first, as at its CPU limit, whose handler writes
        its buffered output out (`child.flush_then_stop`); SIGKILL if it is not gone within STOP_GRACE (a program
        stuck in C code, or that took the signal over). Over its memory limit, no more time: SIGKILL at once.
        The memory watch goes on through the grace: a program that took SIGXCPU over let its children fill
        memory while nothing looked (four of 40 MiB each held theirs in a run of 128 MiB before the SIGKILL)."""
        send_message(self.run_socket_fd, STOPPING)
        if gently:
            self.signal_program(signal.SIGXCPU)
            watching_memory = self.memory_limit is not None
            deadline = time.monotonic() + STOP_GRACE
            next_check = time.monotonic()
            while (remaining := deadline - time.monotonic()) > 0:
                pid, status, usage = os.wait4(self.program, os.WNOHANG)
                if pid:
                    return status, usage.ru_utime + usage.ru_stime
                if watching_memory and time.monotonic() >= next_check:
                    next_check = time.monotonic() + MEMORY_CHECK_PERIOD
                    if self.over_memory_limit():
                        break
                if watching_memory:
                    remaining = min(remaining, max(0.0, next_check - time.monotonic()))
                select.select([wakeup_read], [], [], remaining)
                drain(wakeup_read)
        self.signal_program(signal.SIGKILL)
        _, status, usage = os.wait4(self.program, 0)
        return status, usage.ru_utime + usage.ru_stime

    def signal_program(self, signum: int) -> None:
        try:
            os.kill(self.program, signum)
        except ProcessLookupError:
            pass

    def kill_the_rest(self) -> None:
        """Nothing the program started may outlive it."""
        if not self.jailed:
            try:
                os.killpg(self.program, signal.SIGKILL)
            except ProcessLookupError:
                pass
            while True:
                try:
                    os.waitpid(-1, 0)
                except ChildProcessError:
                    return
        # From pid 1, kill(-1) reaches every other process of the namespace; orphans become this process's
        # children. Killed again until none is left: a process forked while the first kill went round escapes it.
        while True:
            try:
                os.kill(-1, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                reaped, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if not reaped:
                select.select([], [], [], KILL_RETRY_PERIOD)  # the killed take a moment to die
