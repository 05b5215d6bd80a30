"""versions.py: choosing the modelled version, and methods that exist only from a release on."""

import sys

import pytest

from quizzer.tinyloop import versions
from quizzer.tinyloop.handles import Handle
from quizzer.tinyloop.queues import Queue
from quizzer.tinyloop.tasks import Task


@pytest.fixture
def modelled():
    """Model a version for one test, then the running interpreter's again."""
    yield versions.model
    versions.model(None)


def test_the_default_is_the_running_interpreter_or_the_nearest_version_modelled():
    running = tuple(sys.version_info[:2])
    expected = running if running in versions.SUPPORTED else versions.SUPPORTED[-1]
    assert versions.host_version() == expected
    assert versions.parse(None) == expected


def test_versions_are_parsed_and_checked(modelled):
    assert modelled("3.12") == (3, 12)
    assert versions.active.wait_for_uses_timeout and not versions.active.queue_shutdown
    assert modelled((3, 13, 0)) == (3, 13)
    assert versions.active.queue_shutdown
    with pytest.raises(ValueError, match=r"tinyloop models Python 3.11, 3.12, 3.13, not 3.10"):
        modelled("3.10")
    with pytest.raises(ValueError, match="not a Python version: '3.x'"):
        modelled("3.x")


def test_every_change_is_named_once_and_came_after_the_oldest_version():
    names = [change.name for change in versions.CHANGES]
    assert len(names) == len(set(names))
    assert all(change.since in versions.SUPPORTED[1:] for change in versions.CHANGES)
    assert all(change.summary for change in versions.CHANGES)


def test_a_later_method_is_missing_before_its_release_as_in_cpython(modelled):
    modelled("3.11")
    assert not hasattr(Handle, "get_context") and not hasattr(Queue(), "shutdown")
    with pytest.raises(AttributeError, match=r"^'Queue' object has no attribute 'shutdown'$"):
        Queue().shutdown()
    with pytest.raises(AttributeError, match=r"^type object '_asyncio.Task' has no attribute 'get_context'$"):
        Task.get_context  # noqa: B018 - looking the name up is what raises
    modelled("3.13")
    queue = Queue()
    queue.shutdown()
    assert repr(queue).endswith("shutdown>")
