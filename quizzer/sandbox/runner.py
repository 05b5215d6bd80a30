"""The calling side of the sandbox: `run_code`, `run_many`, and the worker they share.

Per run, the caller creates the stdout / stderr / side-channel pipes and the run's socket, hands them to the
worker (see `quizzer.sandbox.forkserver`), sends the request on the socket, then reads everything itself: it
enforces the wall-clock timeout and the output cap (every byte the program writes, side channel included, is
counted and bounded), and classifies how the run ended. What comes back is hostile data, parsed strictly by
`quizzer.sandbox.records`: nothing a run says can crash the caller or end a batch.

The worker runs in the jail when this machine can build it (`quizzer.sandbox.jail`), decided once per process
at its first start. Where it cannot, runs fall back to an unjailed worker and the audit-hook policy, with a
one-line warning on stderr at the first run; `jail_status()` tells callers which (`quizzer grade` refuses to
run students' code unjailed unless told to trust it).

Faults of the machinery are never charged to the program: a worker that died, stopped or stopped answering,
a run whose namespaces could not be set up. The run is tried again (with a new worker if the old one is
gone), and if it still cannot run, its result says so: outcome "crashed" with `machinery_fault` set. A run
stopped (at its timeout or output cap) whose supervisor said it was stopping it but not, within STOP_TIMEOUT,
that it was gone is no such fault: its processes are slow to die (thousands of descriptors to close), which is
the run's own doing; it keeps the outcome it was stopped for, and its reason says so.
"""

import atexit
import json
import math
import os
import secrets
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from quizzer.sandbox import jail
from quizzer.sandbox.outcomes import (
    EXIT_CODES,
    cpu_reason,
    format_size,
    memory_reason,
    output_reason,
    timeout_reason,
    too_large_reason,
)
from quizzer.sandbox.records import (
    REQUEST_LIMIT,
    SIDE_CHANNEL_FD,
    SIDE_CHANNEL_LIMIT,
    MalformedRecord,
    parse_message,
    parse_side_channel,
)

LOOPS = ("tiny", "asyncio", "asyncio-ff")
READ_SIZE = 1 << 16
# How long the machinery may take to start a program (fork, namespaces, mounts) before it counts as stuck.
START_TIMEOUT = 10.0
# How long it may take to confirm that a stopped program is gone.
STOP_TIMEOUT = 5.0
# After the program is gone, how long its output may still take to drain.
DRAIN_GRACE = 1.0
WORKER_START_TIMEOUT = 30.0
ATTEMPTS = 2
# The longest program (JSON-encoded, as its request carries it) a run takes: the request's other fields (a file
# name of a few KiB at most) fit in the rest. A larger one is the program's problem, refused before it is sent:
# sent, its supervisor gave up reading it, a machinery fault, and one student's 65 MiB answer stopped `grade` for
# the whole class.
PROGRAM_LIMIT = REQUEST_LIMIT - (1 << 20)
# A run waits on hand-overs (caller, worker, supervisor, program and back) about as long as it computes: two runs
# per core keep the cores busy (measured: a third to a half more runs a second than one per core).
RUNS_PER_CORE = 2
PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# Without the jail, run directories go on a memory file system when there is one: creating and removing a
# directory on an overlay root costs milliseconds, a good part of a small run.
RUN_DIRECTORY_PARENT = "/dev/shm" if os.access("/dev/shm", os.W_OK | os.X_OK) else None


@dataclass(frozen=True)
class RunResult:
    """How a program ran: see docs/design.md ("Sandbox: contract with its callers")."""

    stdout: str
    stderr: str
    exit_code: int
    outcome: str
    reason: str | None = None
    stats: dict | None = None
    trace: list | None = None
    exception: str | None = None  # outcome "error": the traceback's final line, e.g. "ValueError: boom"
    finished: bool = False        # the program got to its end and its final record arrived
    machinery_fault: str | None = None  # the sandbox itself could not run the program (never the program's doing)


class MachineryFault(Exception):
    """The sandbox, not the program, failed during a run; `restart` when the worker itself is to blame."""

    def __init__(self, reason: str, restart: bool = False):
        super().__init__(reason)
        self.restart = restart


class JailUnavailable(Exception):
    """The jail could not be built on this machine: the message says why, in one line."""


# Workers are started from this one thread, which lives as long as the process: bubblewrap's --die-with-parent
# (PR_SET_PDEATHSIG) follows the *thread* that started it, and a run_many pool's thread ends with its batch.
_LAUNCHER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quizzer-worker-launcher")


def warn_unjailed(missing: str) -> None:
    print(f"warning: running programs without the jail: {missing}; only the audit-hook policy guards this "
          "machine", file=sys.stderr)


class Worker:
    """A worker of this process: started on first use (in the jail when possible), restarted when found dead.
    `interpreter` is the Python it runs on (default: the running one; see `worker_for`)."""

    def __init__(self, interpreter: str | None = None) -> None:
        self.interpreter = interpreter or sys.executable
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.control: socket.socket | None = None
        self.generation = 0
        self.jail_status: jail.JailStatus | None = None  # decided at the first start, then fixed
        self.warned = False
        self.notice: Callable[[str], None] = warn_unjailed

    @property
    def jailed(self) -> bool:
        return self.jail_status is not None and self.jail_status.active

    def status(self) -> jail.JailStatus:
        """Whether runs happen in the jail: tried once (which starts a jailed worker); never raises."""
        with self.lock:
            if self.jail_status is None:
                self.decide()
            return self.jail_status

    def submit(self, fds: list[int], author: str | None = None) -> int:
        """Hand one run's descriptors to the worker, starting it if needed; the worker's generation. Runs of one
        `author` may share a cell (see `run_many`)."""
        with self.lock:
            if self.process is None or self.process.poll() is not None:
                self.start()
            if not self.jailed and not self.warned:
                self.warned = True
                self.notice(self.jail_status.missing)
            try:
                socket.send_fds(self.control, [b"run" if author is None else f"run {author}".encode()], fds)
            except OSError as error:
                self.stop(patience=0)
                raise MachineryFault(f"the sandbox's worker does not accept runs ({error.strerror})") from None
            return self.generation

    def retire(self, author: str) -> None:
        """The batch of `author` is over: its cells may go."""
        with self.lock:
            if self.alive():
                try:
                    self.control.send(f"end {author}".encode())
                except OSError:
                    pass  # the worker is gone, and its cells with it

    def recover(self, generation: int) -> None:
        """A run found the worker dead or stuck: kill it (the next run starts another), unless another run did."""
        with self.lock:
            if generation == self.generation:
                self.stop(patience=0)

    def decide(self) -> None:
        """Build the jail if this machine can: a jailed worker is then running; else say why not."""
        missing = jail.missing_prerequisite()
        if missing is None:
            try:
                facts = self.launch(jailed=True)
                self.jail_status = jail.JailStatus(True, None, facts)
                return
            except JailUnavailable as error:
                missing = str(error)
        self.jail_status = jail.JailStatus(False, missing)

    def start(self) -> None:
        if self.jail_status is None:
            self.decide()
            if self.jailed:
                return
        try:
            self.launch(jailed=self.jailed)
        except JailUnavailable as error:  # it was built before: now it is the machinery failing
            raise MachineryFault(str(error), restart=True) from None

    def launch(self, jailed: bool) -> dict:
        self.stop()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        data_fds: dict[str, int] = {}
        if jailed:
            for path, text in jail.ETC_FILES.items():
                read_end, write_end = os.pipe()
                os.write(write_end, text.encode())
                os.close(write_end)
                data_fds[path] = read_end
            command = jail.worker_command(jail.find_bwrap(), theirs.fileno(), data_fds, self.interpreter)
            environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        else:
            command = [self.interpreter, "-m", "quizzer.sandbox.forkserver", str(theirs.fileno())]
            environment = {
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
                "PYTHONHASHSEED": "0",  # fixed at interpreter start, so every run inherits it
                "PYTHONPATH": PACKAGE_ROOT,
            }
        errors = tempfile.TemporaryFile()
        try:
            with theirs:
                self.process = _LAUNCHER.submit(
                    subprocess.Popen, command, pass_fds=[theirs.fileno(), *data_fds.values()],
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors, cwd="/", env=environment,
                    start_new_session=True,  # a Ctrl-C at the terminal reaches the caller, which shuts runs down
                ).result()
        except OSError as error:
            errors.close()
            ours.close()
            failure = JailUnavailable if jailed else MachineryFault
            raise failure(f"cannot start the sandbox's worker: {error}") from None
        finally:
            for fd in data_fds.values():
                os.close(fd)
        self.control = ours
        self.generation += 1
        ours.settimeout(WORKER_START_TIMEOUT)
        try:
            ready = ours.recv(4096)
        except OSError:
            ready = b""
        ours.settimeout(START_TIMEOUT)  # a worker that stops reading makes a run's hand-over fail, not hang
        if ready.startswith(b"ready "):
            errors.close()
            try:
                return json.loads(ready[6:])
            except ValueError:
                return {}
        self.stop()
        errors.seek(0)
        detail = ready[5:].decode(errors="replace") if ready.startswith(b"fail ") else \
            errors.read(8192).decode(errors="replace")
        errors.close()
        if jailed:
            raise JailUnavailable(jail.explain_failure(detail))
        raise MachineryFault(f"the sandbox's worker failed to start ({detail.strip() or 'no message'})")

    def stop(self, patience: float = 5.0) -> None:
        """Closing the control socket makes the worker kill its runs and exit; one that does not within
        `patience` seconds (stopped, stuck) is killed, and every process of the jail with it."""
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.process is not None:
            try:
                self.process.wait(timeout=patience)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # bubblewrap's group: its children die with it
                self.process.wait()
            self.process = None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


