"""The answer-key cache's key covers every source that can change an answer, on every loop.

Each test copies the answer-shaping sources of the installed package to a temporary folder, edits
one file of the copy, and checks that the key of the same program on the same loop changes.
"""

import shutil
from pathlib import Path

import pytest

from quizzer.answers.cache import ANSWER_SHAPING_SOURCES, PACKAGE_ROOT, cache_key, source_digest

PROGRAM = "import asyncio\n\nasyncio.run(asyncio.sleep(1))\nprint('done')\n"
LOOPS = ("tiny", "asyncio-ff", "asyncio")


@pytest.fixture
def package_copy(tmp_path) -> Path:
    """The answer-shaping sources and one unrelated module, copied as the package lays them out."""
    for entry in ANSWER_SHAPING_SOURCES:
        source = PACKAGE_ROOT / entry
        if source.is_dir():
            shutil.copytree(source, tmp_path / entry, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (tmp_path / entry).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, tmp_path / entry)
    (tmp_path / "cli").mkdir()
    shutil.copy(PACKAGE_ROOT / "cli" / "show.py", tmp_path / "cli" / "show.py")
    return tmp_path


def keys(root: Path) -> dict:
    digest = source_digest(root)
    return {loop: cache_key(PROGRAM, loop, sources=digest) for loop in LOOPS}


def test_the_copy_has_the_installed_packages_key(package_copy):
    assert keys(package_copy) == {loop: cache_key(PROGRAM, loop) for loop in LOOPS}


@pytest.mark.parametrize("relative", [
    "tinyloop/tasks.py",           # the reference loop
    "tinyloop/virtualtime.py",     # the clock every loop gives the program
    "sandbox/child.py",            # the child side of the sandbox, which runs the program
    "sandbox/fastforward.py",      # the asyncio-ff loop
    "answers/keys.py",             # how a run becomes an answer text
])
def test_editing_an_answer_shaping_file_changes_the_key_on_every_loop(package_copy, relative):
    before = keys(package_copy)
    path = package_copy / relative
    path.write_text(path.read_text() + "\n# edited\n")
    after = keys(package_copy)
    assert all(after[loop] != before[loop] for loop in LOOPS)


def test_a_file_in_a_subfolder_of_the_loop_changes_the_key(package_copy):
    before = keys(package_copy)
    subfolder = package_copy / "tinyloop" / "io"
    subfolder.mkdir(exist_ok=True)
    (subfolder / "transports.py").write_text("BUFFER = 1\n")
    middle = keys(package_copy)
    (subfolder / "transports.py").write_text("BUFFER = 2\n")
    after = keys(package_copy)
    assert before["tiny"] != middle["tiny"] != after["tiny"]


def test_renaming_a_file_changes_the_key(package_copy):
    before = keys(package_copy)
    (package_copy / "tinyloop" / "tasks.py").rename(package_copy / "tinyloop" / "tasks2.py")
    assert keys(package_copy)["tiny"] != before["tiny"]


def test_a_file_that_shapes_no_answer_leaves_the_key_alone(package_copy):
    before = keys(package_copy)
    path = package_copy / "cli" / "show.py"
    path.write_text(path.read_text() + "\n# edited\n")
    assert keys(package_copy) == before


def test_key_names_the_python_release(monkeypatch):
    import quizzer.answers.cache as cache

    before = cache_key(PROGRAM)
    monkeypatch.setattr(cache, "python_version", lambda: "cpython 3.11.999")
    assert cache_key(PROGRAM) != before


def test_a_relative_xdg_cache_home_is_ignored(tmp_path, monkeypatch):
    # XDG: a relative path is invalid and must be ignored (it would name another folder in every directory).
    from quizzer.answers.cache import default_cache_dir

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert default_cache_dir() == tmp_path / ".cache" / "quizzer" / "answer-keys"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "abs"))
    assert default_cache_dir() == tmp_path / "abs" / "quizzer" / "answer-keys"


def test_key_on_the_reference_loop_names_the_version_it_models():
    from quizzer.tinyloop.versions import SUPPORTED, host_version

    keys = {cache_key(PROGRAM, "tiny", python="%d.%d" % version) for version in SUPPORTED}
    assert len(keys) == len(SUPPORTED)
    assert cache_key(PROGRAM, "tiny") == cache_key(PROGRAM, "tiny", python="%d.%d" % host_version())
    # Real asyncio is the interpreter's own: the modelled version has no say there.
    assert cache_key(PROGRAM, "asyncio-ff", python="3.12") == cache_key(PROGRAM, "asyncio-ff", python="3.13")
