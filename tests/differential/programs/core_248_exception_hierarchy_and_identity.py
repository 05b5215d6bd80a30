import asyncio
import asyncio.exceptions


print(asyncio.TimeoutError is TimeoutError)
print(asyncio.CancelledError.__mro__[1].__name__)
print(issubclass(asyncio.InvalidStateError, Exception), issubclass(asyncio.QueueEmpty, Exception))
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(asyncio.exceptions.CancelledError is asyncio.CancelledError)
print(repr(asyncio.IncompleteReadError(b"ab", 5)), asyncio.IncompleteReadError(b"ab", None))
print(repr(asyncio.CancelledError("m")), str(asyncio.CancelledError("m")))
print(asyncio.QueueFull.__module__, asyncio.InvalidStateError.__module__, asyncio.CancelledError.__qualname__)
try:
    raise asyncio.CancelledError("bare")
except Exception:
    print("caught as Exception?!")
except BaseException as e:
    print("only BaseException catches", repr(e))
