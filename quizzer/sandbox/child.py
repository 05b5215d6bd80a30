"""The program's own process: what the supervisor's child does between `fork()` and `_exit()`.

`run()` arranges the descriptors, confines the process (a fresh working directory, a scrubbed environment,
resource limits, in the jail the seccomp filter, then the audit-hook policy), runs the program as `__main__`
exactly like `python FILE` would, and exits. The caller learns how it ended from the exit status (reported by
the supervisor, see `quizzer.sandbox.isolation`) and from one JSON record on the *side channel* (fd 1023), written
last: `{"final": true, ...}` with the outcome when the loop or the sandbox stopped the program (deadlock,
unsupported, memory, refused), the one-line reason, the loop's statistics and the trace. A program that ends
without that record (`os._exit`, a signal) did not finish; see `quizzer.sandbox.records`.

Descriptors in the program: 0 = /dev/null, 1 = stdout pipe, 2 = stderr pipe, 1023 = side channel (out of the way of
the program's own, which start at 3 as under `python FILE`). Everything else (the run's socket above all) is closed
before the program starts.
"""

import _signal  # `signal.signal` without its conversions through enums: Python code each run would copy
import atexit
import builtins
import fcntl
import gc
import io
import linecache
import os
import resource
import signal
import sys
import threading
import time
import traceback
import types
import warnings
from typing import NoReturn

from quizzer.sandbox import fastforward, isolation, linux, policy, seccomp
from quizzer.sandbox.outcomes import EXIT_CODES, memory_reason
from quizzer.sandbox.records import SIDE_CHANNEL_FD, encode_final_record

FILE_SIZE_LIMIT = 64 << 20  # files the program writes into its work directory
SCRUBBED_PATH = "/usr/local/bin:/usr/bin:/bin"
# Threads count as processes for RLIMIT_NPROC: room for an executor's workers and the program's own threads.
PROCESS_LIMIT = 64
OPEN_FILES_LIMIT = 1024
# POSIX timers and queued signals, and the bytes of POSIX message queues: counted per user, and every run has the
# same uid, so each run gets a small share (the user's are some 96,000 and 800 KiB: one run took them all, and the
# runs beside it, or outside the jail the instructor's own programs, could make none). 256 KiB: three queues of
# the default size.
PENDING_SIGNALS_LIMIT = 1024
MESSAGE_QUEUE_BYTES = 256 << 10
# The program's own process: in the jail a program may fork, and only the process the sandbox started reports.
_program_pid = None


def run(request: dict, descriptors: list[int], jailed: bool) -> NoReturn:
    """Never returns: whatever happens, this process ends here and never runs the supervisor's code."""
    global _program_pid
    _program_pid = os.getpid()
    try:
        signal.set_wakeup_fd(-1)
        _signal.signal(_signal.SIGCHLD, _signal.SIG_DFL)
        if not jailed:
            os.setpgid(0, 0)  # so the supervisor can kill the program together with anything it managed to start
            linux.prctl(linux.PR_SET_PDEATHSIG, signal.SIGKILL)
        arrange_descriptors(*descriptors[1:])
        confine(request, jailed)
        exit_code = run_program(request, jailed)
    except BaseException as exc:  # a bug of the sandbox itself: say so, never fall back into the supervisor
        try:
            write_record({"outcome": "crashed", "reason": f"crashed: internal error of the sandbox: {exc!r}"})
        finally:
            os._exit(EXIT_CODES["crashed"])
    os._exit(exit_code)


def arrange_descriptors(stdout: int, stderr: int, side_channel: int) -> None:
    # Copy them above 0-2 first, so no dup2 below overwrites a descriptor it still needs (a copy never lands on
    # SIDE_CHANNEL_FD: the lowest free numbers are far below it).
    moved = [fcntl.fcntl(fd, fcntl.F_DUPFD, 3) for fd in (stdout, stderr, side_channel)]
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    for target, fd in zip((1, 2, SIDE_CHANNEL_FD), moved):
        os.dup2(fd, target)
    os.closerange(3, SIDE_CHANNEL_FD)
    os.closerange(SIDE_CHANNEL_FD + 1, os.sysconf("SC_OPEN_MAX"))