server = Worker()
atexit.register(server.stop)
_other_workers: dict[str, Worker] = {}   # interpreter -> its worker, for real asyncio of another version
_other_workers_lock = threading.Lock()


def worker_for(interpreter: str | None) -> Worker:
    """The worker that runs programs on `interpreter` (None: the running interpreter's, `server`)."""
    if interpreter is None or os.path.realpath(interpreter) == os.path.realpath(sys.executable):
        return server
    with _other_workers_lock:
        worker = _other_workers.get(interpreter)
        if worker is None:
            worker = _other_workers[interpreter] = Worker(interpreter)
            atexit.register(worker.stop)
        return worker


def jail_status() -> jail.JailStatus:
    """Whether this process's runs happen in the jail; starts the worker if it is not running yet."""
    return server.status()


class RunWatcher:
    """Reads one run's pipes and socket until it ends, enforcing the deadlines and the output caps."""

    def __init__(self, run_socket: socket.socket, pipes: dict[str, int], timeout: float, output_limit: int):
        self.run_socket = run_socket
        self.pipes = pipes
        self.timeout = timeout
        self.output_limit = output_limit
        self.output = {"stdout": bytearray(), "stderr": bytearray()}
        self.output_total = 0
        self.overflowed_stream: str | None = None  # "stdout", "stderr" or "side" when a cap stopped the run
        self.side_channel = bytearray()
        self.messages = bytearray()
        self.submitted_at = time.monotonic()
        self.started_at: float | None = None
        self.stopped_at: float | None = None
        self.ended_at: float | None = None
        self.status: int | None = None
        self.cpu_time = 0.0
        self.memory_exceeded = False  # the supervisor stopped the run: its processes together held too much memory
        self.stopped_by: str | None = None  # "timeout" or "output" when the caller stopped the run
        self.stopping = False  # the supervisor said it is stopping the program: it is alive, and at work
        self.slow_to_die = False  # stopped, but still not gone when the caller gave up waiting
        self.fault: MachineryFault | None = None
        self.generation = 0  # of the worker that took the run

    def deadline(self) -> float:
        if self.ended_at is not None:
            return self.ended_at + DRAIN_GRACE
        if self.started_at is None:
            return self.submitted_at + START_TIMEOUT
        if self.stopped_at is None:
            return self.started_at + self.timeout
        return self.stopped_at + STOP_TIMEOUT

    def watch(self) -> None:
        # poll, not epoll: epoll's watches are counted per user, every run's processes have the same uid (the
        # caller's own when quizzer does not run as root), and one run took them all (5 M here, in 11 s): the
        # caller's next run could not register its pipes, and run_code raised ENOSPC out of a whole batch.
        selector = selectors.PollSelector()
        for name, fd in self.pipes.items():
            selector.register(fd, selectors.EVENT_READ, name)
        selector.register(self.run_socket, selectors.EVENT_READ, "socket")
        with selector:
            while selector.get_map():
                remaining = self.deadline() - time.monotonic()
                if remaining <= 0:
                    if self.ended_at is not None:
                        break  # the run is over; whatever still holds the pipes is not waited for
                    if self.started_at is None:
                        self.end(MachineryFault(f"the sandbox did not start the program within {START_TIMEOUT:g} s",
                                                restart=True))
                    elif self.stopped_at is None:
                        self.stop("timeout")
                    elif self.stopping:
                        self.slow_to_die = True
                        self.end()
                    else:
                        self.end(MachineryFault("the sandbox did not confirm that the program was stopped",
                                                restart=True))
                    continue
                for key, _ in selector.select(remaining):
                    if not self.read(key.data, key.fd):
                        selector.unregister(key.fd)

    def end(self, fault: MachineryFault | None = None) -> None:
        if self.ended_at is None:
            self.ended_at = time.monotonic()
            self.fault = fault

    def read(self, name: str, fd: int) -> bool:
        """Read what is available; False at end of file."""
        try:
            data = self.run_socket.recv(READ_SIZE) if name == "socket" else os.read(fd, READ_SIZE)
        except OSError:
            data = b""
        if not data:
            if name == "socket" and self.status is None:
                self.end(MachineryFault("the run's supervisor died before the program ended"))
            return False
        if name == "socket":
            self.receive_messages(data)
        elif name == "side":
            self.receive_side_channel(data)
        else:
            self.receive_output(name, data)
        return True

    def receive_messages(self, data: bytes) -> None:
        self.messages += data
        *lines, rest = self.messages.split(b"\n")
        self.messages = bytearray(rest)
        if len(rest) > 4096:
            lines.append(bytes(rest))
        for line in lines:
            try:
                message = parse_message(line)
            except MalformedRecord as error:
                self.end(MachineryFault(f"the sandbox's machinery sent a malformed message ({error})", restart=True))
                return
            if "started" in message:
                self.started_at = time.monotonic()
                if self.stopped_by is not None:  # stopped before it started
                    self.stop(self.stopped_by)
            elif "stopping" in message:
                self.stopping = True
            elif "error" in message:
                self.end(MachineryFault(message["error"]))
            else:
                self.status, self.cpu_time = message["status"], message["cpu_time"]
                self.memory_exceeded = message.get("memory", False)
                self.end()

    def receive_output(self, name: str, data: bytes) -> None:
        room = self.output_limit - self.output_total
        self.output[name] += data[:max(room, 0)]
        self.output_total += len(data)
        if self.output_total > self.output_limit and self.stopped_by is None:
            self.overflowed_stream = name
            self.stop("output")

    def receive_side_channel(self, data: bytes) -> None:
        room = SIDE_CHANNEL_LIMIT - len(self.side_channel)
        self.side_channel += data[:max(room, 0)]
        if len(data) > room and self.stopped_by is None:
            self.overflowed_stream = "side"
            self.stop("output")

    def stop(self, why: str) -> None:
        """Shutting the run's socket down tells its supervisor to kill the program; it then reports."""
        self.stopped_by = why
        if self.stopped_at is None:
            self.stopped_at = time.monotonic()
        try:
            self.run_socket.shutdown(socket.SHUT_WR)
        except OSError:
            pass


