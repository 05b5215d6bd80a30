"""``asyncio.base_events``: the loop's base class and the server class under their asyncio names, for
programs (and libraries) that reach for them there.  Nothing is defined here: ``loop.py`` is the loop,
``io/servers.py`` the server."""

from .io.servers import Server
from .loop import BaseLoop as BaseEventLoop

__all__ = ("BaseEventLoop", "Server")
