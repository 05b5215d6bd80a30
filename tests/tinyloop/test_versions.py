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


def test_the_changes_asked_about_are_remembered_until_the_next_model(modelled):
    modelled("3.11")
    assert versions.active.consulted == set() and versions.consulted_mask() == 0
    assert not versions.active.queue_shutdown and not versions.active.eager_tasks
    assert versions.active.consulted == {"queue_shutdown", "eager_tasks"}
    assert versions.consulted_mask() == (1 << [c.name for c in versions.CHANGES].index("queue_shutdown")
                                         | 1 << [c.name for c in versions.CHANGES].index("eager_tasks"))
    assert not hasattr(Queue(), "shutdown")  # a method of a later release asks too
    assert "queue_shutdown" in versions.active.consulted
    modelled("3.12")
    assert versions.active.consulted == set()


def test_versions_agreeing_on_the_changes_asked_about():
    def mask(*names):
        return sum(1 << [c.name for c in versions.CHANGES].index(name) for name in names)

    assert versions.agreeing((3, 11), 0) == ((3, 11), (3, 12), (3, 13))
    assert versions.agreeing((3, 11), mask("queue_shutdown")) == ((3, 11), (3, 12))
    assert versions.agreeing((3, 13), mask("queue_shutdown")) == ((3, 13),)
    assert versions.agreeing((3, 12), mask("eager_tasks")) == ((3, 12), (3, 13))
    assert versions.agreeing((3, 12), mask("eager_tasks", "queue_shutdown")) == ((3, 12),)


def test_reading_the_version_itself_or_a_mask_not_made_here_agrees_with_no_other(modelled):
    modelled("3.12")
    assert versions.active.version == (3, 12)
    assert versions.agreeing((3, 12), versions.consulted_mask()) == ((3, 12),)
    for forged in (-1, 1 << 80, 1.5, None, "0"):
        assert versions.agreeing((3, 11), forged) == ((3, 11),)


def test_an_ordinary_sleep_and_an_unnamed_task_ask_nothing(modelled):
    from quizzer import tinyloop

    async def main():
        await tinyloop.sleep(0.5)
        await tinyloop.create_task(tinyloop.sleep(1))
        await tinyloop.create_task(tinyloop.sleep(1), name="named")

    modelled("3.11")
    tinyloop.run(main())
    assert versions.active.consulted == {"named_tasks_take_no_number"}
