"""What the sandbox's output must share with `python FILE > out`: the buffering of stdout and stderr (and what a
stopped program leaves of it), the interpreter's final clean-up after an uncaught exception, the program's own
warning display at that clean-up, and process pools. Each program also runs under the real interpreter here, in
a subprocess with its output to pipes, as the answer key assumes."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from quizzer.sandbox import run_code


def python_file(path, **options) -> subprocess.CompletedProcess:
    """`python FILE` as the answer key assumes it: output to pipes, no PYTHONUNBUFFERED (which the test
    environment may set)."""
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True, env=real_environment(),
                          cwd=path.parent, **options)


def real_environment() -> dict:
    return {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}


def assert_runs_as_python_file(tmp_path, code: str, loop: str) -> subprocess.CompletedProcess:
    """The program's stdout, stderr and exit status in the sandbox are those of `python FILE`; that run."""
    path = write_program(tmp_path, code)
    result = run_code(path.read_text(), loop=loop, filename=str(path))
    python = python_file(path)
    assert (result.stdout, result.stderr, result.exit_code) == (python.stdout, python.stderr, python.returncode)
    return python


def write_program(tmp_path, code: str):
    path = tmp_path / "prog.py"
    path.write_text(textwrap.dedent(code))
    return path


BUFFERING_PROGRAMS = {
    "print_then_os_write": """
        import os
        print("one")
        os.write(1, b"two\\n")
        print("three")
    """,
    "print_then_buffer_write": """
        import sys
        print("one")
        sys.stdout.buffer.write(b"two\\n")
        sys.stdout.buffer.flush()
        print("three")
    """,
    # The buffer's size decides where the text and the direct writes cross: past 8 KiB of prints.
    "many_prints_then_os_write": """
        import os
        for number in range(2000):
            print(number)
            if number % 300 == 0:
                os.write(1, b"direct %d\\n" % number)
    """,
    # stderr is line-buffered (a partial line waits for its newline), stdout is not.
    "stderr_partial_line_then_os_write": """
        import os, sys
        print("start", end="", file=sys.stderr)
        os.write(2, b"direct\\n")
        print(" end", file=sys.stderr)
    """,
    "os_exit_loses_the_buffer": """
        import os
        print("never written")
        os.write(1, b"written\\n")
        os._exit(3)
    """,
    "stream_settings": """
        import sys
        for stream in (sys.stdout, sys.stderr):
            print(stream.line_buffering, stream.write_through, type(stream.buffer).__name__,
                  stream is (sys.__stdout__ if stream is sys.stdout else sys.__stderr__))
    """,
}


@pytest.mark.parametrize("loop", ["tiny", "asyncio"])
@pytest.mark.parametrize("name", sorted(BUFFERING_PROGRAMS))
def test_output_is_buffered_as_python_FILE_buffers_it_for_a_pipe(tmp_path, name, loop):
    assert_runs_as_python_file(tmp_path, BUFFERING_PROGRAMS[name], loop)


# Prints (some in the buffer, a partial line last), says on stderr that it is about to hang, and hangs: in
# Python code, or asleep in a system call.
STOPPED = """
    import os, sys, time
    print("one")
    os.write(1, b"two\\n")
    print("three", end="")
    print("hanging", file=sys.stderr)
    {hang}
"""
HANGS = {"spinning": "while True: pass", "sleeping": "time.sleep(600)"}


def python_file_stopped_by_ctrl_c(path) -> str:
    """The stdout of `python FILE > out` that a user stops with Ctrl-C once it hangs."""
    process = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=real_environment(), cwd=path.parent)
    try:
        deadline = time.monotonic() + 60
        while b"hanging" not in process.stderr.readline():
            assert time.monotonic() < deadline and process.poll() is None
        process.send_signal(signal.SIGINT)
        stdout, _ = process.communicate(timeout=60)
    finally:
        process.kill()
    return stdout.decode()


