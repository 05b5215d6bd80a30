"""Programs run as `python FILE` would; the runner survives a dead worker; nothing outlives a run."""

import errno
import os
import select
import selectors
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from jailtools import jail_processes

from quizzer.sandbox import run_code, run_many, runner


def run(code, **options):
    return run_code(textwrap.dedent(code), loop="asyncio", **options)


def process_is_gone(pid: int, patience: float = 10.0) -> bool:
    """Gone, or a zombie waiting for a reaper that is not ours (PID 1 in a container may not reap). A process
    killed by someone else's SIGKILL takes a moment to die, longer on a loaded machine, hence the patience (a
    process already gone returns at once)."""
    deadline = time.monotonic() + patience
    while True:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)


def test_uncaught_exception_prints_the_traceback_and_exits_1(tmp_path):
    program = textwrap.dedent("""
        def divide():
            return 1 / 0
        divide()
    """)
    path = tmp_path / "prog.py"
    path.write_text(program)
    result = run(program, filename=str(path))
    assert (result.outcome, result.exit_code, result.reason) == ("error", 1, None)
    # The traceback as this interpreter's version prints it (3.13 marks the failing call with carets, 3.11 not).
    python = subprocess.run([sys.executable, str(path)], capture_output=True, text=True)
    assert python.stderr.startswith(f'Traceback (most recent call last):\n  File "{path}", line 4, in <module>')
    assert result.stderr == python.stderr


def test_uncaught_exception_line_is_given_apart():
    result = run("""
        error = ValueError("two\\nlines")
        error.add_note("a note")
        raise error
    """)
    assert result.exception == "ValueError: two\nlines"
    assert run("def broken(:\n    pass\n").exception == "SyntaxError: invalid syntax"
    assert run("print('fine')").exception is None


def test_syntax_error_is_reported_like_python():
    result = run("def broken(:\n    pass\n", filename="prog.py")
    assert (result.outcome, result.exit_code) == ("error", 1)
    assert result.stderr.startswith('  File "prog.py", line 1\n')
    assert result.stderr.endswith("SyntaxError: invalid syntax\n")


def test_sys_exit_gives_its_code():
    result = run("import sys\nprint('bye')\nsys.exit(3)\n")
    assert (result.outcome, result.exit_code, result.stdout) == ("ok", 3, "bye\n")


def test_sys_exit_with_a_message_prints_it_and_exits_1():
    result = run("import sys\nsys.exit('giving up')\n")
    assert (result.exit_code, result.stderr) == (1, "giving up\n")


def test_program_runs_as_main_with_argv0_the_filename():
    result = run("""
        import sys
        if __name__ == "__main__":
            print(sys.argv)
    """, filename="quiz.py")
    assert result.stdout == "['quiz.py']\n"


def test_atexit_handlers_of_the_program_run():
    result = run("import atexit\natexit.register(print, 'at exit')\nprint('main')\n")
    assert result.stdout == "main\nat exit\n"


def test_run_many_keeps_input_order():
    codes = [f"print({n} * {n})" for n in range(12)]
    results = run_many(codes, loop="asyncio", jobs=3)
    assert [r.stdout for r in results] == [f"{n * n}\n" for n in range(12)]


def test_run_many_reports_progress():
    seen = []
    run_many(["pass"] * 5, loop="asyncio", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(done, 5) for done in range(1, 6)]


