"""Each limit of the sandbox ends the run with its outcome, reason and exit code, and the caller carries on."""

import time

from quizzer.sandbox import EXIT_CODES, run_code

# Wall-clock room for a CPU-limit test: a spinning program gets a small share of a CPU on a loaded machine, and
# its second of CPU time (two when it ignores SIGXCPU) must come before this timeout, or the timeout wins the race.
CPU_TEST_TIMEOUT = 60


def run(code, **options):
    return run_code(code, loop="asyncio", **options)


def test_infinite_loop_stops_at_the_wall_clock_timeout():
    run("pass\n")  # the worker is up: its start is not the run's
    started = time.monotonic()
    result = run("while True:\n    pass\n", timeout=0.5, cpu_seconds=30)
    assert result.outcome == "timeout"
    assert result.exit_code == EXIT_CODES["timeout"]
    assert result.reason == "timeout: the program ran for more than 0.5 s"
    # Stopped at the timeout, not left to spin until the CPU limit: far less than those 30 s of CPU time, with
    # room for a loaded machine (a stop that hung would be a machinery fault after STOP_TIMEOUT, not a timeout).
    assert time.monotonic() - started < 10


def test_sleeping_program_stops_at_the_wall_clock_timeout():
    result = run("import time\nprint('before', flush=True)\ntime.sleep(60)\n", timeout=0.5)
    assert (result.outcome, result.stdout) == ("timeout", "before\n")


def test_cpu_burn_stops_at_the_cpu_limit():
    result = run("while True:\n    pass\n", timeout=CPU_TEST_TIMEOUT, cpu_seconds=1)
    assert result.outcome == "cpu"
    assert result.exit_code == EXIT_CODES["cpu"]
    assert result.reason == "cpu: the program used more than 1 s of CPU time"


def test_cpu_burn_that_ignores_sigxcpu_is_still_stopped():
    code = "import signal\nsignal.signal(signal.SIGXCPU, signal.SIG_IGN)\nwhile True:\n    pass\n"
    assert run(code, timeout=CPU_TEST_TIMEOUT, cpu_seconds=1).outcome == "cpu"


def test_memory_bomb_stops_at_the_memory_limit():
    result = run("hog = []\nwhile True:\n    hog.append(bytearray(1 << 20))\n", memory_mb=128)
    assert result.outcome == "memory"
    assert result.exit_code == EXIT_CODES["memory"]
    assert result.reason == "memory: the program used more than 128 MiB"


def test_single_huge_allocation_is_a_memory_stop():
    assert run("block = bytearray(1 << 34)\n").outcome == "memory"


def test_output_flood_is_truncated_at_the_cap():
    result = run("import sys\nwhile True:\n    sys.stdout.write('x' * 1000)\n", output_limit=10_000)
    assert result.outcome == "output"
    assert result.exit_code == EXIT_CODES["output"]
    assert result.reason == "output: more than 10000 bytes of output; truncated"
    assert result.stdout.startswith("x" * 10_000)
    assert result.stdout.endswith("\n[quizzer: output truncated after 10000 bytes]\n")


def test_output_cap_counts_stdout_and_stderr_together():
    code = "import sys\nwhile True:\n    print('o' * 99)\n    print('e' * 99, file=sys.stderr)\n"
    result = run(code, output_limit=1 << 20)
    assert result.outcome == "output"
    assert result.reason == "output: more than 1 MiB of output; truncated"
    assert len(result.stdout) + len(result.stderr) < (1 << 20) + 100


def test_recursion_error_is_an_ordinary_uncaught_exception():
    result = run("def down():\n    down()\ndown()\n")
    assert (result.outcome, result.exit_code) == ("error", 1)
    assert result.stderr.rstrip().endswith("RecursionError: maximum recursion depth exceeded")


def test_invalid_utf8_output_is_decoded_with_replacement():
    result = run("import os\nos.write(1, b'ok \\xff\\xfe\\x00 end\\n')\n")
    assert result.stdout == "ok \ufffd\ufffd\x00 end\n"


def test_stdin_is_empty():
    assert run("import sys\nprint(repr(sys.stdin.read()))\n").stdout == "''\n"


def test_os_exit_gives_its_code_and_keeps_flushed_output():
    result = run("import os\nprint('flushed', flush=True)\nos._exit(4)\n")
    assert (result.outcome, result.exit_code, result.stdout) == ("ok", 4, "flushed\n")


def test_program_killing_itself_with_a_signal_is_reported_as_crashed():
    result = run("import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\n")
    assert (result.outcome, result.exit_code) == ("crashed", 128 + 15)
    assert result.reason == "crashed: the program was killed by signal SIGTERM"


def test_each_run_gets_a_fresh_scrubbed_environment_and_working_directory():
    code = "import os\nprint(os.getcwd() == os.environ['HOME'], sorted(os.environ), os.listdir('.'))\n"
    first, second = run(code), run(code)
    assert first.stdout == "True ['HOME', 'LANG', 'PATH', 'PYTHONHASHSEED', 'TMPDIR'] []\n"
    assert second.stdout == first.stdout


def test_hash_seed_is_fixed_so_set_order_is_deterministic():
    code = "print(list({'apple', 'pear', 'plum', 'fig', 'kiwi'}))\n"
    assert len({run(code).stdout for _ in range(3)}) == 1


def test_a_program_larger_than_the_sandbox_takes_is_refused_and_the_next_runs():
    """Its size as sent counts (JSON escapes a non-ASCII character in six bytes): 11 MiB of `é` is 66 MiB sent.
    Sent as it was, its supervisor stopped reading, a machinery fault: grade then wrote nothing for anyone."""
    for code in ("print(1)\n#" + "#" * (64 << 20) + "\n", "print(1)\n#" + "é" * (11 << 20) + "\n"):
        result = run(code)
        assert (result.outcome, result.exit_code, result.machinery_fault) == ("refused", EXIT_CODES["refused"], None)
        assert result.reason == "refused: a program of more than 63 MiB (as sent to the sandbox) is not run"
    assert run("print(1)\n#" + "#" * (62 << 20) + "\n").stdout == "1\n"
