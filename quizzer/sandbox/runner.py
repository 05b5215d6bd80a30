"""The calling side of the sandbox: `run_code`, `run_many` and the fork server they share.

Per run, the caller creates a fresh temporary directory, the stdout / stderr / side-channel pipes and the run's
socket, hands them to the fork server (see `quizzer.sandbox.forkserver`), sends the request to the child, then
reads the output itself: it enforces the wall-clock timeout and the output cap by killing the child's process
group, and classifies how the run ended. The temporary directory is removed afterwards, and the process group is
killed in every case, so nothing the program started outlives its run.

If the fork server dies (whatever killed it), the run in progress is reported as "crashed" and the next run
starts a new server.
"""

import atexit
import json
import math
import os
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

from quizzer.sandbox.outcomes import (
    EXIT_CODES,
    cpu_reason,
    format_size,
    output_reason,
    timeout_reason,
)

LOOPS = ("tiny", "asyncio", "asyncio-ff")
READ_SIZE = 1 << 16
# After the child is gone (or killed), how long descendants that escaped the process group may keep the pipes.
DRAIN_GRACE = 1.0
SERVER_START_TIMEOUT = 30.0
PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
# Run directories go on a memory filesystem when there is one: creating and removing a directory on an overlay
# root costs milliseconds, a good part of a small run.
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


class ForkServerDied(Exception):
    """The fork server could not be started, or refused runs even after a restart."""


class ForkServerProcess:
    """The fork server of this process: started on first use, restarted when found dead."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.control: socket.socket | None = None

    def submit(self, fds: list[int]) -> None:
        """Hand one run's descriptors to the server, (re)starting it if needed."""
        with self.lock:
            for attempt in range(2):
                if self.process is None or self.process.poll() is not None:
                    self.restart()
                try:
                    socket.send_fds(self.control, [b"run"], fds)
                    return
                except OSError:
                    if attempt:
                        raise ForkServerDied("the sandbox's fork server does not accept runs") from None
                    self.stop()

    def restart(self) -> None:
        self.stop()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "PYTHONHASHSEED": "0",  # fixed at interpreter start, so every child inherits it
            "PYTHONPATH": PACKAGE_ROOT,
        }
        with theirs:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "quizzer.sandbox.forkserver", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                cwd="/", env=environment,
                start_new_session=True,  # a Ctrl-C at the terminal reaches the caller, which shuts runs down
            )
        self.control = ours
        ours.settimeout(SERVER_START_TIMEOUT)
        try:
            ready = ours.recv(16)
        except OSError:
            ready = b""
        ours.settimeout(None)
        if ready != b"ready":
            self.stop()
            raise ForkServerDied("the sandbox's fork server failed to start (see the errors above)")

    def stop(self) -> None:
        """Closing the control socket makes the server kill its runs and exit."""
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.process is not None:
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


server = ForkServerProcess()
atexit.register(server.stop)


def kill_group(pid: int | None) -> None:
    if pid is None:
        return
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass  # already gone


class RunWatcher:
    """Reads one run's pipes and socket until it ends, enforcing the wall-clock timeout and the output cap."""

    def __init__(self, run_socket: socket.socket, pipes: dict[str, int], timeout: float, output_limit: int):
        self.run_socket = run_socket
        self.pipes = pipes
        self.timeout = timeout
        self.output_limit = output_limit
        self.output = {"stdout": bytearray(), "stderr": bytearray()}
        self.output_total = 0
        self.overflowed_stream: str | None = None
        self.side_channel = bytearray()
        self.messages = bytearray()
        self.pid: int | None = None
        self.status: int | None = None
        self.cpu_time = 0.0
        self.stopped_by: str | None = None  # "timeout" or "output" when the watcher killed the run
        self.server_died = False
        self.start_error: str | None = None  # the server could not fork the child

    def watch(self) -> None:
        selector = selectors.DefaultSelector()
        for name, fd in self.pipes.items():
            selector.register(fd, selectors.EVENT_READ, name)
        selector.register(self.run_socket, selectors.EVENT_READ, "socket")
        deadline = time.monotonic() + self.timeout
        ended = False
        with selector:
            while selector.get_map():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if ended or self.stopped_by is not None:
                        break  # the run is over; whatever still holds the pipes is not waited for
                    self.stop("timeout")
                    deadline = time.monotonic() + DRAIN_GRACE
                    continue
                for key, _ in selector.select(remaining):
                    if not self.read(key.data, key.fd):
                        selector.unregister(key.fd)
                if not ended and (self.status is not None or self.server_died or self.start_error):
                    ended = True
                    kill_group(self.pid)  # anything the program started goes with it
                    deadline = min(deadline, time.monotonic() + DRAIN_GRACE)

    def read(self, name: str, fd: int) -> bool:
        """Read what is available; False at end of file."""
        data = self.run_socket.recv(READ_SIZE) if name == "socket" else os.read(fd, READ_SIZE)
        if not data:
            if name == "socket" and self.status is None and self.start_error is None:
                self.server_died = True
            return False
        if name == "socket":
            self.receive_messages(data)
        elif name == "side":
            self.side_channel += data
        else:
            self.receive_output(name, data)
        return True

    def receive_messages(self, data: bytes) -> None:
        self.messages += data
        *lines, rest = self.messages.split(b"\n")
        self.messages = bytearray(rest)
        for line in lines:
            message = json.loads(line)
            if "pid" in message:
                self.pid = message["pid"]
                if self.stopped_by is not None:
                    kill_group(self.pid)
            elif "error" in message:
                self.start_error = message["error"]
            else:
                self.status = message["status"]
                self.cpu_time = message["cpu_time"]

    def receive_output(self, name: str, data: bytes) -> None:
        room = self.output_limit - self.output_total
        self.output[name] += data[:max(room, 0)]
        self.output_total += len(data)
        if self.output_total > self.output_limit and self.stopped_by is None:
            self.overflowed_stream = name
            self.stop("output")

    def stop(self, why: str) -> None:
        self.stopped_by = why
        kill_group(self.pid)

    def side_records(self) -> dict:
        """All complete records merged: later keys win (the refusal or the final record)."""
        merged: dict = {}
        for line in self.side_channel.split(b"\n"):
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a record cut short by the child's death, or junk
            if isinstance(record, dict):
                merged.update(record)
        return merged