def test_the_caller_needs_none_of_its_users_epoll_watches(monkeypatch):
    """epoll's watches are counted per user, and a run's processes have the caller's uid when quizzer does not run
    as root: one run registering eventfds in epoll instances from 24 processes took all 5 M of them, and the
    caller's next run_code raised ENOSPC (a batch stopped with it). Here the exhaustion is simulated: every epoll
    instance the caller makes fails so."""
    run("print('worker up')\n")

    def exhausted(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(select, "epoll", exhausted)
    monkeypatch.setattr(selectors.EpollSelector, "_selector_cls", exhausted)  # its copy of select.epoll
    assert run("print('next student')\n").stdout == "next student\n"


def test_timed_out_program_does_not_outlive_its_run(jailed):
    result = run("import time\nprint('started', flush=True)\ntime.sleep(60)\n", timeout=0.5)
    assert (result.outcome, result.stdout) == ("timeout", "started\n")
    assert jail_processes() == []


def test_without_the_jail_a_timed_out_program_does_not_outlive_its_run_either(unjailed):
    result = run("import os, time\nprint(os.getpid(), flush=True)\ntime.sleep(60)\n", timeout=0.5)
    assert result.outcome == "timeout"
    assert process_is_gone(int(result.stdout))


@pytest.mark.parametrize("worker", ["jailed", "unjailed"])
def test_a_dead_worker_is_replaced_and_the_run_done_again(worker, request):
    """Whatever kills the worker (here: the test), the run in progress is not charged: it is run again."""
    request.getfixturevalue(worker)
    run("print('warm up')\n")
    killer = threading.Timer(0.3, runner.server.process.kill)
    killer.start()
    result = run("import time\ntime.sleep(1)\nprint('slept')\n", timeout=20)
    killer.join()  # the timer thread does not outlive the test
    assert (result.outcome, result.stdout, result.machinery_fault) == ("ok", "slept\n", None)
    assert run("print('next')\n").stdout == "next\n"


@pytest.mark.parametrize("worker", ["jailed", "unjailed"])
def test_the_supervisor_says_it_is_stopping_a_run_before_it_says_the_run_is_gone(worker, request, monkeypatch):
    request.getfixturevalue(worker)
    seen, parse = [], runner.parse_message
    monkeypatch.setattr(runner, "parse_message", lambda line: seen.append(parse(line)) or seen[-1])
    result = run("while True:\n    print('x' * 65536)\n")
    assert (result.outcome, result.machinery_fault) == ("output", None)
    assert [next(iter(message)) for message in seen] == ["started", "stopping", "status"]


def test_a_run_slow_to_die_keeps_its_own_outcome_and_is_no_fault_of_the_machinery(monkeypatch):
    """Its supervisor says it is stopping the program, and not (within STOP_TIMEOUT) that it is gone: the run's
    processes are slow to die (a file's 10,000 locks walked at each of 30,000 closes took 15 s), the run's own
    doing, not a supervisor that is gone. Played by a supervisor that says just that."""
    monkeypatch.setattr(runner, "STOP_TIMEOUT", 1.0)
    ours, theirs = socket.socketpair()
    pipes = {name: os.pipe() for name in ("stdout", "stderr", "side")}
    for _, write_end in pipes.values():
        os.close(write_end)

    def supervisor():
        theirs.sendall(b'{"started": true}\n')
        assert theirs.recv(1) == b""  # the caller stopped the run: its timeout
        theirs.sendall(b'{"stopping": true}\n')

    playing = threading.Thread(target=supervisor)
    playing.start()
    watcher = runner.RunWatcher(ours, {name: read_end for name, (read_end, _) in pipes.items()}, 0.01, 1 << 20)
    try:
        watcher.watch()
    finally:
        playing.join()
        for read_end, _ in pipes.values():
            os.close(read_end)
        ours.close()
        theirs.close()
    result = runner.classify(watcher, 0.01, 1, 1 << 20, 512)
    assert (result.outcome, result.machinery_fault, watcher.fault) == ("timeout", None, None)
    assert result.reason == ("timeout: the program ran for more than 0.01 s; then its processes took more than 1 s "
                             "to die once killed")


def test_without_the_jail_the_temporary_directory_is_removed_after_the_run(unjailed):
    result = run("import os\nprint(os.getcwd())\nopen('left.txt', 'w').write('x')\n")
    assert not os.path.exists(result.stdout.strip())


def test_runs_are_fast_enough_for_batches():
    """No run waits on a fixed delay of the machinery (a drain grace, a hand-over timeout: a second each would make
    these 40 runs, four at a time, take 10 s); speed itself is measured by hand (benchmarks/), not here."""
    run("pass\n")  # the worker is up: its start is not the batch's
    generation = runner.server.generation
    started = time.monotonic()
    results = run_many(["print('hi')"] * 40, loop="asyncio", jobs=4)
    assert time.monotonic() - started < 8  # about 0.5 s unloaded; room for a loaded machine
    assert [result.stdout for result in results] == ["hi\n"] * 40
    assert runner.server.generation == generation  # one worker served them all, none was restarted


def test_the_worker_outlives_the_thread_that_first_needed_it():
    """run_many's threads end with their batch; the worker (which bubblewrap kills when the thread that started
    it ends) must not, or the next batch would find it dead."""
    runner.server.stop()
    starter = threading.Thread(target=run, args=("print('first')\n",))
    starter.start()
    starter.join()
    time.sleep(0.5)
    assert runner.server.alive()
    generation = runner.server.generation
    assert run("print('next')\n").stdout == "next\n"
    assert runner.server.generation == generation
