"""Helpers for the tinyloop tests: run one program on real asyncio and on tinyloop, compare."""

import os
import subprocess
import sys
import textwrap

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Installs tinyloop as `asyncio` (or not), then runs the program as __main__.
_BOOTSTRAP = """
import sys
if sys.argv[1] == "tiny":
    sys.path.insert(0, {repo!r})
    import quizzer.tinyloop
    quizzer.tinyloop.install()
source = sys.stdin.read()
exec(compile(source, "prog.py", "exec"), {{"__name__": "__main__"}})
"""


def run_program(source, loop):
    """Run ``source`` in a fresh interpreter on ``loop`` ("tiny" or "asyncio")."""
    completed = subprocess.run(
        [sys.executable, "-c", _BOOTSTRAP.format(repo=REPO), loop],
        input=textwrap.dedent(source), capture_output=True, text=True, timeout=60)
    return completed


def assert_same_output(source):
    """The program prints the same stdout and exits with the same status on both loops."""
    real = run_program(source, "asyncio")
    tiny = run_program(source, "tiny")
    assert (tiny.stdout, tiny.returncode) == (real.stdout, real.returncode), (
        f"asyncio stderr:\n{real.stderr}\ntinyloop stderr:\n{tiny.stderr}")
    return tiny


def run_tiny_in_process(source):
    """Run ``source`` on tinyloop inside this process (fast); return what it printed."""
    import contextlib
    import io

    import quizzer.tinyloop as tinyloop

    saved = sys.modules.get("asyncio")
    sys.modules["asyncio"] = tinyloop
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(textwrap.dedent(source), "prog.py", "exec"), {"__name__": "__main__"})
    finally:
        if saved is None:
            del sys.modules["asyncio"]
        else:
            sys.modules["asyncio"] = saved
    return printed.getvalue()
