"""Streams: asyncio's high-level TCP API -- ``open_connection``, ``start_server``, ``StreamReader``,
``StreamWriter`` and ``Server``.

Models ``asyncio.streams`` together with the machinery underneath it in CPython 3.11:
``base_events.create_connection`` / ``create_server`` / ``Server``, ``selector_events``'
``_SelectorSocketTransport`` and ``streams.StreamReaderProtocol`` / ``FlowControlMixin``.

asyncio stacks three objects per connection: a *transport* (owns the socket, talks to the
selector), a *protocol* (turns transport events into ``StreamReader`` calls and wakes ``drain()``)
and the reader/writer pair the program sees.  Here one class, ``SocketTransport`` (named
``_SelectorSocketTransport`` as in asyncio), is transport and protocol at once.  With
``loop.create_server`` / ``loop.create_connection`` it calls a program's ``Protocol`` instead, at
the moments asyncio's transport would; the Transport classes exist for ``isinstance`` checks.
Classes carry asyncio's module and class names, so that ``print(type(writer))`` reads the same on
both loops.

What must match asyncio exactly is *when* things happen, because programs print in that order.
The hops (loop iterations) are those of asyncio:

* ``open_connection``: connect (the handshake runs in the background) -> the socket turns writable
  -> the task resumes and builds the transport, which schedules, in this order, "connection made",
  "start reading" and the wake-up of the task -> one iteration later the task returns the pair.
* a server: the listening socket turns readable -> every pending connection is accepted and gets
  a set-up task -> its first step builds the transport ("connection made" and "start reading"
  scheduled) -> "connection made" creates the writer and the handler task -> the handler's first
  step.
  With a client in the same program, the handler thus starts in the same iteration as
  ``open_connection`` returns, just before it.
* ``write()`` sends at once when nothing is buffered; ``drain()`` only suspends while the write
  buffer is above the high-water mark (64 KiB), until it falls to the low-water mark (16 KiB).
* the peer's EOF makes reads return ``b''`` but does not close our side; ``close()`` takes effect
  one iteration later (or once the write buffer is flushed), and ``wait_closed()`` one after that.

Simplifications: TCP over IPv4/IPv6 only -- no SSL, no Unix sockets, no ``start_tls``, no
``sendfile``; host names are resolved with a blocking ``getaddrinfo()`` (asyncio uses a worker
thread, whose timing is not deterministic anyway); ``open_connection``/``start_server`` accept only
the common keyword arguments.
"""

import collections
import collections.abc
import logging
import socket
import warnings

from .. import events
from ..exceptions import CancelledError, IncompleteReadError, LimitOverrunError, Unsupported
from ..futures import _set_result_unless_cancelled
from ..gathering import gather
from ..tasks import iscoroutine, sleep
from .transports import READ, WRITE, TransportSocket

__all__ = ("StreamReader", "StreamWriter", "Server", "SocketTransport", "BaseProtocol", "Protocol",
           "AbstractServer", "BaseTransport", "ReadTransport", "WriteTransport", "Transport",
           "create_connection", "create_server", "open_connection",
           "start_server", "IncompleteReadError", "LimitOverrunError")

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB: StreamReader's line-length limit; it pauses reading at twice that
_HIGH_WATER = 64 * 1024   # drain() blocks while more than this is buffered for sending ...
_LOW_WATER = _HIGH_WATER // 4  # ... and wakes up once the buffer is down to this
_RECV_SIZE = 256 * 1024   # bytes asked from recv() per readiness event
_WARN_AFTER_LOST_WRITES = 5  # asyncio logs a warning from the 5th write to a dead connection
_WOULD_BLOCK = (BlockingIOError, InterruptedError)

# asyncio's stream warnings and error reports go to the "asyncio" logger; with no handler set up,
# logging's last-resort handler prints the bare message to stderr, on both loops.
_logger = logging.getLogger("asyncio")


