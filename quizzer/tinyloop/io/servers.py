"""Connections and servers: ``loop.create_connection()``, ``loop.create_server()`` and the
``Server`` they return (asyncio's ``base_events``).

Both end in a transport (transports.py) reporting to a protocol that a *protocol factory* makes:
a program's own ``Protocol`` class, or ``StreamReaderProtocol`` for the streams of streams.py,
which build on these two functions.

* a connection: resolve and connect (the handshake runs in the background while the task
  waits for the socket to turn writable), make the protocol, make the transport, and wait one
  iteration for its ``connection_made``;
* a server: bind and listen on every address the host resolves to; each time a listening socket
  turns readable, every pending connection is accepted and set up by a task of its own (as in
  asyncio: programs see those tasks in ``all_tasks()`` and in the ``Task-N`` numbers they take),
  whose first step makes the protocol and the transport.

What changed between versions (see versions.py): 3.12's ``Server.wait_closed()`` waits for the last
connection to go even when the server is already closed (3.11 returned at once); 3.12 added
``create_connection(all_errors=True)``; 3.13 added ``Server.close_clients()`` / ``abort_clients()`` and
``create_server(keep_alive=True)``, and words a failed bind with the OSError's ``str()``.

Simplifications: no SSL, no ``start_tls`` (Unix sockets are unixsockets.py's, on top of these); host names
are resolved with a blocking ``getaddrinfo()`` (asyncio uses a worker thread, whose timing is not
deterministic anyway).
"""

import collections.abc
import socket

from .. import events
from ..exceptions import CancelledError, Unsupported
from ..gathering import gather
from ..tasks import sleep
from ..versions import active, since
from .transports import _WOULD_BLOCK, SocketTransport, TransportSocket, made_transport, refuse_the_debug_log


class AbstractServer:
    """``asyncio.AbstractServer``, for ``isinstance`` checks."""

    __module__ = "asyncio.events"


async def create_connection(protocol_factory, host=None, port=None, *, family=0, sock=None,
                            **options):
    """``loop.create_connection()``: connect, then hand the transport to ``protocol_factory()``;
    return ``(transport, protocol)``."""
    return await connect_protocol("create_connection", protocol_factory, host, port, family, sock, options)


async def connect_protocol(api, protocol_factory, host, port, family, sock, options):
    """What ``create_connection`` and ``open_connection`` (``api``) do: connect, make the protocol
    and its transport, and wait for the transport's ``connection_made``."""
    loop = events.get_running_loop()
    sock = await _connected_socket(loop, api, host, port, family, sock, options)
    return await made_transport(loop, protocol_factory,
                                lambda protocol, waiter: SocketTransport(loop, sock, protocol, waiter=waiter),
                                label=f"{api}()")


async def _connected_socket(loop, api, host, port, family, sock, options):
    """The non-blocking connected socket both client entry points start from: a new connection to
    ``host:port``, or the caller's ``sock`` (checked as asyncio checks it)."""
    if "ssl" in options and not options["ssl"]:
        del options["ssl"]  # ssl=False: plain TCP, as ssl=None
    # Without the option, no version differs: the version is asked only when it is given (see versions.Active).
    all_errors = "all_errors" in options and active.create_connection_all_errors and options.pop("all_errors")
    _refuse_options(api, options, _CONNECTION_OPTIONS, "create_connection")
    if sock is None:
        if host is None and port is None:
            raise ValueError("host and port was not specified and no sock specified")
        sock = await _connect(loop, host, port, family, all_errors)
    elif host is not None or port is not None:
        raise ValueError("host/port and sock can not be specified at the same time")
    elif sock.type != socket.SOCK_STREAM:
        raise ValueError(f"A Stream Socket was expected, got {sock!r}")
    sock.setblocking(False)
    return sock


async def _connect(loop, host, port, family, all_errors):
    """Try every address ``host`` resolves to, in order; return the first connected socket.  When
    all fail, ``all_errors`` (3.12) raises every failure together, in an ExceptionGroup."""
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
    if all_errors:
        raise ExceptionGroup("create_connection failed", errors)
    # Like asyncio: one failure (or several worded alike) is raised as it is, else they are combined.
    if len(errors) == 1 or all(str(exc) == str(errors[0]) for exc in errors):
        raise errors[0]
    raise OSError(f"Multiple exceptions: {', '.join(str(exc) for exc in errors)}")


async def connect_accepted_socket(loop, protocol_factory, sock, *, ssl=None, ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None):
    """``loop.connect_accepted_socket()``: a connection the program accepted itself (``sock``), wrapped in a
    transport for ``protocol_factory()`` as a server's own connections are; ``(transport, protocol)``."""
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f"A Stream Socket was expected, got {sock!r}")
    refuse_ssl("connect_accepted_socket", ssl, ssl_handshake_timeout=ssl_handshake_timeout,
               ssl_shutdown_timeout=ssl_shutdown_timeout)
    sock.setblocking(False)
    return await made_transport(loop, protocol_factory,
                                lambda protocol, waiter: SocketTransport(loop, sock, protocol, waiter=waiter),
                                label="connect_accepted_socket()")


