"""UDP: ``loop.create_datagram_endpoint()`` and the datagram transport it makes (asyncio's
``base_events.create_datagram_endpoint`` and ``selector_events._SelectorDatagramTransport``).

A datagram endpoint is one UDP socket: bound to ``local_addr`` (a server), connected to ``remote_addr``
(a client, which then sends with ``sendto(data)`` and hears only from that address), or both.  There is
no connection to set up and no stream: each ``sendto(data, addr)`` is one datagram, and each datagram
read becomes one ``protocol.datagram_received(data, addr)``.  The transport calls its
``DatagramProtocol`` at the moments asyncio's does:

* construction schedules ``connection_made(transport)``, the start of reading and the endpoint's
  waiter, as the socket transport does (transports.py);
* each time the socket is readable, one datagram is read: ``datagram_received(data, addr)``; an error
  the kernel reports for an earlier datagram (a client's datagram to a closed port on 127.0.0.1 comes
  back as ``ConnectionRefusedError``) goes to ``error_received(exc)``, and the endpoint stays open;
* ``sendto()`` sends at once; what the kernel cannot take now is buffered, datagram by datagram, and
  sent when the socket turns writable (with ``pause_writing()`` / ``resume_writing()`` around the
  high-water mark, as a stream's writes);
* ``close()`` stops reading and, once the buffer is sent, schedules ``connection_lost(None)``.

What changed between versions (see versions.py): from 3.12 the transport is an
``asyncio.DatagramTransport`` (3.11's is only a ``Transport``); from 3.13 ``sendto(b"")`` sends an empty
datagram (earlier versions drop it), each datagram buffered counts 8 more bytes in
``get_write_buffer_size()`` (its header; the count never gives them back when the datagram goes, as in
asyncio), and ``create_datagram_endpoint(sock=...)`` refuses only a stream socket.

Simplified: UDP over IPv4/IPv6 only (no Unix datagram sockets); host names are resolved with a blocking
``getaddrinfo()``.
"""

import socket

from ..exceptions import Unsupported
from ..futures import _set_result_unless_cancelled
from ..versions import active
from .transports import (
    _WOULD_BLOCK,
    BaseTransport,
    _SelectorTransport,
    made_transport,
)

_MAX_DATAGRAM = 256 * 1024  # bytes asked from recvfrom(): more than any UDP datagram holds
_HEADER_COUNTED = 8  # what 3.13 adds to the write buffer's size for each datagram buffered


class DatagramTransport(BaseTransport):
    """``asyncio.DatagramTransport``, for ``isinstance`` checks."""

    __module__ = "asyncio.transports"


class _SelectorDatagramTransport(_SelectorTransport):
    """One UDP socket and the ``DatagramProtocol`` it reports to (see the module docstring).
    ``address``: the remote address of a connected endpoint, the only one ``sendto`` accepts.
    Made as 3.11 makes it, where it is no ``asyncio.DatagramTransport`` (``_DatagramTransportSince312``)."""

    __module__ = "asyncio.selector_events"
    max_size = _MAX_DATAGRAM

    def __init__(self, loop, sock, protocol, address=None, waiter=None):
        self._buffer = []               # (datagram, address) pairs not yet taken by the kernel, oldest first
        self._buffer_size = 0           # what get_write_buffer_size() says
        self._address = address
        super().__init__(loop, sock, protocol)
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except _WOULD_BLOCK:
            return
        except OSError as exc:
            self._protocol.error_received(exc)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, "Fatal read error on datagram transport")
        else:
            self._protocol.datagram_received(data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if not data and not active.datagram_sends_empty:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f"Invalid address: must be None or {self._address}")
            addr = self._address
        if self._conn_lost and self._address:
            self._drop_write_after_loss()
            return
        if self._sock is None:
            _fail_as_a_released_transport()
        if not self._buffer:
            try:
                self._send(data, addr)
                return
            except _WOULD_BLOCK:
                self._loop._add_writer(self._fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, "Fatal write error on datagram transport")
                return
        self._buffer.append((bytes(data), addr))  # a copy: the program may change its bytearray meanwhile
        self._buffer_size += len(data) + (_HEADER_COUNTED if active.datagram_sends_empty else 0)
        self._maybe_pause_writing()

    def _send(self, data, addr):
        if self._extra["peername"]:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer[0]
            try:
                self._send(data, addr)
            except _WOULD_BLOCK:
                break
            except OSError as exc:
                # As asyncio: the failed datagram is dropped, the rest wait for the next turn.
                del self._buffer[0]
                self._buffer_size -= len(data)
                self._protocol.error_received(exc)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                del self._buffer[0]
                self._buffer_size -= len(data)
                self._fatal_error(exc, "Fatal write error on datagram transport")
                return
            del self._buffer[0]
            self._buffer_size -= len(data)
        self._maybe_resume_writing()
        if not self._buffer:
            self._loop._remove_writer(self._fd)
            if self._closing:
                self._call_connection_lost(None)


