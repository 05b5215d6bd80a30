"""Cells: one author's programs run one after another in the same namespaces (`quizzer.sandbox.cells`).

Each test asserts what a later run can see: nothing of the run before it in the same cell (the cell retires
rather than keep what it cannot clear), and nothing of another author's runs, even at the same time. A test
knows whether a run had the cell of the run before from its loopback's counters, which a cell keeps (and the
cell's documentation says so): each run sends a datagram on it, so a run finding earlier traffic had a reused
cell, and one finding none a new one, or a new network namespace. Its pid tells those two apart: a new cell's
one program is pid 2. (Namespaces' inode numbers cannot tell: a new namespace may get the number of one just
gone.)
"""

import secrets
import textwrap
import threading
import time

import pytest
from jailtools import hostile, jail_processes

from quizzer.sandbox import run_code, run_many, runner, seccomp

pytestmark = pytest.mark.usefixtures("jailed")

# Prints how many packets the run's loopback received before it ("earlier traffic 0" in a new cell), then sends
# one datagram on it (its socket closed at once, nothing left).
NAMESPACES = textwrap.dedent("""\
    import os, socket
    loopback = next(line for line in open("/proc/net/dev") if line.strip().startswith("lo:"))
    print("earlier traffic", loopback.split(":")[1].split()[1], flush=True)
    print("pid", os.getpid(), flush=True)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as mark:
        mark.sendto(b"mark", ("127.0.0.1", 9))
""")

# What a run can find of an earlier one: files in its work directory, other processes, sockets of its network
# namespace (TIME_WAIT included) and System V IPC objects. Printed on one line, empty when there is nothing.
LOOK_AROUND = textwrap.dedent("""\
    found = sorted(os.listdir("/sandbox"))
    found += [pid for pid in os.listdir("/proc") if pid.isdigit() and pid not in ("1", str(os.getpid()))]
    for path in ("/proc/net/sockstat", "/proc/net/sockstat6"):
        for line in open(path):
            counts = line.split(":")[1].split()
            values = dict(zip(counts[::2], counts[1::2]))
            if values.get("inuse", "0") != "0" or (line.startswith("TCP:") and values.get("tw") != "0"):
                found.append(line.strip())
    for path in ("/proc/sysvipc/shm", "/proc/sysvipc/sem", "/proc/sysvipc/msg", "/proc/net/unix"):
        found += open(path).read().splitlines()[1:]
    print("found", found)
""")

# What one run leaves behind, each kind on its own: things a cell clears (a file, a thread, a listening socket:
# they go with the program's process and work directory), and things that outlive every process of the run.
CLEARED = {
    "file and thread": """
        import threading, time
        open("/sandbox/left", "w").write("left for the next run")
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
        import socket
        listener = socket.create_server(("127.0.0.1", 8765))
    """,
    "subprocesses": """
        import subprocess, sys
        sleepers = [subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) for _ in range(2)]
        subprocess.Popen([sys.executable, "-c", "import os, time; os.fork() or time.sleep(60)"],
                         start_new_session=True)
    """,
}
# What outlives every process of the run in its network namespace: the cell leaves the namespace behind.
LEFT_IN_THE_NETWORK = {
    "TCP connection in TIME_WAIT": """
        import socket
        server = socket.create_server(("127.0.0.1", 8766))
        client = socket.create_connection(("127.0.0.1", 8766))
        accepted, _ = server.accept()
        client.close()  # the side that closes first keeps the connection in TIME_WAIT
        accepted.close()
        import time
        deadline = time.monotonic() + 2
        while " tw 0 " in open("/proc/net/sockstat").read() and time.monotonic() < deadline:
            time.sleep(0.01)  # until the kernel has the connection in TIME_WAIT
        print("time-wait", " tw 0 " not in open("/proc/net/sockstat").read())
    """,
}
OUTLIVING = {
    "System V shared memory": """
        print("shmget", libc.shmget(0x5EC7E7, 4096, 0o1600))
    """,
    "System V semaphore": """
        print("semget", libc.semget(0x5EC7E7, 1, 0o1600))
    """,
    "System V message queue": """
        print("msgget", libc.msgget(0x5EC7E7, 0o1600))
    """,
    "POSIX message queue": """
        import ctypes.util
        rt = ctypes.CDLL(ctypes.util.find_library("rt") or None, use_errno=True)
        print("mq_open", rt.mq_open(b"/left", os.O_CREAT | os.O_RDWR, 0o600, None))
    """,
}


def reused(result) -> bool:
    """Whether the run had the cell of a run before it (its loopback had carried traffic)."""
    return next(line for line in result.stdout.splitlines() if line.startswith("earlier traffic")) != \
        "earlier traffic 0"


def first_in_its_cell(result) -> bool:
    return next(line for line in result.stdout.splitlines() if line.startswith("pid ")) == "pid 2"


def found(result) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("found"))


