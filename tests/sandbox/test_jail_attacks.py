"""Attacks a hostile program can make, one class per test, each asserting that its *effect* did not happen.

Most attacks start by switching the audit-hook policy off from inside (`hostile()` checks that it really is off),
so what stops them is the kernel: the jail's namespaces, the unprivileged uid, the seccomp filter and the limits.
These tests skip, with the reason, where the jail cannot be built (no bubblewrap, user namespaces disabled).
"""

import os
import platform
import resource
import signal
import socket
import subprocess
import sys
import time
import uuid

import pytest
from jailtools import host_state, hostile, jail_processes, worker_process

from quizzer.answers.cache import default_cache_dir
from quizzer.bank.locate import default_bank_path
from quizzer.sandbox import EXIT_CODES, run_code, run_many, runner
from quizzer.sandbox.isolation import work_directory_size

pytestmark = pytest.mark.usefixtures("jailed")


def secret() -> str:
    return f"quizzer-secret-{uuid.uuid4().hex}"


def run(code, **options):
    options.setdefault("loop", "asyncio")
    return run_code(code, **options)


def assert_policy_was_off(result):
    assert result.stdout.startswith("policy off\n"), (result.stdout, result.stderr)


def host_processes_with(token: str) -> list[int]:
    """Processes anywhere on this machine whose command line holds `token`."""
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                if token.encode() in cmdline.read():
                    found.append(int(pid))
        except OSError:
            continue
    return found


def test_processes_a_program_starts_stay_in_its_run_and_die_with_it(tmp_path):
    """Switch the policy off, then start processes through every door (subprocess, asyncio, posix_spawn, fork,
    libc, a raw clone), each of which tries to rewrite grades.csv and a dotfile, detaches (a new session, a double
    fork) and lingers. None can see those files, none outlives the run, and a clone into new namespaces is
    refused."""
    gradebook = tmp_path / "graded" / "grades.csv"
    dotfile = tmp_path / "home" / ".bashrc"
    for path, text in ((gradebook, "student,score\nalice,10\n"), (dotfile, "# the instructor's\n")):
        path.parent.mkdir()
        path.write_text(text)
    targets = [str(gradebook), str(dotfile)]
    token = secret()
    result = run(hostile(f"""
        import asyncio, os, platform, signal, subprocess, sys, time
        from quizzer.sandbox.seccomp import ARCHITECTURES
        targets = {targets!r}
        linger = ("import os, sys, time\\n"
                  "if os.fork() == 0:\\n"
                  "    os.setsid()\\n"
                  "    for _ in range(300):\\n"
                  "        for target in sys.argv[1:]:\\n"
                  "            try:\\n"
                  "                open(target, 'w').write('pwned')\\n"
                  "            except OSError:\\n"
                  "                pass\\n"
                  "        time.sleep(0.1)\\n")
        command = [sys.executable, "-c", linger + "# {token}", *targets]
        clone = ARCHITECTURES[platform.machine()][2]["clone"]

        def in_child():
            os.execv(sys.executable, command)

        async def with_asyncio():
            proc = await asyncio.create_subprocess_exec(*command)
            return proc.pid

        attempts = {{
            "subprocess": lambda: subprocess.Popen(command, start_new_session=True).pid,
            "asyncio": lambda: asyncio.run(with_asyncio()),
            "posix_spawn": lambda: os.posix_spawn(sys.executable, command, {{}}),
            "os.fork": os.fork,
            "libc fork": libc.fork,
            "raw clone": lambda: libc.syscall(clone, signal.SIGCHLD, 0, 0, 0, 0),
        }}
        for name, attempt in attempts.items():
            pid = attempt()
            if pid == 0:
                in_child()
            print(name, "started" if pid > 0 else "refused", flush=True)
        new_user_namespace = libc.syscall(clone, 0x10000000 | signal.SIGCHLD, 0, 0, 0, 0)
        if new_user_namespace == 0:
            os._exit(0)
        print("clone into a new user namespace", "refused" if new_user_namespace < 0 else "started", flush=True)
        time.sleep(1)
        for target in targets:
            print(target, "visible" if os.path.exists(target) else "absent", flush=True)
    """), timeout=10)
    assert_policy_was_off(result)
    assert result.stdout.splitlines()[1:] == [
        "subprocess started", "asyncio started", "posix_spawn started", "os.fork started", "libc fork started",
        "raw clone started", "clone into a new user namespace refused", f"{gradebook} absent", f"{dotfile} absent"]
    assert result.outcome == "ok", result.stderr
    assert jail_processes() == []
    assert host_processes_with(token) == []
    time.sleep(1.5)  # a lingering process would have had 15 more tries
    assert gradebook.read_text() == "student,score\nalice,10\n"
    assert dotfile.read_text() == "# the instructor's\n"