@pytest.mark.parametrize("hang", sorted(HANGS))
def test_a_program_stopped_at_its_timeout_writes_out_what_it_printed(tmp_path, hang):
    path = write_program(tmp_path, STOPPED.format(hang=HANGS[hang]))
    result = run_code(path.read_text(), loop="asyncio", filename=str(path), timeout=1.5)
    assert result.outcome == "timeout"
    assert result.stdout == python_file_stopped_by_ctrl_c(path) == "two\none\nthree"


def test_a_program_stopped_at_its_cpu_limit_writes_out_what_it_printed(tmp_path):
    path = write_program(tmp_path, STOPPED.format(hang=HANGS["spinning"]))
    result = run_code(path.read_text(), loop="asyncio", filename=str(path), timeout=60, cpu_seconds=1)
    assert result.outcome == "cpu"
    assert result.stdout == python_file_stopped_by_ctrl_c(path)


def test_a_program_that_takes_the_stop_signal_over_is_still_stopped(tmp_path):
    result = run_code(textwrap.dedent("""
        import signal
        signal.signal(signal.SIGXCPU, signal.SIG_IGN)
        print("lost in the buffer")
        while True: pass
    """), loop="asyncio", timeout=1)
    assert (result.outcome, result.stdout) == ("timeout", "")


def test_without_the_jail_a_stopped_program_writes_out_what_it_printed_too(tmp_path, unjailed):
    path = write_program(tmp_path, STOPPED.format(hang=HANGS["spinning"]))
    result = run_code(path.read_text(), loop="asyncio", filename=str(path), timeout=1.5)
    assert (result.outcome, result.stdout) == ("timeout", "two\none\nthree")


CLEAN_UP_PROGRAMS = {
    # The traceback of the uncaught exception holds g's frame, and with it an object and a coroutine: they go at
    # the interpreter's clean-up, where the warning comes from no line of the program.
    "exception_holds_frames": """
        class Noisy:
            def __del__(self):
                print("Noisy goes")
        async def never():
            pass
        def fail():
            kept, coroutine = Noisy(), never()
            raise ValueError("boom")
        fail()
    """,
    "exception_kept_for_atexit": """
        import atexit, sys
        atexit.register(lambda: print("last:", repr(sys.last_value), sys.last_type.__name__))
        raise ValueError("boom")
    """,
    "own_showwarning_and_exception": """
        import warnings
        def show(message, category, filename, lineno, file=None, line=None):
            print("shown by the program:", category.__name__, message, filename, lineno, line)
        warnings.showwarning = show
        async def never():
            pass
        def fail():
            coroutine = never()
            raise ValueError("boom")
        fail()
    """,
    # No function or class of its own: __main__'s globals go as soon as the module does, while the warnings
    # module (and the program's showwarning) is still there.
    "own_showwarning_globals_go_first": """
        import asyncio, functools, warnings
        warnings.showwarning = functools.partial(print, "shown by the program:")
        coroutine = asyncio.sleep(0)
    """,
    "own_filter_and_exception": """
        import warnings
        warnings.filterwarnings("ignore", category=RuntimeWarning)
        async def never():
            pass
        def fail():
            coroutine = never()
            raise ValueError("boom")
        fail()
    """,
}


@pytest.mark.parametrize("loop", ["tiny", "asyncio"])
@pytest.mark.parametrize("name", sorted(CLEAN_UP_PROGRAMS))
def test_the_final_clean_up_is_the_interpreters(tmp_path, name, loop):
    assert_runs_as_python_file(tmp_path, CLEAN_UP_PROGRAMS[name], loop)


# `python FILE` ends the line of an uncaught NameError or AttributeError with "Did you mean: ...?" when a name is
# close, on every version: on 3.11 only the interpreter's display in C adds it, not the traceback module. The line
# of each exception in a chain or a group gets its own.
SUGGESTION_PROGRAMS = {
    "local_name_in_a_function": """
        def wait():
            delay_seconds = 0.1
            return delay_secnds
        wait()
    """,
    "attribute_in_a_chain": """
        class Job:
            def __init__(self):
                self.result_value = 1
        try:
            prnt("never")
        except NameError:
            Job().reslt_value
    """,
    "no_name_close_enough": """
        class Job:
            pass
        Job().completely_different
    """,
    "names_in_a_group": """
        def fail(name):
            try:
                eval(name)
            except NameError as error:
                return error
        raise ExceptionGroup("several", [fail("lenn"), fail("nothing_like_it"), fail("prnt")])
    """,
}