async def _connected_socket(loop, api, host, port, family, sock, options):
    """The non-blocking connected socket both client entry points start from: a new connection to
    ``host:port``, or the caller's ``sock`` (checked as asyncio checks it)."""
    if "ssl" in options and not options["ssl"]:
        del options["ssl"]  # ssl=False: plain TCP, as ssl=None
    _refuse_options(api, options, _CONNECTION_OPTIONS, "create_connection")
    if sock is None:
        if host is None and port is None:
            raise ValueError("host and port was not specified and no sock specified")
        sock = await _connect(loop, host, port, family)
    elif host is not None or port is not None:
        raise ValueError("host/port and sock can not be specified at the same time")
    elif sock.type != socket.SOCK_STREAM:
        raise ValueError(f"A Stream Socket was expected, got {sock!r}")
    sock.setblocking(False)
    return sock


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, family=0, sock=None,
                          **options):
    """Connect to ``host:port`` over TCP; return ``(StreamReader, StreamWriter)``."""
    loop = events.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    sock = await _connected_socket(loop, "open_connection", host, port, family, sock, options)
    waiter = loop.create_future()
    waiter._label = "open_connection()"
    transport = SocketTransport(loop, sock, reader, waiter=waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return reader, StreamWriter(transport, reader, loop)


async def create_connection(protocol_factory, host=None, port=None, *, family=0, sock=None,
                            **options):
    """``loop.create_connection()``: connect, then hand the transport to ``protocol_factory()``;
    return ``(transport, protocol)``."""
    loop = events.get_running_loop()
    sock = await _connected_socket(loop, "create_connection", host, port, family, sock, options)
    protocol = protocol_factory()
    waiter = loop.create_future()
    waiter._label = "create_connection()"
    transport = SocketTransport(loop, sock, None, waiter=waiter, protocol=protocol)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _connect(loop, host, port, family):
    """Try every address ``host`` resolves to, in order; return the first connected socket."""
    addresses = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)
    if not addresses:
        raise OSError("getaddrinfo() returned empty list")
    errors = []
    for af, kind, proto, _, address in addresses:
        sock = socket.socket(af, kind, proto)
        try:
            sock.setblocking(False)
            await loop.sock_connect(sock, address)
        except OSError as exc:
            sock.close()
            errors.append(exc)
        except BaseException:
            sock.close()
            raise
        else:
            return sock
    # Like asyncio: one failure (or several worded alike) is raised as it is, else they are combined.
    if len(errors) == 1 or all(str(exc) == str(errors[0]) for exc in errors):
        raise errors[0]
    raise OSError(f"Multiple exceptions: {', '.join(str(exc) for exc in errors)}")


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT,
                       family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None, backlog=100,
                       reuse_address=None, reuse_port=None, start_serving=True, **options):
    """Listen on ``host:port``; run ``client_connected_cb(reader, writer)`` for each connection
    (as a new task when it is a coroutine function).  Return the ``Server``.

    ``host`` ``None`` or ``''`` means all interfaces, a list means each of its hosts."""
    return await _create_server("start_server", client_connected_cb, None, host, port, limit=limit,
                                family=family, flags=flags, sock=sock, backlog=backlog,
                                reuse_address=reuse_address, reuse_port=reuse_port,
                                start_serving=start_serving, options=options)


async def create_server(protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                        flags=socket.AI_PASSIVE, sock=None, backlog=100, reuse_address=None,
                        reuse_port=None, start_serving=True, **options):
    """``loop.create_server()``: like ``start_server`` but each connection gets
    ``protocol_factory()``, a Protocol whose methods the transport calls."""
    return await _create_server("create_server", None, protocol_factory, host, port,
                                limit=_DEFAULT_LIMIT, family=family, flags=flags, sock=sock,
                                backlog=backlog, reuse_address=reuse_address, reuse_port=reuse_port,
                                start_serving=start_serving, options=options)


async def _create_server(api, client_connected_cb, protocol_factory, host, port, *, limit, family,
                         flags, sock, backlog, reuse_address, reuse_port, start_serving, options):
    if isinstance(options.get("ssl"), bool):
        raise TypeError("ssl argument must be an SSLContext or None")
    _refuse_options(api, options, _SERVER_OPTIONS, "create_server")
    loop = events.get_running_loop()
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError("host/port and sock can not be specified at the same time")
        if host == "":
            hosts = [None]
        elif isinstance(host, str) or not isinstance(host, collections.abc.Iterable):
            hosts = [host]
        else:
            hosts = host
        # As asyncio: one resolving task per host, gathered.  That costs the program a Task-N
        # number per host and three loop iterations, even for IP literals.
        found = await gather(*(_resolve_to_listen(one_host, port, family, flags) for one_host in hosts))
        addresses = []
        for infos in found:
            addresses.extend(info for info in infos if info not in addresses)
        sockets = _bind_listeners(addresses, reuse_address, reuse_port)
    else:
        if sock is None:
            raise ValueError("Neither host/port nor sock were specified")
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f"A Stream Socket was expected, got {sock!r}")
        sockets = [sock]
    for listener in sockets:
        listener.setblocking(False)
    server = Server(loop, sockets, client_connected_cb, limit, backlog, protocol_factory)
    if start_serving:
        server._start_serving()
        await sleep(0)  # as asyncio: one iteration for the accept watchers to settle in
    return server