def test_a_fork_bomb_in_a_subprocess_hits_the_process_limit_and_is_cleared():
    """A child started with asyncio forks until the kernel says no, each copy lingering: the run's process limit
    stops it, the run still reports, and nothing of it is left on the machine."""
    from quizzer.sandbox.child import PROCESS_LIMIT

    token = secret()
    bomb = ("import os, time\n"
            "made = 0\n"
            "try:\n"
            "    while True:\n"
            "        if os.fork() == 0:\n"
            "            time.sleep(60)\n"
            "            os._exit(0)\n"
            "        made += 1\n"
            "except OSError as error:\n"
            "    print('stopped after', made, 'forks:', type(error).__name__, flush=True)\n"
            f"# {token}\n")
    result = run(f"""
import asyncio, sys

async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", {bomb!r}, stdout=asyncio.subprocess.PIPE)
    line = await proc.stdout.readline()
    print(line.decode().strip())
    proc.kill()

asyncio.run(main())
""", timeout=20)
    assert result.outcome == "ok", result.stderr
    words = result.stdout.split()
    assert words[:2] == ["stopped", "after"] and words[-1] == "BlockingIOError", result.stdout
    assert 0 < int(words[2]) < PROCESS_LIMIT
    assert jail_processes() == []
    assert host_processes_with(token) == []
    assert run("print('next run')\n").stdout == "next run\n"


def test_processes_together_cannot_hold_more_than_the_runs_memory():
    """Each process has the run's memory as its own address-space limit: four children of 100 MiB each fit one by
    one, but not together in a run of 256 MiB. The supervisor's memory watch stops the run, whose processes all go."""
    token = secret()
    # A MiB at a time, as a program's memory grows: the run's memory is looked at every 50 ms, and on a loaded machine
    # four children taking 100 MiB at once all held it, and the program ended, between two looks.
    hog = ("import time\nblocks = []\nfor _ in range(100):\n    blocks.append(bytearray(1 << 20))\n"
           f"    time.sleep(0.01)\nprint('holding', flush=True)\ntime.sleep(30)  # {token}")
    result = run(f"""
import asyncio, sys

async def main():
    children = [await asyncio.create_subprocess_exec(sys.executable, "-c", {hog!r}, stdout=asyncio.subprocess.PIPE)
                for _ in range(4)]
    for number, child in enumerate(children, 1):
        print(number, (await child.stdout.readline()).decode().strip(), flush=True)
    print("all four hold their memory")

asyncio.run(main())
""", memory_mb=256, timeout=20)
    assert (result.outcome, result.exit_code) == ("memory", EXIT_CODES["memory"]), (result.stdout, result.stderr)
    assert result.reason == "memory: the program used more than 256 MiB"
    assert "all four hold their memory" not in result.stdout
    assert jail_processes() == []
    assert host_processes_with(token) == []


