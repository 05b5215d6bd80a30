"""Finding a real interpreter per Python version: the running one, then python3.X on PATH, then pyenv's."""

import os
import sys

import pytest

from quizzer.sandbox import interpreters


@pytest.fixture
def fake_python(tmp_path):
    """Write an executable that answers the probe like a CPython of `release`, or fails like a dead shim."""

    def write(path, release=None):
        path.parent.mkdir(parents=True, exist_ok=True)
        if release is None:
            body = "echo 'pyenv: python3.X: command not found' >&2; exit 127"
        else:
            body = f"echo cpython {release.replace('.', ' ')}"
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
        return str(path)

    interpreters.probe.cache_clear()
    yield write
    interpreters.probe.cache_clear()


def other_minor():
    return (3, 12) if sys.version_info[:2] != (3, 12) else (3, 13)


def test_the_running_interpreter_is_found_for_its_own_version():
    found = interpreters.find("%d.%d" % sys.version_info[:2])
    assert found == interpreters.Interpreter(sys.executable, tuple(sys.version_info[:3]))


def test_a_failing_shim_on_path_is_passed_over_for_pyenvs_install(tmp_path, fake_python, monkeypatch):
    major, minor = other_minor()
    shims, root = tmp_path / "shims", tmp_path / "pyenv"
    fake_python(shims / f"python{major}.{minor}")
    fake_python(root / "versions" / f"{major}.{minor}.2" / "bin" / f"python{major}.{minor}", f"{major}.{minor}.2")
    newest = fake_python(root / "versions" / f"{major}.{minor}.10" / "bin" / f"python{major}.{minor}",
                         f"{major}.{minor}.10")
    monkeypatch.setenv("PATH", str(shims))
    monkeypatch.setenv("PYENV_ROOT", str(root))
    assert interpreters.find(f"{major}.{minor}") == interpreters.Interpreter(newest, (major, minor, 10))


def test_an_interpreter_of_another_version_does_not_count(tmp_path, fake_python, monkeypatch):
    major, minor = other_minor()
    liar = fake_python(tmp_path / "bin" / f"python{major}.{minor}", "3.9.1")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "no-pyenv"))
    assert interpreters.find(f"{major}.{minor}", explicit=(liar,)) is None


def test_an_explicit_interpreter_comes_first(tmp_path, fake_python, monkeypatch):
    major, minor = other_minor()
    given = fake_python(tmp_path / "mine" / "python", f"{major}.{minor}.7")
    fake_python(tmp_path / "bin" / f"python{major}.{minor}", f"{major}.{minor}.99")
    monkeypatch.setenv("PATH", str(tmp_path / "bin") + os.pathsep + os.environ.get("PATH", ""))
    assert interpreters.find((major, minor), explicit=(given,)).executable == given


def test_a_version_must_look_like_one():
    with pytest.raises(ValueError, match="not a Python version"):
        interpreters.find("3.x")


def test_real_asyncio_of_another_installed_version_runs_in_the_sandbox():
    # Whatever this machine has besides the running Python: real asyncio of that version, in the jail.
    others = [interpreters.find(version) for version in ("3.11", "3.12", "3.13")
              if version != "%d.%d" % sys.version_info[:2]]
    others = [other for other in others if other is not None]
    if not others:
        pytest.skip("no other Python version on this machine")
    from quizzer.sandbox import run_code

    program = "import asyncio, sys\nasync def main():\n    print(sys.version_info[:2])\nasyncio.run(main())\n"
    for other in others:
        for loop in ("asyncio", "asyncio-ff"):
            result = run_code(program, loop=loop, interpreter=other.executable, timeout=30)
            assert (result.outcome, result.stdout) == ("ok", f"{other.version[:2]}\n"), result.stderr
