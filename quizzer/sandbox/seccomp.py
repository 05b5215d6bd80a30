"""The seccomp filter a jailed program runs under: the kernel refuses a short list of system calls.

The namespaces already keep the program away from everything outside its run; the filter narrows what it can
ask of the kernel inside them, like the default profiles of Docker and Flatpak:

- new processes (fork, vfork, clone, exec: `asyncio.create_subprocess_exec` and the programs it runs) stay
  inside the run: its pid namespace (the supervisor kills all of it at the end), its uid's process limit
  (RLIMIT_NPROC, counted per user namespace) and this filter, which every child inherits. A `clone` asking for a
  new namespace (any `CLONE_NEW*` flag) is refused; `clone3` answers ENOSYS, which makes the C library fall
  back to `clone`, whose flags the filter can read;
- no new namespaces, no mounts, no ptrace or cross-process memory access, no kernel keyrings, no bpf,
  perf, userfaultfd or io_uring, no module loading, kexec, reboot, swap, accounting or syslog;
- no memory the run's limits cannot see: a memfd filled with `write()` (never mapped, so outside the address
  space limit and every process's resident memory; up to the file size limit per descriptor), a secret memfd
  (`memfd_secret`: its pages stay with the descriptor once unmapped, locked in memory, in no process's count; a
  run of 512 MiB held a GiB that way, 64 MiB a descriptor, and had a thousand descriptors to go), pages handed
  to a pipe with `vmsplice` (a reference to 4 KiB of a transparent huge page keeps its 2 MiB once the program
  unmaps it: a run of 128 MiB held 2 GiB in 128 pipes, with eight times the descriptors to go), memory sent
  to swap on the program's word (`madvise(MADV_PAGEOUT)`, or `process_madvise`: a page in swap is in no
  process's resident memory, and a shared one in no count at all), and System V
  shared memory, semaphores and message queues (a segment keeps its pages once detached, and the run's own IPC
  namespace allows gigabytes of each). POSIX shared memory is files in /dev/shm, which in a run is its work
  directory, within that directory's size (see `isolation.mount_work_directory`);
- no asynchronous I/O of the kernel's own (`io_setup` and the calls that use its contexts): its events are
  reserved from one count for the whole machine (fs.aio-max-nr, 65,536), not per user or namespace, and a run
  that reserved them all left no program of the machine's a context while it lasted (a database's io_setup
  fails with EAGAIN). Python offers no call that uses it, and glibc's POSIX aio_* use threads;
- no file locks (`flock`, and fcntl's F_SETLK, F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE) and no dnotify
  (fcntl's F_NOTIFY): every close of a descriptor of a file walks the file's locks (its watches, for a folder),
  and a process that exits closes all of its descriptors. A run whose program put 10,000 open file description
  locks on one file, and whose 30 processes held 1,000 descriptors of it each, took the kernel 3e8 steps to end
  once killed (some 15 s of both cores): its supervisor could not say it had stopped it within the time allowed,
  a fault of the machinery, for which the worker is killed with every run beside it and `grade`, when it happens
  twice, writes nothing for anyone. The lock records were also kernel memory in no count (four processes held
  233 MiB in 20 s). dnotify watched a folder by its inode, the same in every run and outside the jail: a run was
  told of every file another run read in a folder of the standard library. What this costs an honest program:
  sqlite3's file databases and `fcntl.lockf` fail with EPERM (a database in memory works);
- no inotify and no fanotify: the jail's files are the same for every run, so a run watching the standard
  library's folder saw which modules a run beside it imported (fanotify is open to any user since Linux 5.13),
  and both count their instances per user, not per run: one run took them all from the runs beside it (and,
  outside the jail, from the instructor's own programs, which have the same uid);
- sockets of four address families only: Unix, IPv4, IPv6 (each on the run's own loopback) and netlink (the
  network namespace's own routes, which the C library's name lookup reads). Any other fails as on a kernel built
  without it (EAFNOSUPPORT): above all AF_VSOCK, which no network namespace confines, so a run reached the
  services a virtual machine's host offers its guests (and under WSL 2, Windows's), and the rarely used families
  whose code is the kernel's least audited (Docker's default profile refuses these too);
- a system call of another ABI (i386 or x32 numbers on x86_64) is refused as a whole, so numbers cannot be
  smuggled past the table.

A refused call fails with EPERM, as an ordinary permission error the program may report. The filter is built
for x86_64 and aarch64; elsewhere `supported()` is False and the jail runs without it (`quizzer doctor` says so).
"""