def confine(request: dict, jailed: bool) -> None:
    work_directory = isolation.WORK_DIRECTORY if jailed else request["tmpdir"]
    request["tmpdir"] = work_directory
    os.chdir(work_directory)
    if _environment_scrubbed_for != work_directory:
        scrub_environment(work_directory)
    memory = request["memory_mb"] << 20
    if jailed:  # the work directory's tmpfs is part of the run's memory
        memory -= isolation.work_directory_size(memory)
        # Counted per user namespace, so this is the run's own count (outside the jail it would be the user's).
        lower_limit(resource.RLIMIT_NPROC, PROCESS_LIMIT)
        lower_limit(resource.RLIMIT_SIGPENDING, PENDING_SIGNALS_LIMIT)
        lower_limit(resource.RLIMIT_MSGQUEUE, MESSAGE_QUEUE_BYTES)
    lower_limit(resource.RLIMIT_AS, memory)
    cpu_seconds = request["cpu_seconds"]
    # The hard limit (SIGKILL) one second later stops a program that ignores SIGXCPU.
    lower_limit(resource.RLIMIT_CPU, cpu_seconds, cpu_seconds + 1)
    lower_limit(resource.RLIMIT_CORE, 0)
    lower_limit(resource.RLIMIT_FSIZE, FILE_SIZE_LIMIT)
    lower_limit(resource.RLIMIT_NOFILE, OPEN_FILES_LIMIT)
    _signal.signal(_signal.SIGXFSZ, _signal.SIG_IGN)  # an oversized write raises OSError instead of killing
    _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    _signal.signal(_signal.SIGXCPU, flush_then_stop)
    if jailed and seccomp.supported():
        seccomp.install()
    forget_ctypes()
    sys.argv = [request["filename"]]
    sys.path[0] = work_directory
    atexit._clear()  # the worker's exit handlers are not the program's


# The work directory the process's environment was last scrubbed for. In the jail every run's is the same, and the
# worker scrubs its own environment once (`scrub_environment`): a run that rebuilt os.environ copied a hundred pages.
_environment_scrubbed_for = None


def scrub_environment(work_directory: str) -> None:
    """The program's whole environment: nothing of the caller's, its work directory as home and temporary folder."""
    global _environment_scrubbed_for
    os.environ.clear()
    os.environ.update({
        "PATH": SCRUBBED_PATH, "HOME": work_directory, "TMPDIR": work_directory, "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
    })
    _environment_scrubbed_for = work_directory


def lower_limit(limit: int, soft: int, hard: int | None = None) -> None:
    """Set a resource limit, never above the hard limit the worker already has (raising it is not allowed)."""
    hard = soft if hard is None else hard
    _, current = resource.getrlimit(limit)
    if current != resource.RLIM_INFINITY:
        soft, hard = min(soft, current), min(hard, current)
    resource.setrlimit(limit, (soft, hard))


def forget_ctypes() -> None:
    """The machinery imported ctypes; the program must import it afresh, which the audit-hook policy sees.
    (By name: going through sys.modules would touch every module object, a page copied each.)"""
    for name in ("ctypes", "ctypes._endian", "_ctypes"):
        sys.modules.pop(name, None)


def write_record(record: dict) -> None:
    """The run's one record, written last; `final` tells the caller the program got to its end. A copy of the
    program made by `os.fork()` writes none: like `python FILE`, it just prints and exits."""
    if os.getpid() != _program_pid:
        return
    data = encode_final_record(record)
    try:
        while data:
            data = data[os.write(SIDE_CHANNEL_FD, data):]
    except OSError:
        pass  # the program closed the side channel: the caller still has the exit status


def flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def flush_then_stop(signum: int, frame) -> None:
    """SIGXCPU, which the kernel sends at the CPU limit and the supervisor at a timeout (then SIGKILL after a
    grace period, see `isolation.Supervisor.stop_program`): write out what the program printed, then die of the
    signal as before, so the caller sees the same stop.

    Why: the program's stdout is block-buffered, as under `python FILE > out` (the answer key: a program that
    mixes `print` with `os.write(1, ...)` gets its lines in that order). A stopped program's buffer would be
    lost with it, and the user would not see how far it got; a user who stops `python FILE > out` with Ctrl-C
    finds it written out at exit, in the order the buffer gives. A program that is stuck in C code (no Python
    line runs, so no handler either) or that took SIGXCPU for itself loses its buffer, as `kill -9` would."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # closed, or the signal came in the middle of a write to it (a reentrant call)
            pass
    _signal.signal(signum, _signal.SIG_DFL)
    _signal.raise_signal(signum)


def refuse(reason: str) -> NoReturn:
    """Called by the audit hook: the run ends here even if the program would have caught an exception."""
    try:
        write_record({"outcome": "refused", "reason": reason})
        flush_standard_streams()
    finally:
        os._exit(EXIT_CODES["refused"])


def prepare_loop(loop: str, trace: bool, stats: bool, python: str | None = None, jailed: bool = False) -> None:
    """Make `import asyncio` give the loop asked for. Subprocesses are the jail's to allow (see policy.py)."""
    if loop == "tiny":
        import quizzer.tinyloop
        import quizzer.tinyloop.trace

        quizzer.tinyloop.install(version=python, subprocesses=jailed)
        if trace:
            quizzer.tinyloop.trace.enable()
        elif stats:
            quizzer.tinyloop.trace.count()
    elif loop == "asyncio-ff":
        fastforward.install()


