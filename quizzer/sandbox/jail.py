"""The jail every run happens in: whether this machine can build it, and the bubblewrap command that does.

bubblewrap (`bwrap`, what Flatpak uses; packaged by every major distribution) starts the worker in new pid,
network, ipc, uts and (unless quizzer runs as root) user namespaces, with a read-only file system made of:

- the interpreter's prefix (its binary, standard library and shared libraries), with every site-packages
  folder inside it covered by an empty read-only folder, the system's shared-library folders and its programs
  (/usr/bin, for the subprocesses a run may start);
- quizzer's loop and the sandbox's child-side code, at `/opt/quizzer` (not the rest of the package: the
  bundled bank is not there);
- a minimal /etc (passwd, group, hosts, nsswitch.conf written here), a fresh /dev without pseudo-terminals, the
  jail's own /proc, and an empty `/sandbox` for each run's work directory;

and nothing else: no home folder, no bank, no submissions, no answer cache, no host network. When quizzer runs
as root, bubblewrap runs privileged and grants the worker just enough to mount /proc and switch to uid 65534
at once (see `quizzer.sandbox.forkserver`); otherwise the worker has the user's uid, mapped into its own user namespace. Each
run then gets namespaces of its own inside the jail (see `quizzer.sandbox.isolation`).

Without Linux or without bubblewrap there is no jail: `missing_prerequisite()` says why, in one line naming
what to install. `QUIZZER_BWRAP` names the bwrap binary to use (an empty value: none, as on a machine without
it), else `bwrap` is looked up on PATH.
"""

from __future__ import annotations

import functools
import os
import platform
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import quizzer

JAIL_PACKAGE_ROOT = "/opt/quizzer"
# The parts of quizzer a run needs: the package's __init__, the sandbox's child side and the loop.
JAILED_PARTS = ("__init__.py", "sandbox", "tinyloop")
SYSTEM_LIBRARY_FOLDERS = ("/usr/lib", "/usr/lib64", "/usr/lib32", "/lib", "/lib64", "/lib32")
# The system's programs, for the subprocesses a run may start (`echo`, `ls`, `/bin/sh` for a shell command).
SYSTEM_PROGRAM_FOLDERS = ("/usr/bin", "/bin")
SYSTEM_FOLDERS = SYSTEM_LIBRARY_FOLDERS + SYSTEM_PROGRAM_FOLDERS
INSTALL_HINT = ("install bubblewrap: `sudo apt install bubblewrap` (Debian, Ubuntu), "
                "`sudo dnf install bubblewrap` (Fedora), `sudo pacman -S bubblewrap` (Arch)")
ETC_FILES = {
    "/etc/passwd": "root:x:0:0:root:/:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/sandbox:/usr/sbin/nologin\n",
    "/etc/group": "root:x:0:\nnogroup:x:65534:\n",
    "/etc/hosts": "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n",
    "/etc/nsswitch.conf": "passwd: files\ngroup: files\nhosts: files\n",
}


@dataclass(frozen=True)
class JailStatus:
    """Whether runs happen in the jail; if not, why (one line, naming what to do)."""

    active: bool
    missing: str | None = None
    facts: dict = field(default_factory=dict)  # from the worker: uid, started_as_root, seccomp, machine


def find_bwrap() -> str | None:
    configured = os.environ.get("QUIZZER_BWRAP")
    if configured is not None:
        return configured or None
    return shutil.which("bwrap")


def missing_prerequisite() -> str | None:
    if sys.platform != "linux":
        return (f"the jail needs Linux (user namespaces and bubblewrap); this is {platform.system()}: "
                "run quizzer grade on Linux, or in a Linux container or virtual machine")
    if find_bwrap() is None:
        return f"bubblewrap (bwrap) is not installed; {INSTALL_HINT}"
    return None


def explain_failure(detail: str) -> str:
    """A one-line reason from what bubblewrap or the worker said when the jail could not be built."""
    lines = [line.strip() for line in detail.splitlines() if line.strip()]
    said = lines[-1] if lines else "no message"
    return f"the jail could not be built ({said}); `quizzer doctor` tells why"


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


@dataclass(frozen=True)
class Layout:
    """Where an interpreter lives: its binary, its installation prefix, and the folders it may load installed
    packages from (hidden in the jail)."""

    executable: str
    prefix: str
    site_folders: tuple[str, ...]


