"""`quizzer run FILE` through click's test runner: output passes through, exit codes are python's or the
sandbox's, and the reports go to stderr."""

import json
import os
import textwrap

import pytest
from click.testing import CliRunner

from quizzer.cli import main
from quizzer.sandbox import EXIT_CODES

SLEEPERS = """
    import asyncio

    async def sleeper(seconds):
        await asyncio.sleep(seconds)
        print("woke", seconds)

    async def main():
        await asyncio.gather(sleeper(2), sleeper(1))

    asyncio.run(main())
"""


@pytest.fixture
def program(tmp_path):
    def write(code, name="prog.py"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(code))
        return str(path)

    return write


def run(*args):
    return CliRunner().invoke(main, ["run", *args])


def test_output_and_exit_status_pass_through(program):
    result = run(program("import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)\n"))
    assert (result.exit_code, result.stdout, result.stderr) == (3, "out\n", "err\n")


def test_uncaught_exception_prints_traceback_and_exits_1(program):
    path = program("raise ValueError('bad value')\n")
    result = run(path)
    assert result.exit_code == 1
    assert result.stderr == (f'Traceback (most recent call last):\n  File "{path}", line 1, in <module>\n'
                             "    raise ValueError('bad value')\nValueError: bad value\n")


def test_sandbox_stop_prints_its_reason_and_exit_code(program):
    result = run(program("while True:\n    pass\n"), "--timeout", "0.5", "--loop", "asyncio")
    assert result.exit_code == EXIT_CODES["timeout"]
    assert result.stderr == "timeout: the program ran for more than 0.5 s\n"


def test_a_stop_reason_starts_a_line_of_its_own(program):
    partial = "import sys\nsys.stderr.write('half a line')\nsys.stderr.flush()\nwhile True:\n    pass\n"
    result = run(program(partial), "--timeout", "0.5", "--loop", "asyncio")
    assert result.exit_code == EXIT_CODES["timeout"]
    assert result.stderr == "half a line\ntimeout: the program ran for more than 0.5 s\n"


SPIN_AFTER_PRINTING = "print('a')\nprint('b')\nwhile True:\n    pass\n"


@pytest.mark.parametrize("loop", ["tiny", "asyncio"])
def test_output_printed_before_a_timeout_is_kept(program, loop):
    result = run(program(SPIN_AFTER_PRINTING), "--timeout", "1", "--loop", loop)
    assert result.exit_code == EXIT_CODES["timeout"]
    assert result.stdout == "a\nb\n"
    assert result.stderr == "timeout: the program ran for more than 1 s\n"


def test_output_printed_before_a_cpu_or_memory_stop_is_kept():
    from quizzer.sandbox import run_code

    # A minute of wall-clock time for a second of CPU time: on a loaded machine the timeout must not win the race.
    cpu = run_code(SPIN_AFTER_PRINTING, timeout=60, cpu_seconds=1)
    assert (cpu.outcome, cpu.stdout) == ("cpu", "a\nb\n")
    memory = run_code("print('a')\nblock = bytearray(1 << 40)\n", memory_mb=256)
    assert (memory.outcome, memory.stdout) == ("memory", "a\n")


def test_refusal_prints_its_reason(program):
    result = run(program("import ctypes\n"))
    assert result.exit_code == EXIT_CODES["refused"]
    assert result.stderr == "refused: importing ctypes (import) is not allowed in the sandbox\n"


def test_deadlock_prints_its_report(program):
    result = run(program("import asyncio\nasyncio.run(asyncio.Event().wait())\n"))
    assert result.exit_code == EXIT_CODES["deadlock"]
    assert result.stderr.startswith("deadlock: ")