def classify(watcher: RunWatcher, timeout: float, cpu_seconds: int, output_limit: int) -> RunResult:
    """Turn what the watcher saw into a RunResult."""
    record = watcher.side_records()
    stdout = watcher.output["stdout"].decode("utf-8", "replace")
    stderr = watcher.output["stderr"].decode("utf-8", "replace")
    stats, trace = record.get("stats"), record.get("trace")

    def stopped(outcome: str, reason: str, exit_code: int | None = None) -> RunResult:
        code = EXIT_CODES[outcome] if exit_code is None else exit_code
        return RunResult(stdout, stderr, code, outcome, reason, stats, trace)

    if watcher.stopped_by == "output":
        marker = f"\n[quizzer: output truncated after {format_size(output_limit)}]\n"
        if watcher.overflowed_stream == "stdout":
            stdout += marker
        else:
            stderr += marker
        return stopped("output", output_reason(output_limit))
    if watcher.stopped_by == "timeout":
        return stopped("timeout", timeout_reason(timeout))
    if watcher.start_error is not None:
        return stopped("crashed", f"crashed: {watcher.start_error}")
    if watcher.status is None:
        return stopped("crashed", "crashed: the sandbox's fork server died during the run")
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
    outcome = record.get("outcome")
    if outcome in EXIT_CODES and exit_code == EXIT_CODES[outcome]:
        return stopped(outcome, record.get("reason"))
    if outcome == "error":
        return RunResult(stdout, stderr, exit_code, "error", None, stats, trace, record.get("exception"))
    return RunResult(stdout, stderr, exit_code, "ok", None, stats, trace)


def run_code(code: str, *, loop: str = "tiny", filename: str = "<snippet>", timeout: float = 10.0,
             memory_mb: int = 512, output_limit: int = 1 << 20, trace: bool = False,
             cpu_seconds: float | None = None, stats: bool = False, python: str | None = None) -> RunResult:
    """Run `code` as `__main__` in a sandboxed child process; see the module docstring and docs/design.md.

    `cpu_seconds` (default: `timeout`) is the CPU-time limit, whole seconds rounded up. `stats` (or `trace`) has
    tinyloop count tasks, steps and callbacks into `RunResult.stats`. `python` ("3.12"; default: the interpreter's
    own) is the Python version whose asyncio the reference loop models.
    """
    if loop not in LOOPS:
        raise ValueError(f"unknown loop {loop!r}: expected one of {', '.join(LOOPS)}")
    if trace and loop != "tiny":
        raise ValueError("tracing needs the reference loop (loop='tiny')")
    if python is not None:
        from quizzer.tinyloop.versions import parse

        python = "%d.%d" % parse(python)  # a ValueError names the versions modelled
    # RLIMIT_CPU counts whole seconds.
    cpu_seconds = max(1, math.ceil(timeout if cpu_seconds is None else cpu_seconds))
    request = {
        "code": code, "filename": filename, "loop": loop, "memory_mb": memory_mb,
        "cpu_seconds": cpu_seconds, "trace": trace, "stats": stats, "python": python,
    }
    tmpdir = tempfile.mkdtemp(prefix="quizzer-run-", dir=RUN_DIRECTORY_PARENT)
    try:
        request["tmpdir"] = tmpdir
        watcher = start_and_watch(request, timeout, output_limit)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    return classify(watcher, timeout, cpu_seconds, output_limit)


def start_and_watch(request: dict, timeout: float, output_limit: int) -> RunWatcher:
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    pipes = {name: os.pipe() for name in ("stdout", "stderr", "side")}
    watcher = RunWatcher(ours, {name: read_end for name, (read_end, _) in pipes.items()}, timeout, output_limit)
    try:
        with theirs:
            try:
                server.submit([theirs.fileno()] + [write_end for _, write_end in pipes.values()])
            finally:
                for _, write_end in pipes.values():
                    os.close(write_end)
        try:
            ours.sendall((json.dumps(request) + "\n").encode())
        except OSError:
            pass  # the child died before reading its request: its status tells how
        watcher.watch()
        return watcher
    finally:
        kill_group(watcher.pid)  # also when the caller is interrupted (Ctrl-C) in the middle of a run
        ours.close()
        for read_end, _ in pipes.values():
            os.close(read_end)


def run_many(codes: list[str], *, jobs: int | None = None,
             progress: Callable[[int, int], None] | None = None, **options) -> list[RunResult]:
    """`run_code` over many programs, `jobs` at a time (default: one per core); results in input order.

    `progress(done, total)` is called from the calling thread after each run.
    """
    codes = list(codes)
    results: list[RunResult | None] = [None] * len(codes)
    with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
        positions = {pool.submit(run_code, code, **options): index for index, code in enumerate(codes)}
        for done, future in enumerate(as_completed(positions), 1):
            results[positions[future]] = future.result()
            if progress is not None:
                progress(done, len(codes))
    return results
