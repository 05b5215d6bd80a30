"""Transports (asyncio's ``transports``, ``trsock`` and the socket transport of
``selector_events``).

A *transport* owns one connected socket (``_SelectorTransport`` holds what it shares with the
datagram transport).  It watches the socket through the loop, and tells its
*protocol* (protocols.py) what happens, at the moments asyncio's ``_SelectorSocketTransport``
does, because programs print in that order:

* construction schedules, in this order, ``protocol.connection_made(transport)``, the start of
  reading, and the completion of the caller's ``waiter`` (three callbacks, one iteration);
* each time the socket is readable: ``protocol.data_received(data)`` (for a ``BufferedProtocol``,
  the bytes go into its ``get_buffer()`` and it hears ``buffer_updated(nbytes)``), or at EOF
  ``protocol.eof_received()``, whose true answer keeps our side open (a false one closes);
* ``write()`` sends at once when nothing is buffered; what the kernel cannot take is buffered and
  sent when the socket turns writable.  From 3.12 the buffer holds the caller's objects themselves
  (a memoryview of one after a partial send), not a copy: a bytearray changed before it is sent
  goes out changed, and one partly sent cannot be resized meanwhile (BufferError).  Above the high-water mark (64 KiB) the protocol gets
  ``pause_writing()``, and ``resume_writing()`` once the buffer is down to the low-water mark
  (16 KiB);
* ``close()`` stops reading now and, once the write buffer is flushed, schedules
  ``protocol.connection_lost(None)``; an error (a reset peer) does so at once with the error.

``TransportSocket`` is what ``get_extra_info('socket')`` hands out; the Transport classes exist
for ``isinstance`` checks.

Simplified: no SSL, no ``sendfile``.  The datagram transport is datagrams.py's, pipes are pipes.py's.
"""

import collections
import itertools
import logging
import os
import socket

from ..exceptions import Unsupported
from ..futures import _set_result_unless_cancelled
from ..versions import active
from .protocols import BufferedProtocol

_HIGH_WATER = 64 * 1024   # pause_writing() when more than this is buffered for sending ...
_LOW_WATER = _HIGH_WATER // 4  # ... and resume_writing() once the buffer is down to this
_RECV_SIZE = 256 * 1024   # bytes asked from recv() per readiness event
_WARN_AFTER_LOST_WRITES = 5  # asyncio logs a warning from the 5th write to a dead connection
_WOULD_BLOCK = (BlockingIOError, InterruptedError)
_FAILED = object()  # what a read or a protocol call gives when it failed, or would block
_IOV_MAX = os.sysconf("SC_IOV_MAX")  # how many buffers one sendmsg() takes

# asyncio's transport warnings go to the "asyncio" logger; with no handler set up, logging's
# last-resort handler prints the bare message to stderr, on both loops.
_logger = logging.getLogger("asyncio")


class BaseTransport:
    """``asyncio.BaseTransport`` and its subclasses below, for ``isinstance`` checks."""

    __module__ = "asyncio.transports"


class ReadTransport(BaseTransport):
    __module__ = "asyncio.transports"


class WriteTransport(BaseTransport):
    __module__ = "asyncio.transports"


class Transport(ReadTransport, WriteTransport):
    __module__ = "asyncio.transports"


class SubprocessTransport(BaseTransport):
    """A child process and its pipes (subprocesses.py)."""

    __module__ = "asyncio.transports"


class TransportSocket:
    """What ``get_extra_info('socket')`` and ``Server.sockets`` hand out: a read-mostly view of a
    socket that a transport owns, so the program cannot close it behind the transport's back
    (asyncio's ``trsock.TransportSocket``, without its deprecated pass-through methods)."""

    __module__ = "asyncio.trsock"
    __slots__ = ("_sock",)

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family)
    type = property(lambda self: self._sock.type)
    proto = property(lambda self: self._sock.proto)

    def fileno(self):
        return self._sock.fileno()

    def getsockname(self):
        return self._sock.getsockname()

    def getpeername(self):
        return self._sock.getpeername()

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def shutdown(self, how):
        self._sock.shutdown(how)

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def gettimeout(self):
        return 0

    def settimeout(self, value):
        if value != 0:
            raise ValueError("settimeout(): only 0 timeout is allowed on transport sockets")

    def setblocking(self, flag):
        if flag:
            raise ValueError("setblocking(): transport sockets cannot be blocking")

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def __repr__(self):
        text = (f"<asyncio.TransportSocket fd={self.fileno()}, family={self.family!s}, "
                f"type={self.type!s}, proto={self.proto}")
        if self.fileno() != -1:
            for label, address_of in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    address = address_of()
                except OSError:
                    continue
                if address:
                    text += f", {label}={address}"
        return text + ">"


