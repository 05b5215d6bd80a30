"""Low-level socket coroutines (``loop.sock_recv`` & co.) and ``EventLoop``, the loop class programs get.

Models the ``sock_*`` methods of asyncio's ``selector_events.BaseSelectorEventLoop`` (CPython 3.11).
Every one of them follows the same recipe, which is the heart of a readiness-based event loop:

1. Try the system call at once on the non-blocking socket.  If the kernel can do it now, the
   coroutine returns without suspending: it costs no loop iteration at all.
2. Only when the kernel answers "would block" (``BlockingIOError``) register a reader or writer
   callback for the file descriptor and park the coroutine on a future.
3. Each time the selector reports the descriptor ready, retry the call.  "Would block" again just
   means "keep waiting": readiness can be spurious.
4. When the future is done -- result, error or cancellation -- a done callback removes the watcher.
   Done callbacks run one iteration later, so a watcher can still fire for a future that was just
   cancelled; the retry checks ``fut.done()`` first.

As in asyncio, the socket must be non-blocking only in debug mode.  Otherwise the first try is a
plain call on a blocking socket: it returns if the kernel can serve it now (data already there, a
loopback connect, a pending connection), else it freezes the whole program -- as under asyncio.
And like asyncio's selector, ``remove_reader(sock)`` finds a socket closed while watched (its
``fileno()`` is -1 by then) among the objects the watched descriptors were registered with.

Where this simplifies asyncio:

* No SSL sockets, no ``sock_sendfile``.
* Host names given to ``sock_connect`` are resolved with a blocking ``getaddrinfo()`` (asyncio
  uses a worker thread, whose timing is not deterministic anyway); ``loop.getaddrinfo()`` itself
  does use one, as asyncio's.
"""

import functools
import logging
import selectors
import socket

from ..loop import _fileobj_to_fd, name_methods_as_asyncio
from ..signals import SignalLoop
from ..threads import ExecutorLoop
from . import datagrams, pipes, servers, subprocesses, unixsockets
from .transports import _WOULD_BLOCK, _logger, refuse_the_debug_log

# The two directions a descriptor is watched in.
READ = "read"
WRITE = "write"


def _check_non_blocking(loop, sock):
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError("the socket must be non-blocking")


def _complete(fut, operation):
    """Watcher callback: retry ``operation`` and settle ``fut`` with its outcome, unless it would block."""
    if fut.done():  # cancelled; the done callback will remove this watcher next iteration
        return
    try:
        result = operation()
    except _WOULD_BLOCK:
        return
    except Exception as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(result)


def _accept_non_blocking(sock):
    conn, address = sock.accept()
    conn.setblocking(False)
    return conn, address


class EventLoop(SignalLoop, ExecutorLoop):
    """The core loop (with its executors, threads.py, and signal handlers, signals.py) plus socket I/O: what
    ``new_event_loop()`` returns.

    Besides the ``sock_*`` coroutines it keeps two small registries:

    * ``_transports``: descriptor -> the transport (transports.py) that owns it.  Like asyncio,
      ``add_reader`` & co. and the ``sock_*`` calls refuse such a descriptor, because two owners of
      one fd would steal each other's readiness events.
    * ``_sock_waiters``: (descriptor, READ|WRITE) -> the future of the ``sock_*`` call whose watcher
      sits there.  If something else replaced that watcher meanwhile, the call's clean-up must not
      remove the newcomer (asyncio checks its handle for the same reason).
    """

    def __init__(self, selector=None):
        super().__init__()
        # Made with the loop, as asyncio's are: in a fresh process the selector and the self-pipe take
        # descriptors 3-5, so the sockets a program prints show the numbers they show under asyncio.
        self._selector = selectors.DefaultSelector() if selector is None else selector
        # asyncio logs this for every loop it makes: a program that sets logging to DEBUG prints it.
        _logger.debug("Using selector: %s", type(self._selector).__name__)
        self._make_self_pipe()
        self._transports = {}
        self._sock_waiters = {}
        self._fileobjs = {}  # watched descriptor -> the object the program registered it with

    # -- fd watchers: the public methods are guarded; the _private ones are for tinyloop's own use

    def add_reader(self, fd, callback, *args):
        self._watch_for_program(fd, READ, callback, args)

    def remove_reader(self, fd):
        return self._unwatch_for_program(fd, READ)

    def add_writer(self, fd, callback, *args):
        self._watch_for_program(fd, WRITE, callback, args)

    def remove_writer(self, fd):
        return self._unwatch_for_program(fd, WRITE)

    def _watch_for_program(self, fileobj, direction, callback, args):
        self._ensure_fd_no_transport(fileobj)
        fd = self._registered_fd(fileobj)
        newly_watched = fd not in self._fd_watchers
        self._sock_waiters.pop((fd, direction), None)
        self._start_watching(fd, direction, callback, *args)
        if newly_watched:
            self._fileobjs[fd] = fileobj

    def _unwatch_for_program(self, fileobj, direction):
        self._ensure_fd_no_transport(fileobj)
        if self.is_closed():
            return False
        fd = self._registered_fd(fileobj)
        self._sock_waiters.pop((fd, direction), None)
        removed = super().remove_reader(fd) if direction == READ else super().remove_writer(fd)
        self._forget_unwatched(fd)
        return removed

    def _registered_fd(self, fileobj):
        """The descriptor of ``fileobj``.  A socket closed while watched has ``fileno()`` -1: like
        asyncio's selector, find it among the objects the watched descriptors were registered with."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for fd, registered in self._fileobjs.items():
                if registered is fileobj and fd in self._fd_watchers:
                    return fd
            raise

    def _watching(self, fd):
        """(watched for reading, watched for writing): what a transport's repr shows."""
        reader, writer = self._fd_watchers.get(fd, (None, None))
        return reader is not None, writer is not None

    def _add_reader(self, fd, callback, *args):
        self._start_watching(fd, READ, callback, *args)

    def _remove_reader(self, fd):
        self._stop_watching(fd, READ)

    def _add_writer(self, fd, callback, *args):
        self._start_watching(fd, WRITE, callback, *args)

    def _remove_writer(self, fd):
        self._stop_watching(fd, WRITE)

    def _start_watching(self, fd, direction, callback, *args):
        if direction == READ:
            super().add_reader(fd, callback, *args)
        else:
            super().add_writer(fd, callback, *args)

    def _stop_watching(self, fd, direction):
        if direction == READ:
            super().remove_reader(fd)
        else:
            super().remove_writer(fd)
        self._forget_unwatched(fd)

    def _forget_unwatched(self, fd):
        # As a selector drops its key: the registered object may be garbage-collected (and closed).
        if fd not in self._fd_watchers:
            self._fileobjs.pop(fd, None)

    def _register_transport(self, fd, transport):
        self._transports[fd] = transport

    def _unregister_transport(self, fd, transport):
        if self._transports.get(fd) is transport:
            del self._transports[fd]

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f"Invalid file object: {fd!r}") from None
        transport = self._transports.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f"File descriptor {fd!r} is used by transport {transport!r}")

    def _wait_until_ready(self, sock, direction, operation):
        """Park on a future that ``operation`` settles once ``sock`` is ready in ``direction``."""
        fd = sock.fileno()
        self._ensure_fd_no_transport(fd)
        fut = self.create_future()
        fut._label = f"fd {fd} to be {'readable' if direction == READ else 'writable'}"
        self._start_watching(fd, direction, _complete, fut, operation)
        self._sock_waiters[(fd, direction)] = fut
        fut.add_done_callback(functools.partial(self._sock_call_done, fd, direction))
        return fut

    def _sock_call_done(self, fd, direction, fut):
        if self._sock_waiters.get((fd, direction)) is fut:
            del self._sock_waiters[(fd, direction)]
            self._stop_watching(fd, direction)

    # -- the sock_* coroutines

    async def sock_recv(self, sock, nbytes):
        """Receive up to ``nbytes`` bytes; ``b''`` means the peer closed its side."""
        _check_non_blocking(self, sock)
        try:
            return sock.recv(nbytes)
        except _WOULD_BLOCK:
            pass
        return await self._wait_until_ready(sock, READ, functools.partial(sock.recv, nbytes))

    async def sock_recv_into(self, sock, buf):
        """Receive into the writable buffer ``buf``; return the number of bytes received."""
        _check_non_blocking(self, sock)
        try:
            return sock.recv_into(buf)
        except _WOULD_BLOCK:
            pass
        return await self._wait_until_ready(sock, READ, functools.partial(sock.recv_into, buf))

    async def sock_sendall(self, sock, data):
        """Send all of ``data``, waiting for room in the kernel's send buffer as often as needed."""
        _check_non_blocking(self, sock)
        try:
            sent = sock.send(data)
        except _WOULD_BLOCK:
            sent = 0
        if sent == len(data):
            return  # the common case: the kernel took everything, no suspension

        view = memoryview(data)

        def send_rest():
            nonlocal sent
            sent += sock.send(view[sent:])
            if sent < len(view):
                raise BlockingIOError  # the kernel buffer filled up again: wait for "writable"

        await self._wait_until_ready(sock, WRITE, send_rest)

    async def sock_connect(self, sock, address):
        """Connect to ``address``.  A refused connection raises ``ConnectionRefusedError:
        [Errno 111] Connect call failed ('127.0.0.1', 8888)``, worded like asyncio."""
        _check_non_blocking(self, sock)
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host, port = address[:2]
            address = socket.getaddrinfo(host, port, sock.family, sock.type, sock.proto)[0][4]
        try:
            sock.connect(address)
            return
        except _WOULD_BLOCK:
            pass  # the usual answer for TCP: the handshake goes on in the background

        def connect_outcome():
            error = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if error:
                raise OSError(error, f"Connect call failed {address}")  # OSError picks the subclass

        await self._wait_until_ready(sock, WRITE, connect_outcome)

    async def sock_recvfrom(self, sock, bufsize):
        """Datagram receive: ``(data, address)``."""
        _check_non_blocking(self, sock)
        try:
            return sock.recvfrom(bufsize)
        except _WOULD_BLOCK:
            pass
        return await self._wait_until_ready(sock, READ, functools.partial(sock.recvfrom, bufsize))

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Datagram receive into ``buf``: ``(nbytes, address)``."""
        _check_non_blocking(self, sock)
        receive = functools.partial(sock.recvfrom_into, buf, nbytes or len(buf))
        try:
            return receive()
        except _WOULD_BLOCK:
            pass
        return await self._wait_until_ready(sock, READ, receive)

    async def sock_sendto(self, sock, data, address):
        """Datagram send: the number of bytes sent."""
        _check_non_blocking(self, sock)
        try:
            return sock.sendto(data, address)
        except _WOULD_BLOCK:
            pass
        return await self._wait_until_ready(sock, WRITE, functools.partial(sock.sendto, data, 0, address))

    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        """Connect a program's Protocol over TCP: ``(transport, protocol)`` (see servers.py)."""
        return await servers.create_connection(protocol_factory, host, port, **kwargs)

    async def create_server(self, protocol_factory, host=None, port=None, **kwargs):
        """Serve a program's Protocol over TCP: the ``Server`` (see servers.py)."""
        return await servers.create_server(protocol_factory, host, port, **kwargs)

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, **kwargs):
        """A UDP endpoint for a program's DatagramProtocol: ``(transport, protocol)`` (see datagrams.py)."""
        return await datagrams.create_datagram_endpoint(self, protocol_factory, local_addr, remote_addr, **kwargs)

    async def connect_accepted_socket(self, protocol_factory, sock, **kwargs):
        """Wrap a connection the program accepted itself in a transport: ``(transport, protocol)`` (see servers.py)."""
        return await servers.connect_accepted_socket(self, protocol_factory, sock, **kwargs)

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):  # noqa: A002 - asyncio's name
        """``socket.getaddrinfo()`` in the default executor, as asyncio does: a worker thread resolves while the
        loop runs on."""
        refuse_the_debug_log(self, "loop.getaddrinfo()", logging.DEBUG)
        return await self.run_in_executor(None, socket.getaddrinfo, host, port, family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        """``socket.getnameinfo()`` in the default executor, as asyncio does."""
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    async def create_unix_connection(self, protocol_factory, path=None, **kwargs):
        """Connect a program's Protocol to a Unix socket: ``(transport, protocol)`` (see unixsockets.py)."""
        return await unixsockets.create_unix_connection(self, protocol_factory, path, **kwargs)

    async def create_unix_server(self, protocol_factory, path=None, **kwargs):
        """Serve a program's Protocol on a Unix socket: the ``Server`` (see unixsockets.py)."""
        return await unixsockets.create_unix_server(self, protocol_factory, path, **kwargs)

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Watch the read end of a pipe for a program's Protocol: ``(transport, protocol)`` (see pipes.py)."""
        return await pipes.connect_read_pipe(self, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write to a pipe for a program's Protocol: ``(transport, protocol)`` (see pipes.py)."""
        return await pipes.connect_write_pipe(self, protocol_factory, pipe)

    async def subprocess_exec(self, protocol_factory, program, *args, **kwargs):
        """Start a child process for a program's SubprocessProtocol (see subprocesses.py)."""
        return await subprocesses.subprocess_exec(self, protocol_factory, program, *args, **kwargs)

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        """Run a shell command for a program's SubprocessProtocol (see subprocesses.py)."""
        return await subprocesses.subprocess_shell(self, protocol_factory, cmd, **kwargs)

    async def sock_accept(self, sock):
        """Accept a connection on a listening socket: ``(conn, address)``, ``conn`` non-blocking."""
        _check_non_blocking(self, sock)
        try:
            return _accept_non_blocking(sock)
        except _WOULD_BLOCK:
            pass
        return await self._wait_until_ready(sock, READ, functools.partial(_accept_non_blocking, sock))


# Named as the class asyncio.run() uses on Linux: programs print type(loop) and its error messages.
EventLoop.__name__ = EventLoop.__qualname__ = "_UnixSelectorEventLoop"
EventLoop.__module__ = "asyncio.unix_events"
name_methods_as_asyncio(EventLoop, "BaseEventLoop")
name_methods_as_asyncio(EventLoop, "_UnixSelectorEventLoop", {"create_unix_connection", "create_unix_server"})
name_methods_as_asyncio(EventLoop, "BaseSelectorEventLoop", {name for name in vars(EventLoop) if name.startswith(
    ("sock_", "add_", "remove_"))})