def one_after_the_other(first: str, second: str, **first_options) -> tuple:
    """Two runs of one author, the second once the first's cell had time to say it is idle again."""
    author = secrets.token_hex(8)
    try:
        before = run_code(first, loop="asyncio", author=author, **first_options)
        time.sleep(0.3)
        after = run_code(second, loop="asyncio", author=author)
    finally:
        runner.server.retire(author)
    return before, after


@pytest.mark.parametrize("kind", CLEARED)
def test_a_reused_cell_keeps_nothing_of_the_run_before(kind):
    before, after = one_after_the_other(hostile(NAMESPACES + textwrap.dedent(CLEARED[kind])),
                                        NAMESPACES + LOOK_AROUND)
    assert before.outcome == "ok", before
    assert reused(after), "the cell was not reused: this test shows nothing"
    assert found(after) == "found []"


@pytest.mark.parametrize("kind", LEFT_IN_THE_NETWORK)
def test_a_cell_leaves_the_sockets_of_a_run_behind_with_its_network_namespace(kind):
    before, after = one_after_the_other(hostile(NAMESPACES + textwrap.dedent(LEFT_IN_THE_NETWORK[kind])),
                                        NAMESPACES + LOOK_AROUND)
    assert before.outcome == "ok", before
    assert not any(line.endswith((" -1", " False")) for line in before.stdout.splitlines()), before.stdout  # made
    assert not first_in_its_cell(after), "the cell was not reused: this test shows nothing"
    assert not reused(after)  # a loopback that has carried nothing yet: a new network namespace
    assert found(after) == "found []"


@pytest.mark.parametrize("kind", OUTLIVING)
def test_a_cell_that_cannot_clear_a_run_retires(kind):
    if kind.startswith("System V") and seccomp.supported():
        pytest.skip("the seccomp filter refuses System V IPC here (test_jail_attacks_kernel); a cell looks for it "
                    "where there is no filter")
    before, after = one_after_the_other(hostile(NAMESPACES + textwrap.dedent(OUTLIVING[kind])),
                                        NAMESPACES + LOOK_AROUND)
    assert before.outcome == "ok", before
    assert not any(line.endswith((" -1", " False")) for line in before.stdout.splitlines()), before.stdout  # made
    assert not reused(after)
    assert first_in_its_cell(after)
    assert found(after) == "found []"


def test_a_runs_processes_together_are_held_to_its_memory_in_a_cell():
    """As in a run of its own (test_jail_attacks): four children of 100 MiB each fit one by one, not together in
    a run of 256 MiB; the cell's memory watch stops the run, and the next run in the cell finds none of them."""
    # A MiB at a time, as a program's memory grows: the run's memory is looked at every 50 ms, and on a loaded machine
    # four children taking 100 MiB at once all held it, and the program ended, between two looks.
    hog = ("import time\nblocks = []\nfor _ in range(100):\n    blocks.append(bytearray(1 << 20))\n"
           "    time.sleep(0.01)\nprint('holding', flush=True)\ntime.sleep(30)")
    before, after = one_after_the_other(NAMESPACES + textwrap.dedent(f"""
        import asyncio, sys

        async def main():
            children = [await asyncio.create_subprocess_exec(sys.executable, "-c", {hog!r},
                                                             stdout=asyncio.subprocess.PIPE) for _ in range(4)]
            for number, child in enumerate(children, 1):
                print(number, (await child.stdout.readline()).decode().strip(), flush=True)
            print("all four hold their memory")

        asyncio.run(main())
    """), NAMESPACES + LOOK_AROUND, memory_mb=256, timeout=20)
    assert before.outcome == "memory", (before.stdout, before.stderr)
    assert before.reason == "memory: the program used more than 256 MiB"
    assert "all four hold their memory" not in before.stdout
    assert reused(after), "the cell was not reused: this test shows nothing"
    assert found(after) == "found []"
    assert jail_processes() == [], "the cell outlived its batch"


CAPABILITIES = textwrap.dedent("""\
    def capabilities(pid):
        lines = dict(line.split(":", 1) for line in open(f"/proc/{pid}/status").read().splitlines())
        names = ("CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb")
        return " ".join(f"{name}={int(lines[name], 16):x}" for name in names)
    print("program", capabilities("self"))
""")
NO_CAPABILITY = "CapInh=0 CapPrm=0 CapEff=0 CapBnd=0 CapAmb=0"


def test_a_program_holds_no_capability_and_no_exec_can_give_it_one():
    """In a cell of its own or a reused one, as in a run of its own: nothing in any set, the bounding set empty.
    (A run's supervisor keeps none either; a cell keeps those it mounts work directories with.)"""
    first, reused_run = one_after_the_other(NAMESPACES + CAPABILITIES, NAMESPACES + CAPABILITIES)
    alone = run_code(CAPABILITIES + "print('supervisor', capabilities(1))\n")
    assert reused(reused_run)
    for result in (first, reused_run, alone):
        assert f"program {NO_CAPABILITY}" in result.stdout.splitlines(), result.stdout + result.stderr
    supervisor = next(line for line in alone.stdout.splitlines() if line.startswith("supervisor"))
    assert "CapPrm=0 CapEff=0" in supervisor and "CapInh=0" in supervisor, supervisor


