"""Streams: asyncio's high-level TCP API -- ``open_connection``, ``start_server``,
``StreamReader``, ``StreamWriter`` (asyncio's ``streams`` module), and the same over Unix sockets,
``open_unix_connection`` and ``start_unix_server``.

Per connection asyncio stacks a transport (transports.py: owns the socket), a protocol and the
reader/writer pair the program sees.  The protocol of streams, ``StreamReaderProtocol``, turns the
transport's calls into ``StreamReader`` calls (``feed_data``, ``feed_eof``), wakes ``drain()``
when the transport resumes writing, and on a server runs ``client_connected_cb(reader, writer)``
when the connection is made.  ``open_connection`` and ``start_server`` are
``loop.create_connection`` / ``loop.create_server`` (servers.py) with that protocol.

What must match asyncio exactly is *when* things happen, because programs print in that order.
The hops (loop iterations) are those of asyncio:

* ``open_connection``: connect (the handshake runs in the background) -> the socket turns writable
  -> the task resumes and builds the transport, which schedules, in this order, "connection made",
  "start reading" and the wake-up of the task -> one iteration later the task returns the pair.
* a server: the listening socket turns readable -> every pending connection is accepted and gets
  a set-up task -> its first step builds the transport ("connection made" and "start reading"
  scheduled) -> "connection made" creates the writer and the handler task -> the handler's first
  step.  With a client in the same program, the handler thus starts in the same iteration as
  ``open_connection`` returns, just before it.
* ``write()`` sends at once when nothing is buffered; ``drain()`` only suspends while the write
  buffer is above the high-water mark (64 KiB), until it falls to the low-water mark (16 KiB).
* the peer's EOF makes reads return ``b''`` but does not close our side; ``close()`` takes effect
  one iteration later (or once the write buffer is flushed), and ``wait_closed()`` one after that.

Classes carry asyncio's module and class names, so that ``print(type(writer))`` reads the same on
both loops.  Simplified: ``open_connection``/``start_server`` accept only the common keyword
arguments (see servers.py for what else is left out).
"""

import socket
import warnings

from .. import events
from ..exceptions import IncompleteReadError, LimitOverrunError, Unsupported
from ..tasks import iscoroutine, sleep
from ..versions import active
from .protocols import Protocol
from .servers import connect_protocol, serve_protocol

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB: StreamReader's line-length limit; it pauses reading at twice that


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, family=0, sock=None,
                          **options):
    """Connect to ``host:port`` over TCP; return ``(StreamReader, StreamWriter)``."""
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await connect_protocol("open_connection", lambda: protocol, host, port, family,
                                          sock, options)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None, backlog=100,
                       reuse_address=None, reuse_port=None, start_serving=True, **options):
    """Listen on ``host:port``; run ``client_connected_cb(reader, writer)`` for each connection
    (as a new task when it is a coroutine function).  Return the ``Server``.

    ``host`` ``None`` or ``''`` means all interfaces, a list means each of its hosts."""
    loop = events.get_running_loop()

    def factory():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await serve_protocol("start_server", factory, host, port, family=family, flags=flags,
                                sock=sock, backlog=backlog, reuse_address=reuse_address,
                                reuse_port=reuse_port, start_serving=start_serving, options=options)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwargs):
    """Connect to the Unix socket at ``path``; return ``(StreamReader, StreamWriter)`` (see unixsockets.py)."""
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_unix_connection(lambda: protocol, path, **kwargs)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwargs):
    """Listen on the Unix socket at ``path``; run ``client_connected_cb(reader, writer)`` for each connection,
    as ``start_server`` does.  Return the ``Server``."""
    loop = events.get_running_loop()

    def factory():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await loop.create_unix_server(factory, path, **kwargs)


class FlowControlMixin(Protocol):
    """What a ``StreamWriter`` needs of its protocol: ``drain()``
    waits while the transport has paused writing, and fails once the connection is lost;
    ``wait_closed()`` awaits ``_closed``.  Stream connections (below) and subprocesses'
    stdin (subprocesses.py) share it; a program may use it as the protocol of a write pipe
    (``connect_write_pipe(asyncio.streams.FlowControlMixin, pipe)``) under a ``StreamWriter``."""

    __module__ = "asyncio.streams"
    __slots__ = ("_loop", "_paused", "_drain_waiters", "_connection_lost", "_closed")

    def __init__(self, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._paused = False             # the transport paused writing: drain() waits
        self._drain_waiters = []
        self._connection_lost = False    # connection_lost has run (not just been scheduled)
        self._closed = self._loop.create_future()  # what StreamWriter.wait_closed() awaits
        self._closed._label = "StreamWriter.wait_closed()"

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def _close_waiter(self):
        """What ``StreamWriter.wait_closed()`` awaits: the protocols of streams and of a child's stdin
        have one; asyncio's bare ``FlowControlMixin`` does not."""
        raise NotImplementedError

    def _lose_connection(self, exc):
        """The connection is gone: ``wait_closed()`` returns (or raises ``exc``), and so does a waiting ``drain()``."""
        if exc is None:
            self._closed.set_result(None)
        else:
            self._closed.set_exception(exc)
            self._closed.exception()  # nobody may ever await wait_closed(): do not log it as lost
        FlowControlMixin.connection_lost(self, exc)

    def connection_lost(self, exc):
        """A waiting ``drain()`` returns (or raises ``exc``), and later ones fail; safe to call twice."""
        self._connection_lost = True
        if self._paused:
            for waiter in self._drain_waiters:
                if not waiter.done():
                    if exc is None:
                        waiter.set_result(None)
                    else:
                        waiter.set_exception(exc)

    async def _drain_helper(self):
        """drain()'s wait: return at once unless the transport paused writing."""
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if not self._paused:
            return
        waiter = self._loop.create_future()
        waiter._label = "StreamWriter.drain()"
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)