import ctypes
import errno
import platform
import sys

from quizzer.sandbox import linux

# clone()'s flags that make new namespaces: CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
# (CLONE_NEWTIME only exists for clone3: in clone's flags its bit belongs to the exit signal).
CLONE_NEW_NAMESPACES = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000
SECCOMP_MODE_FILTER = 2

_RET_ALLOW = 0x7FFF0000
_RET_ERRNO = 0x00050000
_X32_SYSCALL_BIT = 0x40000000

# BPF opcodes: load a word at an absolute offset of struct seccomp_data, compare, return.
_LOAD = 0x20
_JUMP_IF_EQUAL = 0x15
_JUMP_IF_GREATER_OR_EQUAL = 0x35
_JUMP_IF_ANY_BIT = 0x45
_RETURN = 0x06
_OFFSET_NR, _OFFSET_ARCH, _OFFSET_FIRST_ARGUMENT, _OFFSET_SECOND_ARGUMENT, _OFFSET_THIRD_ARGUMENT = 0, 4, 16, 24, 32
# madvise()'s advice that writes a program's pages out to swap at once (Python's mmap module does not offer it).
MADV_PAGEOUT = 21
# fcntl()'s commands that leave state on a file for every close of it to walk (see the docstring): F_SETLK,
# F_SETLKW, F_OFD_SETLK, F_OFD_SETLKW, F_SETLEASE, F_NOTIFY. Reading a lock (F_GETLK) leaves none.
REFUSED_FCNTL_COMMANDS = (6, 7, 37, 38, 1024, 1026)

DENIED_CALLS = (
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot",
    "open_tree", "move_mount", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr", "ptrace",
    "process_vm_readv", "process_vm_writev", "pidfd_getfd", "keyctl", "add_key", "request_key", "bpf",
    "perf_event_open", "userfaultfd", "io_uring_setup", "io_uring_enter", "io_uring_register", "kexec_load",
    "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot", "swapon", "swapoff", "acct",
    "open_by_handle_at", "name_to_handle_at", "syslog", "quotactl", "memfd_create", "shmget", "semget", "msgget",
    "inotify_init", "inotify_init1", "fanotify_init", "fanotify_mark", "memfd_secret",
    "vmsplice", "process_madvise", "io_setup", "io_destroy", "io_submit", "io_cancel", "io_getevents",
    "io_pgetevents", "flock",
)
# socket()'s address families a program may use (AF_UNIX, AF_INET, AF_INET6, AF_NETLINK); any other: EAFNOSUPPORT.
ALLOWED_SOCKET_FAMILIES = (1, 2, 10, 16)

