"""Subprocesses (asyncio's ``subprocess`` and ``base_subprocess`` modules, and the child watching of
``unix_events``): ``create_subprocess_exec`` / ``create_subprocess_shell``, ``Process``, and under
them ``loop.subprocess_exec`` / ``subprocess_shell`` with a program's ``SubprocessProtocol``.

Per child asyncio stacks, bottom up:

* a ``subprocess.Popen`` (the child starts at once, synchronously);
* a *subprocess transport*, which connects the child's pipes (pipes.py: one pipe transport each,
  in a task of its own: stdin, then stdout, then stderr), then schedules
  ``protocol.connection_made(transport)`` and what the pipes reported meanwhile, then lets
  ``subprocess_exec`` return ``(transport, protocol)``.  It forwards each pipe's data and loss to
  the protocol (``pipe_data_received(fd, data)``, ``pipe_connection_lost(fd, exc)``), and the
  child's exit as ``process_exited()``.  Once the child has exited *and* every pipe is closed, it
  calls ``protocol.connection_lost(None)`` and wakes ``wait()``: so ``wait()`` returns only after
  the output is all read;
* for ``create_subprocess_*``, ``SubprocessStreamProtocol``, which feeds a ``StreamReader`` per
  output pipe and gives stdin a ``StreamWriter``; and ``Process``, what the program holds.

The child's exit is seen through a pidfd (``os.pidfd_open``, Linux 5.3) that the loop watches like
a socket; the exit reaches the transport two iterations later, as asyncio's child watchers hand it
over (``call_soon_threadsafe(call_soon, ...)``).  While a child is alive the loop's clock follows
the real one (loop.py).

**Allowed only in the sandbox's jail.**  Starting a process from a student's program is safe only
where the kernel confines the child with the program (its namespaces, limits and seccomp filter,
and the killing of everything left at the end of the run).  The sandbox says so with
``install(subprocesses=True)``; anywhere else ``create_subprocess_*``,
``loop.subprocess_*`` and the child watchers (childwatchers.py) raise ``Unsupported``.

Simplified: Linux only (pidfd); no debug logging; ``pass_fds`` & co. go to ``Popen`` unchecked.  No
deadlock report while a child is alive: a program waiting for a child that never ends (``cat`` whose
stdin is never closed) waits as under asyncio, until the sandbox's timeout.
"""

import functools
import logging
import os
import subprocess

from .. import events
from ..gathering import gather
from ..versions import active
from . import pipes
from .childwatchers import check_allowed, check_watcher_is_active, finds_child_gone, watch_exit
from .protocols import Protocol, SubprocessProtocol
from .streams import _DEFAULT_LIMIT, FlowControlMixin, StreamReader, StreamWriter
from .transports import SubprocessTransport, refuse_the_debug_log

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL

# ---------------------------------------------------------------------- the loop's methods

async def subprocess_exec(loop, protocol_factory, program, *args, stdin=PIPE, stdout=PIPE, stderr=PIPE,
                          universal_newlines=False, shell=False, bufsize=0, encoding=None, errors=None,
                          text=None, **kwargs):
    """``loop.subprocess_exec``: start ``program`` with ``args``; ``(transport, protocol)``."""
    check_allowed("loop.subprocess_exec")
    _check_bytes_only(universal_newlines, bufsize, text, encoding, errors)
    if shell:
        raise ValueError("shell must be False")
    return await _start(loop, protocol_factory, (program, *args), False, stdin, stdout, stderr, kwargs)


async def subprocess_shell(loop, protocol_factory, cmd, *, stdin=PIPE, stdout=PIPE, stderr=PIPE,
                           universal_newlines=False, shell=True, bufsize=0, encoding=None, errors=None,
                           text=None, **kwargs):
    """``loop.subprocess_shell``: run ``cmd`` with ``/bin/sh``; ``(transport, protocol)``."""
    check_allowed("loop.subprocess_shell")
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    _check_bytes_only(universal_newlines, bufsize, text, encoding, errors)
    if not shell:
        raise ValueError("shell must be True")
    return await _start(loop, protocol_factory, cmd, True, stdin, stdout, stderr, kwargs)


def _check_bytes_only(universal_newlines, bufsize, text, encoding, errors):
    # In asyncio's order: pipes carry bytes, unbuffered.
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _start(loop, protocol_factory, args, shell, stdin, stdout, stderr, popen_options):
    watcher = check_watcher_is_active()  # a watcher the program set (childwatchers.py) may not be ready
    refuse_the_debug_log(loop, "a subprocess")  # asyncio's logs the child it starts and its pipes
    protocol = protocol_factory()
    waiter = loop.create_future()
    transport = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr, waiter, popen_options)
    transport._watcher = watcher
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transport.close()
        await transport._wait()
        raise
    return transport, protocol