def classify(watcher: RunWatcher, timeout: float, cpu_seconds: int, output_limit: int, memory_mb: int) -> RunResult:
    """Turn what the watcher saw into a RunResult."""
    try:
        record = parse_side_channel(bytes(watcher.side_channel)) or {}
        malformed = False
    except MalformedRecord:
        record, malformed = {}, True
    stdout = watcher.output["stdout"].decode("utf-8", "replace")
    stderr = watcher.output["stderr"].decode("utf-8", "replace")
    stats, trace = record.get("stats"), record.get("trace")
    finished = bool(record)

    def stopped(outcome: str, reason: str, exit_code: int | None = None) -> RunResult:
        code = EXIT_CODES[outcome] if exit_code is None else exit_code
        if watcher.slow_to_die:
            reason += f"; then its processes took more than {STOP_TIMEOUT:g} s to die once killed"
        return RunResult(stdout, stderr, code, outcome, reason, stats, trace)

    if watcher.stopped_by == "output":
        if watcher.overflowed_stream == "side":
            return stopped("output", f"output: more than {format_size(SIDE_CHANNEL_LIMIT)} written to the "
                                     f"sandbox's side channel (fd {SIDE_CHANNEL_FD})")
        marker = f"\n[quizzer: output truncated after {format_size(output_limit)}]\n"
        if watcher.overflowed_stream == "stdout":
            stdout += marker
        else:
            stderr += marker
        return stopped("output", output_reason(output_limit))
    if watcher.stopped_by == "timeout":
        return stopped("timeout", timeout_reason(timeout))
    if watcher.memory_exceeded:
        return stopped("memory", memory_reason(memory_mb))
    status = watcher.status
    if os.WIFSIGNALED(status):
        signum = os.WTERMSIG(status)
        # SIGXCPU at the soft limit, SIGKILL at the hard one if the program ignored SIGXCPU (having used more
        # than the soft limit is the sign: rusage may report a hair less than the hard limit).
        if signum == signal.SIGXCPU or (signum == signal.SIGKILL and watcher.cpu_time >= cpu_seconds):
            return stopped("cpu", cpu_reason(cpu_seconds))
        name = signal.Signals(signum).name if signum in signal.valid_signals() else str(signum)
        return stopped("crashed", f"crashed: the program was killed by signal {name}", 128 + signum)
    exit_code = os.WEXITSTATUS(status)
    if malformed:
        return stopped("crashed", "crashed: the program wrote something other than the sandbox's record on its "
                                  f"side channel (fd {SIDE_CHANNEL_FD})")
    outcome = record.get("outcome")
    if outcome in EXIT_CODES and exit_code == EXIT_CODES[outcome]:
        return RunResult(stdout, stderr, exit_code, outcome, record.get("reason"), stats, trace, finished=finished)
    if outcome == "error":
        return RunResult(stdout, stderr, exit_code, "error", None, stats, trace, record.get("exception"),
                         finished=finished)
    return RunResult(stdout, stderr, exit_code, "ok", None, stats, trace, finished=finished)


