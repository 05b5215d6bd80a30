"""Attacks through the grace a stopped program gets (`isolation.Supervisor.stop_program`): at a timeout or the
output cap its supervisor sends SIGXCPU, whose handler writes the program's buffered output out, and SIGKILL a
moment later. A program may take SIGXCPU over and use that moment; each test asserts that what it does then has
no effect past the run's limits, and that a stop stays what it was."""

import textwrap

import pytest
from jailtools import jail_processes

from quizzer.sandbox import run_code, run_many

pytestmark = pytest.mark.usefixtures("jailed")

# Children forked before the stop, waiting on a pipe; the program's own SIGXCPU handler lets them go, then
# waits for its SIGKILL. Each child fills CHUNKS mappings of CHUNK_MIB (a moment apart, so the run's memory
# grows over several of its supervisor's looks at it) and says "held" when it holds them all.
HOG_IN_THE_GRACE = textwrap.dedent("""\
    import mmap, os, signal, time
    CHILDREN, CHUNKS, CHUNK_MIB = 4, 5, 8
    go_read, go_write = os.pipe()
    for _ in range(CHILDREN):
        if os.fork() == 0:
            os.read(go_read, 1)
            blocks = []
            for _ in range(CHUNKS):
                flags = mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | mmap.MAP_POPULATE
                blocks.append(mmap.mmap(-1, CHUNK_MIB << 20, flags=flags))
                time.sleep(0.025)
            os.write(1, b"held\\n")
            time.sleep(60)
            os._exit(0)

    def let_them_go(signum, frame):
        os.write(go_write, b"g" * CHILDREN)
        time.sleep(60)

    signal.signal(signal.SIGXCPU, let_them_go)
    print("waiting", flush=True)
    time.sleep(60)
""")


def test_the_memory_watch_goes_on_while_a_stopped_program_has_its_grace():
    """Four children of 40 MiB each, let go when the timeout stops the run: 160 MiB in a run of 128 MiB. While
    the run's memory went unwatched through the grace, all four held theirs before the SIGKILL came."""
    result = run_code(HOG_IN_THE_GRACE, loop="asyncio", memory_mb=128, timeout=1.0)
    assert result.outcome == "timeout", (result.stdout, result.stderr)
    assert result.stdout.count("held") < 4, result.stdout
    assert jail_processes() == []


# Stopped, it prints what the question expects and ends as a finished program would: exit status 0 and the
# sandbox's own final record (SystemExit out of the handler goes through the program's normal end).
FINISH_IN_THE_GRACE = textwrap.dedent("""\
    import signal, sys, time

    def finish(signum, frame):
        print("expected answer", flush=True)
        sys.exit(0)

    signal.signal(signal.SIGXCPU, finish)
    print("working", flush=True)
    while True:
        time.sleep(0.01)
""")
HONEST = "print('expected answer')\n"


def test_a_timeout_stays_a_timeout_whatever_the_program_does_in_its_grace():
    stopped, honest = run_many([FINISH_IN_THE_GRACE, HONEST], loop="asyncio", jobs=2, timeout=1.0)
    assert "expected answer" in stopped.stdout  # it did finish in its grace: the stop is what says otherwise
    assert (stopped.outcome, stopped.finished) == ("timeout", False), stopped
    assert (honest.outcome, honest.stdout, honest.finished) == ("ok", "expected answer\n", True), honest
    assert jail_processes() == []


def test_output_past_the_cap_is_not_kept_whatever_the_program_writes_in_its_grace():
    """Stopped at the output cap, it writes ten times the cap more, on both streams, in its grace."""
    limit = 64 << 10
    result = run_code(textwrap.dedent(f"""\
        import os, signal, time

        def flood(signum, frame):
            for _ in range(10):
                os.write(1, b"o" * {limit})
                os.write(2, b"e" * {limit})
            time.sleep(60)

        signal.signal(signal.SIGXCPU, flood)
        os.write(1, b"x" * ({limit} + 1))
        time.sleep(60)
    """), loop="asyncio", output_limit=limit, timeout=20)
    assert result.outcome == "output", result
    marker = "\n[quizzer: output truncated after 64 KiB]\n"
    assert len(result.stdout.encode()) + len(result.stderr.encode()) <= limit + len(marker)
    assert jail_processes() == []
