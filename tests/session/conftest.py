"""Every session test gets its own progress database and shares one answer-key cache (so predict
keys are computed once per test run), with colour off and no way to touch the real home."""

import os
import sys
from pathlib import Path

import pytest

GOOD_BANK = Path(__file__).parent.parent / "fixtures" / "good"


@pytest.fixture(scope="session")
def key_cache_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch, key_cache_home):
    monkeypatch.setenv("QUIZZER_DB", str(tmp_path / "progress.sqlite"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(key_cache_home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("EDITOR", raising=False)


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "progress.sqlite"


@pytest.fixture
def child_env(tmp_path, key_cache_home):
    """Environment for a `python -m quizzer` child process."""
    env = dict(os.environ, QUIZZER_DB=str(tmp_path / "progress.sqlite"), XDG_CACHE_HOME=str(key_cache_home),
               NO_COLOR="1", PYTHONPATH=str(Path(__file__).parents[2]), TERM="dumb")
    return env


PYTHON = sys.executable