@pytest.mark.parametrize("loop", ["tiny", "asyncio"])
@pytest.mark.parametrize("name", sorted(SUGGESTION_PROGRAMS))
def test_an_uncaught_exception_suggests_names_as_python_FILE_does(tmp_path, name, loop):
    python = assert_runs_as_python_file(tmp_path, SUGGESTION_PROGRAMS[name], loop)
    assert ("Did you mean" in python.stderr) == (name != "no_name_close_enough")


PROCESS_POOL = """
    import concurrent.futures

    def square(number):
        return number * number

    if __name__ == "__main__":
        with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
            print(list(pool.map(square, range(5))))
            print(pool.submit(square, 9).result())
"""
PROCESS_POOL_IN_THE_LOOP = """
    import asyncio, concurrent.futures

    def square(number):
        return number * number

    async def main():
        loop = asyncio.get_running_loop()
        with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
            print(await loop.run_in_executor(pool, square, 7))
            print(await asyncio.gather(*(loop.run_in_executor(pool, square, n) for n in range(3))))

    asyncio.run(main())
"""


SHARED_MEMORY = """
    from multiprocessing import shared_memory

    block = shared_memory.SharedMemory(create=True, size=16)
    block.buf[:5] = b"hello"
    other = shared_memory.SharedMemory(name=block.name)
    print(bytes(other.buf[:5]))
    other.close()
    block.close()
    block.unlink()
"""


@pytest.mark.parametrize(("code", "loop"), [(PROCESS_POOL, "tiny"), (PROCESS_POOL, "asyncio"),
                                            (PROCESS_POOL_IN_THE_LOOP, "asyncio"), (SHARED_MEMORY, "tiny")])
def test_process_pools_and_shared_memory_work_in_the_jail(tmp_path, jailed, code, loop):
    assert assert_runs_as_python_file(tmp_path, code, loop).returncode == 0


def test_the_reference_loop_says_it_does_not_model_a_process_pool_in_run_in_executor(jailed):
    result = run_code(textwrap.dedent(PROCESS_POOL_IN_THE_LOOP), loop="tiny")
    assert (result.outcome, result.reason) == (
        "unsupported", "unsupported: loop.run_in_executor with a ProcessPoolExecutor is not supported by quizzer's "
                       "reference loop (tinyloop); run it with --loop asyncio")
    assert "Traceback" not in result.stderr


def test_without_the_jail_a_process_pool_is_refused_in_one_line(unjailed):
    result = run_code(textwrap.dedent(PROCESS_POOL), loop="asyncio")
    assert result.outcome == "refused"
    assert result.reason.startswith("refused: process creation") and "\n" not in result.reason


# Each thread allocates through the C library (objects above pymalloc's 512 bytes), which gives a thread an arena
# of its own unless told otherwise: 64 MiB of address space reserved each, where the run's memory limit is on
# address space.
THREADS_THAT_ALLOCATE = """
    import threading

    COUNT = 24
    everyone_started = threading.Barrier(COUNT + 1)

    def work(number):
        held = [bytearray(1000) for _ in range(100)]
        everyone_started.wait()
        return held

    threads = [threading.Thread(target=work, args=(number,)) for number in range(COUNT)]
    for thread in threads:
        thread.start()
    everyone_started.wait()
    for thread in threads:
        thread.join()
    print(len(threads), "threads ran at once")
"""


def test_a_run_starts_as_many_threads_as_python_file_in_the_jail(tmp_path, jailed):
    assert assert_runs_as_python_file(tmp_path, THREADS_THAT_ALLOCATE, "tiny").stdout == "24 threads ran at once\n"


def test_a_run_starts_as_many_threads_as_python_file_without_the_jail(tmp_path, unjailed):
    assert assert_runs_as_python_file(tmp_path, THREADS_THAT_ALLOCATE, "tiny").stdout == "24 threads ran at once\n"