async def _resolve_to_listen(host, port, family, flags):
    infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, 0, flags)
    if not infos:
        raise OSError(f"getaddrinfo({host!r}) returned empty list")
    return infos


def _bind_listeners(addresses, reuse_address, reuse_port):
    """One bound socket per resolved address."""
    if reuse_address is None:
        reuse_address = True  # asyncio's default on POSIX: restart a server without waiting
    sockets = []
    try:
        for af, kind, proto, _, address in addresses:
            listener = socket.socket(af, kind, proto)
            sockets.append(listener)
            if reuse_address:
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
            if reuse_port:
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, True)
            if af == socket.AF_INET6:
                # One socket per family, as asyncio: no IPv4-mapped addresses on the IPv6 one.
                listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
            try:
                listener.bind(address)
            except OSError as err:
                raise OSError(err.errno, f"error while attempting to bind on address {address!r}: "
                                         f"{err.strerror.lower()}") from None
    except BaseException:
        for listener in sockets:
            listener.close()
        raise
    return sockets


# Keyword arguments asyncio accepts that tinyloop does not model (TLS, Happy Eyeballs, ...).
_CONNECTION_OPTIONS = frozenset({"ssl", "proto", "flags", "local_addr", "server_hostname",
                                 "ssl_handshake_timeout", "ssl_shutdown_timeout",
                                 "happy_eyeballs_delay", "interleave"})
_SERVER_OPTIONS = frozenset({"ssl", "ssl_handshake_timeout", "ssl_shutdown_timeout"})


def _refuse_options(api, options, modelled_by_asyncio, loop_method):
    """Passing None is harmless; a real value is Unsupported; an unknown name a TypeError
    (worded as asyncio's, which comes from the loop method ``api`` passes its options to)."""
    for name, value in options.items():
        if name not in modelled_by_asyncio:
            raise TypeError(f"BaseEventLoop.{loop_method}() got an unexpected keyword argument {name!r}")
        if value is not None:
            raise Unsupported(f"asyncio.{api}({name}=...)")


class BaseProtocol:
    """``asyncio.BaseProtocol``: what a transport calls.  The default methods do nothing."""

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


class AbstractServer:
    """``asyncio.AbstractServer``, for ``isinstance`` checks."""

    __module__ = "asyncio.events"


class BaseTransport:
    """``asyncio.BaseTransport`` and its subclasses below, for ``isinstance`` checks."""

    __module__ = "asyncio.transports"


class ReadTransport(BaseTransport):
    __module__ = "asyncio.transports"


class WriteTransport(BaseTransport):
    __module__ = "asyncio.transports"


class Transport(ReadTransport, WriteTransport):
    __module__ = "asyncio.transports"