def test_missing_file_is_a_clean_usage_error(tmp_path):
    result = run(str(tmp_path / "missing.py"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.output


def test_stats_report_virtual_and_real_time(program):
    result = run(program(SLEEPERS), "--stats")
    assert result.exit_code == 0
    assert result.stdout == "woke 1\nwoke 2\n"
    assert result.stderr.startswith("stats: virtual time 2 s, real time ")
    assert ", tasks " in result.stderr and ", steps " in result.stderr


def test_stats_count_the_programs_tasks_apart_from_asyncio_runs(program):
    result = run(program("import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n"),
                 "--stats")
    assert result.exit_code == 0
    assert "tasks 1 (and 2 of asyncio.run's clean-up)" in result.stderr


def test_real_asyncio_runs_in_real_time(program):
    result = run(program("import asyncio, time\nstart = time.monotonic()\nasyncio.run(asyncio.sleep(0.3))\n"
                         "print(time.monotonic() - start >= 0.3)\n"), "--loop", "asyncio")
    assert (result.exit_code, result.stdout) == (0, "True\n")


def test_trace_needs_the_reference_loop(program):
    result = run(program("pass\n"), "--loop", "asyncio", "--trace")
    assert result.exit_code == 2
    assert "--trace, --trace-json and --explore need the reference loop" in result.stderr


def test_trace_prints_a_timeline_on_stderr(program):
    result = run(program(SLEEPERS), "--trace")
    assert result.exit_code == 0
    assert result.stdout == "woke 1\nwoke 2\n"
    assert result.stderr.strip()


CROWD = """
    import asyncio

    async def member(number):
        await asyncio.sleep(number / 10)
        print("member", number)

    async def main():
        await asyncio.gather(*(member(number) for number in range({count})))

    asyncio.run(main())
"""


@pytest.mark.parametrize("tasks", [3, 8])
def test_trace_fits_columns(program, tasks):
    result = CliRunner().invoke(main, ["run", program(CROWD.format(count=tasks - 1)), "--trace"],
                                env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert max(map(len, result.stderr.splitlines())) <= 80
    assert "print:" in result.stderr and "= result None" in result.stderr


def test_trace_fits_the_real_terminal_width(program):
    import sys

    import pexpect

    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    child = pexpect.spawn(sys.executable, ["-m", "quizzer", "run", program(CROWD.format(count=2)), "--trace"],
                          env=env, encoding="utf-8", dimensions=(40, 70), timeout=30)
    child.expect(pexpect.EOF)
    lines = child.before.replace("\r\n", "\n").splitlines()
    assert "member 1" in lines and max(map(len, lines)) <= 70


def test_trace_json_writes_one_event_per_line(program, tmp_path):
    destination = tmp_path / "trace.jsonl"
    result = run(program(SLEEPERS), "--trace-json", str(destination))
    assert result.exit_code == 0
    events = [json.loads(line) for line in destination.read_text().splitlines()]
    assert events and all("t" in event for event in events)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["prog.py", "trace.jsonl"]  # no temp file left


def test_python_option_names_the_versions_modelled(program):
    path = program(SLEEPERS)
    result = run("--python", "3.10", path)
    assert result.exit_code == 2
    assert "tinyloop models Python 3.11, 3.12, 3.13, not 3.10" in result.output
    result = run("--python", "three", path)
    assert result.exit_code == 2
    assert "not a Python version: 'three'" in result.output


def test_real_asyncio_of_another_version_runs_on_that_python(program, monkeypatch):
    import sys

    from quizzer.sandbox import interpreters

    other = "3.12" if sys.version_info[:2] != (3, 12) else "3.13"
    path = program("import sys\nprint(sys.version_info[:2])\n")
    if interpreters.find(other) is None:
        pytest.skip(f"no Python {other} on this machine")
    result = run("--loop", "asyncio", "--python", other, path)
    assert (result.exit_code, result.stdout) == (0, f"{tuple(map(int, other.split('.')))}\n"), result.output
    monkeypatch.setattr(interpreters, "find", lambda version: None)
    result = run("--loop", "asyncio", "--python", other, path)
    assert result.exit_code == 2
    assert f"--loop asyncio --python {other} needs Python {other}: none found" in result.output


# Writes a final record of its own whose trace render_timeline reads but the explorer could not (a task's end
# before it ever ran, a timer without its time), then leaves before the child writes the real one.
TRACE_FORGER = """
    import json, os

    print("hello", flush=True)
    trace = [{"t": 0, "event": "task_done", "task": "T", "task_id": 9, "outcome": "result", "detail": None},
             {"t": 0, "event": "timer", "callback": "x"}]
    os.write(1023, (json.dumps({"final": True, "trace": trace}) + "\\n").encode())
    os._exit(0)
"""


def test_a_forged_trace_is_refused_and_the_page_still_written(program, tmp_path):
    page = tmp_path / "page.html"
    result = run(program(TRACE_FORGER), "--explore", str(page), "--trace")
    assert result.exit_code == EXIT_CODES["crashed"], result.output
    assert result.stdout == "hello\n"
    assert result.stderr == ("crashed: the program wrote something other than the sandbox's record on its side "
                             "channel (fd 1023)\n")
    assert "The run was stopped: crashed" in page.read_text()


TERMINAL_TRICKS = r"""
    import asyncio, sys

    async def main():
        asyncio.current_task().set_name("task\x1b]0;owned\x07")
        print("\x1b]52;c;cHduZWQ=\x07\x1b[31mred\x1b[0m\tok\rFAKE: all passed")
        print("hidden\x1b[1A\x1b[2K", file=sys.stderr)

    asyncio.run(main())
"""


def test_on_a_terminal_what_the_program_writes_cannot_drive_it(program):
    """The program's output and the timeline's task names reach the terminal with their control characters as
    escapes (colours, tabs and line ends kept): no clipboard write, title or cursor move."""
    import sys

    import pexpect

    path = program(TERMINAL_TRICKS)
    child = pexpect.spawn(sys.executable, ["-m", "quizzer", "run", path, "--trace"], encoding="utf-8",
                          dimensions=(40, 200), timeout=30)
    child.expect(pexpect.EOF)
    shown = child.before
    assert "\\x1b]52;c;cHduZWQ=\\x07" in shown and "\\rFAKE: all passed" in shown and "\\x1b[1A\\x1b[2K" in shown
    assert "\x1b[31mred\x1b[0m\tok" in shown and "task\\x1b]0;owned\\x07" in shown
    assert "\x1b]" not in shown and "\x07" not in shown and "\x1b[1A" not in shown and "\x1b[2K" not in shown


def test_piped_the_program_output_is_as_it_wrote_it(program):
    result = run(program('print("\\x1b]0;title\\x07\\ra")'))
    assert result.exit_code == 0 and result.stdout == "\x1b]0;title\x07\ra\n"
