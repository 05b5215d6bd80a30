"""Real asyncio as `python FILE` runs it, without starting an interpreter per program.

Starting `python` and importing asyncio costs 50-150 ms of CPU, more than most corpus programs need to run.
`RealPython` starts one interpreter (the *zygote*) that imports asyncio, then forks one child per program. The
child becomes `python FILE`: descriptors 0-2 are /dev/null and two output files, nothing else of the zygote is
open, its `__main__` module (the one the interpreter created at start-up) gets exactly the globals `python FILE`
gives a script, `sys.argv` and `sys.path[0]` are the script's, and it returns to the zygote's top-level code,
which `exec`s the program there. From then on the interpreter ends the program as it ends a script: an uncaught
exception printed by `sys.excepthook`, `SystemExit`, an uncaught `KeyboardInterrupt` killing the process with
SIGINT, threads joined, atexit handlers run, modules torn down and objects finalized.

Differences from `python FILE`, none of which the corpus may depend on (tests/differential/README.md):
- a traceback starts with one extra entry, the zygote's top-level line (`File "<string>", line 1`), and the
  program runs one frame deeper (a RecursionError comes one call earlier);
- every child of one zygote shares its hash seed (each `python FILE` draws its own);
- modules asyncio imports are already imported, and `sys.orig_argv` is the zygote's.

Output goes to files rather than pipes, block-buffered alike (`sys.stdout` was made for a non-terminal
descriptor, as for a pipe); `unbuffered=True` is PYTHONUNBUFFERED=1, so that a program killed while it hangs
has printed everything. The zygote kills a program's process group at its timeout; the result then holds what
it printed so far.

The loop, named as the sandbox names them: `"asyncio"`, real asyncio on the wall clock; `"asyncio-ff"`, asyncio-ff
(`quizzer.sandbox.fastforward`: asyncio's own loop on a clock that jumps over idle waits), still as `python
FILE`, so real asyncio and a real interpreter shutdown without the wall clock (when that loop finds the program
deadlocked, the child prints the loop's report to stderr and ends there, without the shutdown, as a program
that hangs never shuts down); `"tiny"`, tinyloop installed as `asyncio` (`quizzer.tinyloop.install()`) in a
plain interpreter, outside the sandbox. Every zygote runs with PYTHONHASHSEED=0, as the sandbox does.

Each result also says how long the kernel kept the program's main thread waiting for a CPU while it was ready
to run (`/proc/PID/schedstat`): on a loaded machine that delay is what moves the wall clock under a program.

Protocol (JSON lines over a socket pair): the caller sends `{"id", "path", "cwd", "stdout", "stderr",
"timeout"}`; the zygote answers `{"id", "status", "timed_out", "cpu_wait"}` once that child has been reaped
(`status`: the wait status). When the caller closes its end, the zygote kills the process groups of the
programs still running and exits.
"""

from __future__ import annotations

import json
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
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
# The zygote's whole top-level code. In a forked child `serve` returns (code, globals) and the program runs right
# here, at the bottom of the stack, so that the interpreter's own exit handling applies to it.
LAUNCHER = (f"import sys; sys.path.insert(0, {str(HERE)!r}); import realpython; del sys.path[0]; "
            "exec(*realpython.serve(int(sys.argv[1]), sys.argv[2]))")
LOOPS = ("asyncio", "asyncio-ff", "tiny")
START_TIMEOUT = 60.0   # importing asyncio on a loaded machine
# The zygote enforces each program's timeout; the caller waits this much longer before calling the zygote stuck.
REPLY_GRACE = 30.0
OUTPUT_PARENT = "/dev/shm" if os.access("/dev/shm", os.W_OK | os.X_OK) else None   # no disk writes per run
DEADLOCK_MARK = ".deadlock"   # created next to the stdout file by a fast-forwarded program that deadlocked


@dataclass(frozen=True)
class RealRun:
    stdout: str
    stderr: str
    exit_code: int | None   # None: killed at the timeout; a death by signal N is 128 + N, as a shell reports it
    timed_out: bool
    cpu_wait: float          # seconds the program's main thread was ready to run but waited for a CPU
    deadlocked: bool = False   # asyncio-ff only: the loop found that nothing could ever wake the program