class Server(AbstractServer):
    """The listening side: what ``start_server`` returns (asyncio's ``base_events.Server``).

    Note 3.11's ``wait_closed()``: it returns at once once ``close()`` has been called, without
    waiting for open connections (3.12 changed that); before ``close()`` it waits for both.
    """

    __module__ = "asyncio.base_events"

    def __init__(self, loop, sockets, client_connected_cb, limit, backlog, protocol_factory=None):
        self._loop = loop
        self._sockets = sockets          # None once closed
        self._client_connected_cb = client_connected_cb
        self._protocol_factory = protocol_factory  # create_server(); None for start_server()
        self._limit = limit
        self._backlog = backlog
        self._active_count = 0           # connections whose transport is not yet gone
        self._waiters = []               # wait_closed() futures; None once woken
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f"<Server sockets={self.sockets!r}>"

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(TransportSocket(listener) for listener in self._sockets)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for listener in self._sockets:
            listener.listen(self._backlog)
            self._loop._start_watching(listener.fileno(), READ, self._accept_connections, listener)

    def _accept_connections(self, listener):
        # Called once per iteration in which the listening socket is readable; several clients
        # may be queued, so accept until the queue is empty (at most backlog at a time).
        for _ in range(self._backlog):
            try:
                conn, address = listener.accept()
                conn.setblocking(False)
            except (*_WOULD_BLOCK, ConnectionAbortedError):
                return
            # As asyncio, each connection is set up by a task of its own: programs see it in
            # all_tasks() and in the Task-N numbers their own tasks get.
            self._loop.create_task(self._set_up_connection(conn, address))

    async def _set_up_connection(self, conn, address):
        if self._sockets is None:  # closed in the meantime
            conn.close()
            return
        if self._protocol_factory is not None:
            reader, protocol = None, self._protocol_factory()
        else:
            reader, protocol = StreamReader(limit=self._limit, loop=self._loop), None
        waiter = self._loop.create_future()
        waiter._label = "connection set-up"
        transport = SocketTransport(self._loop, conn, reader, waiter=waiter, peername=address,
                                    server=self, client_connected_cb=self._client_connected_cb,
                                    protocol=protocol)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            transport.close()
            raise
        except BaseException:
            # Cancelled before the handler got the connection (asyncio.run() ending): asyncio
            # drops the connection without a word.
            transport.close()

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wake_up_waiters()

    def _wake_up_waiters(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def close(self):
        """Stop listening (open connections stay open)."""
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for listener in sockets:
            self._loop._stop_watching(listener.fileno(), READ)
            listener.close()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wake_up_waiters()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._sockets is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        self._serving_forever_fut._label = "Server.serve_forever()"
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return  # 3.11: already closed means "do not wait"
        waiter = self._loop.create_future()
        waiter._label = "Server.wait_closed()"
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


class _SelectorSocketTransport(Transport):
    """One connected TCP socket: feeds what arrives to a ``StreamReader``, buffers what the kernel
    cannot take yet, and tells ``drain()`` and ``wait_closed()`` when to wake up.

    It plays both asyncio's ``_SelectorSocketTransport`` and its ``StreamReaderProtocol``; it is
    what ``StreamWriter.transport`` returns.  Given a ``protocol`` (``loop.create_server`` /
    ``create_connection``) it calls that protocol's methods instead, at the same moments.
    """

    __module__ = "asyncio.selector_events"

    def __init__(self, loop, sock, reader, *, waiter=None, peername=None, server=None,
                 client_connected_cb=None, protocol=None):
        self._loop = loop
        self._protocol = protocol        # a program's Protocol; None: the stream machinery below
        self._sock = sock                # None once the connection is lost
        self._fd = sock.fileno()
        self._reader = reader            # None once the connection is lost
        self._writer = None              # a server connection's StreamWriter, until the connection is lost
        self._server = server
        self._client_connected_cb = client_connected_cb
        self._extra = {"socket": TransportSocket(sock), "sockname": _address_or_none(sock.getsockname),
                       "peername": peername or _address_or_none(sock.getpeername)}
        self._buffer = bytearray()       # bytes written but not yet taken by the kernel
        self._closing = False            # close() or a fatal error happened
        self._conn_lost = 0              # >0 once connection_lost is scheduled; counts lost writes
        self._eof_written = False        # write_eof() was called
        self._reading_paused = False     # the reader's buffer is full: stop watching the socket
        self._writing_paused = False     # the write buffer is above the high-water mark
        self._high_water, self._low_water = _HIGH_WATER, _LOW_WATER
        self._drain_waiters = collections.deque()
        self._connection_lost = False    # connection-lost has run (not just been scheduled)
        self._closed = loop.create_future()  # what StreamWriter.wait_closed() awaits
        self._closed._label = "StreamWriter.wait_closed()"
        if server is not None:
            server._attach()
        loop._register_transport(self._fd, self)
        if (sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM
                and sock.proto == socket.IPPROTO_TCP):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # small writes go out at once
        # The same three callbacks, in the same order, as asyncio's transport constructor.
        loop.call_soon(self._connection_made)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        state = "closed" if self._sock is None else "closing" if self._closing else "open"
        return f"<_SelectorSocketTransport fd={self._fd} {state} bufsize={len(self._buffer)}>"

    # -- what StreamReaderProtocol does: connection made / lost

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def _connection_made(self):
        if self._protocol is not None:
            self._protocol.connection_made(self)
            return
        self._reader.set_transport(self)
        if self._client_connected_cb is None:
            return
        writer = self._writer = StreamWriter(self, self._reader, self._loop)
        result = self._client_connected_cb(self._reader, writer)
        if iscoroutine(result):
            self._loop.create_task(result).add_done_callback(self._handler_done)

    def _handler_done(self, task):
        # Faithful to 3.11: exception() raises CancelledError for a cancelled handler (typically
        # at the end of asyncio.run()), and the loop reports that as an error in this callback.
        exc = task.exception()
        if exc is not None:
            self._loop.call_exception_handler({
                "message": "Unhandled exception in client_connected_cb",
                "exception": exc,
                "transport": self,
            })
            self.close()

    def _call_connection_lost(self, exc):
        if self._protocol is not None:
            protocol, self._protocol = self._protocol, None  # as asyncio: get_protocol() is None now
            try:
                protocol.connection_lost(exc)
            finally:
                self._release_socket()
            return
        if exc is None:
            self._reader.feed_eof()
            self._closed.set_result(None)
        else:
            self._reader.set_exception(exc)
            self._closed.set_exception(exc)
            self._closed.exception()  # nobody may ever await wait_closed(): do not log it as lost
        self._connection_lost = True
        if self._writing_paused:
            for waiter in self._drain_waiters:
                if not waiter.done():
                    if exc is None:
                        waiter.set_result(None)
                    else:
                        waiter.set_exception(exc)
        self._reader = None
        self._writer = None
        self._release_socket()

    def _release_socket(self):
        self._sock.close()
        self._sock = None
        self._loop._unregister_transport(self._fd, self)
        if self._server is not None:
            self._server._detach()
            self._server = None

    # -- reading

    def _start_reading(self):
        if self.is_reading():
            self._loop._start_watching(self._fd, READ, self._read_ready)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(_RECV_SIZE)
        except _WOULD_BLOCK:
            return
        except Exception as exc:
            self._fatal_error(exc, "Fatal read error on socket transport")
            return
        if self._protocol is not None:
            self._protocol_read(data)
            return
        if data:
            self._reader.feed_data(data)
            return
        # The peer shut its side: reads now end, but we may still write, so stay open.
        self._reader.feed_eof()
        self._loop._stop_watching(self._fd, READ)

    def _protocol_read(self, data):
        """A program's protocol: ``data_received``, or at EOF ``eof_received``, whose true answer
        keeps our side open (a false one closes the transport)."""
        method = "data_received" if data else "eof_received"
        try:
            keep_open = self._protocol.data_received(data) if data else self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, f"Fatal error: protocol.{method}() call failed.")
            return
        if data:
            return
        if keep_open:
            self._loop._stop_watching(self._fd, READ)
        else:
            self.close()

    def is_reading(self):
        return not self._closing and not self._reading_paused

    def pause_reading(self):
        if self.is_reading():
            self._reading_paused = True
            self._loop._stop_watching(self._fd, READ)

    def resume_reading(self):
        if self._closing or not self._reading_paused:
            return
        self._reading_paused = False
        self._loop._start_watching(self._fd, READ, self._read_ready)

    # -- writing

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof_written:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data:
            return
        if self._conn_lost:
            if self._conn_lost >= _WARN_AFTER_LOST_WRITES:
                _logger.warning("socket.send() raised exception.")
            self._conn_lost += 1
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
                data = data[sent:]
                if not data:
                    return
            self._loop._start_watching(self._fd, WRITE, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_writing()

    def _maybe_pause_writing(self):
        if len(self._buffer) > self._high_water and not self._writing_paused:
            self._writing_paused = True
            if self._protocol is not None:
                self._call_protocol("pause_writing")

    def _call_protocol(self, method):
        try:
            getattr(self._protocol, method)()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({"message": f"protocol.{method}() failed",
                                               "exception": exc, "transport": self,
                                               "protocol": self._protocol})

    def writelines(self, list_of_data):
        self.write(b"".join(list_of_data))

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            sent = self._sock.send(self._buffer)
        except _WOULD_BLOCK:
            return
        except Exception as exc:
            self._loop._stop_watching(self._fd, WRITE)
            self._buffer.clear()
            self._fatal_error(exc, "Fatal write error on socket transport")
            return
        del self._buffer[:sent]
        if self._writing_paused and len(self._buffer) <= self._low_water:
            self._writing_paused = False
            if self._protocol is not None:
                self._call_protocol("resume_writing")
            for waiter in self._drain_waiters:
                if not waiter.done():
                    waiter.set_result(None)
        if not self._buffer:
            self._loop._stop_watching(self._fd, WRITE)
            if self._closing:
                self._conn_lost += 1  # later writes are dropped, not sent to a closed socket
                self._call_connection_lost(None)
            elif self._eof_written:
                self._sock.shutdown(socket.SHUT_WR)

    async def _wait_for_room(self):
        """drain()'s wait: return at once unless the write buffer is above the high-water mark."""
        if self._connection_lost:
            raise ConnectionResetError("Connection lost")
        if not self._writing_paused:
            return
        waiter = self._loop.create_future()
        waiter._label = "StreamWriter.drain()"
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def get_write_buffer_size(self):
        return len(self._buffer)

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

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    # -- closing

    def is_closing(self):
        return self._closing

    def close(self):
        """Stop reading now; finish sending what is buffered; then close the socket."""
        if self._closing:
            return
        self._closing = True
        self._loop._stop_watching(self._fd, READ)
        if not self._buffer:
            self._conn_lost += 1
            self._loop._stop_watching(self._fd, WRITE)
            self._loop.call_soon(self._call_connection_lost, None)

    def abort(self):
        """Close at once, dropping anything still buffered."""
        self._force_close(None)

    def _fatal_error(self, exc, message):
        # Socket errors (a reset peer...) are ordinary events, reported to the reader and drain();
        # anything else is a bug worth reporting.
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({"message": message, "exception": exc, "transport": self})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop._stop_watching(self._fd, WRITE)
        if not self._closing:
            self._closing = True
            self._loop._stop_watching(self._fd, READ)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


SocketTransport = _SelectorSocketTransport


def _address_or_none(address_of):
    try:
        return address_of()
    except OSError:
        return None


class StreamWriter:
    """The writing half the program sees: ``write()`` never blocks, ``await drain()`` applies
    backpressure, ``close()`` + ``await wait_closed()`` ends the connection.

    A writer that is garbage-collected while its connection is open closes it, as in asyncio:
    a client coroutine that returns without ``close()`` ends its connection there and then (a
    server-side writer lives as long as its connection: the transport holds it).
    """

    __module__ = "asyncio.streams"

    def __init__(self, transport, reader, loop):
        self._transport = transport
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        return f"<StreamWriter transport={self._transport!r} reader={self._reader!r}>"

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
        await self._transport._closed

    async def start_tls(self, *args, **kwargs):
        raise Unsupported("StreamWriter.start_tls")

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    def __del__(self):
        if not self._transport.is_closing():
            if self._loop.is_closed():
                warnings.warn("loop is closed", ResourceWarning)
            else:
                self.close()
                warnings.warn(f"unclosed {self!r}", ResourceWarning)

    async def drain(self):
        """Wait until the write buffer is small enough; raise if the connection failed."""
        exc = self._reader.exception()
        if exc is not None:
            raise exc
        if self._transport.is_closing():
            # Let a scheduled connection-lost run first, so that a write()/drain() loop on a dead
            # connection sees the error instead of spinning forever.
            await sleep(0)
        await self._transport._wait_for_room()


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
            raise ValueError(exc.args[0])

    async def readuntil(self, separator=b"\n"):
        """Read up to and including ``separator``.  EOF first raises IncompleteReadError (the
        buffer is consumed); more than ``limit`` bytes before it raises LimitOverrunError (the
        data stays in the buffer)."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        # Bytes before `offset` are known not to start the separator: no need to search them again.
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                found = self._buffer.find(separator, offset)
                if found != -1:
                    break
                offset = buflen + 1 - seplen
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
        chunk = bytes(self._buffer[:found + seplen])
        del self._buffer[:found + seplen]
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