class _SelectorTransport(Transport):
    """What the socket and datagram transports share (asyncio's ``selector_events._SelectorTransport``): one
    socket watched through the loop, the protocol it reports to, pausing, closing and losing the connection.
    A subclass sets ``_buffer`` (what is written but not yet taken by the kernel) before calling this
    constructor, and says what its buffer holds in ``get_write_buffer_size()``.

    ``server`` is the ``Server`` that accepted the connection (None for a client): it counts its
    open connections for ``wait_closed()``.
    """

    __module__ = "asyncio.selector_events"

    def __init__(self, loop, sock, protocol, *, extra=None, server=None):
        _refuse_a_socket_in_use(loop, sock)
        self._loop = loop
        self._protocol = protocol        # None once connection_lost has been called
        self._sock = sock                # None once the connection is lost
        self._fd = sock.fileno()
        self._server = server
        self._extra = {"socket": TransportSocket(sock), "sockname": _address_or_none(sock.getsockname),
                       "peername": _address_or_none(sock.getpeername), **(extra or {})}
        self._closing = False            # close() or a fatal error happened
        self._conn_lost = 0              # >0 once connection_lost is scheduled; counts lost writes
        self._reading_paused = False     # pause_reading(): the socket is not watched for reading
        self._writing_paused = False     # the write buffer is above the high-water mark
        self._high_water, self._low_water = _HIGH_WATER, _LOW_WATER
        if server is not None:
            server._attach(self)
        loop._register_transport(self._fd, self)

    def __repr__(self):
        # As asyncio's: the state, the descriptor and, until the connection is lost, whether the loop
        # watches it each way ("polling") and what is buffered for sending.
        words = repr_head(self, self._sock is None, self._fd)
        if self._sock is not None and not self._loop.is_closed():
            reading, writing = ("polling" if watched else "idle" for watched in self._loop._watching(self._fd))
            words += [f"read={reading}", f"write=<{writing}, bufsize={self.get_write_buffer_size()}>"]
        return f"<{' '.join(words)}>"

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def _call_protocol(self, method, *args):
        """``protocol.<method>(*args)``; a failure is reported (it is the program's bug), not raised."""
        try:
            getattr(self._protocol, method)(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({"message": f"protocol.{method}() failed",
                                               "exception": exc, "transport": self,
                                               "protocol": self._protocol})

    def _call_connection_lost(self, exc):
        protocol, self._protocol = self._protocol, None  # as asyncio: get_protocol() is None now
        try:
            protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._loop._unregister_transport(self._fd, self)
            if self._server is not None:
                self._server._detach(self)
                self._server = None

    # -- reading

    def _start_reading(self):
        if self.is_reading():
            self._loop._add_reader(self._fd, self._read_ready)

    def is_reading(self):
        return not self._closing and not self._reading_paused

    def pause_reading(self):
        if self.is_reading():
            self._reading_paused = True
            self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or not self._reading_paused:
            return
        self._reading_paused = False
        self._loop._add_reader(self._fd, self._read_ready)

    # -- writing

    def _drop_write_after_loss(self):
        """A write once the connection is lost goes nowhere; asyncio warns from the fifth on."""
        if self._conn_lost >= _WARN_AFTER_LOST_WRITES:
            _logger.warning("socket.send() raised exception.")
        self._conn_lost += 1

    def _maybe_pause_writing(self):
        if self.get_write_buffer_size() > self._high_water and not self._writing_paused:
            self._writing_paused = True
            self._call_protocol("pause_writing")

    def _maybe_resume_writing(self):
        if self._writing_paused and self.get_write_buffer_size() <= self._low_water:
            self._writing_paused = False
            self._call_protocol("resume_writing")

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f"high ({high!r}) must be >= low ({low!r}) must be >= 0")
        self._high_water, self._low_water = high, low
        self._maybe_pause_writing()

    # -- closing

    def is_closing(self):
        return self._closing

    def close(self):
        """Stop reading now; finish sending what is buffered; then close the socket."""
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._remove_writer(self._fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        """Close at once, dropping anything still buffered."""
        self._force_close(None)

    def _fatal_error(self, exc, message):
        # Socket errors (a reset peer...) are ordinary events, reported to the protocol; anything
        # else is a bug worth reporting.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({"message": message, "exception": exc, "transport": self,
                                               "protocol": self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)