class StreamReaderProtocol(FlowControlMixin, Protocol):
    """The protocol of a stream connection: feeds the ``StreamReader``, wakes ``drain()``, and
    on a server starts ``client_connected_cb`` (asyncio's ``StreamReaderProtocol`` with its
    ``FlowControlMixin``).  A program may make one for a ``StreamReader`` of its own, to read a pipe
    (``connect_read_pipe(lambda: StreamReaderProtocol(reader), pipe)``)."""

    __module__ = "asyncio.streams"
    __slots__ = ("_reader", "_client_connected_cb", "_transport", "_writer")

    def __init__(self, reader, client_connected_cb=None, loop=None):
        super().__init__(loop)
        self._reader = reader            # None once the connection is lost
        self._client_connected_cb = client_connected_cb  # a server's; None for a client
        self._transport = None
        self._writer = None              # a server connection's StreamWriter, until the connection is lost (to 3.12)

    def connection_made(self, transport):
        self._transport = transport
        self._reader.set_transport(transport)
        if self._client_connected_cb is None:
            return
        writer = StreamWriter(transport, self, self._reader, self._loop)
        # Up to 3.12 the protocol keeps the writer as long as the connection lives; 3.13 does not, so a
        # handler that returns without closing it drops the last reference and the writer's __del__
        # closes the connection.
        if not active.server_writer_not_kept:
            self._writer = writer
        result = self._client_connected_cb(self._reader, writer)
        if iscoroutine(result):
            self._loop.create_task(result).add_done_callback(self._handler_done)

    def _handler_done(self, task):
        # A handler cancelled (typically at the end of asyncio.run()): 3.13 closes the connection;
        # up to 3.12, exception() raises CancelledError here and the loop reports it as an error
        # in this callback.  The versions differ only then: only then is the version asked.
        if task.cancelled() and active.client_connected_cb_cancelled_closes:
            self._transport.close()
            return
        exc = task.exception()
        if exc is not None:
            self._loop.call_exception_handler({
                "message": "Unhandled exception in client_connected_cb",
                "exception": exc,
                "transport": self._transport,
            })
            self._transport.close()

    def _close_waiter(self):
        return self._closed

    def data_received(self, data):
        self._reader.feed_data(data)

    def eof_received(self):
        self._reader.feed_eof()
        return True  # reads are over, but we may still write: keep our side open

    def connection_lost(self, exc):
        if exc is None:
            self._reader.feed_eof()
        else:
            self._reader.set_exception(exc)
        self._lose_connection(exc)
        self._reader = None
        self._writer = None


