"""Runs a program in a sandboxed child process, on tinyloop or on real asyncio.

`run_code(code, loop=..., ...) -> RunResult` and `run_many(codes, ..., jobs=None)`; see docs/design.md for the
contract and `quizzer.sandbox.outcomes` for the outcomes and their exit codes. Every run happens in a jail built
from kernel namespaces by bubblewrap (`quizzer.sandbox.jail`, `quizzer.sandbox.isolation`) when this machine can
build it; `jail_status()` says whether it does, and why not. `harness` is the child side of a write question graded
by cases (see `quizzer.grading.cases`).
"""

from quizzer.sandbox.outcomes import EXIT_CODES
from quizzer.sandbox.runner import LOOPS, RunResult, jail_status, retire_author, run_code, run_many

__all__ = ["EXIT_CODES", "LOOPS", "RunResult", "jail_status", "retire_author", "run_code", "run_many"]
