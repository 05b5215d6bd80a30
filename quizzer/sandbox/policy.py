"""The audit-hook policy a sandboxed program runs under (installed in the child, just before the program).

It refuses, through `sys.addaudithook` (PEP 578):

- outside the jail only: process creation (`os.fork`, `os.forkpty`, `os.posix_spawn*`, `os.exec*`, `os.spawn*`,
  `os.system`, `subprocess.Popen`, and importing `_posixsubprocess` afresh: its `fork_exec` raises no audit
  event, so the copy already imported is replaced by a refusing stub) and signals to other processes
  (`os.kill` / `os.killpg` of anything but the program's own pid / group). In the jail a program may start
  processes (`asyncio.create_subprocess_exec`) and signal them: they live in the run's own pid namespace,
  under its limits and seccomp filter, and die with it (see `quizzer.sandbox.isolation`);
- writes outside the run's temporary directory: `open` for writing (any of O_WRONLY, O_RDWR, O_CREAT,
  O_TRUNC, O_APPEND), removing, renaming, linking, `mkdir`, `chmod`, `chown`, `utime`, `truncate`,
  `shutil.rmtree` / `copyfile`, sqlite databases ...; `/dev/null`, `/dev/stdout` and `/dev/stderr` stay writable.
  `os.open` is wrapped to check writes relative to a `dir_fd`, which its audit event does not report;
- network use beyond loopback: `connect`, `bind`, `sendto`, `sendmsg` to an address other than 127.0.0.0/8,
  ::1 or `localhost` (the hook runs before the syscall, so no packet leaves), name resolution of other hosts
  (a DNS query is a packet), and sockets other than AF_INET / AF_INET6 / AF_UNIX or raw ones;
- native code: `ctypes` (loading a library or calling an address bypasses every hook), sqlite extensions;
- raising resource limits (`resource.setrlimit` / `prlimit`: the runner runs as root, which may raise them).

A refusal is reported through the `refuse` callback given to `install`, which must not return (the child
records the reason on its side channel and exits at once), so a program that catches exceptions cannot carry
on after a refused operation.

This is **not a security boundary**: audit hooks see only what CPython reports (C extensions, `/proc/self/mem`
via an already-open descriptor, `signal.pidfd_send_signal` and `os.setsid` are not covered), and code in the same
interpreter can switch the hook off through introspection. In the jail (`quizzer.sandbox.jail`) the kernel keeps
a program in, and the policy only gives an honest mistake a clear reason; where the jail cannot be built, it is
the only guard there is (see README, "The sandbox and its threat model").
"""

import ipaddress
import os
import socket
import stat
import sys
from typing import Callable, NoReturn

from quizzer.sandbox.outcomes import refused_reason

PROCESS_CREATION_EVENTS = frozenset({
    "os.fork", "os.forkpty", "os.posix_spawn", "os.exec", "os.spawn", "os.system", "os.startfile",
    "subprocess.Popen", "pty.spawn",
})

# Event -> positions of (path argument, its dir_fd argument or None) that a filesystem change writes to.
# Both ends of a rename and of a hard link count: a link to an outside file would make it writable from inside.
WRITING_EVENTS: dict[str, tuple[tuple[int, int | None], ...]] = {
    "os.remove": ((0, 1),),
    "os.rmdir": ((0, 1),),
    "os.mkdir": ((0, 2),),
    "os.mkfifo": ((0, 2),),
    "os.mknod": ((0, 3),),
    "os.rename": ((0, 2), (1, 3)),
    "os.link": ((0, 2), (1, 3)),
    "os.symlink": ((1, 2),),
    "os.chmod": ((0, 2),),
    "os.chown": ((0, 3),),
    "os.chflags": ((0, None),),
    "os.lchflags": ((0, None),),
    "os.utime": ((0, 3),),
    "os.truncate": ((0, None),),
    "os.setxattr": ((0, None),),
    "os.removexattr": ((0, None),),
    "shutil.rmtree": ((0, 1),),
    "shutil.copyfile": ((1, None),),
    "shutil.copymode": ((1, None),),
    "shutil.copystat": ((1, None),),
    "shutil.copytree": ((1, None),),
    "shutil.move": ((0, None), (1, None)),
    "shutil.chown": ((0, None),),
    "sqlite3.connect": ((0, None),),
}

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
ALWAYS_WRITABLE = frozenset({"/dev/null", "/dev/stdout", "/dev/stderr"})