# ---------------------------------------------------------------------- the transport

class _UnixSubprocessTransport(SubprocessTransport):
    """One child process and its pipes, reporting to a ``SubprocessProtocol`` (see the docstring)."""

    __module__ = "asyncio.unix_events"

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, waiter, popen_options):
        self._loop = loop
        self._protocol = protocol
        self._closed = False
        self._returncode = None          # set when the exit reaches the transport
        self._exit_waiters = []          # futures of wait() calls; None once connection_lost has run
        self._pending_calls = []         # protocol calls made before connection_made; None after it
        self._finished = False           # exited and every pipe closed: connection_lost is scheduled
        # fd (0, 1, 2) -> its _PipeProtocol, for each of stdin/stdout/stderr that is a PIPE (None until connected)
        self._pipes = {fd: None for fd, how in enumerate((stdin, stdout, stderr)) if how == PIPE}
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                                      bufsize=0, **popen_options)
        self._pid = self._proc.pid
        self._watcher = None             # the policy's child watcher when the child started (set by _start)
        self._watcher_finds_it_gone = False  # send_signal() reaped the child before its watcher looked
        if loop._instrument is not None:
            loop._instrument.process_started(loop, self, args, shell)
        self._watch_exit()
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        info = [type(self).__name__]
        if self._closed:
            info.append("closed")
        info.append(f"pid={self._pid}")
        info.append("running" if self._returncode is None else f"returncode={self._returncode}")
        for fd, name in enumerate(("stdin", "stdout", "stderr")):
            pipe = self.get_pipe_transport(fd)
            if pipe is not None:
                info.append(f"{name}={pipe!r}")
        return f"<{' '.join(info)}>"

    def _watch_exit(self):
        def exited():
            loop = self._loop
            returncode = self._proc.poll()  # a zombie now: poll() reaps it
            if self._watcher_finds_it_gone:
                logging.getLogger("asyncio").warning(
                    "child process pid %d exit status already read:  will report returncode 255", self._pid)
                returncode = 255
            if loop._instrument is not None:
                loop._instrument.process_exited(loop, self, returncode)
            # asyncio's watcher hands the exit over with call_soon_threadsafe(call_soon, ...): two iterations.
            loop.call_soon(self._hand_exit_over, returncode)

        watch_exit(self._loop, self._pid, exited)

    def _hand_exit_over(self, returncode):
        self._loop.call_soon(self._process_exited, returncode)

    async def _connect_pipes(self, waiter):
        proc, loop = self._proc, self._loop
        try:
            for fd, pipe in enumerate((proc.stdin, proc.stdout, proc.stderr)):
                if pipe is not None:
                    connect = pipes.connect_write_pipe if fd == 0 else pipes.connect_read_pipe
                    _, self._pipes[fd] = await connect(loop, functools.partial(_PipeProtocol, self, fd), pipe)
            loop.call_soon(self._protocol.connection_made, self)
            for callback, args in self._pending_calls:
                loop.call_soon(callback, *args)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, callback, *args):
        """Call the protocol in a later iteration, after connection_made (queued until it is scheduled)."""
        if self._pending_calls is not None:
            self._pending_calls.append((callback, args))
        else:
            self._loop.call_soon(callback, *args)

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _process_exited(self, returncode):
        self._returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    def _try_finish(self):
        if self._returncode is None or self._finished:
            return
        if all(pipe is not None and pipe.disconnected for pipe in self._pipes.values()):
            self._finished = True
            if self._loop._instrument is not None:
                self._loop._instrument.process_finished(self._loop, self, self._returncode)
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._proc = None
            self._protocol = None

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        waiter._label = f"the exit of process {self._pid}"
        self._exit_waiters.append(waiter)
        return await waiter

    # -- the public methods

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        pipe = self._pipes.get(fd)
        return pipe.pipe if pipe is not None else None

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_extra_info(self, name, default=None):
        return self._proc if name == "subprocess" and self._proc is not None else default

    def send_signal(self, signal):
        if self._proc is None:
            raise ProcessLookupError()
        # Up to 3.12 this is Popen.send_signal(), which polls first: a child that has exited while the loop
        # did not look (it was blocked) is reaped there and not signalled, and its watcher may then find it
        # gone.  3.13 signals with os.kill(), which leaves such a child to the watcher.  The version is
        # asked only for such a child.
        if self._proc.returncode is None and _exited_unseen(self._pid) and not active.send_signal_does_not_poll:
            self._watcher_finds_it_gone = finds_child_gone(self._watcher)
            self._proc.poll()
            return
        try:
            os.kill(self._pid, signal)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(15)  # SIGTERM

    def kill(self):
        self.send_signal(9)  # SIGKILL

    def is_closing(self):
        return self._closed

    def close(self):
        """Close the pipes and kill the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            if pipe is not None:
                pipe.pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass


def _exited_unseen(pid):
    """Whether child ``pid`` has exited and is not reaped yet (a zombie), leaving it so."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return False