class _SelectorSocketTransport(_SelectorTransport):
    """One connected TCP socket, and the protocol it reports to (see the module docstring)."""

    __module__ = "asyncio.selector_events"

    def __init__(self, loop, sock, protocol, *, waiter=None, extra=None, server=None):
        self._buffer = collections.deque()  # what is written but not yet taken by the kernel, oldest first
        self._eof_written = False        # write_eof() was called
        self._write_callback_dropped = False  # close() was called (see writelines)
        super().__init__(loop, sock, protocol, extra=extra, server=server)
        if (sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM
                and sock.proto == socket.IPPROTO_TCP):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # small writes go out at once
        # The same three callbacks, in the same order, as asyncio's transport constructor.
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    # -- reading

    def _read_ready(self):
        if self._conn_lost:
            return
        if isinstance(self._protocol, BufferedProtocol):
            self._read_into_buffer()
            return
        data = self._receive(self._sock.recv, _RECV_SIZE)
        if data is _FAILED:
            return
        if data:
            self._ask_protocol("data_received", data)
        else:
            self._peer_ended()

    def _read_into_buffer(self):
        """For a ``BufferedProtocol``: the kernel writes into the protocol's own buffer (``get_buffer``), and the
        protocol is told how many bytes it wrote (``buffer_updated``)."""
        buffer = self._ask_protocol("get_buffer", -1)
        if buffer is _FAILED:
            return
        nbytes = self._receive(self._sock.recv_into, buffer)
        if nbytes is _FAILED:
            return
        if nbytes:
            self._ask_protocol("buffer_updated", nbytes)
        else:
            self._peer_ended()

    def _receive(self, receive, *args):
        """``receive(*args)`` on the socket; ``_FAILED`` when it would block, or failed (the connection is lost)."""
        try:
            return receive(*args)
        except _WOULD_BLOCK:
            return _FAILED
        except Exception as exc:
            self._fatal_error(exc, "Fatal read error on socket transport")
            return _FAILED

    def _ask_protocol(self, method, *args):
        """``protocol.<method>(*args)``; ``_FAILED`` when it raised, which loses the connection, as in asyncio."""
        try:
            answer = getattr(self._protocol, method)(*args)
            if method == "get_buffer" and not len(answer):  # a buffer the kernel could write nothing into
                raise RuntimeError("get_buffer() returned an empty buffer")
            return answer
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, f"Fatal error: protocol.{method}() call failed.")
            return _FAILED

    def _peer_ended(self):
        """The peer shut its side: reads are over, but a protocol whose ``eof_received()`` says so may still
        write."""
        keep_open = self._ask_protocol("eof_received")
        if keep_open is _FAILED:
            return
        if keep_open:
            self._loop._remove_reader(self._fd)
        else:
            self.close()

    # -- writing

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof_written:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._conn_lost:
            self._drop_write_after_loss()
            return
        if not self._buffer:
            try:
                sent = self._sock.send(data)
            except _WOULD_BLOCK:
                pass
            except Exception as exc:
                self._fatal_error(exc, "Fatal write error on socket transport")
                return
            else:
                data = memoryview(data)[sent:]
                if not data:
                    return
            self._loop._add_writer(self._fd, self._write_ready)
        self._buffer.append(self._kept(data))
        self._maybe_pause_writing()

    @staticmethod
    def _kept(data):
        """What the buffer keeps of ``data``: from 3.12 the object itself (or the view of its unsent part),
        which the program may still change; up to 3.11 a copy.  The version is asked only for data that
        can change (a read-only memoryview may be a view of a bytearray)."""
        if isinstance(data, bytes):
            return data
        return data if active.transport_keeps_written_objects else bytes(data)

    def writelines(self, list_of_data):
        # Up to 3.11 the items are joined and written.  3.12 queues each one as a memoryview (a str item
        # fails there) and tries to send at once; it does not pause the protocol.
        if not active.writelines_takes_memoryviews:
            self.write(b"".join(list_of_data))
            return
        # Unlike write(), it does not check for a lost connection: its items join the buffer whatever the
        # state, and then it calls the write callback, which close() has dropped (3.12 breaks a reference
        # cycle there), and registers that callback with the loop, which connection_lost has let go of.
        # Both fail, with the errors asyncio's missing objects give.
        if self._eof_written:
            raise RuntimeError("Cannot call writelines() after write_eof()")
        if not list_of_data:
            return
        self._buffer.extend([memoryview(data) for data in list_of_data])
        if self._write_callback_dropped:
            raise TypeError("'NoneType' object is not callable")
        self._write_ready()
        if self._buffer:
            if self._sock is None:
                raise AttributeError("'NoneType' object has no attribute '_add_writer'")
            self._loop._add_writer(self._fd, self._write_ready)

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            sent = self._sock.sendmsg(itertools.islice(self._buffer, _IOV_MAX))
        except _WOULD_BLOCK:
            return
        except Exception as exc:
            self._loop._remove_writer(self._fd)
            self._buffer.clear()
            self._fatal_error(exc, "Fatal write error on socket transport")
            return
        self._drop_sent(sent)
        self._maybe_resume_writing()
        if not self._buffer:
            self._loop._remove_writer(self._fd)
            if self._closing:
                self._conn_lost += 1  # later writes are dropped, not sent to a closed socket
                self._call_connection_lost(None)
            elif self._eof_written:
                self._sock.shutdown(socket.SHUT_WR)

    def _drop_sent(self, sent):
        """Take the ``sent`` bytes the kernel took off the front of the buffer (a slice of a partly sent
        item stays: a copy of a bytearray, a view of a memoryview)."""
        while sent:
            item = self._buffer.popleft()
            if len(item) <= sent:
                sent -= len(item)
            else:
                self._buffer.appendleft(item[sent:])
                break

    def get_write_buffer_size(self):
        return sum(map(len, self._buffer))

    def close(self):
        self._write_callback_dropped = True
        super().close()

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)