def test_files_outside_the_run_cannot_be_read(tmp_path):
    """The private bank, other students' submissions, the answer cache and ~/.ssh, by path and by search."""
    token = secret()
    planted = [tmp_path / "private-bank" / "tasks.yaml", tmp_path / "submissions" / "bob.yaml",
               tmp_path / "cache" / "answer-keys" / "0123.json", tmp_path / "home" / ".ssh" / "id_ed25519"]
    for path in planted:
        path.parent.mkdir(parents=True)
        path.write_text(f"solution: print({token!r})\n")
    places = [str(path) for path in planted] + [str(default_bank_path()), str(default_cache_dir()),
                                                os.path.expanduser("~/.ssh")]
    public = {os.path.realpath(sys.base_prefix), "/usr", "/lib", "/lib64", "/proc", "/dev"}
    result = run(hostile(f"""
        import os
        for place in {places!r}:
            print(place, "exists" if os.path.exists(place) else "absent")
            try:
                print(open(place).read())
            except OSError:
                pass
        read = 0
        for text in every_file({sorted(public)!r}):
            read += 1
            if b"quizzer-secret" in text:
                print(text[:200])
        print("read", read, "files")
    """), timeout=20)
    assert_policy_was_off(result)
    assert token not in result.stdout + result.stderr
    for place in places:
        assert f"{place} absent" in result.stdout.splitlines()
    assert int(result.stdout.split("read ")[1].split()[0]) > 0  # the search did look at the files it could see


def test_the_graders_memory_environment_and_command_line_are_out_of_reach():
    """/proc/PID/{cmdline,environ,mem} of the grader and of a process holding the secret in all three."""
    token = secret()
    in_memory = (token + " ") * 1000  # noqa: F841 (the grader's own memory holds the secret while the run goes)
    holder = subprocess.Popen([sys.executable, "-c", "import time, sys; data = sys.argv[1] * 100; time.sleep(60)",
                               token], env={**os.environ, "QUIZZER_SECRET": token})
    try:
        targets = [os.getpid(), holder.pid, os.getppid()]
        result = run(hostile(f"""
            import os
            pids = {targets!r} + [int(pid) for pid in os.listdir("/proc") if pid.isdigit()]
            for pid in pids:
                if pid == os.getpid():
                    continue  # its own memory holds this very search
                for part in ("cmdline", "environ"):
                    try:
                        print(pid, part, open(f"/proc/{{pid}}/{{part}}", "rb").read())
                    except OSError as error:
                        print(pid, part, "unreadable")
                try:
                    maps = open(f"/proc/{{pid}}/maps").read().splitlines()
                    with open(f"/proc/{{pid}}/mem", "rb") as memory:
                        for line in maps:
                            start, end = (int(x, 16) for x in line.split()[0].split("-"))
                            try:
                                memory.seek(start)
                                chunk = memory.read(min(end - start, 1 << 22))
                            except OSError:
                                continue
                            if b"quizzer-secret" in chunk:
                                print("found in memory", chunk)
                except OSError:
                    print(pid, "mem unreadable")
            print("visible pids", sorted(int(pid) for pid in os.listdir("/proc") if pid.isdigit()))
        """), timeout=20)
    finally:
        holder.kill()
        holder.wait()
    assert_policy_was_off(result)
    assert token not in result.stdout + result.stderr
    assert "visible pids [1, 2]" in result.stdout  # only the run's supervisor and the program itself


def test_services_on_the_hosts_loopback_are_unreachable():
    """A TCP and a UDP listener on the host's 127.0.0.1 and an abstract Unix socket get nothing."""
    token = secret()
    with socket.socket() as tcp, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, \
            socket.socket(socket.AF_UNIX) as abstract:
        tcp.bind(("127.0.0.1", 0))
        tcp.listen()
        udp.bind(("127.0.0.1", 0))
        abstract.bind(f"\0{token}-listener")
        abstract.listen()
        result = run(hostile(f"""
            import socket
            attempts = [
                (socket.AF_INET, socket.SOCK_STREAM, ("127.0.0.1", {tcp.getsockname()[1]})),
                (socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", {udp.getsockname()[1]})),
                (socket.AF_UNIX, socket.SOCK_STREAM, "\\0{token}-listener"),
            ]
            for family, kind, address in attempts:
                try:
                    with socket.socket(family, kind) as handle:
                        handle.settimeout(1)
                        handle.connect(address)
                        handle.send(b"{token}")
                        print("sent to", address)
                except OSError as error:
                    print("cannot reach", type(error).__name__)
        """), timeout=10)
        assert_policy_was_off(result)
        for listener in (tcp, abstract):
            listener.settimeout(0.2)
            with pytest.raises(socket.timeout):
                listener.accept()
        udp.setblocking(False)
        with pytest.raises(BlockingIOError):
            udp.recv(100)