SOCKET_ADDRESS_EVENTS = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
# Forward resolution of a numeric address sends no query; reverse resolution of a non-loopback one does.
FORWARD_RESOLUTION_EVENTS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex"})
ALLOWED_SOCKET_FAMILIES = frozenset({-1, socket.AF_INET, socket.AF_INET6, socket.AF_UNIX})

NATIVE_CODE_EVENTS = frozenset({
    "ctypes.dlopen", "ctypes.dlsym", "ctypes.call_function", "ctypes.cdata", "sqlite3.enable_load_extension",
})
# Importing these afresh would hand the program unaudited process creation or native code.
REFUSED_IMPORTS = frozenset({"_posixsubprocess", "ctypes", "_ctypes"})


def is_loopback_host(host: object) -> bool:
    """127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`; a wildcard ('' / 0.0.0.0) is not loopback."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def is_numeric_address(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    try:
        ipaddress.ip_address(str(host).split("%", 1)[0])
    except ValueError:
        return False
    return True


class Policy:
    """The audit hook: decides per event, and calls `refuse(reason)` (which does not return) on a refusal."""

    def __init__(self, tmpdir: str, refuse: Callable[[str], NoReturn], processes_allowed: bool = False,
                 also_writable: tuple[str, ...] = ()):
        self.tmpdir = os.path.realpath(tmpdir)
        # Where the program may write: its temporary directory, and what else is the same place (in the jail its
        # /dev/shm, where POSIX shared memory and semaphores live, is its work directory: see isolation.py).
        self.writable = (self.tmpdir, *also_writable)
        self.refuse = refuse
        self.processes_allowed = processes_allowed  # in the jail: see the module docstring
        self.checking = False

    def __call__(self, event: str, args: tuple) -> None:
        # Resolving paths below may raise events of its own; they are not the program's doing.
        if self.checking:
            return
        self.checking = True
        try:
            self.check(event, args)
        finally:
            self.checking = False

    def check(self, event: str, args: tuple) -> None:
        if event == "open":
            self.check_open(args)
        elif event in PROCESS_CREATION_EVENTS:
            if not self.processes_allowed:
                self.refuse_operation("process creation", event)
        elif event in WRITING_EVENTS:
            for path_index, dir_fd_index in WRITING_EVENTS[event]:
                dir_fd = args[dir_fd_index] if dir_fd_index is not None and dir_fd_index < len(args) else None
                self.check_writable(args[path_index], dir_fd, event)
        elif self.processes_allowed and event in ("os.kill", "os.killpg"):
            pass
        elif event == "os.kill":
            if args[0] != os.getpid():
                self.refuse_operation(f"sending a signal to process {args[0]}", event)
        elif event == "os.killpg":
            if args[0] != os.getpgrp():
                self.refuse_operation(f"sending a signal to process group {args[0]}", event)
        elif event in SOCKET_ADDRESS_EVENTS:
            self.check_socket_address(args[1], event)
        elif event == "socket.__new__":
            self.check_socket_kind(args[1], args[2], event)
        elif event in FORWARD_RESOLUTION_EVENTS:
            if args[0] is not None and not is_loopback_host(args[0]) and not is_numeric_address(args[0]):
                self.refuse_operation(f"resolving the host name {args[0]!r}", event, "; only localhost is allowed")
        elif event == "socket.gethostbyaddr":
            if not is_loopback_host(args[0]):
                self.refuse_operation(f"resolving the address {args[0]!r}", event, "; only loopback is allowed")
        elif event == "socket.getnameinfo":
            self.check_socket_address(args[0], event)
        elif event in NATIVE_CODE_EVENTS:
            self.refuse_operation("loading native code", event)
        elif event == "import":
            if args[0] in REFUSED_IMPORTS and not (self.processes_allowed and args[0] == "_posixsubprocess"):
                self.refuse_operation(f"importing {args[0]}", event)
        elif event in ("resource.setrlimit", "resource.prlimit"):
            self.refuse_operation("changing resource limits", event)

    def refuse_operation(self, what: str, operation: str, hint: str = "") -> NoReturn:
        self.refuse(refused_reason(what, operation, hint))

    def check_open(self, args: tuple) -> None:
        path, mode, flags = args
        writing = (flags or 0) & WRITE_FLAGS or (isinstance(mode, str) and any(c in mode for c in "wax+"))
        if writing:
            self.check_writable(path, None, "open")

    def check_writable(self, path: object, dir_fd: object, event: str) -> None:
        target = self.resolve(path, dir_fd)
        if target is None or target in ALWAYS_WRITABLE:
            return
        if not any(target == root or target.startswith(root + os.sep) for root in self.writable):
            self.refuse_operation(f"writing to {target!r} outside the run's temporary directory", event)

    def resolve(self, path: object, dir_fd: object) -> str | None:
        """The absolute real path an operation writes to; None for targets that are not files (pipes, sockets)."""
        if isinstance(path, int):
            return self.descriptor_target(path)
        text = os.fsdecode(os.fspath(path))
        if text in ALWAYS_WRITABLE:
            return text
        if not os.path.isabs(text) and isinstance(dir_fd, int) and dir_fd >= 0:
            base = self.descriptor_target(dir_fd)
            if base is None:
                return None
            text = os.path.join(base, text)
        return os.path.realpath(text)

    @staticmethod
    def descriptor_target(fd: int) -> str | None:
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
                return None
            return os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            return None

    def check_socket_address(self, address: object, event: str) -> None:
        if address is None:  # sendmsg on a connected socket
            return
        if isinstance(address, tuple) and address:
            if not is_loopback_host(address[0]):
                shown = address[0] or "every interface"
                self.refuse_operation(f"network access to {shown}", event, "; only loopback addresses are allowed")
        elif isinstance(address, (str, bytes)):
            path = os.fsdecode(address)
            if not path or path.startswith("\0"):
                self.refuse_operation("an abstract Unix socket", event)
            self.check_writable(path, None, event)
        else:
            self.refuse_operation(f"the socket address {address!r}", event)

    def check_socket_kind(self, family: int, kind: int, event: str) -> None:
        if family not in ALLOWED_SOCKET_FAMILIES:
            self.refuse_operation(f"a socket of family {family}", event)
        if kind != -1 and kind & 0xF == socket.SOCK_RAW:
            self.refuse_operation("a raw socket", event)


def refusing_stub(refuse: Callable[[str], NoReturn], operation: str) -> Callable[..., NoReturn]:
    def refused(*args: object, **kwargs: object) -> NoReturn:
        refuse(refused_reason("process creation", operation))

    return refused


def checking_os_open(policy: Policy, real_open: Callable[..., int]) -> Callable[..., int]:
    """`os.open` that checks writes relative to a `dir_fd`: its audit event does not carry the dir_fd."""
    def open_checked(path, flags, mode=0o777, *, dir_fd=None):
        if dir_fd is not None and flags & WRITE_FLAGS:
            policy.check_writable(path, dir_fd, "os.open")
        return real_open(path, flags, mode, dir_fd=dir_fd)

    return open_checked


def install(tmpdir: str, refuse: Callable[[str], NoReturn], processes_allowed: bool = False,
            also_writable: tuple[str, ...] = ()) -> None:
    """Install the policy for the rest of this process's life (audit hooks cannot be removed); with
    `processes_allowed` (in the jail) the program may start and signal processes; `also_writable`: folders
    besides `tmpdir` the program may write to."""
    policy = Policy(tmpdir, refuse, processes_allowed, also_writable)
    posixsubprocess = sys.modules.get("_posixsubprocess")
    if posixsubprocess is not None and not processes_allowed:
        posixsubprocess.fork_exec = refusing_stub(refuse, "_posixsubprocess.fork_exec")
    os.open = sys.modules["posix"].open = checking_os_open(policy, os.open)
    sys.addaudithook(policy)
