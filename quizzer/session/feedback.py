"""What the learner is told about one answer: right or wrong, why, and what the right answer is.

In order: the verdict (and which lenient rule matched), the feedback of each chosen option, for
output and code the line-by-line diff or the run's notes, the right answer with the explanation,
and for a wrong prediction the event-loop trace of the program, so the learner sees why the lines
come out in that order. Letters are always the ones the learner saw, shuffled or not.
"""

from __future__ import annotations

import textwrap

from quizzer.bank.model import bank_letter, letter, letter_index
from quizzer.grading.parse import parse_letters
from quizzer.grading.programs import OUTPUT_DIFFERS
from quizzer.grading.score import points_text
from quizzer.session.model import Outcome
from quizzer.ui.render import answer_version, render_key
from quizzer.ui.style import styled_diff
from quizzer.ui.wrap import labelled, prose

HEADLINES = {"correct": ("Right.", "green"), "partial": ("Partly right.", "yellow"),
             "wrong": ("Wrong.", "red"), "unanswered": ("Not answered.", "yellow")}


def render_feedback(outcome: Outcome, *, style, trace=None) -> str:
    """`trace(code, python) -> str` draws the event-loop trace (of the loop modelling Python `python`);
    None leaves it out."""
    question = outcome.item.question
    if outcome.skipped:
        return "\n\n".join([style("Skipped.", fg="yellow", bold=True), answer_block(outcome, style)])
    verdict = outcome.verdict
    words, colour = HEADLINES[verdict.status]
    headline = (f"{style(words, fg=colour, bold=True)} "
                f"({points_text(verdict.points)}/{points_text(verdict.max_points)} points)")
    if verdict.rule:
        headline += f" - matched with {verdict.rule}"
    parts = [headline]
    if question.choices:
        parts.extend(_chosen_feedback(outcome))
    elif question.type == "predict" and verdict.notes:
        parts.append(style("Your output against the expected one (- expected, + yours):", bold=True)
                     + "\n" + styled_diff(verdict.notes[0], style))
    elif verdict.notes:
        parts.append("\n".join(_styled_note(note, style) for note in verdict.notes))
    if outcome.note:
        parts.append(style(outcome.note, dim=True))
    parts.append(answer_block(outcome, style))
    if wrong_prediction(outcome) and trace is not None:
        parts.append(style("How the reference loop ran it:", bold=True) + "\n"
                     + trace(question.code, outcome.item.python))
    return "\n\n".join(parts)


def _styled_note(note: str, style) -> str:
    """A write answer's note; the one showing how its output differs has its diff coloured."""
    if not note.startswith(OUTPUT_DIFFERS):
        return note
    heading, _, diff = note.partition("\n")
    return f"{heading}\n{styled_diff(diff, style)}"


def wrong_prediction(outcome: Outcome) -> bool:
    """A predict answer that was not right: the learner is shown how the loop ran the program."""
    return outcome.item.question.type == "predict" and not outcome.skipped and not outcome.verdict.correct


def _chosen_feedback(outcome: Outcome) -> list[str]:
    question, order = outcome.item.question, outcome.item.choice_order
    lines = []
    for shown in parse_letters(outcome.answer, question):
        index = letter_index(bank_letter(shown, order))
        feedback = question.choices[index].feedback
        if feedback:
            lines.append(prose(f"{shown}) {feedback.strip()}"))
    return ["\n".join(lines)] if lines else []


def answer_block(outcome: Outcome, style) -> str:
    item = outcome.item
    question = item.question
    key = render_key(question, item.expected, item.choice_order)
    if question.type in ("predict", "write"):
        label = ("Expected output" if question.type == "predict" else "A solution") \
            + answer_version(question, item.python) + ":"
        shown_key = style(label, bold=True) + "\n" + textwrap.indent(key or "(no output)", "  ")
    else:
        shown_key = f"{style('Answer:', bold=True)} {key}"
    if question.choices:
        order = item.choice_order or tuple(range(len(question.choices)))
        shown_key += "".join("\n" + prose(f"  {letter(shown)}) {question.choices[index].text.strip()}")
                             for shown, index in enumerate(order) if question.choices[index].correct)
    return f"{shown_key}\n{labelled('Why:', question.explanation.strip(), style, bold=True)}"
