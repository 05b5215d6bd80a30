"""Attacks through ProcessPoolExecutor and POSIX shared memory, which work in the jail since a run's /dev/shm is
its work directory (`isolation.mount_work_directory`). Each test asserts that the effect did not happen: memory
held past the run's limit, a worker process left after the run."""

import textwrap

import pytest
from jailtools import hostile, jail_processes

from quizzer.sandbox import run_code
from quizzer.sandbox.isolation import work_directory_size

pytestmark = pytest.mark.usefixtures("jailed")

MEMORY_MB = 128


def run(code: str, memory_mb: int = MEMORY_MB):
    return run_code(code, loop="asyncio", memory_mb=memory_mb, timeout=20)


def test_a_process_pools_workers_together_are_held_to_the_runs_memory():
    """Four workers of 40 MiB each: each fits its own address space, together they are past the run's 128 MiB.
    Each takes its share a MiB at a time, as a program's memory grows: the run's memory is watched every
    `MEMORY_CHECK_PERIOD`, and on a loaded machine four workers taking 40 MiB at once all held it before a look."""
    result = run(textwrap.dedent("""\
        import concurrent.futures, os, time

        def hold(mib):
            blocks = []
            for _ in range(mib):
                blocks.append(b"x" * (1 << 20))
                time.sleep(0.02)
            os.write(1, b"held\\n")
            time.sleep(60)

        with concurrent.futures.ProcessPoolExecutor(4) as pool:
            list(pool.map(hold, [40] * 4))
    """))
    assert result.outcome == "memory", (result.stdout, result.stderr)
    assert result.stdout.count("held") < 4
    assert jail_processes() == []


def test_a_process_pools_workers_die_with_the_run():
    """The program leaves without shutting its pool down, its workers busy for ten minutes. (Room for five
    interpreters: the pages a fork shares with its parent count in each.)"""
    result = run(textwrap.dedent("""\
        import concurrent.futures, os, time
        pool = concurrent.futures.ProcessPoolExecutor(4)
        busy = [pool.submit(time.sleep, 600) for _ in range(4)]
        time.sleep(0.5)
        print("workers", len(pool._processes), flush=True)
        os._exit(0)
    """), memory_mb=4 * MEMORY_MB)
    assert result.stdout == "workers 4\n", result
    assert jail_processes() == []


def test_posix_shared_memory_is_held_to_the_work_directorys_size():
    """A segment in /dev/shm twice the work directory's size, each quarter filled by a worker of a pool through a
    mapping of its own (a mapping of a sparse file is not its size on the tmpfs until its pages are touched)."""
    quarter = work_directory_size(MEMORY_MB << 20) // 2
    result = run(hostile(f"""
        import concurrent.futures, mmap, os

        def fill(offset):
            fd = os.open("/dev/shm/segment", os.O_RDWR)
            window = mmap.mmap(fd, {quarter}, offset=offset)
            for at in range(0, {quarter}, 4096):
                window[at] = 1
            return {quarter}

        fd = os.open("/dev/shm/segment", os.O_CREAT | os.O_RDWR, 0o600)
        os.ftruncate(fd, 4 * {quarter})
        with concurrent.futures.ProcessPoolExecutor(4) as pool:
            print("filled", sum(pool.map(fill, [n * {quarter} for n in range(4)])), flush=True)
    """))
    assert result.stdout.startswith("policy off\n"), result
    assert "filled" not in result.stdout, result.stdout
    assert jail_processes() == []
