"""Runs a program in a sandboxed child process, on tinyloop or on real asyncio.

`run_code(code, loop=..., ...) -> RunResult` and `run_many(codes, ..., jobs=None)`; see docs/design.md for the
contract and `quizzer.sandbox.outcomes` for the outcomes and their exit codes. Every run happens in a jail built
from kernel namespaces by bubblewrap (`quizzer.sandbox.jail`, `quizzer.sandbox.isolation`) when this machine can
build it; `jail_status()` says whether it does, and why not. `harness` is the child side of a write question graded
by cases (see `quizzer.grading.cases`).

The caller's side (`runner`) is imported when one of its names is first used, not with the package: the jail's
worker (`python -m quizzer.sandbox.forkserver`) imports this package too, and every module it holds (the runner's
thread pool, temporary files, archives) makes each run's fork copy more of its memory map.
"""

from quizzer.sandbox.outcomes import EXIT_CODES

__all__ = ["EXIT_CODES", "LOOPS", "RunResult", "jail_status", "retire_author", "run_code", "run_many"]
_RUNNER_NAMES = {"LOOPS", "RunResult", "jail_status", "retire_author", "run_code", "run_many"}


def __getattr__(name: str):
    if name in _RUNNER_NAMES:
        from quizzer.sandbox import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
