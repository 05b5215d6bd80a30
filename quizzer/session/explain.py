"""Why a program printed what it did: the reference loop's timeline of the program, for the feedback.

The program is run again in the sandbox with tracing on, and its events are drawn by
`quizzer.tinyloop.trace.render_timeline` (one lane per task, as wide as the terminal allows).
Only wrong predict answers need it, so it is computed when asked for, not up front. When the
trace cannot be had, the learner is told why in one line instead.
"""

from __future__ import annotations


def event_loop_trace(code: str) -> str:
    from quizzer.sandbox import run_code
    from quizzer.tinyloop.trace import render_timeline

    result = run_code(code, trace=True)
    if not result.trace:
        return f"(no trace available: {result.reason or 'the run recorded no events'})"
    return render_timeline(result.trace, lane_width=lane_width(result.trace)).rstrip("\n")


def lane_width(events, *, narrowest: int = 18, widest: int = 30) -> int:
    """Lanes as wide as the terminal allows: one per task plus the loop's, beside the time column."""
    import shutil

    lanes = len({event["task_id"] for event in events if "task_id" in event}) + 1
    columns = shutil.get_terminal_size().columns
    return max(narrowest, min(widest, (columns - 12) // lanes - 3))
