"""Asking the questions one by one: show, read, grade, record, give feedback.

The session ends when the questions run out, on `q`, at end of input, on Ctrl-C, or when a
deadline passes; `SessionResult.ended` says which, and every answer graded before that is in
`outcomes` (and was handed to `on_answer`, which records it). An answer that cannot be read
(a letter no choice has) is asked again with the reason; it never ends the session.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass, replace

from quizzer.grading.parse import AnswerFormatError
from quizzer.grading.programs import judge_case_answers, judge_program_run, run_answer_programs
from quizzer.grading.score import grade
from quizzer.session.answers import read_response
from quizzer.session.deadline import TimeUp
from quizzer.session.explain import event_loop_trace, offer_explorer
from quizzer.session.feedback import render_feedback, wrong_prediction
from quizzer.session.model import Item, Outcome
from quizzer.ui.render import render_question


@dataclass
class SessionResult:
    outcomes: list
    ended: str        # "finished", "quit", "end of input", "interrupted" or "time up"


def run_session(items: list[Item], terminal, *, exam: bool = False, on_answer=None, deadline=None,
                editor: bool = False, clock=time.monotonic) -> SessionResult:
    """`on_answer(outcome) -> note or None` is called for each graded answer (not for skips)."""
    outcomes: list[Outcome] = []
    ended = "finished"
    try:
        for number, item in enumerate(items, 1):
            if deadline is not None and deadline.passed():
                raise TimeUp
            terminal.say(_heading_line(number, len(items), deadline))
            terminal.say(render_question(item.question, style=terminal.style, choice_order=item.choice_order,
                                         editor=editor))
            started = clock()
            with deadline.interruptible() if deadline is not None else nullcontext():
                action, text, verdict = _ask(item, terminal, editor)
            if action == "quit":
                ended = "quit"
                break
            outcome = Outcome(item, text if action == "answer" else None, verdict,
                              round((clock() - started) * 1000))
            if verdict is not None and on_answer is not None:
                outcome = replace(outcome, note=on_answer(outcome))
            outcomes.append(outcome)
            if not exam:
                terminal.say()
                terminal.say(render_feedback(outcome, style=terminal.style, trace=event_loop_trace))
                if wrong_prediction(outcome) and terminal.interactive:
                    terminal.say()
                    offer_explorer(item.question, terminal)
            elif not outcome.skipped:
                terminal.say(terminal.style("Answer recorded.", dim=True))
            terminal.say()
    except EOFError:
        ended = "end of input"
    except KeyboardInterrupt:
        ended = "interrupted"
    except TimeUp:
        ended = "time up"
    return SessionResult(outcomes, ended)


def _heading_line(number: int, total: int, deadline) -> str:
    line = f"Question {number} of {total}"
    if deadline is not None:
        minutes, seconds = divmod(int(deadline.remaining()), 60)
        line += f" - {minutes}:{seconds:02d} left"
    return "-" * 8 + f" {line} " + "-" * 8


def _ask(item: Item, terminal, editor: bool):
    """(action, text, verdict): the first answer that can be read, or a skip or quit."""
    while True:
        response = read_response(terminal, item.question, editor=editor)
        if response.action != "answer":
            return response.action, None, None
        try:
            return "answer", response.text, grade_text(item, response.text, terminal)
        except AnswerFormatError as error:
            terminal.say(f"Cannot read that answer: {error}. Try again (s skips, q quits).")


def grade_text(item: Item, text: str, terminal):
    question = item.question
    if question.type == "write":
        terminal.say(terminal.style("Running your program on the reference loop...", dim=True))
        if item.case_key is not None:
            (judged,) = judge_case_answers([(question, text)], {question.id: item.case_key}, python=item.python)
            return grade(question, text, program_run=judged)
        ((run, note),) = run_answer_programs([text], python=item.python)
        return grade(question, text, program_run=judge_program_run(question, run, item.expected, note))
    return grade(question, text, expected_output=item.expected, choice_order=item.choice_order)
