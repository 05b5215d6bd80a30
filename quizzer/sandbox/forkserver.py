"""The fork server: a pre-warmed interpreter that forks one sandboxed child per run.

Started once per calling process as `python -m quizzer.sandbox.forkserver CONTROL_FD`, it imports asyncio,
tinyloop and the sandbox's child code, then serves requests, so a run costs a `fork()` instead of a cold
interpreter start (~1-2 ms against ~20-40 ms).

Protocol. CONTROL_FD is a SOCK_SEQPACKET socket to the caller. The server first sends `b"ready"`. Each request is
one message carrying four descriptors (SCM_RIGHTS): the run's socket (SOCK_STREAM, one per run), and the write
ends of the stdout, stderr and side-channel pipes. The server forks; the child (`quizzer.sandbox.child.run`) reads
the request itself from the run's socket, so the server never blocks on a large program. On the run's socket the
server writes JSON lines: `{"pid": N}` right after the fork, then `{"status": S, "cpu_time": T}` (the wait status
and CPU seconds from `wait4`) when the child is reaped, and closes it; or `{"error": REASON}` if it could not fork. If the caller sees the socket close without a
status, the server died. When the control socket closes, the server kills the process groups of the runs still
going and exits.

The server itself only forks and reaps; the caller enforces the wall-clock timeout and the output cap.
"""

import gc
import importlib
import json
import os
import selectors
import signal
import socket
import sys

from quizzer.sandbox import child

DESCRIPTORS_PER_RUN = 4
# Imported once here so that children start with them loaded. A module that fails to import is left out: the
# runs that need it report the error themselves (as a traceback), the others still work.
PREWARMED_MODULES = ("asyncio", "quizzer.tinyloop", "quizzer.tinyloop.io.streams", "quizzer.tinyloop.trace")


def send_line(run_socket: socket.socket, message: dict) -> None:
    try:
        run_socket.sendall((json.dumps(message) + "\n").encode())
    except OSError:
        pass  # the caller gave up on this run; nothing to tell


class ForkServer:
    def __init__(self, control: socket.socket):
        self.control = control
        self.runs: dict[int, socket.socket] = {}  # child pid -> the run's socket
        self.wakeup_read, wakeup_write = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
        # A Python-level SIGCHLD handler is what makes the C handler write to the wakeup fd.
        signal.signal(signal.SIGCHLD, lambda signum, frame: None)
        signal.set_wakeup_fd(wakeup_write)
        self.selector = selectors.DefaultSelector()
        self.selector.register(control, selectors.EVENT_READ, self.receive_request)
        self.selector.register(self.wakeup_read, selectors.EVENT_READ, self.reap)

    def serve(self) -> None:
        # Objects that exist now are never freed: keep the collector from touching (and copying) their pages.
        gc.freeze()
        self.control.send(b"ready")
        while True:
            for key, _ in self.selector.select():
                key.data()

    def receive_request(self) -> None:
        message, fds, _, _ = socket.recv_fds(self.control, 64, DESCRIPTORS_PER_RUN)
        if not message:
            self.shut_down()
        if len(fds) != DESCRIPTORS_PER_RUN:
            for fd in fds:
                os.close(fd)
            return
        run_socket_fd, stdout, stderr, side_channel = fds
        run_socket = socket.socket(fileno=run_socket_fd)
        try:
            pid = os.fork()
        except OSError as error:  # out of processes or memory: this run fails, the server carries on
            pid = None
            send_line(run_socket, {"error": f"the sandbox could not start the program: {error}"})
        if pid == 0:
            child.run(run_socket_fd, stdout, stderr, side_channel)
        for fd in (stdout, stderr, side_channel):
            os.close(fd)
        if pid is None:
            run_socket.close()
            return
        try:
            os.setpgid(pid, pid)  # also done by the child; whichever runs first wins the race
        except OSError:
            pass
        send_line(run_socket, {"pid": pid})
        self.runs[pid] = run_socket

    def reap(self) -> None:
        try:
            while os.read(self.wakeup_read, 4096):
                pass
        except BlockingIOError:
            pass
        while True:
            try:
                pid, status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            run_socket = self.runs.pop(pid, None)
            if run_socket is not None:
                send_line(run_socket, {"status": status, "cpu_time": usage.ru_utime + usage.ru_stime})
                run_socket.close()

    def shut_down(self) -> None:
        for pid in self.runs:
            try:
                os.killpg(pid, signal.SIGKILL)
            except OSError:
                pass
        sys.exit(0)


def prewarm() -> None:
    for name in PREWARMED_MODULES:
        try:
            importlib.import_module(name)
        except Exception:
            pass


def main() -> None:
    prewarm()
    control = socket.socket(fileno=int(sys.argv[1]))
    ForkServer(control).serve()


if __name__ == "__main__":
    main()