# What an interpreter is asked, to lay out a jail for it.
_LAYOUT_PROBE = """
import json, os, site, sys, sysconfig
prefixes = {sys.base_prefix, sys.base_exec_prefix, sys.prefix}
folders = set(site.getsitepackages(list(prefixes)))
for prefix in prefixes:
    for name in ("purelib", "platlib"):
        folders.add(sysconfig.get_path(name, vars={"base": prefix, "platbase": prefix}))
folders.add(site.getusersitepackages())
print(json.dumps({"executable": os.path.realpath(sys.executable), "prefix": os.path.realpath(sys.base_prefix),
                  "site_folders": sorted(folders)}))
"""


@functools.cache
def layout(executable: str | None = None) -> Layout:
    """The layout of `executable` (default: the running interpreter), as the interpreter itself tells it."""
    import json
    import subprocess

    executable = executable or sys.executable
    try:
        answer = subprocess.run([executable, "-I", "-c", _LAYOUT_PROBE], capture_output=True, text=True,
                                timeout=30, stdin=subprocess.DEVNULL, check=True).stdout
        facts = json.loads(answer)
    except (OSError, subprocess.SubprocessError, ValueError) as error:
        raise ValueError(f"cannot lay out a jail for {executable}: {error}") from None
    return Layout(facts["executable"], facts["prefix"], tuple(facts["site_folders"]))


def bound_trees(python: Layout | None = None) -> list[str]:
    """Host folders mounted read-only at the same place: the interpreter's prefix and the system libraries."""
    python = python or layout()
    prefix = python.prefix
    trees = [prefix]
    if not _inside(python.executable, prefix):
        trees.append(python.executable)
    for folder in SYSTEM_FOLDERS:
        if os.path.isdir(folder) and not os.path.islink(folder) and not _inside(folder, prefix):
            trees.append(folder)
    return trees


def hidden_site_folders(trees: list[str], python: Layout | None = None) -> list[str]:
    """site-packages folders inside the bound trees: installed packages (quizzer's bank among them) stay out."""
    candidates = (python or layout()).site_folders
    found = set()
    for candidate in candidates:
        real = os.path.realpath(candidate)
        if os.path.isdir(real) and any(_inside(real, tree) for tree in trees):
            found.add(real)
    return sorted(found)


def _parents(path: str) -> list[str]:
    parts = Path(path).parts[1:-1]
    return ["/" + "/".join(parts[:i]) for i in range(1, len(parts) + 1)]


def worker_command(bwrap: str, control_fd: int, data_fds: dict[str, int], executable: str | None = None) -> list[str]:
    """The bwrap command line that starts the worker in the jail, on the interpreter `executable` (default: the
    running one); `data_fds` maps each ETC_FILES path to a readable descriptor holding its text."""
    python = layout(executable)
    command = [bwrap, "--die-with-parent", "--new-session", "--unshare-ipc", "--unshare-pid", "--unshare-net",
               "--unshare-uts", "--unshare-cgroup-try", "--hostname", "sandbox", "--clearenv"]
    if os.geteuid() == 0:
        # Privileged bubblewrap: the worker starts as root with only these three, mounts /proc (bubblewrap's
        # own would hide parts of it, and runs can mount theirs only beside a complete one) and switches to
        # uid 65534, which drops them all.
        command += ["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID", "--cap-add", "CAP_SYS_ADMIN",
                    "--dir", "/proc"]
    else:
        command += ["--unshare-user", "--uid", "65534", "--gid", "65534", "--proc", "/proc"]
    environment = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0",
                   "PYTHONPATH": JAIL_PACKAGE_ROOT, "PYTHONDONTWRITEBYTECODE": "1"}
    for name, value in environment.items():
        command += ["--setenv", name, value]
    trees = bound_trees(python)
    made = set()
    for tree in trees + [f"{JAIL_PACKAGE_ROOT}/quizzer/x", "/etc/x"]:
        for parent in _parents(tree):  # bubblewrap would make them 0700, unreadable after the switch to 65534
            if parent not in made:
                made.add(parent)
                command += ["--perms", "0755", "--dir", parent]
    for tree in trees:
        command += ["--ro-bind", tree, tree]
    for folder in SYSTEM_FOLDERS:
        if os.path.islink(folder):
            command += ["--symlink", os.readlink(folder), folder]
    for folder in hidden_site_folders(trees, python):
        command += ["--tmpfs", folder, "--remount-ro", folder]
    package = Path(quizzer.__file__).resolve().parent
    for part in JAILED_PARTS:
        command += ["--ro-bind", str(package / part), f"{JAIL_PACKAGE_ROOT}/quizzer/{part}"]
    if os.path.exists("/etc/ld.so.cache"):
        command += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    for path, fd in data_fds.items():
        command += ["--perms", "0444", "--ro-bind-data", str(fd), path]
    # No pseudo-terminals: bubblewrap's /dev/pts is one for the whole jail, so a terminal one run opened, a run
    # beside it saw and opened too (a line written from one run arrived in the other). Covered by an empty read-only
    # folder, /dev/ptmx leads nowhere. (A devpts of each run's own cost the run a mount, some 5 % of its time.)
    command += ["--dev", "/dev", "--tmpfs", "/dev/pts", "--remount-ro", "/dev/pts", "--remount-ro", "/dev",
                "--dir", "/sandbox", "--remount-ro", "/", "--chdir", "/"]
    command += [python.executable, "-s", "-B", "-m", "quizzer.sandbox.forkserver", str(control_fd), "--jail"]
    return command


