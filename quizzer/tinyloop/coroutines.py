"""``asyncio.coroutines``: how asyncio tells coroutines and coroutine functions (the functions live in
tasks.py; this module exists under asyncio's name for the code that reaches for it there).

``unittest.mock.AsyncMock`` marks itself with ``asyncio.coroutines._is_coroutine`` so that
``asyncio.iscoroutinefunction`` says True for it.  Simplified: no debug-mode coroutine wrappers.
"""

from .tasks import _is_coroutine as _is_coroutine  # private in asyncio too, but AsyncMock reads it here
from .tasks import iscoroutine, iscoroutinefunction

__all__ = ("iscoroutinefunction", "iscoroutine")