async def create_server(protocol_factory, host=None, port=None, *, family=socket.AF_UNSPEC,
                        flags=socket.AI_PASSIVE, sock=None, backlog=100, reuse_address=None,
                        reuse_port=None, start_serving=True, **options):
    """``loop.create_server()``: listen on ``host:port``; each connection gets
    ``protocol_factory()``, a Protocol whose methods the transport calls.  Return the ``Server``.

    ``host`` ``None`` or ``''`` means all interfaces, a list means each of its hosts."""
    return await serve_protocol("create_server", protocol_factory, host, port, family=family,
                                flags=flags, sock=sock, backlog=backlog, reuse_address=reuse_address,
                                reuse_port=reuse_port, start_serving=start_serving, options=options)


async def serve_protocol(api, protocol_factory, host, port, *, family, flags, sock, backlog,
                         reuse_address, reuse_port, start_serving, options):
    """What ``create_server`` and ``start_server`` (``api``) do."""
    if isinstance(options.get("ssl"), bool):
        raise TypeError("ssl argument must be an SSLContext or None")
    # Without the option, no version differs: the version is asked only when it is given (see versions.Active).
    keep_alive = "keep_alive" in options and active.create_server_keep_alive and options.pop("keep_alive")
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
        sockets = _bind_listeners(addresses, reuse_address, reuse_port, keep_alive)
    else:
        if sock is None:
            raise ValueError("Neither host/port nor sock were specified")
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f"A Stream Socket was expected, got {sock!r}")
        sockets = [sock]
    for listener in sockets:
        listener.setblocking(False)
    server = Server(loop, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)  # as asyncio: one iteration for the accept watchers to settle in
    return server


async def _resolve_to_listen(host, port, family, flags):
    infos = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, 0, flags)
    if not infos:
        raise OSError(f"getaddrinfo({host!r}) returned empty list")
    return infos


def _bind_listeners(addresses, reuse_address, reuse_port, keep_alive):
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
            if keep_alive:
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
            if af == socket.AF_INET6:
                # One socket per family, as asyncio: no IPv4-mapped addresses on the IPv6 one.
                listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
            try:
                listener.bind(address)
            except OSError as err:
                # 3.13 words it with str(err): "[errno 98] address already in use".
                reason = str(err) if active.bind_error_names_errno else err.strerror
                raise OSError(err.errno, f"error while attempting to bind on address {address!r}: "
                                         f"{reason.lower()}") from None
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


def refuse_ssl(api, ssl, **ssl_only):
    """TLS is outside tinyloop's subset: a true ``ssl`` is Unsupported; without it, an option only TLS uses
    (``ssl_only``, None when not given) is a ValueError, worded as asyncio's."""
    if ssl:
        raise Unsupported(f"asyncio.{api}(ssl=...)")
    for name, value in ssl_only.items():
        if value is not None:
            raise ValueError(f"{name} is only meaningful with ssl")


def _refuse_options(api, options, modelled_by_asyncio, loop_method):
    """Passing None is harmless; a real value is Unsupported; an unknown name a TypeError
    (worded as asyncio's, which comes from the loop method ``api`` passes its options to)."""
    for name, value in options.items():
        if name not in modelled_by_asyncio:
            raise TypeError(f"BaseEventLoop.{loop_method}() got an unexpected keyword argument {name!r}")
        if value is not None:
            raise Unsupported(f"asyncio.{api}({name}=...)")


class Server(AbstractServer):
    """The listening side: what ``create_server`` and ``start_server`` return (asyncio's
    ``base_events.Server``).

    ``wait_closed()`` waits until the server is closed and its last connection is gone; but in
    3.11 it returned at once once ``close()`` had been called, connections or not.
    """

    __module__ = "asyncio.base_events"

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets          # None once closed
        self._protocol_factory = protocol_factory  # makes each connection's protocol
        self._backlog = backlog
        self._clients = {}               # transports of the connections not yet gone, in accept order
        self._waiters = []               # wait_closed() futures; None once woken
        self._serving = False
        self._serving_forever_fut = None
        self._at_close = []              # what close() does once the listeners are closed (unixsockets.py)

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
        try:
            refuse_the_debug_log(self._loop, "a server")  # asyncio's logs "<Server ...> is serving" here
        except Unsupported:
            self.close()  # its listening sockets with it
            raise
        self._serving = True
        for listener in self._sockets:
            listener.listen(self._backlog)
            self._loop._add_reader(listener.fileno(), self._accept_connections, listener)

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
        protocol = self._protocol_factory()
        waiter = self._loop.create_future()
        waiter._label = "connection set-up"
        transport = SocketTransport(self._loop, conn, protocol, waiter=waiter,
                                    extra={"peername": address}, server=self)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            transport.close()
            raise
        except BaseException:
            # Cancelled before the handler got the connection (asyncio.run() ending): asyncio
            # drops the connection without a word.
            transport.close()

    def _attach(self, transport):
        self._clients[transport] = None

    def _detach(self, transport):
        self._clients.pop(transport, None)
        if not self._clients and self._sockets is None:
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
            self._loop._remove_reader(listener.fileno())
            listener.close()
        for action in self._at_close:
            action()
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if not self._clients:
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

    @since("server_close_clients")
    def close_clients(self):
        """Close every open connection (3.13)."""
        for transport in list(self._clients):
            transport.close()

    @since("server_close_clients")
    def abort_clients(self):
        """Abort every open connection, dropping what is buffered (3.13)."""
        for transport in list(self._clients):
            transport.abort()

    async def wait_closed(self):
        if self._waiters is None:
            return  # woken already: closed, and the last connection gone
        if self._sockets is None and not active.server_wait_closed_waits_for_connections:
            return  # 3.11: already closed means "do not wait", connections or not
        waiter = self._loop.create_future()
        waiter._label = "Server.wait_closed()"
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()
