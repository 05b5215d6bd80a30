import pytest

from quizzer.tinyloop import trace


@pytest.fixture
def tracing():
    """Loops made during the test record their events (``trace.events()``)."""
    trace.enable()
    try:
        yield
    finally:
        trace.disable()