@dataclass(frozen=True)
class Check:
    """One line of `quizzer doctor`: a protection or a prerequisite, whether it holds, and the details."""

    name: str
    ok: bool
    detail: str


def _read_setting(path: str) -> str | None:
    try:
        with open(path) as setting:
            return setting.read().strip()
    except OSError:
        return None


def user_namespace_check() -> Check:
    """What the kernel's settings say about user namespaces (the jail needs them, nested ones too)."""
    if sys.platform != "linux":
        return Check("user namespaces", False, f"not available on {platform.system()}")
    maximum = _read_setting("/proc/sys/user/max_user_namespaces")
    if maximum == "0":
        return Check("user namespaces", False, "disabled: user.max_user_namespaces = 0 (raise it with sysctl)")
    if os.geteuid() != 0 and _read_setting("/proc/sys/kernel/unprivileged_userns_clone") == "0":
        return Check("user namespaces", False, "disabled for users: kernel.unprivileged_userns_clone = 0 "
                                               "(set it to 1 with sysctl)")
    detail = f"allowed (user.max_user_namespaces = {maximum})"
    if _read_setting("/proc/sys/kernel/apparmor_restrict_unprivileged_userns") == "1":
        detail += ("; AppArmor restricts them (kernel.apparmor_restrict_unprivileged_userns = 1), which refuses the "
                   "jail's nested ones: if the jail is missing, set it to 0 with sysctl")
    return Check("user namespaces", True, detail)


def bubblewrap_check() -> Check:
    bwrap = find_bwrap()
    if bwrap is None:
        return Check("bubblewrap", False, f"not found; {INSTALL_HINT}")
    import subprocess

    try:
        version = subprocess.run([bwrap, "--version"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError) as error:
        return Check("bubblewrap", False, f"{bwrap} does not run ({error}); {INSTALL_HINT}")
    return Check("bubblewrap", True, f"{bwrap} ({version or 'version unknown'})")


def protection_checks(status: JailStatus) -> list[Check]:
    """The protections every run has on this machine, given the worker's jail status."""
    facts = status.facts
    checks = [bubblewrap_check(), user_namespace_check()]
    if status.active:
        checks.append(Check("jail", True, "each run in its own user, pid, mount, network and ipc namespaces, "
                                          "seeing only the interpreter and quizzer's loop; its own loopback"))
        if facts.get("started_as_root"):
            checks.append(Check("unprivileged uid", True, f"runs as uid {facts.get('uid')}, never as root"))
        else:
            checks.append(Check("unprivileged uid", True, "runs as your uid, with no capability outside its own "
                                                          "namespaces"))
        if facts.get("seccomp"):
            checks.append(Check("seccomp filter", True, f"{facts.get('machine')}: no new namespaces, mounts, "
                                                        "ptrace, keyrings, bpf, io_uring, asynchronous I/O, memfds, "
                                                        "System V IPC, file locks, inotify, fanotify or "
                                                        "dnotify; sockets of the Unix, IP and netlink families only "
                                                        "(processes the program starts stay under it)"))
        else:
            checks.append(Check("seccomp filter", False, f"not built for {facts.get('machine')} (x86_64 and aarch64 "
                                                         "only); the namespaces and limits still hold"))
    else:
        checks.append(Check("jail", False, f"{status.missing}. Programs run under the audit-hook policy only, which "
                                           "a hostile program can defeat; quizzer grade refuses students' programs "
                                           "unless --trust-submissions"))
    checks.append(Check("resource limits", True, "wall clock, CPU, memory (address space"
                                                 + (" and work directory" if status.active else "")
                                                 + "), open files, file size, output"
                                                 + (", processes, timers and message queues" if status.active
                                                    else "")))
    if status.active:
        checks.append(Check("audit-hook policy", True, "refuses outside writes, ctypes and non-loopback network with "
                                                       "a clear reason (not a boundary); the program may start "
                                                       "processes, which stay in its run"))
    else:
        checks.append(Check("audit-hook policy", True, "refuses process creation, outside writes, signals, ctypes "
                                                       "and non-loopback network with a clear reason (not a "
                                                       "boundary)"))
    return checks