def _fail_as_a_released_transport():
    """``sendto`` on an unconnected endpoint whose connection_lost has run.  asyncio's transport let go of
    its socket and its loop then: the send fails on the missing socket, and reporting that failure fails
    on the missing loop, which is the error that escapes ``sendto``."""
    try:
        raise AttributeError("'NoneType' object has no attribute 'sendto'")
    except AttributeError:
        raise AttributeError("'NoneType' object has no attribute 'call_exception_handler'")  # noqa: B904


class _DatagramTransportSince312(_SelectorDatagramTransport, DatagramTransport):
    """The datagram transport 3.12 and later make, which is also an ``asyncio.DatagramTransport``."""

    __module__ = "asyncio.selector_events"


# Named as the class it models: programs print type(transport).__name__, and reprs start with it.
_DatagramTransportSince312.__name__ = _DatagramTransportSince312.__qualname__ = "_SelectorDatagramTransport"


async def create_datagram_endpoint(loop, protocol_factory, local_addr=None, remote_addr=None, *, family=0,
                                   proto=0, flags=0, reuse_port=None, allow_broadcast=None, sock=None):
    """``loop.create_datagram_endpoint()``: a UDP socket bound to ``local_addr`` and/or connected to
    ``remote_addr`` (or the caller's ``sock``), handed to ``protocol_factory()``; ``(transport, protocol)``."""
    remote = None
    if sock is not None:
        _check_given_socket(sock, local_addr=local_addr, remote_addr=remote_addr, family=family, proto=proto,
                            flags=flags, reuse_port=reuse_port, allow_broadcast=allow_broadcast)
        sock.setblocking(False)
    else:
        if family == socket.AF_UNIX:
            raise Unsupported("asyncio.create_datagram_endpoint(family=AF_UNIX)")
        errors = []
        for (pair_family, pair_proto), (local, remote) in _address_pairs(local_addr, remote_addr, family, proto,
                                                                          flags):
            try:
                sock = await _endpoint_socket(loop, pair_family, pair_proto, local, remote, reuse_port,
                                              allow_broadcast)
                break
            except OSError as exc:
                errors.append(exc)
        else:
            raise errors[0]
    transport_class = (_DatagramTransportSince312 if active.datagram_transport_is_a_datagram_transport
                       else _SelectorDatagramTransport)
    return await made_transport(loop, protocol_factory,
                                lambda protocol, waiter: transport_class(loop, sock, protocol, remote, waiter),
                                label="create_datagram_endpoint()")


def _check_given_socket(sock, **modifiers):
    # 3.13 takes any socket that is not a stream's (a raw one, say); earlier versions only a datagram one.
    if active.datagram_endpoint_takes_any_non_stream_socket:
        if sock.type == socket.SOCK_STREAM:
            raise ValueError(f"A datagram socket was expected, got {sock!r}")
    elif sock.type != socket.SOCK_DGRAM:
        raise ValueError(f"A UDP Socket was expected, got {sock!r}")
    problems = ", ".join(f"{name}={value}" for name, value in modifiers.items() if value)
    if problems:
        raise ValueError(f"socket modifier keyword arguments can not be used when sock is specified. ({problems})")


def _address_pairs(local_addr, remote_addr, family, proto, flags):
    """``((family, proto), (local address, remote address))`` to try in turn, as asyncio pairs them: each
    family and protocol both addresses resolve to (the first of each)."""
    if not (local_addr or remote_addr):
        if family == 0:
            raise ValueError("unexpected address family")
        return [((family, proto), (None, None))]
    pairs = {}
    for index, address in ((0, local_addr), (1, remote_addr)):
        if address is None:
            continue
        if not (isinstance(address, tuple) and len(address) == 2):
            raise TypeError("2-tuple is expected")
        found = socket.getaddrinfo(*address, family, socket.SOCK_DGRAM, proto, flags)
        if not found:
            raise OSError("getaddrinfo() returned empty list")
        for found_family, _, found_proto, _, resolved in found:
            pair = pairs.setdefault((found_family, found_proto), [None, None])
            if pair[index] is None:
                pair[index] = resolved
    usable = [(key, pair) for key, pair in pairs.items()
              if not ((local_addr and pair[0] is None) or (remote_addr and pair[1] is None))]
    if not usable:
        raise ValueError("can not get address information")
    return usable


async def _endpoint_socket(loop, family, proto, local, remote, reuse_port, allow_broadcast):
    sock = socket.socket(family=family, type=socket.SOCK_DGRAM, proto=proto)
    try:
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if allow_broadcast:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        sock.setblocking(False)
        if local:
            sock.bind(local)
        if remote and not allow_broadcast:
            await loop.sock_connect(sock, remote)
    except BaseException:
        sock.close()
        raise
    return sock
