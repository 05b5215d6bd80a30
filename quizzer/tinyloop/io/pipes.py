"""Pipe transports (the ``_UnixReadPipeTransport`` and ``_UnixWritePipeTransport`` of asyncio's
``unix_events``) and ``loop.connect_read_pipe`` / ``connect_write_pipe``: what carries a
subprocess's stdin, stdout and stderr (subprocesses.py).

A pipe transport is a socket transport (transports.py) cut in half, and calls its protocol at the
moments asyncio's does:

* construction schedules ``protocol.connection_made(transport)``, the start of watching the pipe,
  and the caller's ``waiter`` (three callbacks, one iteration);
* a read pipe: each time it is readable, ``protocol.data_received(data)``; at EOF, in the next
  iteration ``protocol.eof_received()`` and then ``protocol.connection_lost(None)``;
* a write pipe sends at once when nothing is buffered and buffers the rest (``pause_writing()``
  above 64 KiB, ``resume_writing()`` at 16 KiB, as sockets); it also watches its pipe for
  *reading*, which on a pipe's write end means "the reader has gone": the transport closes then,
  with ``BrokenPipeError`` if data was still buffered.  ``close()`` is ``write_eof()``: the pipe
  closes once the buffer is flushed.

Simplified: pipes only.  asyncio also takes sockets and character devices, which are Unsupported here
(a regular file is a ValueError on both loops); no debug logging.
"""

import os
import stat

from ..exceptions import Unsupported
from ..futures import _set_result_unless_cancelled
from .transports import (
    _HIGH_WATER,
    _LOW_WATER,
    _WARN_AFTER_LOST_WRITES,
    _WOULD_BLOCK,
    ReadTransport,
    WriteTransport,
    _logger,
    made_transport,
    repr_head,
)

_READ_SIZE = 256 * 1024  # bytes asked from read() per readiness event


class _PipeTransport:
    """What both ends have in common: the pipe, its protocol, the three callbacks of construction, and
    the end (``connection_lost``, then the pipe is closed)."""

    def __init__(self, loop, pipe, protocol, waiter):
        mode = os.fstat(pipe.fileno()).st_mode
        if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
            raise ValueError(self._not_a_pipe)  # a regular file, say: asyncio refuses it too
        if not stat.S_ISFIFO(mode):
            raise Unsupported(f"loop.{self._connect}() over a socket or a character device")
        self._loop = loop
        self._pipe = pipe                # None once the connection is lost
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        os.set_blocking(self._fileno, False)
        loop.call_soon(protocol.connection_made, self)
        # A read end is watched for data; a write end turns "readable" when its reader has gone.
        loop.call_soon(loop._add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        # As asyncio's: the state and the descriptor, then "closed", or "open" on a closed loop, or whether
        # the loop watches the pipe in the transport's direction ("polling" or "idle", and for a write
        # end what is buffered).
        words = repr_head(self, self._pipe is None, self._fileno)
        if self._pipe is None:
            words.append("closed")
        elif self._loop.is_closed():
            words.append("open")
        else:
            watched = self._loop._watching(self._fileno)[self._direction]
            words += ["polling" if watched else "idle", *self._buffer_words()]
        return f"<{' '.join(words)}>"

    def _buffer_words(self):
        return []

    def get_extra_info(self, name, default=None):
        return self._pipe if name == "pipe" else default

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None


class _UnixReadPipeTransport(_PipeTransport, ReadTransport):
    """The read end of a pipe, reporting to ``protocol``."""

    __module__ = "asyncio.unix_events"
    _direction = 0  # the watch its repr reports: reading
    _connect = "connect_read_pipe"
    _not_a_pipe = "Pipe transport is for pipes/sockets only."  # each end words it its own way

    def __init__(self, loop, pipe, protocol, waiter=None):
        self._paused = False             # pause_reading(): the pipe is not watched
        super().__init__(loop, pipe, protocol, waiter)  # _closing: EOF seen, or close() called


    def _read_ready(self):
        try:
            data = os.read(self._fileno, _READ_SIZE)
        except _WOULD_BLOCK:
            return
        except OSError as exc:
            self._close(exc)
            return
        if data:
            self._protocol.data_received(data)
            return
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def is_reading(self):
        return not self._closing and not self._paused

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop._remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop._add_reader(self._fileno, self._read_ready)

    def close(self):
        if not self._closing:
            self._close(None)

    def _close(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


class _UnixWritePipeTransport(_PipeTransport, WriteTransport):
    """The write end of a pipe, reporting to ``protocol``."""

    __module__ = "asyncio.unix_events"
    _direction = 1  # the watch its repr reports: writing
    _connect = "connect_write_pipe"
    _not_a_pipe = "Pipe transport is only for pipes, sockets and character devices"

    def __init__(self, loop, pipe, protocol, waiter=None):
        self._buffer = bytearray()       # bytes written but not yet taken by the kernel
        self._conn_lost = 0              # >0 once the pipe failed; counts the writes dropped since
        self._writing_paused = False     # the buffer is above the high-water mark
        super().__init__(loop, pipe, protocol, waiter)  # _closing: close() / write_eof(), or the reader went away

    def _buffer_words(self):
        return [f"bufsize={len(self._buffer)}"]

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        self._close(BrokenPipeError() if self._buffer else None)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if not data:
            return
        if self._loop._instrument is not None and not (self._conn_lost or self._closing):
            self._loop._instrument.pipe_written(self._loop, self, len(data))
        if self._conn_lost or self._closing:
            if self._conn_lost >= _WARN_AFTER_LOST_WRITES:
                _logger.warning("pipe closed by peer or os.write(pipe, data) raised exception.")
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                written = os.write(self._fileno, data)
            except _WOULD_BLOCK:
                written = 0
            except OSError as exc:
                self._conn_lost += 1
                self._close(exc)
                return
            data = data[written:]
            if not data:
                return
            self._loop._add_writer(self._fileno, self._write_ready)
        self._buffer.extend(data)
        if len(self._buffer) > _HIGH_WATER and not self._writing_paused:
            self._writing_paused = True
            self._protocol.pause_writing()

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def _write_ready(self):
        try:
            written = os.write(self._fileno, self._buffer)
        except _WOULD_BLOCK:
            return
        except OSError as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop._remove_writer(self._fileno)
            self._close(exc)
            return
        del self._buffer[:written]
        if self._writing_paused and len(self._buffer) <= _LOW_WATER:
            self._writing_paused = False
            self._protocol.resume_writing()
        if not self._buffer:
            self._loop._remove_writer(self._fileno)
            if self._closing:
                self._loop._remove_reader(self._fileno)
                self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop._remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _close(self, exc):
        self._closing = True
        if self._buffer:
            self._loop._remove_writer(self._fileno)
        self._buffer.clear()
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


async def connect_read_pipe(loop, protocol_factory, pipe):
    """``loop.connect_read_pipe``: ``(transport, protocol)`` once ``connection_made`` has run."""
    return await _connect(loop, _UnixReadPipeTransport, protocol_factory, pipe)


async def connect_write_pipe(loop, protocol_factory, pipe):
    """``loop.connect_write_pipe``: ``(transport, protocol)`` once ``connection_made`` has run."""
    return await _connect(loop, _UnixWritePipeTransport, protocol_factory, pipe)


async def _connect(loop, transport_class, protocol_factory, pipe):
    return await made_transport(loop, protocol_factory,
                                lambda protocol, waiter: transport_class(loop, pipe, protocol, waiter),
                                label=f"{transport_class._connect}()")
