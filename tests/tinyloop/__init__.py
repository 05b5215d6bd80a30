"""Helpers for the tinyloop tests: run one program on tinyloop and on asyncio, compare.

A program runs as `python FILE` forked from a zygote (tests/differential/realpython.py), one zygote per loop for
the session: `"tiny"` is tinyloop installed as `asyncio` in a plain interpreter (not the sandbox), `"asyncio-ff"`
is real asyncio on a clock that jumps over idle waits. These tests are about what asyncio does, not about the
wall clock, so they compare with asyncio-ff: exact, and no load on the machine can reorder its timers (the
corpus's wall-clock tier checks that asyncio-ff behaves as asyncio on the real clock).
"""

import atexit
import subprocess
import sys
import tempfile
import textwrap
import threading
from pathlib import Path

from differential.realpython import RealPython

RUN_TIMEOUT = 60.0
_zygotes: dict[str, RealPython] = {}
_zygotes_lock = threading.Lock()


def zygote(loop: str) -> RealPython:
    with _zygotes_lock:
        if loop not in _zygotes:
            if not _zygotes:
                atexit.register(_close_zygotes)
            _zygotes[loop] = RealPython(loop)
        return _zygotes[loop]


def _close_zygotes() -> None:
    for running in _zygotes.values():
        running.close()


def run_file(path: Path, loop: str) -> subprocess.CompletedProcess:
    """`python PATH` on `loop` ("tiny", "asyncio-ff" or "asyncio"), in the file's folder."""
    result = zygote(loop).run(path, RUN_TIMEOUT)
    assert not result.timed_out, f"{path.name} on {loop} ran for more than {RUN_TIMEOUT} s:\n{result.stdout}"
    return subprocess.CompletedProcess([sys.executable, str(path)], result.exit_code, result.stdout, result.stderr)


def run_program(source, loop):
    """Run ``source`` as a program file on ``loop`` ("tiny", "asyncio-ff" or "asyncio")."""
    with tempfile.TemporaryDirectory(prefix="quizzer-tinyloop-test-") as folder:
        path = Path(folder) / "prog.py"
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return run_file(path, loop)


def assert_same_output(source, oracle="asyncio-ff"):
    """The program prints the same stdout and exits with the same status on tinyloop and on `oracle` (real
    asyncio on the wall clock, "asyncio", for a program whose behaviour is the wall clock's)."""
    real = run_program(source, oracle)
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