def stopping_exceptions(loop: str) -> dict[type, str]:
    """Exception class -> outcome, for the loop's own ways of ending a program."""
    if loop == "tiny":
        import quizzer.tinyloop

        return {quizzer.tinyloop.Deadlock: "deadlock", quizzer.tinyloop.Unsupported: "unsupported"}
    if loop == "asyncio-ff":
        return {fastforward.Deadlock: "deadlock"}
    return {}


def run_program(request: dict, jailed: bool) -> int:
    """Run the program as `__main__`; return the exit status `python FILE` would have (or a sandbox code)."""
    source, filename, loop = request["code"], request["filename"], request["loop"]
    # sys.stdout and sys.stderr are the worker's, which the interpreter made as `python FILE` makes them for a
    # pipe or a file: stdout block-buffered, stderr line-buffered. Kept so: the answer key is `python FILE > out`
    # (a stop writes the buffer out first: see `flush_then_stop`).
    prepare_loop(loop, request["trace"], request.get("stats", False), request.get("python"), jailed)
    stopping = stopping_exceptions(loop)
    main = types.ModuleType("__main__")
    main.__file__ = filename
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    sandbox_references = references(main)
    # Tracebacks show source lines even for snippets that have no file, and for files outside the cwd.
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    policy.install(request["tmpdir"], refuse, processes_allowed=jailed,
                   also_writable=(isolation.SHARED_MEMORY_DIRECTORY,) if jailed else ())

    record: dict = {}
    # `python FILE` starts the program at the bottom of the stack; here the fork server's and this
    # module's frames sit below it. Give them back, so recursion limits hit at the same depth.
    sys.setrecursionlimit(sys.getrecursionlimit() + stack_depth())
    started = time.perf_counter()
    try:
        exec(compile(source, filename, "exec"), main.__dict__)
        exit_code = 0
    except SystemExit as exc:
        exit_code = system_exit_code(exc)
    except MemoryError:
        record = {"outcome": "memory", "reason": memory_reason(request["memory_mb"])}
        exit_code = EXIT_CODES["memory"]
    except BaseException as exc:
        outcome = next((name for cls, name in stopping.items() if isinstance(exc, cls)), None)
        if outcome is None:
            report_uncaught(exc)
            record = {"outcome": "error", "exception": exception_line(exc)}
            # Python ends an uncaught Ctrl-C by dying of SIGINT: a shell sees status 130, not 1.
            exit_code = 128 + signal.SIGINT if isinstance(exc, KeyboardInterrupt) else 1
        else:
            record, exit_code = stop_record(outcome, exc)
    caught = caught_stop(loop, stopping)
    if caught is not None and record.get("outcome") not in stopping.values():
        record, exit_code = stop_record(stopping[type(caught)], caught)
    real_time = time.perf_counter() - started
    # After a deadlock the real program would still be waiting: nothing of its shutdown may show.
    finish_like_python(main, sandbox_references, program_ended=record.get("outcome") in (None, "error"))
    record["stats"] = loop_stats(loop) | {"real_time": real_time}
    if request["trace"]:
        import quizzer.tinyloop.trace

        record["trace"] = quizzer.tinyloop.trace.events()
    write_record(record)
    return exit_code


def stop_record(outcome: str, exc: BaseException) -> tuple[dict, int]:
    """Report the loop's own stop (a deadlock, an unsupported API) on stderr: the record and the exit status."""
    text = str(exc)
    report = text if text.startswith(f"{outcome}:") else f"{outcome}: {text}"
    print(report, file=sys.stderr)
    return {"outcome": outcome, "reason": report.splitlines()[0]}, EXIT_CODES[outcome]


def caught_stop(loop: str, stopping: dict) -> BaseException | None:
    """tinyloop's first Deadlock or Unsupported, also when the program caught it: it stopped there all the same."""
    if loop != "tiny":
        return None
    import quizzer.tinyloop.exceptions

    stop = quizzer.tinyloop.exceptions.first_stop
    return stop if type(stop) in stopping else None