# Per architecture: its AUDIT_ARCH value, whether it has the x32 ABI to refuse, and its system call numbers
# (from the kernel's unistd tables).
ARCHITECTURES = {
    "x86_64": (0xC000003E, True, {
        "clone": 56, "clone3": 435, "unshare": 272,
        "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161, "open_tree": 428,
        "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442,
        "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "pidfd_getfd": 438, "keyctl": 250,
        "add_key": 248, "request_key": 249, "bpf": 321, "perf_event_open": 298, "userfaultfd": 323,
        "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "kexec_load": 246,
        "kexec_file_load": 320, "init_module": 175, "finit_module": 313, "delete_module": 176, "reboot": 169,
        "swapon": 167, "swapoff": 168, "acct": 163, "open_by_handle_at": 304, "name_to_handle_at": 303,
        "syslog": 103, "quotactl": 179, "memfd_create": 319, "shmget": 29, "semget": 64, "msgget": 68,
        "inotify_init": 253, "inotify_init1": 294, "fanotify_init": 300, "fanotify_mark": 301, "memfd_secret": 447,
        "vmsplice": 278, "process_madvise": 440, "io_setup": 206, "io_destroy": 207, "io_getevents": 208,
        "io_submit": 209, "io_cancel": 210, "io_pgetevents": 333, "flock": 73, "socket": 41, "madvise": 28,
        "fcntl": 72,
    }),
    "aarch64": (0xC00000B7, False, {
        "clone": 220, "clone3": 435, "unshare": 97, "setns": 268, "mount": 40,
        "umount2": 39, "pivot_root": 41, "chroot": 51, "open_tree": 428, "move_mount": 429, "fsopen": 430,
        "fsconfig": 431, "fsmount": 432, "fspick": 433, "mount_setattr": 442, "ptrace": 117,
        "process_vm_readv": 270, "process_vm_writev": 271, "pidfd_getfd": 438, "keyctl": 219, "add_key": 217,
        "request_key": 218, "bpf": 280, "perf_event_open": 241, "userfaultfd": 282, "io_uring_setup": 425,
        "io_uring_enter": 426, "io_uring_register": 427, "kexec_load": 104, "kexec_file_load": 294,
        "init_module": 105, "finit_module": 273, "delete_module": 106, "reboot": 142, "swapon": 224,
        "swapoff": 225, "acct": 89, "open_by_handle_at": 265, "name_to_handle_at": 264, "syslog": 116,
        "quotactl": 60, "memfd_create": 279, "shmget": 194, "semget": 190, "msgget": 186,
        "inotify_init1": 26, "fanotify_init": 262, "fanotify_mark": 263, "memfd_secret": 447, "socket": 198,
        "vmsplice": 75, "process_madvise": 440, "io_setup": 0, "io_destroy": 1, "io_submit": 2, "io_cancel": 3,
        "io_getevents": 4, "io_pgetevents": 292, "flock": 32, "madvise": 233, "fcntl": 25,
    }),
}


class _Instruction(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8), ("k", ctypes.c_uint32)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Instruction))]


def machine() -> str:
    return platform.machine()


def supported() -> bool:
    return machine() in ARCHITECTURES and sys.byteorder == "little"


