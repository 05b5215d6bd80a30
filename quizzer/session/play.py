"""A whole session as the commands run it: header, questions, held feedback, summary, exit status.

Exit status: 0 when the session ends normally (all questions, `q`, or end of input), 130 on
Ctrl-C (the shell's convention for SIGINT). Ctrl-C while the summary prints still ends quietly.
"""

from __future__ import annotations

from quizzer.session.explain import event_loop_trace
from quizzer.session.feedback import render_feedback
from quizzer.session.runner import run_session
from quizzer.session.summary import render_summary

INTERRUPTED = 130  # the shell's status for a program ended by SIGINT
ENDING_MESSAGES = {"quit": "You quit the session.", "end of input": "End of input.",
                   "interrupted": "Interrupted.", "time up": "Time is up."}


def play(items, terminal, *, header: str, titles: dict, exam: bool = False, on_answer=None, deadline=None,
         editor: bool = False, report=None) -> int:
    """`report(outcomes) -> str`, if given, is printed after the summary (the interview's readiness)."""
    style = terminal.style
    terminal.say(style(header, bold=True))
    terminal.say()
    result = run_session(items, terminal, exam=exam, on_answer=on_answer, deadline=deadline, editor=editor)
    try:
        if result.ended in ENDING_MESSAGES:
            terminal.warn(ENDING_MESSAGES[result.ended])
        if exam and result.outcomes:
            terminal.say(style("Review of your answers", bold=True))
            for number, outcome in enumerate(result.outcomes, 1):
                terminal.say()
                terminal.say(style(f"{number}. {outcome.item.question.id}", bold=True)
                             + (f" - you answered: {_one_line(outcome.answer)}" if not outcome.skipped else ""))
                terminal.say(render_feedback(outcome, style=style, trace=event_loop_trace))
            terminal.say()
        terminal.say(render_summary(result.outcomes, planned=len(items), titles=titles, style=style))
        if report is not None:
            terminal.say()
            terminal.say(report(result.outcomes))
    except KeyboardInterrupt:
        return INTERRUPTED
    return INTERRUPTED if result.ended == "interrupted" else 0


def _one_line(answer: str) -> str:
    lines = answer.rstrip("\n").split("\n")
    return lines[0] if len(lines) == 1 else f"{lines[0]} ... ({len(lines)} lines)"
