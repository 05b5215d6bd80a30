"""The audit-hook policy refuses outside writes, non-loopback networking and ctypes, and outside the jail process
creation and signals to others; each refusal ends the run with its one-line reason even if the program catches the
exception."""

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizzer.sandbox import EXIT_CODES, run_code
from quizzer.sandbox.policy import Policy, is_loopback_host


class Refused(Exception):
    pass


def raise_refused(reason):
    raise Refused(reason)


def run(code, **options):
    return run_code(textwrap.dedent(code), loop="asyncio", **options)


def assert_refused(result, reason):
    assert result.outcome == "refused"
    assert result.exit_code == EXIT_CODES["refused"]
    assert result.reason == reason


@pytest.mark.parametrize(("code", "operation"), [
    ("import os\nos.fork()\n", "os.fork"),
    ("import subprocess\nsubprocess.run(['true'])\n", "subprocess.Popen"),
    ("import os\nos.system('true')\n", "os.system"),
    ("import os\nos.execv('/bin/true', ['true'])\n", "os.exec"),
    ("import os\nos.posix_spawn('/bin/true', ['true'], {})\n", "os.posix_spawn"),
    ("import _posixsubprocess\n_posixsubprocess.fork_exec()\n", "_posixsubprocess.fork_exec"),
])
def test_outside_the_jail_process_creation_is_refused(unjailed, code, operation):
    assert_refused(run(code), f"refused: process creation ({operation}) is not allowed in the sandbox")


def test_refusal_stops_the_program_even_when_it_catches_the_exception(unjailed):
    result = run("""
        import os
        print("before", flush=True)
        try:
            os.fork()
        except BaseException:
            print("caught")
        print("carried on")
    """)
    assert result.outcome == "refused"
    assert result.stdout == "before\n"


def test_writing_outside_the_temporary_directory_is_refused(tmp_path):
    target = tmp_path / "escaped.txt"
    result = run(f"open({str(target)!r}, 'w').write('x')\n")
    assert_refused(result, f"refused: writing to {str(target)!r} outside the run's temporary directory (open) "
                           "is not allowed in the sandbox")
    assert not target.exists()


@pytest.mark.parametrize("code", [
    "import os\nos.remove('/etc/hostname')\n",
    "import os\nos.mkdir('/quizzer-escape')\n",
    "import os\nos.open('/etc/hostname', os.O_WRONLY)\n",
    "import os\nos.link('/etc/hostname', 'inside')\n",
    "import os\nos.symlink('/etc/hostname', 'link')\nopen('link', 'a')\n",
    "import shutil\nshutil.rmtree('/quizzer-nonexistent')\n",
    "import os\nos.open('hostname', os.O_WRONLY, dir_fd=os.open('/etc', os.O_RDONLY))\n",
    "import sqlite3\nsqlite3.connect('/quizzer-escape.db')\n",
])
def test_other_writes_outside_are_refused(code):
    result = run(code)
    assert result.outcome == "refused"
    assert "outside the run's temporary directory" in result.reason


def test_writing_inside_the_temporary_directory_is_allowed():
    result = run("""
        import os, shutil
        os.mkdir("data")
        with open("data/notes.txt", "w") as notes:
            notes.write("kept")
        os.rename("data/notes.txt", "data/renamed.txt")
        print(open("data/renamed.txt").read())
        shutil.rmtree("data")
        open(os.devnull, "w").write("discarded")
    """)
    assert (result.outcome, result.stdout) == ("ok", "kept\n")


def test_outside_the_jail_killing_the_parent_is_refused_and_the_runner_carries_on(unjailed):
    result = run("import os\nos.kill(os.getppid(), 9)\n")
    assert result.outcome == "refused"
    assert result.reason.startswith("refused: sending a signal to process ")
    assert run("print('next run')\n").stdout == "next run\n"


