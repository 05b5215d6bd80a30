"""Protocols (asyncio's ``protocols`` module): the objects a transport calls when something
happens on its connection.

A transport (transports.py) owns a socket and calls its protocol at set moments:
``connection_made(transport)`` once, then ``data_received(data)`` for each chunk read,
``eof_received()`` when the peer shut its side (a true answer keeps our side open),
``pause_writing()`` / ``resume_writing()`` around a full write buffer, and ``connection_lost(exc)``
once at the end.  A program's own protocols subclass ``Protocol`` (``loop.create_server`` and
``loop.create_connection``); streams use ``StreamReaderProtocol`` (streams.py).  A child process's
transport (subprocesses.py) calls a ``SubprocessProtocol`` instead.

Simplified: no ``BufferedProtocol`` or ``DatagramProtocol``.
"""


class BaseProtocol:
    """``asyncio.BaseProtocol``: what every transport calls.  The default methods do nothing."""

    __module__ = "asyncio.protocols"
    __slots__ = ()

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """``asyncio.Protocol``: a stream protocol (``data_received``, ``eof_received``)."""

    __module__ = "asyncio.protocols"
    __slots__ = ()

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    """``asyncio.BufferedProtocol``: a stream protocol that hands the transport its own buffer
    (``get_buffer(sizehint)``) for the bytes read, is told how many arrived (``buffer_updated(nbytes)``),
    and hears ``eof_received()``."""

    __module__ = "asyncio.protocols"
    __slots__ = ()

    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    """``asyncio.DatagramProtocol``: what a UDP endpoint's transport calls (``loop.create_datagram_endpoint``):
    ``datagram_received(data, addr)`` for each datagram, ``error_received(exc)`` when the kernel reports
    an error for an earlier one (a datagram to a closed port), and the connection methods."""

    __module__ = "asyncio.protocols"
    __slots__ = ()

    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    """``asyncio.SubprocessProtocol``: what a child process's transport calls (``loop.subprocess_exec``):
    ``pipe_data_received(fd, data)`` for output on fd 1 or 2, ``pipe_connection_lost(fd, exc)`` when one
    of its pipes closes, ``process_exited()`` when the child has ended; ``connection_lost`` comes last."""

    __module__ = "asyncio.protocols"
    __slots__ = ()

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass
