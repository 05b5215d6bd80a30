"""Unix domain stream sockets: ``loop.create_unix_server()``, ``loop.create_unix_connection()``
(asyncio's ``unix_events``), and the streams over them, ``asyncio.start_unix_server()`` and
``asyncio.open_unix_connection()`` (streams.py).

A Unix socket is a stream socket whose address is a path in the file system (or, starting with a NUL
byte, an abstract name) instead of a host and port.  Everything after the connection is TCP's: the
same transport (transports.py), the same ``Server`` (servers.py), the same iterations.  What differs:

* the server binds its path, first removing a socket file a server before it left there; binding a
  path in use raises ``OSError: [Errno 98] Address '/path' is already in use``;
* a client's address (``get_extra_info('peername')`` on the server's side) is ``''``: a client socket
  has no name;
* 3.13 removes the socket file when the server closes (``cleanup_socket=True``, the default, and
  only if the file is still the one the server bound); earlier versions leave it, and do not know
  the argument (see versions.py).

Simplified: no SSL.
"""

import errno
import os
import socket
import stat

from ..tasks import sleep
from ..versions import active
from .servers import Server, refuse_ssl
from .transports import SocketTransport, _logger, made_transport

# create_unix_server(cleanup_socket=...) not given: the argument only exists from 3.13.
_NOT_GIVEN = object()


async def create_unix_connection(loop, protocol_factory, path=None, *, ssl=None, sock=None, server_hostname=None,
                                 ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    """``loop.create_unix_connection()``: connect to the socket at ``path`` (or take ``sock``); then as
    ``create_connection``: ``(transport, protocol)``."""
    refuse_ssl("create_unix_connection", ssl, server_hostname=server_hostname,
               ssl_handshake_timeout=ssl_handshake_timeout, ssl_shutdown_timeout=ssl_shutdown_timeout)
    if path is not None:
        if sock is not None:
            raise ValueError("path and sock can not be specified at the same time")
        path = os.fspath(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
        try:
            sock.setblocking(False)
            await loop.sock_connect(sock, path)
        except BaseException:
            sock.close()
            raise
    else:
        if sock is None:
            raise ValueError("no path and sock were specified")
        _check_unix_stream_socket(sock)
        sock.setblocking(False)
    return await made_transport(loop, protocol_factory,
                                lambda protocol, waiter: SocketTransport(loop, sock, protocol, waiter=waiter),
                                label="create_unix_connection()")


async def create_unix_server(loop, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None,
                             ssl_handshake_timeout=None, ssl_shutdown_timeout=None, start_serving=True,
                             cleanup_socket=_NOT_GIVEN):
    """``loop.create_unix_server()``: listen on the socket at ``path`` (or on ``sock``); the ``Server``."""
    if cleanup_socket is not _NOT_GIVEN and not active.unix_server_cleans_up_socket:
        raise TypeError("_UnixSelectorEventLoop.create_unix_server() got an unexpected keyword argument "
                        "'cleanup_socket'")
    if isinstance(ssl, bool):
        raise TypeError("ssl argument must be an SSLContext or None")
    refuse_ssl("create_unix_server", ssl, ssl_handshake_timeout=ssl_handshake_timeout,
               ssl_shutdown_timeout=ssl_shutdown_timeout)
    if path is not None:
        if sock is not None:
            raise ValueError("path and sock can not be specified at the same time")
        sock = _bound_listener(os.fspath(path))
    elif sock is None:
        raise ValueError("path was not specified, and no sock specified")
    else:
        _check_unix_stream_socket(sock)
    server = Server(loop, [sock], protocol_factory, backlog)
    if cleanup_socket is not False and active.unix_server_cleans_up_socket:
        _remove_file_at_close(server, sock)
    sock.setblocking(False)
    if start_serving:
        server._start_serving()
        await sleep(0)  # as asyncio: one iteration for the accept watcher to settle in
    return server


def _check_unix_stream_socket(sock):
    if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
        raise ValueError(f"A UNIX Domain Stream Socket was expected, got {sock!r}")


def _is_abstract(path):
    return path[0] in (0, "\x00")


def _bound_listener(path):
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    if not _is_abstract(path):
        try:
            if stat.S_ISSOCK(os.stat(path).st_mode):
                os.remove(path)  # left by an earlier server: nobody listens there any more
        except FileNotFoundError:
            pass
        except OSError as err:
            _logger.error("Unable to check or remove stale UNIX socket %r: %r", path, err)
    try:
        sock.bind(path)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise OSError(errno.EADDRINUSE, f"Address {path!r} is already in use") from None
        raise
    except BaseException:
        sock.close()
        raise
    return sock


def _remove_file_at_close(server, sock):
    """3.13: when ``server`` closes, remove the file ``sock`` is bound to, if it is still that socket's (another
    server may have bound the path since)."""
    path = sock.getsockname()
    if _is_abstract(path):
        return
    try:
        inode = os.stat(path).st_ino
    except FileNotFoundError:
        return

    def remove():
        try:
            if os.stat(path).st_ino == inode:
                os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as err:
            _logger.error("Unable to clean up listening UNIX socket %r: %r", path, err)

    server._at_close.append(remove)