def test_processes_outside_the_run_cannot_be_signalled_or_stopped():
    """Kill or stop a victim process of the grader's, the worker, everything (-1) and the program's own process
    group (which, were it shared with the worker, would reach it across the pid namespace)."""
    victim = subprocess.Popen(["sleep", "60"])
    run("print('worker up')\n")
    generation = runner.server.generation
    try:
        outside = [victim.pid, worker_process(), runner.server.process.pid, os.getpid()]
        attack = hostile(f"""
            import os, signal
            for pid in {outside!r} + [-1]:
                for sig in (signal.SIGSTOP, signal.SIGKILL):
                    try:
                        os.kill(pid, sig)
                    except OSError:
                        pass
                    try:
                        signal.pidfd_send_signal(os.pidfd_open(pid), sig)
                    except (OSError, ValueError):
                        pass
            print("tried", flush=True)
        """)
        results = [run(attack), run(attack + "os.kill(0, signal.SIGSTOP)\n", timeout=1.5),
                   run(attack + "os.kill(0, signal.SIGKILL)\n")]
        assert [result.stdout for result in results] == ["policy off\ntried\n"] * 3
        assert [result.outcome for result in results] == ["ok", "timeout", "crashed"]
        assert victim.poll() is None and host_state(victim.pid) != "T"
        assert run("print('next')\n").stdout == "next\n"
        assert runner.server.generation == generation  # the worker was never stopped, killed or replaced
        assert host_state(worker_process()) not in (None, "T")
    finally:
        victim.kill()
        victim.wait()


def test_the_runs_supervisor_cannot_be_traced_read_or_killed():
    """pid 1 of the run's namespace reports how the program ended: ptrace, its memory and signals fail."""
    result = run(hostile("""
        import os, signal
        PTRACE_ATTACH = 16
        print("ptrace", libc.ptrace(PTRACE_ATTACH, 1, 0, 0))
        for part in ("mem", "environ"):
            try:
                open(f"/proc/1/{part}", "rb").read(1)
                print(part, "readable")
            except OSError:
                print(part, "unreadable")
        for sig in (signal.SIGKILL, signal.SIGSTOP, signal.SIGTERM, signal.SIGINT, signal.SIGCHLD):
            os.kill(1, sig)
        print("still here")
    """))
    assert_policy_was_off(result)
    assert result.stdout.splitlines()[1:] == ["ptrace -1", "mem unreadable", "environ unreadable", "still here"]
    assert (result.outcome, result.exit_code, result.finished) == ("ok", 0, True)


def test_a_bad_record_or_a_flood_ends_only_that_run():
    """Junk, a forged record with NaN, and gigabytes on the side channel; megabytes on stderr; the honest
    program in the same batch is untouched and the grader's memory stays bounded."""
    codes = [
        "import os\nos.write(1023, b'not json\\n')\nprint('done')\n",
        "import os\nprint('done')\nos.write(1023, b'{\"final\": true, \"stats\": {\"virtual_time\": NaN}}\\n')\n"
        "os._exit(0)\n",
        "import os\nchunk = b'x' * (1 << 20)\nfor _ in range(4096):\n    os.write(1023, chunk)\n",
        "import sys\nchunk = 'x' * (1 << 20)\nfor _ in range(4096):\n    sys.stderr.write(chunk)\n",
        "print('done')\n",
    ]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = run_many(codes, loop="asyncio", jobs=2)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert [result.outcome for result in results] == ["crashed", "crashed", "output", "output", "ok"]
    assert results[0].reason == results[1].reason == (
        "crashed: the program wrote something other than the sandbox's record on its side channel (fd 1023)")
    assert results[2].reason == "output: more than 8 MiB written to the sandbox's side channel (fd 1023)"
    assert (results[4].stdout, results[4].finished) == ("done\n", True)
    assert grown_mib < 200