class RealPython:
    """A zygote of `sys.executable`: `run(path, timeout)` is `python PATH` (thread-safe, runs overlap)."""

    def __init__(self, loop: str = "asyncio", *, unbuffered: bool = False):
        if loop not in LOOPS:
            raise ValueError(f"unknown loop {loop!r}: expected one of {', '.join(LOOPS)}")
        self._out_dir = Path(tempfile.mkdtemp(prefix="quizzer-real-asyncio-", dir=OUTPUT_PARENT))
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
        env.pop("PYTHONUNBUFFERED", None)
        if unbuffered:
            env["PYTHONUNBUFFERED"] = "1"
        ours, theirs = socket.socketpair()
        with theirs:
            self._process = subprocess.Popen(
                [sys.executable, "-c", LAUNCHER, str(theirs.fileno()), loop], pass_fds=[theirs.fileno()],
                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, cwd="/")
        self._socket = ours
        self._replies = ours.makefile("r", encoding="utf-8")
        self._lock = threading.Lock()
        self._pending: dict[int, Future] = {}
        self._last_id = 0
        self._reader: threading.Thread | None = None   # resolves the futures of `run` from the zygote's replies
        ours.settimeout(START_TIMEOUT)
        try:
            ready = self._replies.readline()
        except OSError:
            ready = ""
        if ready != "ready\n":
            self.close()
            raise RuntimeError("the real-asyncio zygote did not start (see its errors above)")
        ours.settimeout(None)
        self._reader = threading.Thread(target=self._read_replies, name="real-asyncio-replies", daemon=True)
        self._reader.start()

    def run(self, path: Path, timeout: float) -> RealRun:
        """`python PATH`, in the script's folder, for at most `timeout` seconds."""
        future: Future = Future()
        with self._lock:
            self._last_id += 1
            run_id = self._last_id
            self._pending[run_id] = future
        stdout, stderr = self._out_dir / f"{run_id}.out", self._out_dir / f"{run_id}.err"
        deadlock_mark = stdout.with_name(stdout.name + DEADLOCK_MARK)
        request = {"id": run_id, "path": str(path), "cwd": str(Path(path).parent),
                   "stdout": str(stdout), "stderr": str(stderr), "timeout": timeout}
        try:
            with self._lock:
                self._socket.sendall((json.dumps(request) + "\n").encode())
            reply = future.result(timeout=timeout + REPLY_GRACE)
            out, err = (file.read_bytes().decode("utf-8", "replace") for file in (stdout, stderr))
            deadlocked = deadlock_mark.exists()
        finally:
            for file in (stdout, stderr, deadlock_mark):
                file.unlink(missing_ok=True)
        if reply["timed_out"]:
            return RealRun(out, err, None, True, reply["cpu_wait"])
        status = reply["status"]
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
        return RealRun(out, err, code, False, reply["cpu_wait"], deadlocked)

    def _read_replies(self) -> None:
        try:
            for line in self._replies:
                reply = json.loads(line)
                with self._lock:
                    future = self._pending.pop(reply["id"])
                future.set_result(reply)
        except (OSError, ValueError):
            pass   # closed under us
        self._replies.close()
        with self._lock:
            orphans, self._pending = list(self._pending.values()), {}
        for future in orphans:
            future.set_exception(RuntimeError("the real-asyncio zygote stopped answering"))

    def close(self) -> None:
        try:
            self._socket.shutdown(socket.SHUT_RDWR)   # the zygote and the reader thread both see the end
        except OSError:
            pass
        if self._reader is not None:
            self._reader.join()
        else:
            self._replies.close()
        self._socket.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        shutil.rmtree(self._out_dir, ignore_errors=True)


# ---- the zygote's side ----

def serve(control_fd: int, loop: str):
    """The zygote's loop. Returns only in a forked child: (the program's code, its `__main__` globals)."""
    import asyncio  # noqa: F401  (what every program imports first: the start-up a fork saves)

    if loop == "asyncio-ff":
        from quizzer.sandbox import fastforward  # noqa: F401
    elif loop == "tiny":
        import quizzer.tinyloop  # noqa: F401

    # No gc.freeze() here, though it would halve the CPU a child spends at shutdown: it changes when objects the
    # program leaves behind are finalized at exit (core_243, core_258).
    request = Zygote(socket.socket(fileno=control_fd)).serve()
    if loop == "asyncio-ff":
        run_fast_forwarded(request["stdout"] + DEADLOCK_MARK)
    elif loop == "tiny":
        quizzer.tinyloop.install()
    return become_main(request)