def test_a_run_cannot_stop_or_kill_its_cell():
    attacker = hostile(NAMESPACES + textwrap.dedent("""
        import signal
        for signum in (signal.SIGSTOP, signal.SIGKILL, signal.SIGTERM):
            os.kill(1, signum)
        print("still here")
    """))
    before, after = one_after_the_other(attacker, NAMESPACES + "print('next run')\n")
    assert before.stdout.endswith("still here\n")
    assert after.stdout.endswith("next run\n") and reused(after)


# Settings of a network namespace, which a run in a cell shares with the runs after it while it leaves no socket.
NETWORK_SETTINGS = textwrap.dedent("""\
    import fcntl, struct
    SETTINGS = {"/proc/sys/net/ipv4/ip_local_port_range": "40000 40001", "/proc/sys/net/ipv4/tcp_fin_timeout": "1",
                "/proc/sys/net/core/somaxconn": "1", "/proc/sys/net/ipv4/ip_default_ttl": "7"}
    LOOPBACK = {"mtu": (0x8921, 0x8922, "16si", 1280), "flags": (0x8913, 0x8914, "16sh", 0)}  # SIOCG/SIOCS...

    def loopback(name):
        get, _, layout, _ = LOOPBACK[name]
        with socket.socket() as handle:
            return struct.unpack(layout, fcntl.ioctl(handle, get, struct.pack(layout, b"lo", 0) + bytes(16))[:struct.calcsize(layout)])[1]

    def settings():
        return [open(path).read().split() for path in SETTINGS] + [loopback(name) for name in LOOPBACK]
""")


def test_a_run_cannot_change_its_cells_network_for_the_runs_after_it():
    """Its network namespace's settings (sysctls under /proc/sys/net) and its loopback (its MTU, down): the cell
    keeps the namespace for the next run when the run left no socket."""
    attacker = hostile(NAMESPACES + NETWORK_SETTINGS + textwrap.dedent("""
        for path, value in SETTINGS.items():
            try:
                with open(path, "w") as setting:
                    setting.write(value)
                print("set", path)
            except OSError:
                pass
        for name, (_, change, layout, value) in LOOPBACK.items():
            with socket.socket() as handle:
                try:
                    fcntl.ioctl(handle, change, struct.pack(layout, b"lo", value) + bytes(16))
                    print("changed", name)
                except OSError:
                    pass
    """))
    probe = NAMESPACES + NETWORK_SETTINGS + "print('settings', settings())\n"
    before, after = one_after_the_other(attacker, probe)
    assert before.stdout.splitlines()[1:] == ["earlier traffic 0", "pid 2"], before.stdout + before.stderr
    assert reused(after), "the cell was not reused: this test shows nothing"
    fresh = run_code(probe, loop="asyncio")
    settings_line = [line for line in fresh.stdout.splitlines() if line.startswith("settings")]
    assert settings_line and settings_line == [line for line in after.stdout.splitlines()
                                               if line.startswith("settings")], (fresh.stdout, fresh.stderr, after.stdout)


def test_two_authors_batched_at_once_cannot_see_each_other():
    """Author A's programs keep a secret file and listen on 127.0.0.1 while author B's, in batches of their own at
    the same time, scan every port, process and file they can reach."""
    victim = NAMESPACES + textwrap.dedent("""\
        import socket
        open("/sandbox/diary.txt", "w").write("secret diary")
        server = socket.create_server(("127.0.0.1", 9000))
        server.settimeout(1.5)
        try:
            server.accept()
            print("someone came")
        except TimeoutError:
            print("nobody came")
    """)
    attacker = hostile(NAMESPACES + textwrap.dedent("""
        import socket, sys, time
        started, reached = time.monotonic(), set()
        while time.monotonic() < started + 1:
            for port in range(8990, 9010):
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", port)) == 0 and probe.getsockname() != probe.getpeername():
                        reached.add(port)
        print("reached", sorted(reached))
        print("diaries", [data for data in every_file({"/usr", "/proc", "/sys", "/dev", sys.base_prefix})
                          if b"secret " + b"diary" in data])
    """)) + LOOK_AROUND
    results = {}

    def batch(name, code):
        results[name] = run_many([code] * 4, loop="asyncio", jobs=2, one_author=True)

    threads = [threading.Thread(target=batch, args=(name, code)) for name, code in (("a", victim), ("b", attacker))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [run.stdout.splitlines()[2:] for run in results["a"]] == [["nobody came"]] * 4
    for run in results["b"]:
        assert run.stdout.splitlines()[3:] == ["reached []", "diaries []", "found []"], run.stdout
    assert jail_processes() == [], "the cells outlived their batches"