def run_code(code: str, *, loop: str = "tiny", filename: str = "<snippet>", timeout: float = 10.0,
             memory_mb: int = 512, output_limit: int = 1 << 20, trace: bool = False,
             cpu_seconds: float | None = None, stats: bool = False, python: str | None = None,
             interpreter: str | None = None, author: str | None = None) -> RunResult:
    """Run `code` as `__main__` in a sandboxed child process; see the module docstring and docs/design.md.

    `cpu_seconds` (default: a second above `timeout`) is the CPU-time limit, whole seconds rounded up. `stats` (or `trace`) has
    tinyloop count tasks, steps and callbacks into `RunResult.stats`. `python` ("3.12"; default: the interpreter's
    own) is the Python version whose asyncio the reference loop models. `interpreter` (a path; default: the
    running one) is the Python the program runs on: another one gives real asyncio of its version. `author`
    (a secret token for one author's programs, as `run_many(one_author=True)` makes; `retire_author` when they
    are over) lets the run share a cell with the others of its batch.
    """
    if loop not in LOOPS:
        raise ValueError(f"unknown loop {loop!r}: expected one of {', '.join(LOOPS)}")
    if trace and loop != "tiny":
        raise ValueError("tracing needs the reference loop (loop='tiny')")
    if python is not None:
        from quizzer.tinyloop.versions import parse

        python = "%d.%d" % parse(python)  # a ValueError names the versions modelled
    # RLIMIT_CPU counts whole seconds. Derived from the timeout, it sits a second above it: a program that spins
    # until the wall-clock timeout has used about as much CPU time, and must be reported as the timeout it hit.
    if cpu_seconds is None:
        cpu_seconds = math.ceil(timeout) + 1
    cpu_seconds = max(1, math.ceil(cpu_seconds))
    request = {
        "code": code, "filename": filename, "loop": loop, "memory_mb": memory_mb,
        "cpu_seconds": cpu_seconds, "trace": trace, "stats": stats, "python": python,
    }
    if len(json.dumps(code)) > PROGRAM_LIMIT:
        return RunResult("", "", EXIT_CODES["refused"], "refused", too_large_reason(PROGRAM_LIMIT))
    worker = worker_for(interpreter)
    fault = None
    for _ in range(ATTEMPTS):
        try:
            watcher = run_once(worker, request, timeout, output_limit, author)
        except MachineryFault as error:
            fault = str(error)
            continue
        return classify(watcher, timeout, cpu_seconds, output_limit, memory_mb)
    return RunResult("", "", EXIT_CODES["crashed"], "crashed", f"crashed: the sandbox could not run the program: "
                     f"{fault}", machinery_fault=fault)