class Zygote:
    def __init__(self, control: socket.socket):
        self.control = control
        self.received = bytearray()   # the start of a request not yet complete
        self.children: dict[int, tuple[int, float]] = {}   # pid -> (request id, deadline)
        self.timed_out: set[int] = set()
        self.wakeup_read, self.wakeup_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)   # makes the C handler write the wakeup fd
        signal.set_wakeup_fd(self.wakeup_write)
        self.selector = selectors.DefaultSelector()
        self.selector.register(control, selectors.EVENT_READ, "request")
        self.selector.register(self.wakeup_read, selectors.EVENT_READ, "child")

    def serve(self) -> dict:
        self.control.sendall(b"ready\n")
        while True:
            deadline = min((d for _, d in self.children.values()), default=None)
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            for key, _ in self.selector.select(wait):
                if key.data == "child":
                    self.reap()
                    continue
                for request in self.receive():
                    pid = os.fork()
                    if pid == 0:
                        self.leave()
                        return request
                    self.children[pid] = (request["id"], time.monotonic() + request["timeout"])
            self.kill_late()

    def receive(self) -> list[dict]:
        data = self.control.recv(1 << 16)
        if not data:
            self.shut_down()
        self.received += data
        *lines, rest = self.received.split(b"\n")
        self.received = bytearray(rest)
        return [json.loads(line) for line in lines]

    def kill_late(self) -> None:
        now = time.monotonic()
        for pid, (_, deadline) in self.children.items():
            if deadline <= now and pid not in self.timed_out:
                self.timed_out.add(pid)
                kill_group(pid)

    def reap(self) -> None:
        try:
            while os.read(self.wakeup_read, 4096):
                pass
        except BlockingIOError:
            pass
        for pid in [pid for pid in self.children if has_exited(pid)]:
            cpu_wait = cpu_wait_of(pid)   # read while the child is a zombie: its statistics are still there
            _, status = os.waitpid(pid, 0)
            run_id, _ = self.children.pop(pid)
            timed_out = pid in self.timed_out
            self.timed_out.discard(pid)
            kill_group(pid)   # whatever the program started goes with it
            reply = {"id": run_id, "status": status, "timed_out": timed_out, "cpu_wait": cpu_wait}
            self.control.sendall((json.dumps(reply) + "\n").encode())

    def shut_down(self) -> None:
        for pid in self.children:
            kill_group(pid)
        sys.exit(0)

    def leave(self) -> None:
        """In the child: close what the zygote opened, through its objects (so that nothing closes a descriptor
        number the program reuses later), and give signals back their start-up dispositions."""
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.setpgid(0, 0)   # the zygote kills the whole group at the timeout
        self.selector.close()
        self.control.close()
        os.close(self.wakeup_read)
        os.close(self.wakeup_write)


def has_exited(pid: int) -> bool:
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def cpu_wait_of(pid: int) -> float:
    """Seconds the process was runnable but waiting on a run queue (the second field of schedstat, in ns)."""
    try:
        with open(f"/proc/{pid}/schedstat") as stats:
            return int(stats.read().split()[1]) / 1e9
    except (OSError, ValueError, IndexError):
        return float("inf")   # unknown: count the run as disturbed


def kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except OSError:
        pass   # already gone


def become_main(request: dict):
    """In the child: descriptors, working directory, argv, path and `__main__` as `python FILE` sets them."""
    import builtins
    from importlib.machinery import SourceFileLoader

    path = request["path"]
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    for fd, name in ((1, "stdout"), (2, "stderr")):
        out = os.open(request[name], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, fd)
        os.close(out)
    os.chdir(request["cwd"])
    sys.argv[:] = [path]
    sys.path[0] = os.path.dirname(os.path.realpath(path))
    with open(path, "rb") as file:
        code = compile(file.read(), path, "exec")
    main = sys.modules["__main__"].__dict__
    main.clear()
    main.update({
        "__name__": "__main__", "__doc__": None, "__package__": None,
        "__loader__": SourceFileLoader("__main__", path), "__spec__": None, "__annotations__": {},
        "__builtins__": builtins, "__file__": path, "__cached__": None,
    })
    return code, main


def run_fast_forwarded(deadlock_mark: str) -> None:
    """In the child: asyncio-ff for the program, and a deadlock ends the process where the program would hang."""
    from quizzer.sandbox import fastforward

    fastforward.install()
    report_uncaught = sys.excepthook

    def hang_on_deadlock(kind, error, traceback) -> None:
        if not isinstance(error, fastforward.Deadlock):
            report_uncaught(kind, error, traceback)
            return
        open(deadlock_mark, "w").close()
        print(error, file=sys.stderr)
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(1)

    sys.excepthook = hang_on_deadlock