SocketTransport = _SelectorSocketTransport


def refuse_the_debug_log(loop, api, level=logging.INFO):
    """In debug mode asyncio logs what its I/O does (a server serving, a connection made, a pipe connected, a
    child started, EOF received, an address resolved...) on the "asyncio" logger, at the INFO and DEBUG
    levels, which tinyloop does not model. Only a program that lets the first message ``api`` would log
    (at ``level``) through would see them: then it is refused."""
    if loop.get_debug() and _logger.isEnabledFor(level):
        raise Unsupported(f"{api} in debug mode, with the asyncio logger showing {logging.getLevelName(level)} "
                          "messages (asyncio's debug log of I/O)")


async def made_transport(loop, protocol_factory, make_transport, label=None):
    """``(transport, protocol)`` once the transport has called ``connection_made``: what every entry point
    that wraps a connection (a socket, a pipe) awaits. ``make_transport(protocol, waiter)`` builds the
    transport, which resolves ``waiter`` after ``connection_made``; a failure or a cancellation while
    waiting closes the transport, so nothing is left registered with the loop."""
    refuse_the_debug_log(loop, label or "a transport")
    protocol = protocol_factory()
    waiter = loop.create_future()
    if label is not None:
        waiter._label = label
    transport = make_transport(protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _refuse_a_socket_in_use(loop, sock):
    """From 3.12 a transport is not made over a socket that another transport, not closing, still owns
    (``RuntimeError: File descriptor ... is used by transport ...``); 3.11 made a second one.  The version
    is asked only when there is such a transport."""
    owner = loop._transports.get(sock.fileno())
    if owner is not None and not owner.is_closing() and active.transport_refuses_a_socket_in_use:
        loop._ensure_fd_no_transport(sock)


def _address_or_none(address_of):
    try:
        return address_of()
    except OSError:
        return None


def repr_head(transport, gone, fd):
    """How asyncio's socket and pipe transports start their repr: the class, "closed" once the connection is
    lost (``gone``) or "closing" once close() was called, and the descriptor."""
    state = ["closed"] if gone else ["closing"] if transport._closing else []
    return [type(transport).__name__, *state, f"fd={fd}"]
