"""The exceptions of ``asyncio.exceptions``, plus tinyloop's own two.

asyncio's exception classes live in ``asyncio.exceptions``; a program that dies with one prints
``asyncio.exceptions.CancelledError`` as the last line of its traceback.  Ours set ``__module__`` to
the same string so that the last line is identical on both loops.

``asyncio.TimeoutError`` *is* the builtin ``TimeoutError`` since Python 3.11, so we re-export it.

tinyloop adds two ``BaseException`` subclasses (a program's ``except Exception`` cannot swallow them):

* ``Deadlock``: nothing can ever happen again but the program is still waiting;
* ``Unsupported``: the program used an asyncio API outside tinyloop's subset.
"""

TimeoutError = TimeoutError  # the builtin, exactly as in asyncio 3.11


class CancelledError(BaseException):
    """The Future or Task was cancelled."""

    __module__ = "asyncio.exceptions"


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""

    __module__ = "asyncio.exceptions"


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""

    __module__ = "asyncio.exceptions"


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted (or reset) while tasks waited on it."""

    __module__ = "asyncio.exceptions"


class IncompleteReadError(EOFError):
    """Incomplete read error: the stream ended before the expected number of bytes arrived."""

    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        shown = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {shown} expected bytes")
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""

    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


# Set when a Deadlock or an Unsupported is raised: the real program would hang, or not run, from
# there on, so nothing more of it may run at exit either (see loop.finalize_at_exit).
program_stopped = False


class Deadlock(BaseException):
    """Raised out of the loop when no callback is ready, no timer is pending and no file descriptor
    is watched, yet the program still waits: with real asyncio it would hang forever.

    ``str()`` is a multi-line report, one line per pending task and what it waits on; ``tasks``
    holds the pending tasks themselves.
    """

    def __init__(self, report, tasks=()):
        global program_stopped
        program_stopped = True
        super().__init__(report)
        self.tasks = list(tasks)


class Unsupported(BaseException):
    """Raised when a program touches an asyncio API that tinyloop does not model."""

    def __init__(self, api):
        global program_stopped
        program_stopped = True
        super().__init__(
            f"{api} is not supported by quizzer's reference loop (tinyloop); run it with --loop asyncio")
        self.api = api


# Exceptions that must not be captured into a Task's result: like asyncio, the loop lets
# KeyboardInterrupt and SystemExit escape at once, and tinyloop's own two do the same.
ESCAPING = (KeyboardInterrupt, SystemExit, Deadlock, Unsupported)


# Names real asyncio 3.11 has that tinyloop does not model.  Touching one raises Unsupported (see
# the package's and the loop's __getattr__); any other unknown name is a plain AttributeError.
ASYNCIO_MODULE_NAMES = frozenset("""
    AbstractChildWatcher AbstractEventLoop AbstractEventLoopPolicy AbstractServer
    BaseEventLoop BaseProtocol BaseTransport BufferedProtocol DatagramProtocol
    DatagramTransport DefaultEventLoopPolicy FastChildWatcher Handle IncompleteReadError
    LimitOverrunError MultiLoopChildWatcher PidfdChildWatcher Protocol ReadTransport
    SafeChildWatcher SelectorEventLoop SendfileNotAvailableError Server StreamReader
    StreamReaderProtocol StreamWriter SubprocessProtocol SubprocessTransport ThreadedChildWatcher
    TimerHandle Transport WriteTransport create_subprocess_exec create_subprocess_shell
    get_child_watcher get_event_loop_policy open_connection open_unix_connection
    run_coroutine_threadsafe set_child_watcher set_event_loop_policy start_server
    start_unix_server to_thread wrap_future base_events base_futures base_subprocess base_tasks
    constants coroutines events format_helpers log mixins protocols selector_events sslproto
    staggered streams subprocess threads transports trsock unix_events
""".split())

ASYNCIO_LOOP_NAMES = frozenset("""
    add_signal_handler call_soon_threadsafe connect_accepted_socket connect_read_pipe
    connect_write_pipe create_connection create_datagram_endpoint create_server
    create_unix_connection create_unix_server get_task_factory getaddrinfo getnameinfo
    remove_signal_handler run_in_executor sendfile set_default_executor set_task_factory
    slow_callback_duration sock_accept sock_connect sock_recv sock_recv_into sock_recvfrom
    sock_recvfrom_into sock_sendall sock_sendfile sock_sendto start_tls subprocess_exec
    subprocess_shell
""".split())
