"""Transports (asyncio's ``transports`` and ``trsock`` modules).

``TransportSocket`` is what ``get_extra_info('socket')`` hands out.  ``READ`` and ``WRITE`` name
the two directions a descriptor is watched in (``EventLoop._start_watching``).
"""

READ = "read"
WRITE = "write"


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