class _PipeProtocol(Protocol):
    """The protocol of one of the child's pipes: tells the subprocess transport what happens."""

    def __init__(self, child, fd):
        self.child = child
        self.fd = fd
        self.pipe = None           # the pipe transport, from connection_made
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def data_received(self, data):
        loop = self.child._loop
        if loop._instrument is not None:
            loop._instrument.pipe_read(loop, self.child, self.fd, len(data))
        self.child._pipe_data_received(self.fd, data)

    def connection_lost(self, exc):
        self.disconnected = True
        loop = self.child._loop
        if loop._instrument is not None:
            loop._instrument.pipe_closed(loop, self.child, self.fd)
        self.child._pipe_connection_lost(self.fd, exc)
        self.child = None

    def pause_writing(self):
        self.child._protocol.pause_writing()

    def resume_writing(self):
        self.child._protocol.resume_writing()


# ---------------------------------------------------------------------- streams over the pipes

class SubprocessStreamProtocol(FlowControlMixin, SubprocessProtocol):
    """``create_subprocess_*``'s protocol: a ``StreamReader`` per output pipe, a ``StreamWriter``
    on stdin; the transport closes once the child has exited and its output pipes are closed."""

    __module__ = "asyncio.subprocess"
    __slots__ = ("_limit", "stdin", "stdout", "stderr", "_transport", "_process_exited", "_pipe_fds")

    def __init__(self, limit, loop):
        super().__init__(loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []        # the output pipes still open

    def __repr__(self):
        info = ["SubprocessStreamProtocol"]
        for name in ("stdin", "stdout", "stderr"):
            if getattr(self, name) is not None:
                info.append(f"{name}={getattr(self, name)!r}")
        return f"<{' '.join(info)}>"

    def _close_waiter(self):
        return self._closed

    def connection_made(self, transport):
        self._transport = transport
        for fd, name in ((1, "stdout"), (2, "stderr")):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                reader = StreamReader(limit=self._limit, loop=self._loop)
                reader.set_transport(pipe)
                setattr(self, name, reader)
                self._pipe_fds.append(fd)
        stdin = transport.get_pipe_transport(0)
        if stdin is not None:
            self.stdin = StreamWriter(stdin, self, None, self._loop)

    def pipe_data_received(self, fd, data):
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self._lose_connection(exc)
            return
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if not self._pipe_fds and self._process_exited:
            self._transport.close()
            self._transport = None


class Process:
    """A child process started by ``create_subprocess_*``: its pipes as streams, ``wait()``,
    ``communicate()``, signals."""

    __module__ = "asyncio.subprocess"

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f"<Process {self.pid}>"

    @property
    def returncode(self):
        """None while the child runs (and until its exit has reached the loop), then its exit
        status; ``-N`` when signal N killed it."""
        return self._transport.get_returncode()

    async def wait(self):
        """Wait until the child has exited and its output pipes are closed; its return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        # 3.12 also closes a stdin it was given no input for (before, it stayed open).
        try:
            if input is not None:
                self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child did not read it all: communicate() does not mind
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        stream = self.stdout if fd == 1 else self.stderr
        output = await stream.read()
        self._transport.get_pipe_transport(fd).close()
        return output

    async def communicate(self, input=None):
        """Send ``input`` to stdin (then close it), read stdout and stderr to their end, wait for
        the exit: ``(stdout_data, stderr_data)`` (None for a stream that is not a pipe)."""
        feeds_stdin = self.stdin is not None if active.communicate_closes_stdin else input is not None
        stdin = self._feed_stdin(input) if feeds_stdin else self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        _, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return stdout, stderr


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT,
                                 **kwds):
    """Start ``program`` with ``args`` (no shell); a ``Process``."""
    check_allowed("asyncio.create_subprocess_exec")
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(lambda: SubprocessStreamProtocol(limit, loop), program, *args,
                                                     stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    """Run the shell command ``cmd``; a ``Process``."""
    check_allowed("asyncio.create_subprocess_shell")
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(lambda: SubprocessStreamProtocol(limit, loop), cmd,
                                                      stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


__all__ = ("create_subprocess_exec", "create_subprocess_shell")