def instructions(arch: str) -> list[tuple[int, int, int, int]]:
    """The filter for `arch` as (code, jump if true, jump if false, operand); jumps count instructions skipped."""
    audit_arch, has_x32, numbers = ARCHITECTURES[arch]
    denied = [numbers[name] for name in DENIED_CALLS if name in numbers]
    # Layout: checks, then ALLOW, DENY, NO_SUCH_CALL, then the clone check (its own ALLOW and DENY), then the
    # socket check (a comparison per family allowed, NO_SUCH_FAMILY, its own ALLOW), then the madvise check (its
    # own DENY and ALLOW), then the fcntl check (a comparison per command refused, its own ALLOW and DENY).
    checks = [(_LOAD, 0, 0, _OFFSET_NR)]
    count = 1 + (1 if has_x32 else 0) + 5 + len(denied)  # instructions from the LOAD above up to ALLOW
    allow = count

    def to(target: int) -> int:
        return target - len(checks) - 1

    deny, no_such_call, clone_check = allow + 1, allow + 2, allow + 3
    socket_check = clone_check + 4
    madvise_check = socket_check + 1 + len(ALLOWED_SOCKET_FAMILIES) + 2
    fcntl_check = madvise_check + 4
    if has_x32:
        checks.append((_JUMP_IF_GREATER_OR_EQUAL, to(deny), 0, _X32_SYSCALL_BIT))
    checks.append((_JUMP_IF_EQUAL, to(clone_check), 0, numbers["clone"]))
    checks.append((_JUMP_IF_EQUAL, to(no_such_call), 0, numbers["clone3"]))
    checks.append((_JUMP_IF_EQUAL, to(socket_check), 0, numbers["socket"]))
    checks.append((_JUMP_IF_EQUAL, to(madvise_check), 0, numbers["madvise"]))
    checks.append((_JUMP_IF_EQUAL, to(fcntl_check), 0, numbers["fcntl"]))
    for number in denied:
        checks.append((_JUMP_IF_EQUAL, to(deny), 0, number))
    assert len(checks) == allow
    program = [(_LOAD, 0, 0, _OFFSET_ARCH), (_JUMP_IF_EQUAL, 1, 0, audit_arch), (_RETURN, 0, 0, _RET_ERRNO | errno.EPERM)]
    program += checks
    program += [
        (_RETURN, 0, 0, _RET_ALLOW),
        (_RETURN, 0, 0, _RET_ERRNO | errno.EPERM),
        (_RETURN, 0, 0, _RET_ERRNO | errno.ENOSYS),
        (_LOAD, 0, 0, _OFFSET_FIRST_ARGUMENT),  # clone's flags (the low half of the first argument)
        (_JUMP_IF_ANY_BIT, 1, 0, CLONE_NEW_NAMESPACES),
        (_RETURN, 0, 0, _RET_ALLOW),
        (_RETURN, 0, 0, _RET_ERRNO | errno.EPERM),
        (_LOAD, 0, 0, _OFFSET_FIRST_ARGUMENT),  # socket's address family
    ]
    families = len(ALLOWED_SOCKET_FAMILIES)
    for index, family in enumerate(ALLOWED_SOCKET_FAMILIES):
        program.append((_JUMP_IF_EQUAL, families - index, 0, family))  # to the ALLOW after NO_SUCH_FAMILY
    program += [
        (_RETURN, 0, 0, _RET_ERRNO | errno.EAFNOSUPPORT),
        (_RETURN, 0, 0, _RET_ALLOW),
        (_LOAD, 0, 0, _OFFSET_THIRD_ARGUMENT),  # madvise's advice
        (_JUMP_IF_EQUAL, 0, 1, MADV_PAGEOUT),
        (_RETURN, 0, 0, _RET_ERRNO | errno.EPERM),
        (_RETURN, 0, 0, _RET_ALLOW),
        (_LOAD, 0, 0, _OFFSET_SECOND_ARGUMENT),  # fcntl's command
    ]
    commands = len(REFUSED_FCNTL_COMMANDS)
    for index, command in enumerate(REFUSED_FCNTL_COMMANDS):
        program.append((_JUMP_IF_EQUAL, commands - index, 0, command))  # to the DENY after ALLOW
    program += [
        (_RETURN, 0, 0, _RET_ALLOW),
        (_RETURN, 0, 0, _RET_ERRNO | errno.EPERM),
    ]
    assert len(program) == 3 + fcntl_check + 1 + commands + 2
    return program


def compiled() -> int:
    """The address of the filter in the kernel's layout, built once in the worker (so runs do not build it again,
    nor make the ctypes pointer objects that would pass it: each costs a run copies of the worker's pages)."""
    global _compiled
    if _compiled is None:
        program = instructions(machine())
        array = (_Instruction * len(program))(*(_Instruction(*instruction) for instruction in program))
        _compiled = _Program(len(program), array)
    return ctypes.addressof(_compiled)


_compiled: "_Program | None" = None


def install() -> None:
    """Apply the filter to this process and every thread it starts; it cannot be removed."""
    linux.prctl(linux.PR_SET_NO_NEW_PRIVS, 1)
    linux.prctl(linux.PR_SET_SECCOMP, SECCOMP_MODE_FILTER, compiled())

