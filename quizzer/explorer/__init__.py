"""The explorer: a web page that steps through a program's run on the reference loop.

`explorer_page(code, filename=...)` runs the program in the sandbox with tracing on and returns
one self-contained HTML file (`page.render_page`); `states` rebuilds the loop's state at every
step from the trace. `quizzer run FILE --explore OUT.html` writes it, and so do `quiz` and
`practice` after a wrong prediction, when the learner asks.
"""

from __future__ import annotations

from quizzer.explorer.page import render_page


def explorer_page(code: str, *, filename: str = "program.py", result=None) -> str:
    """The page for `code`; `result` is a traced RunResult of it when the caller already has one."""
    if result is None:
        from quizzer.sandbox import run_code

        result = run_code(code, filename=filename, trace=True)
    return render_page(result.trace or [], code, filename=filename, ending=describe_ending(result))


def describe_ending(result) -> str:
    """One sentence on how the run ended, for the page's header."""
    if result.outcome == "ok":
        return f"The program ended with exit status {result.exit_code}."
    if result.outcome == "error":
        return f"The program ended with an uncaught exception: {result.exception or 'see stderr'}."
    if result.outcome == "deadlock":
        return "The program can never finish: the loop found a deadlock (under asyncio it hangs forever)."
    return f"The run was stopped: {result.reason}."