def test_in_the_jail_a_program_may_start_and_signal_processes_but_not_its_supervisor(jailed):
    result = run("""
        import os, signal, subprocess, sys
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        os.kill(child.pid, signal.SIGTERM)
        print("child ended by", -child.wait())
        os.kill(os.getppid(), signal.SIGKILL)  # pid 1 of the run's namespace: the kernel ignores it
        print("still here", os.getppid())
    """)
    assert (result.outcome, result.stdout) == ("ok", f"child ended by {int(signal.SIGTERM)}\nstill here 1\n")
    assert run("print('next run')\n").stdout == "next run\n"


def test_signalling_itself_is_allowed():
    result = run("""
        import os, signal
        signal.signal(signal.SIGUSR1, lambda *_: print("got it"))
        os.kill(os.getpid(), signal.SIGUSR1)
    """)
    assert (result.outcome, result.stdout) == ("ok", "got it\n")


def test_ctypes_is_refused():
    assert_refused(run("import ctypes\n"), "refused: importing ctypes (import) is not allowed in the sandbox")


def test_raising_resource_limits_is_refused():
    result = run("import resource\nresource.setrlimit(resource.RLIMIT_AS, (-1, -1))\n")
    assert result.reason == "refused: changing resource limits (resource.setrlimit) is not allowed in the sandbox"


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.5.6.7", True), ("::1", True), ("localhost", True), ("::ffff:127.0.0.1", True),
    ("192.0.2.1", False), ("0.0.0.0", False), ("", False), ("example.com", False), (None, False),
])
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


def test_policy_refuses_non_loopback_socket_events_without_any_socket(tmp_path):
    """Pure policy check: the events are fed to the hook directly, nothing touches the network."""
    policy = Policy(str(tmp_path), raise_refused)
    for event, args in [("socket.connect", (None, ("192.0.2.1", 80))), ("socket.bind", (None, ("0.0.0.0", 0))),
                        ("socket.sendto", (None, ("192.0.2.1", 53))), ("socket.getaddrinfo", ("example.com", 80, 0, 0, 0))]:
        with pytest.raises(Refused, match=r"\(" + event.replace(".", r"\.") + r"\)"):
            policy(event, args)
    policy("socket.connect", (None, ("127.0.0.1", 8080)))
    policy("socket.bind", (None, ("::1", 0, 0, 0)))
    policy("socket.getaddrinfo", ("localhost", 80, 0, 0, 0))


def unshare_network_works():
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not unshare_network_works(), reason="needs `unshare -n` (a network namespace with only loopback)")
def test_non_loopback_connect_is_refused_before_the_syscall():
    """Run in a network namespace holding only loopback, so no packet can leave even if the policy failed. There a
    real connect() to 192.0.2.1 fails at once with ENETUNREACH; getting the refusal instead shows the hook ran
    before the syscall."""
    script = textwrap.dedent("""
        from quizzer.sandbox import run_code
        code = "import socket\\ns = socket.socket()\\ns.connect(('192.0.2.1', 80))\\n"
        print(run_code(code, loop="asyncio").reason)
        print(run_code("import asyncio\\nasyncio.run(asyncio.open_connection('192.0.2.1', 80))\\n", loop="asyncio").reason)
    """)
    root = str(Path(__file__).resolve().parents[2])
    completed = subprocess.run(["unshare", "-n", sys.executable, "-c", script], capture_output=True, text=True,
                               env={**os.environ, "PYTHONPATH": root}, timeout=60)
    assert completed.stdout.splitlines() == [
        "refused: network access to 192.0.2.1 (socket.connect) is not allowed in the sandbox; "
        "only loopback addresses are allowed"] * 2


def test_loopback_server_and_client_work():
    result = run("""
        import asyncio

        async def echo(reader, writer):
            writer.write(await reader.readline())
            await writer.drain()
            writer.close()

        async def main():
            server = await asyncio.start_server(echo, "127.0.0.1", 0)
            port = server.sockets[0].getsockname()[1]
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"ping\\n")
            print((await reader.readline()).decode().strip())
            writer.close()
            server.close()
            await server.wait_closed()

        asyncio.run(main())
    """)
    assert (result.outcome, result.stdout) == ("ok", "ping\n")
