"""Runs a program in a sandboxed child process, on tinyloop or on real asyncio.

`run_code(code, loop=..., ...) -> RunResult` and `run_many(codes, ..., jobs=None)`; see docs/design.md for the
contract and `quizzer.sandbox.outcomes` for the outcomes and their exit codes. The sandbox is a best-effort guard
(rlimits, a fork server's child per run, an audit-hook policy), not a security boundary.
"""

from quizzer.sandbox.outcomes import EXIT_CODES
from quizzer.sandbox.runner import LOOPS, RunResult, run_code, run_many

__all__ = ["EXIT_CODES", "LOOPS", "RunResult", "run_code", "run_many"]
