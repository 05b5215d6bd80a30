"""The Linux system calls the jail's machinery needs and Python does not offer, called through libc.

Only the machinery calls these (the worker, and a run's supervisor before the program starts): `unshare`
(`os.unshare` exists from Python 3.12 only), `mount`, capabilities, `prctl`, the user namespace's id maps and
the loopback interface. Each raises OSError naming the call on failure.

The program never needs them: the child removes ctypes from `sys.modules` before the program starts, and the
jail does not depend on that (the kernel refuses what matters; see `quizzer.sandbox.isolation`).
"""

import ctypes
import errno
import fcntl
import os
import platform
import signal
import socket
import struct

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000

MS_RDONLY = 0x1
MS_NOSUID = 0x2
MS_NODEV = 0x4
MS_NOEXEC = 0x8
MS_BIND = 0x1000
MS_REC = 0x4000
MS_PRIVATE = 1 << 18

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_SECCOMP = 22
PR_CAPBSET_DROP = 24
PR_SET_NO_NEW_PRIVS = 38

M_ARENA_MAX = -8  # mallopt(3)'s parameter

_LINUX_CAPABILITY_VERSION_3 = 0x20080522
_SIOCGIFFLAGS = 0x8913
_SIOCSIFFLAGS = 0x8914
_IFF_UP = 0x1
_IFREQ_FLAGS = struct.Struct("16sH14x")  # struct ifreq: the name, then ifr_flags in the union

# clone(2)'s number where its first argument is the flags (the others are all 0 here, whatever their order).
_CLONE_SYSCALL = {"x86_64": 56, "aarch64": 220}

_libc = ctypes.CDLL(None, use_errno=True)
# The same library called without releasing the GIL: a child made by clone() resumes holding it, like after fork().
_libc_holding_the_gil = ctypes.PyDLL(None, use_errno=True)
_libc_holding_the_gil.syscall.restype = ctypes.c_long
_libc.unshare.argtypes = [ctypes.c_int]
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
_libc.capset.argtypes = [ctypes.c_void_p, ctypes.c_void_p]


def use_one_malloc_arena() -> None:
    """Make every thread of this process, and of the runs forked from it, allocate from the C library's main
    arena. glibc otherwise gives a thread that calls malloc an arena of its own, reserving 64 MiB of address
    space for it, and a run's memory limit is on address space (`RLIMIT_AS`): a program's sixth thread failed
    to start ("can't start new thread") where `python FILE` starts hundreds, and whether the reservation fit
    depended on where earlier mappings happened to lie. A thread now costs its stack's address space only. The
    program sees no difference but its own memory figures. Best effort: a C library without arenas (musl) has
    nothing to set, and glibc reads the setting once, when a thread first wants an arena: the worker calls it before
    anything else."""
    mallopt = getattr(_libc, "mallopt", None)
    if mallopt is not None:
        mallopt(M_ARENA_MAX, 1)


class _CapabilityHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapabilityData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _check(result: int, call: str) -> int:
    if result == -1:
        error = ctypes.get_errno()
        raise OSError(error, f"{call}: {os.strerror(error)}")
    return result


def unshare(flags: int) -> None:
    _check(_libc.unshare(flags), "unshare")


def fork_into_namespaces(flags: int) -> int:
    """fork() whose child starts in new namespaces (`CLONE_NEW*` flags): 0 in the child, its pid in the parent.

    One clone(2) instead of unshare() and a fork (a pid namespace takes effect only for children), which saves
    a copy of the caller's whole address space per run. Only for a single-threaded caller: unlike os.fork(), no
    at-fork handler runs, so the child must not depend on them (the program's own process is forked normally).
    """
    number = _CLONE_SYSCALL.get(platform.machine())
    if number is None:
        raise OSError(errno.ENOSYS, f"the jail supports {' and '.join(_CLONE_SYSCALL)}, not {platform.machine()}")
    result = _libc_holding_the_gil.syscall(ctypes.c_long(number), ctypes.c_long(flags | signal.SIGCHLD),
                                           ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0))
    return _check(result, "clone")


def mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    def encoded(text):
        return None if text is None else os.fsencode(text)

    _check(_libc.mount(encoded(source), encoded(target), encoded(fstype), flags, encoded(data)),
           f"mount {target}")


def prctl(option: int, value: int = 0, third: int = 0) -> None:
    _check(_libc.prctl(option, value, third, 0, 0), f"prctl {option}")


def write_control_file(path: str, text: str) -> None:
    """One write to a kernel control file (/proc/self/uid_map, a sysctl). A raw descriptor, not a file object:
    a run does this in a fork of the worker, where every Python object it makes or touches costs a page copy."""
    fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def write_id_maps(inside_uid: int, inside_gid: int, outside_uid: int, outside_gid: int) -> None:
    """Map one uid and one gid of a user namespace just entered: all an unprivileged process may map."""
    for name, text in (("setgroups", "deny"), ("uid_map", f"{inside_uid} {outside_uid} 1"),
                       ("gid_map", f"{inside_gid} {outside_gid} 1")):
        write_control_file(f"/proc/self/{name}", text)


def drop_capabilities() -> None:
    """Give up every capability for good: the bounding set (so no exec regains any), then the sets themselves."""
    drop_bounding_set()
    clear_capabilities()


def drop_bounding_set() -> None:
    """Empty the bounding set, which children inherit: no exec, in this process or a child, regains a capability."""
    capability = 0
    while _libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) == 0:
        capability += 1
    if ctypes.get_errno() != errno.EINVAL:  # EINVAL: past the last capability this kernel knows
        _check(-1, "prctl PR_CAPBSET_DROP")


# capset's arguments for "no capability at all", made once here in the worker: a run that made them (a ctypes array
# type among them) would write, and so copy, some forty pages of the worker's memory more.
_NO_CAPABILITIES_HEADER = _CapabilityHeader(_LINUX_CAPABILITY_VERSION_3, 0)
_NO_CAPABILITIES_DATA = (_CapabilityData * 2)()
_NO_CAPABILITIES = (ctypes.addressof(_NO_CAPABILITIES_HEADER), ctypes.addressof(_NO_CAPABILITIES_DATA))


def clear_capabilities() -> None:
    """Empty the effective, permitted and inheritable sets: no capability is left, and none can be taken back.
    Enough for a process that never calls execve (the bounding set only limits what an exec may grant)."""
    _check(_libc.capset(*_NO_CAPABILITIES), "capset")


def bring_loopback_up() -> None:
    """A new network namespace starts with `lo` down: the program's own 127.0.0.1 needs it up."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as handle:
        request = _IFREQ_FLAGS.pack(b"lo", 0)
        flags = _IFREQ_FLAGS.unpack(fcntl.ioctl(handle, _SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(handle, _SIOCSIFFLAGS, _IFREQ_FLAGS.pack(b"lo", flags | _IFF_UP))