def stack_depth() -> int:
    depth, frame = 0, sys._getframe(1)
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return depth


def system_exit_code(exc: SystemExit) -> int:
    """What the interpreter does with `sys.exit(x)`: None is 0, an int is itself, anything else is printed, 1."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code & 0xFF
    print(exc.code, file=sys.stderr)
    return 1


def report_uncaught(exc: BaseException) -> None:
    """Print the traceback as `python FILE` would: through sys.excepthook, without this module's frame, after
    keeping the exception in `sys.last_exc` (3.12 on) and `sys.last_type` / `last_value` / `last_traceback`,
    where the program's objects that the traceback holds stay until the interpreter's final clean-up.

    The interpreter's default hook reads source lines from disk, relative to the working directory, which is not
    the program's here (and a snippet has no file): the traceback module prints the same text from linecache.
    """
    if exc.__traceback__ is not None:
        exc = exc.with_traceback(exc.__traceback__.tb_next)
    if vars(sys)["version_info"] >= (3, 12):  # the version the program sees, as in `no_frame_location`
        sys.last_exc = exc
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, exc.__traceback__
    if sys.excepthook is sys.__excepthook__:
        summary = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True)
        print("".join(with_suggestions(summary, exc).format()), file=sys.stderr, end="")
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def exception_line(exc: BaseException) -> str:
    """`ValueError: boom`: how the traceback ends, without notes or, for a SyntaxError, the source lines."""
    summary = with_suggestions(traceback.TracebackException.from_exception(exc, limit=0), exc)
    summary.__notes__ = None
    return list(summary.format_exception_only())[-1].rstrip("\n")


def with_suggestions(summary: traceback.TracebackException, exc: BaseException) -> traceback.TracebackException:
    """`summary` of `exc` with the "Did you mean" that `python FILE` adds to the line of each NameError and
    AttributeError in it (chained or grouped). From 3.12 the traceback module adds them itself; on 3.11 only the
    interpreter's display in C does (`suggestion`), so they go into the summary's message (`_str`, which 3.11's
    traceback module formats the line from)."""
    if sys.implementation.version >= (3, 12):
        return summary
    pending, seen = [(summary, exc)], set()
    while pending:
        part, value = pending.pop()
        if part is None or value is None or id(value) in seen:
            continue
        seen.add(id(value))
        part._str += suggestion(value)
        pending += [(part.__cause__, value.__cause__), (part.__context__, value.__context__),
                    *zip(part.exceptions or (), getattr(value, "exceptions", ()))]
    return summary


def suggestion(exc: BaseException) -> str:
    """What Python 3.11's own display of an uncaught exception adds to a NameError's or AttributeError's line:
    `. Did you mean: 'print'?`, or nothing. The display is C code (`sys.__excepthook__`), which the sandbox cannot
    let print the traceback (it reads the source lines from disk, see `report_uncaught`); so it is shown, into a
    buffer, a stand-in exception holding only what a suggestion is made from: the name, and the object that lacks
    it or the frame where the name was looked up. The stand-in has no message, so its line is its type's name and
    the suggestion."""
    name = getattr(exc, "name", None)
    if isinstance(exc, NameError) and name is not None and exc.__traceback__ is not None:
        last = exc.__traceback__
        while last.tb_next is not None:
            last = last.tb_next
        stand_in = NameError(name=name)
        where = types.TracebackType(None, last.tb_frame, last.tb_lasti, last.tb_lineno)
    elif isinstance(exc, AttributeError) and name is not None:
        stand_in, where = AttributeError(name=name, obj=exc.obj), None
    else:
        return ""
    shown = io.StringIO()
    stderr, sys.stderr = sys.stderr, shown
    try:
        sys.__excepthook__(type(stand_in), stand_in, where)
    finally:
        sys.stderr = stderr
    added = shown.getvalue().rstrip("\n").rpartition("\n")[2].removeprefix(type(stand_in).__name__)
    return added if added.startswith(". Did you mean: ") else ""


def references(module) -> tuple[int, int]:
    """How many references the module and its globals have: the sandbox's own, taken before the program runs,
    tell whether the program added any (see `finish_like_python`)."""
    return sys.getrefcount(module), sys.getrefcount(module.__dict__)


def finish_like_python(main_module, sandbox_references: tuple[int, int], *, program_ended: bool) -> None:
    """Interpreter shutdown as the program would see it: wait for its threads, run its atexit handlers and,
    when the program ended (rather than being stopped by a deadlock or the sandbox), let its objects go as the
    interpreter does, so that `__del__` methods and coroutines' `finally` blocks print what they would print.

    The interpreter lets them go in three steps, and the first two run while the warnings module is still
    there (a warning goes through the program's `warnings.showwarning`, if it set one):
    1. sys's special names: the uncaught exception kept in `sys.last_*`, and the frames its traceback holds;
    2. `__main__` leaves sys.modules: when nothing else holds the module or its globals (no function or class
       of the program refers to them), its globals go at once, in the order they were defined;
    3. with the modules gone, the garbage collector and the clearing of the modules that are still alive
       (`clear_module_like_python`): a warning is then printed by the interpreter itself
       (`show_warning_as_finalizing`), whatever the program set."""
    threading._shutdown()
    atexit._run_exitfuncs()
    if program_ended:
        with warnings.catch_warnings():
            warnings.showwarning = show_warning_from_no_frame(warnings.showwarning)
            for name in ("last_exc", "last_type", "last_value", "last_traceback"):
                vars(sys).pop(name, None)
            # This frame's parameter holds the module once more than the frame that took the sandbox's count.
            sandbox_module_references, sandbox_globals_references = sandbox_references
            if references(main_module) == (sandbox_module_references + 1, sandbox_globals_references):
                main_module.__dict__.clear()
        with warnings.catch_warnings():
            warnings.showwarning = show_warning_as_finalizing
            clear_module_like_python(main_module)
            gc.collect()
    flush_standard_streams()


def no_frame_location() -> tuple[str, int]:
    """Where the interpreter says a warning comes from when no Python code is running: `sys:1`, from 3.13
    `<sys>:0`. The version is the one the program sees (tinyloop may show it another than the running one),
    read without counting as the program asking."""
    return ("sys", 1) if vars(sys)["version_info"] < (3, 13) else ("<sys>", 0)


def show_warning_from_no_frame(program_show):
    """`warnings.showwarning` while the program's objects go with the warnings module still there: a warning no
    code of the program raised (a coroutine never awaited, which the interpreter reports as it frees it) is
    attributed to this module's clean-up here, but comes from no frame in the finalizing interpreter. The
    program's own `showwarning` gets it as the interpreter gives it; warnings' own prints what
    `show_warning_as_finalizing` prints (no source line, and no tracemalloc hint: importing tracemalloc then
    fails, and here it is imported ahead of the program)."""
    def show(message, category, filename, lineno, file=None, line=None):
        if program_show is warnings._showwarning_orig:
            show_warning_as_finalizing(message, category, filename, lineno, file, line)
            return
        if filename == __file__:
            (filename, lineno), line = no_frame_location(), None
        program_show(message, category, filename, lineno, file, line)
    return show


def show_warning_as_finalizing(message, category, filename, lineno, file=None, line=None) -> None:
    """A warning raised as the program's objects go at exit, once the modules are gone.  One that no code of the
    program raised (a coroutine never awaited, which the interpreter reports as it frees it) is attributed to
    this module's clean-up here, but the finalizing interpreter runs no Python frame then: it prints `sys:1:
    RuntimeWarning: coroutine 'f' was never awaited` (from 3.13 `<sys>:0: ...`), without a source line or the
    tracemalloc hint."""
    if filename == __file__:
        (filename, lineno), line = no_frame_location(), ""
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def clear_module_like_python(module) -> None:
    """What interpreter finalization does to a module's globals: names starting with '_' become None first,
    then every other name (`__builtins__` stays)."""
    names = [name for name in module.__dict__ if name != "__builtins__"]
    for name in [n for n in names if n.startswith("_")] + [n for n in names if not n.startswith("_")]:
        try:
            module.__dict__[name] = None
        except Exception:  # a __del__ raising is reported by the interpreter itself ("Exception ignored in")
            pass


def loop_stats(loop: str) -> dict:
    if loop == "tiny":
        import quizzer.tinyloop

        # Which of the modelled version's changes the run asked about: the caller may take its answer for
        # the versions that agree on them all (see quizzer.tinyloop.versions.agreeing).
        return dict(quizzer.tinyloop.last_run_stats() or {},
                    versions_consulted=quizzer.tinyloop.versions.consulted_mask())
    if loop == "asyncio-ff" and fastforward.last_virtual_time is not None:
        return {"virtual_time": fastforward.last_virtual_time}
    return {}
