"""Fixtures for the sandbox's tests: the jail (skipped with the reason where it cannot be built), and a worker
forced out of it (as on a machine without bubblewrap). Helpers are in `jailtools`."""

import pytest

from quizzer.sandbox import jail_status, runner


@pytest.fixture
def jailed():
    status = jail_status()
    if not status.active:
        pytest.skip(f"the jail cannot be built on this machine: {status.missing}")
    return status


@pytest.fixture
def unjailed(monkeypatch):
    """This test's runs go to a worker without the jail, as on a machine without bubblewrap."""
    monkeypatch.setenv("QUIZZER_BWRAP", "")
    worker = runner.Worker()
    notices = []
    worker.notice = notices.append
    monkeypatch.setattr(runner, "server", worker)
    yield notices
    worker.stop()