def test_ending_with_os_exit_is_not_finishing():
    """No final record: the run did not finish, whatever it printed (so a time limit cannot be skipped)."""
    result = run("print('all done', flush=True)\nimport os\nos._exit(0)\n", loop="tiny")
    assert (result.outcome, result.exit_code, result.stdout, result.finished) == ("ok", 0, "all done\n", False)


def test_the_work_directory_is_capped_counted_in_memory_and_gone_after_the_run():
    memory_mb = 128
    result = run("""
import os
written = 0
try:
    while True:
        with open(f"fill-{written}", "wb") as fill:
            fill.write(b"x" * (1 << 20))
        written += 1 << 20
except OSError:
    pass
held = []
try:
    while True:
        held.append(bytearray(1 << 20))
except MemoryError:
    pass
print(written, len(held) << 20)
""", memory_mb=memory_mb)
    written, allocated = map(int, result.stdout.split())
    assert 0 < written <= work_directory_size(memory_mb << 20)
    assert written + allocated <= memory_mb << 20
    assert run("import os\nprint(os.listdir('.'))\n").stdout == "[]\n"
    assert jail_processes() == []


@pytest.mark.skipif(os.geteuid() != 0, reason="the uid switch happens when quizzer runs as root")
def test_as_root_every_process_of_the_jail_runs_as_an_unprivileged_uid():
    import threading

    seen = {}

    def look():
        deadline = time.monotonic() + 10
        while len(jail_processes(patience=0)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)  # until the run's supervisor and program are there
        for pid in jail_processes(patience=0) + [worker_process()]:
            try:
                with open(f"/proc/{pid}/status") as status:
                    lines = dict(line.split(":", 1) for line in status.read().splitlines())
            except OSError:
                continue
            seen[pid] = (lines["Uid"].split()[1], lines["CapEff"].strip(), lines["NoNewPrivs"].strip())

    looker = threading.Thread(target=look)
    looker.start()
    result = run("import time\ntime.sleep(2)\nprint('slept')\n")
    looker.join()
    assert result.stdout == "slept\n"
    assert len(seen) == 3  # the worker, the run's supervisor and the program
    assert set(seen.values()) == {("65534", "0000000000000000", "1")}


def test_a_stopped_worker_is_the_machinerys_fault_not_the_programs(monkeypatch):
    """Something outside stops the worker: the runs are not charged a timeout; a new worker runs them."""
    run("print('worker up')\n")
    # The stopped worker is given up after a second instead of ten; the new one then has the usual patience, since
    # its first run (namespaces, mounts, the large program read in) may take more than a second on a loaded machine.
    usual_patience, recover = runner.START_TIMEOUT, runner.Worker.recover

    def recover_with_usual_patience(worker, generation):
        monkeypatch.setattr(runner, "START_TIMEOUT", usual_patience)
        recover(worker, generation)

    monkeypatch.setattr(runner, "START_TIMEOUT", 1.0)
    monkeypatch.setattr(runner.Worker, "recover", recover_with_usual_patience)
    worker = worker_process()
    os.kill(worker, signal.SIGSTOP)
    try:
        # A large program too: its hand-over waits for a supervisor that never comes, and must not hang.
        result = run("print('fine')\n" + "#" * (1 << 20) + "\n")
    finally:
        if host_state(worker) is not None:
            os.kill(worker, signal.SIGCONT)
    assert (result.outcome, result.stdout, result.machinery_fault) == ("ok", "fine\n", None)