def run_once(worker: Worker, request: dict, timeout: float, output_limit: int, author: str | None) -> RunWatcher:
    """One attempt; MachineryFault if the sandbox failed (the worker is replaced when it is to blame)."""
    tmpdir = None if worker.status().active else tempfile.mkdtemp(prefix="quizzer-run-", dir=RUN_DIRECTORY_PARENT)
    try:
        watcher = start_and_watch(worker, dict(request, tmpdir=tmpdir), timeout, output_limit, author)
    finally:
        if tmpdir is not None:
            shutil.rmtree(tmpdir, ignore_errors=True)
    if watcher.fault is not None:
        if watcher.fault.restart or not worker.alive():
            worker.recover(watcher.generation)
        raise watcher.fault
    return watcher


def start_and_watch(worker: Worker, request: dict, timeout: float, output_limit: int,
                    author: str | None = None) -> RunWatcher:
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pipes = {name: os.pipe() for name in ("stdout", "stderr", "side")}
    watcher = RunWatcher(ours, {name: read_end for name, (read_end, _) in pipes.items()}, timeout, output_limit)
    try:
        with theirs:
            try:
                watcher.generation = worker.submit([theirs.fileno()] + [write_end for _, write_end in pipes.values()],
                                                   author)
            finally:
                for _, write_end in pipes.values():
                    os.close(write_end)
        watcher.submitted_at = time.monotonic()
        ours.settimeout(START_TIMEOUT)  # a large program waits for its supervisor to read it, not for ever
        try:
            ours.sendall((json.dumps(request) + "\n").encode())
        except TimeoutError:
            watcher.end(MachineryFault("the sandbox did not take the program in", restart=True))
            return watcher
        except OSError:
            pass  # the run died before reading its request: its socket tells how
        ours.settimeout(None)
        watcher.watch()
        return watcher
    finally:
        ours.close()  # also when the caller is interrupted (Ctrl-C): the supervisor then kills the program
        for read_end, _ in pipes.values():
            os.close(read_end)


def run_many(codes: list[str], *, jobs: int | None = None, progress: Callable[[int, int], None] | None = None,
             one_author: bool = False, **options) -> list[RunResult]:
    """`run_code` over many programs, `jobs` at a time (default: two per core); results in input order.

    `progress(done, total)` is called from the calling thread after each run. `one_author`: the programs all
    come from one author (a bank's), never from students, so in the jail they may run one after another in the
    same cell (`quizzer.sandbox.cells`), each with a fresh work directory and nothing left of the one before:
    a run then costs one fork instead of new namespaces and two.
    """
    codes = list(codes)
    results: list[RunResult | None] = [None] * len(codes)
    author = secrets.token_hex(8) if one_author else None
    try:
        with ThreadPoolExecutor(max_workers=jobs or RUNS_PER_CORE * (os.cpu_count() or 1)) as pool:
            positions = {pool.submit(run_code, code, author=author, **options): index
                         for index, code in enumerate(codes)}
            for done, future in enumerate(as_completed(positions), 1):
                results[positions[future]] = future.result()
                if progress is not None:
                    progress(done, len(codes))
    finally:
        if author is not None:
            retire_author(author, options.get("interpreter"))
    return results


def retire_author(author: str, interpreter: str | None = None) -> None:
    """The runs with `author` (a token, see `run_code`) on `interpreter` are over: their cells may go."""
    worker_for(interpreter).retire(author)