class StreamWriter:
    """The writing half the program sees: ``write()`` never blocks, ``await drain()`` applies
    backpressure, ``close()`` + ``await wait_closed()`` ends the connection.

    A writer that is garbage-collected while its connection is open closes it, as in asyncio:
    a client coroutine that returns without ``close()`` ends its connection there and then (a
    server-side writer lives as long as its connection up to 3.12: its protocol holds it; from
    3.13 it goes when the handler lets go of it).
    """

    __module__ = "asyncio.streams"

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        reader = "" if self._reader is None else f" reader={self._reader!r}"  # a subprocess's stdin has none
        return f"<StreamWriter transport={self._transport!r}{reader}>"

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._close_waiter()

    async def start_tls(self, *args, **kwargs):
        raise Unsupported("StreamWriter.start_tls")

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    def __del__(self):
        if not self._transport.is_closing():
            if self._loop.is_closed():
                warnings.warn("loop is closed", ResourceWarning, stacklevel=1)
            else:
                self.close()
                warnings.warn(f"unclosed {self!r}", ResourceWarning, stacklevel=1)

    async def drain(self):
        """Wait until the write buffer is small enough; raise if the connection failed."""
        exc = self._reader.exception() if self._reader is not None else None  # a subprocess's stdin has no reader
        if exc is not None:
            raise exc
        if self._transport.is_closing():
            # Let a scheduled connection-lost run first, so that a write()/drain() loop on a dead
            # connection sees the error instead of spinning forever.
            await sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """The reading half: a byte buffer fed by the transport, read by coroutines.

    Reading methods suspend on a single waiter future until ``feed_data`` / ``feed_eof`` (or an
    error) wakes them; two coroutines reading at once is an error, as in asyncio.  When more than
    twice ``limit`` bytes pile up unread, the transport stops reading from the socket until the
    buffer drains back to ``limit``.
    """

    __module__ = "asyncio.streams"

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = events._get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None       # the future a read is parked on
        self._exception = None
        self._transport = None
        self._paused = False      # we asked the transport to stop reading

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append(f"{len(self._buffer)} bytes")
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append(f"limit={self._limit}")
        if self._waiter:
            info.append(f"waiter={self._waiter!r}")
        if self._exception:
            info.append(f"exception={self._exception!r}")
        if self._transport:
            info.append(f"transport={self._transport!r}")
        if self._paused:
            info.append("paused")
        return f"<{' '.join(info)}>"

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            waiter.set_exception(exc)

    def set_transport(self, transport):
        assert self._transport is None, "Transport already set"
        self._transport = transport

    def _wake_up_waiter(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.cancelled():
            waiter.set_result(None)

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wake_up_waiter()

    def at_eof(self):
        """True once EOF was fed and everything before it has been read."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, "feed_data after feed_eof"
        if not data:
            return
        self._buffer.extend(data)
        self._wake_up_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            self._transport.pause_reading()
            self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f"{func_name}() called while another coroutine is "
                               f"already waiting for incoming data")
        assert not self._eof, "_wait_for_data after EOF"
        # Waiting while paused would wait forever (think readexactly(n) with n > limit).
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        self._waiter._label = f"StreamReader.{func_name}()"
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """Read up to and including ``b'\\n'``; at EOF return what is left (maybe ``b''``).
        A line longer than the limit raises ValueError (the line is dropped)."""
        try:
            return await self.readuntil(b"\n")
        except IncompleteReadError as exc:
            return exc.partial
        except LimitOverrunError as exc:
            if self._buffer.startswith(b"\n", exc.consumed):
                del self._buffer[:exc.consumed + 1]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(exc.args[0])  # noqa: B904 - chained implicitly, as asyncio does

    async def readuntil(self, separator=b"\n"):
        """Read up to and including ``separator``.  EOF first raises IncompleteReadError (the
        buffer is consumed); more than ``limit`` bytes before it raises LimitOverrunError (the
        data stays in the buffer).

        3.13 also takes a tuple of separators and stops at the shortest match (the earliest end);
        before, a tuple went to ``bytearray.find`` as one separator, which refuses it."""
        if isinstance(separator, tuple) and active.readuntil_several_separators:  # the version asked for tuples only
            separators = sorted(separator, key=len)  # the shortest first: it wins a tie
            if not separators:
                raise ValueError("Separator should contain at least one element")
        else:
            separators = [separator]
        shortest, longest = len(separators[0]), len(separators[-1])
        if shortest == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        # Bytes before `offset` are known not to start a separator: no need to search them again.
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= shortest:
                found, end = _earliest_match(self._buffer, separators, offset)
                if end is not None:
                    break
                offset = max(0, buflen + 1 - longest)
                if offset > self._limit:
                    raise LimitOverrunError("Separator is not found, and chunk exceed the limit", offset)
            # Checked after the search: the last chunk before EOF may complete the separator.
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if found > self._limit:
            raise LimitOverrunError("Separator is found, but chunk is longer than limit", found)
        chunk = bytes(self._buffer[:end])
        del self._buffer[:end]
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        """``read()`` / ``read(-1)``: everything until EOF.  ``read(n)``: at most ``n`` bytes, as
        soon as at least one is available; ``b''`` at EOF."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            # Read limit-sized blocks rather than waiting for EOF with everything buffered: a
            # paused transport would never deliver the EOF.
            blocks = []
            while block := await self.read(self._limit):
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        """Read exactly ``n`` bytes; EOF first raises IncompleteReadError with the partial bytes."""
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(partial, n)
            await self._wait_for_data("readexactly")
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b"":
            raise StopAsyncIteration
        return line


def _earliest_match(buffer, separators, offset):
    """``(start, end)`` of the separator match that ends first in ``buffer`` from ``offset`` on (the
    shortest separator on a tie, the list being sorted by length), or ``(None, None)``."""
    start = end = None
    for separator in separators:
        found = buffer.find(separator, offset)
        if found != -1 and (end is None or found + len(separator) < end):
            start, end = found, found + len(separator)
    return start, end