def test_a_sandbox_that_cannot_run_at_all_says_so(monkeypatch):
    run("print('worker up')\n")
    monkeypatch.setattr(runner.Worker, "launch", lambda self, jailed: (_ for _ in ()).throw(
        runner.JailUnavailable("bwrap: cannot start")))
    runner.server.stop()
    result = run("print('fine')\n")
    monkeypatch.undo()
    assert result.outcome == "crashed"
    assert result.exit_code == EXIT_CODES["crashed"]
    assert result.machinery_fault == "bwrap: cannot start"
    assert result.reason == "crashed: the sandbox could not run the program: bwrap: cannot start"


def test_seccomp_filter_is_for_this_machine():
    """The filter's system call numbers are the kernel's, where the headers are installed to compare with."""
    from quizzer.sandbox.seccomp import ARCHITECTURES, DENIED_CALLS

    header = {"x86_64": "/usr/include/x86_64-linux-gnu/asm/unistd_64.h",
              "aarch64": "/usr/include/asm-generic/unistd.h"}.get(platform.machine())
    if header is None or not os.path.exists(header):
        pytest.skip("no kernel headers to compare the system call numbers with")
    with open(header) as source:
        text = source.read()
    numbers = ARCHITECTURES[platform.machine()][2]
    for name in (*DENIED_CALLS, "clone", "clone3"):
        if name in numbers:
            assert f"__NR_{name} {numbers[name]}\n" in text or f"__NR3264_{name} {numbers[name]}\n" in text, name


def test_concurrent_runs_cannot_reach_each_other():
    """A victim run listens on its own 127.0.0.1 and keeps a file; an attacker running at the same time scans every
    port of 127.0.0.1, looks for other processes and for the victim's file. The victim sees nobody."""
    victim = """
import socket, time
with open("diary.txt", "w") as diary:
    diary.write("secret diary")
server = socket.create_server(("127.0.0.1", 0))
server.settimeout(5)
print("listening", flush=True)
try:
    server.accept()
    print("someone came")
except TimeoutError:
    print("nobody came")
"""
    attacker = hostile("""
        import socket, sys, time
        started = time.monotonic()
        reached = set()
        while time.monotonic() < started + 3:  # scans again and again while the victim listens
            for port in range(1024, 65536):
                with socket.socket() as probe:
                    # (a connection to the probe's own port is TCP's self-connect, no listener)
                    if probe.connect_ex(("127.0.0.1", port)) == 0 and probe.getsockname() != probe.getpeername():
                        reached.add(port)
        print("reached", sorted(reached))
        print("processes", sorted(int(pid) for pid in os.listdir("/proc") if pid.isdigit()))
        print("diaries", [data for data in every_file({"/usr", "/proc", "/sys", "/dev", sys.base_prefix})
                          if b"secret " + b"diary" in data])
    """)
    victim_run, attacker_run = run_many([victim, attacker], loop="asyncio", jobs=2, timeout=20)
    assert victim_run.stdout == "listening\nnobody came\n"
    assert attacker_run.stdout.splitlines()[1:] == ["reached []", "processes [1, 2]", "diaries []"]


def test_a_run_leaves_nothing_for_the_next():
    """Whatever a run manages to write, the next run (in the same worker) finds none of it."""
    places = ["/sandbox/left", "/dev/shm/left", "/tmp/left", "/left", "/etc/left", "/opt/quizzer/left",
              "/proc/left", "/dev/pts/left"]
    first = run(hostile(f"""
        for place in {places!r}:
            try:
                with open(place, "w") as left:
                    left.write("left for the next run")
                print("wrote", place)
            except OSError:
                pass
    """))
    # /dev/shm is the run's work directory seen at another place (POSIX semaphores and shared memory live there).
    assert first.stdout.splitlines()[1:] == ["wrote /sandbox/left", "wrote /dev/shm/left"]
    second = run(f"import os\nprint([place for place in {places!r} if os.path.exists(place)])\n")
    assert second.stdout == "[]\n"
