"""How a question looks in the terminal: prompt, numbered code, lettered choices, and the answer.

Shared by `quizzer show` and `quizzer quiz`, so a question looks the same wherever it appears.
Colour is applied by the caller's `style` function, which is a no-op when colour is off.
"""

from __future__ import annotations

import textwrap

from quizzer.bank.examples import shown_answer
from quizzer.bank.model import DEFAULT_MAX_STEP, Question, letter, shown_letter
from quizzer.ui.wrap import prose

HOW_TO_ANSWER = {
    "choice": "Answer with one letter.",
    "multi": "Answer with every right letter, e.g. a,c (several may be right).",
    "truefalse": "Answer t (true) or f (false).",
    "short": "Answer with a short text.",
    "predict": "Type the exact output, line by line; end with a line holding only '.'.",
    "write": "Write a complete program.",
}
# In the terminal, where a program is typed at the prompt, or with --editor in $EDITOR, ending when it is closed.
HOW_TO_ANSWER_AT_PROMPT = {**HOW_TO_ANSWER,
                           "write": "Write a complete program, line by line; end with a line holding only '.'."}
HOW_TO_ANSWER_IN_EDITOR = {
    **HOW_TO_ANSWER,
    "predict": "Type the exact output in your editor, line by line; save and close it to answer.",
    "write": "Write a complete program in your editor (it opens with the code above); save and close it to answer.",
}

# A short question whose key is only a pattern none of whose answers could be made: a student is not
# shown the regular expression (`quizzer show --answer` shows it to authors).
NO_EXAMPLE = "(the bank gives no example answer; see why below)"

# A write question graded by cases is answered with a module, not a program.
HOW_TO_ANSWER_CASES = ("Write the code asked for, with its imports: it is loaded as a module and called on each "
                       "case (a demo under `if __name__ == \"__main__\":` does not run).")
WRITE_AT_PROMPT = " Type it line by line; end with a line holding only '.'."
WRITE_IN_EDITOR = " Write it in your editor (it opens with the code above); save and close it to answer."

# How the answer keys of predict questions end (see answers.keys): every predict question says it.
PREDICT_ENDINGS = ("If it ends with an uncaught exception, end with the traceback's last line (ValueError: boom); "
                   "if it never finishes, end with a line (hangs forever).")


def plain(text, **_style):
    return text


def numbered(code: str) -> str:
    lines = code.rstrip("\n").split("\n")
    width = len(str(len(lines)))
    return "\n".join(f"{number:>{width}} | {line}".rstrip() for number, line in enumerate(lines, 1))


def render_question(question: Question, *, heading: str | None = None, style=plain, choice_order=None,
                    editor: bool = False) -> str:
    """The question as a student sees it, without the answer.

    `choice_order` lists the bank's choice indexes in the order to show them (for shuffled quizzes);
    `editor` says that output and code are typed in $EDITOR rather than at the prompt.
    """
    parts = []
    meta = f"{question.topic} · {question.type} · difficulty {question.difficulty}"
    if question.python:
        meta += f" · Python {question.python}"
    parts.append(style(heading or question.id, bold=True) + style(f"  ({meta})", dim=True))
    parts.append(prose(question.prompt.rstrip()))
    code = question.starter if question.type == "write" else question.code
    if code:
        parts.append(numbered(code))
    if question.choices:
        order = choice_order if choice_order is not None else range(len(question.choices))
        parts.append("\n".join(_wrap_choice(letter(shown), question.choices[index].text)
                               for shown, index in enumerate(order)))
    if question.cases:
        head, *cases = case_lines(question)
        parts.append("\n".join([prose(head), *cases]))
        how = HOW_TO_ANSWER_CASES + (WRITE_IN_EDITOR if editor else WRITE_AT_PROMPT)
    else:
        how = (HOW_TO_ANSWER_IN_EDITOR if editor else HOW_TO_ANSWER_AT_PROMPT)[question.type]
    if question.type == "predict":
        how += "\n" + PREDICT_ENDINGS
    parts.append(style(prose(how), dim=True))
    return "\n\n".join(parts)


def case_lines(question: Question) -> list[str]:
    """How a write question with cases is graded, as the student reads it: what is called, each visible case
    with its limits, and the limits of the hidden ones (never their inputs)."""
    names = " and ".join(question.entry)
    shown, hidden = [], []
    number = 0
    for case in question.cases:
        first = number + 1
        number += case.repeat
        limits = _limits(case)
        if case.hidden:
            which = f"case {first}" if case.repeat == 1 else f"cases {first}-{number}"
            hidden.append(f"  {which} (hidden){': ' + limits if limits else ''}")
            continue
        for shown_number in range(first, number + 1):
            shown.append(f"  case {shown_number}: {case.call.strip()}")
            shown += [f"      {'given: ' if index == 0 else '       '}{line}"
                      for index, line in enumerate((case.given or "").strip().splitlines())]
            if case.observe:
                shown.append(f"      then checks {case.observe.strip()}")
            if limits:
                shown.append(f"      {limits}")
    hidden_count = sum(case.repeat for case in question.cases if case.hidden)
    which = (f"{number - hidden_count} shown below and {hidden_count} hidden (their inputs drawn at random when "
             "graded)") if hidden_count else "shown below"
    head = (f"Graded by calling {names} on {number} case{'s' if number != 1 else ''}: {which}, each compared with "
            "what a reference solution does.")
    return [head, *shown, *hidden]


def _limits(case) -> str:
    limits = []
    if case.max_time == "reference":
        limits.append("no slower than a reference solution (in virtual time)")
    elif case.max_time is not None:
        limits.append(f"at most {case.max_time:g} s of virtual time")
    if case.max_tasks is not None:
        limits.append(f"at most {case.max_tasks} task{'s' if case.max_tasks != 1 else ''} alive at once")
    if case.cancel_at is not None:
        within = f"within {case.cancel_grace:g} s" if case.cancel_grace else "at once"
        limits.append(f"cancelled {case.cancel_at:g} s after it starts, it must end {within}")
    if case.max_step != DEFAULT_MAX_STEP:
        limits.append(f"no step of the loop longer than {case.max_step:g} s")
    return "; ".join(limits)


def _wrap_choice(label: str, text: str) -> str:
    """A one-line choice wrapped as prose under its letter; a choice of several lines kept as written."""
    return textwrap.indent(text.rstrip(), "    ").replace("    ", f"{label}) ", 1) if "\n" in text.rstrip() \
        else prose(f"{label}) {text.strip()}")


def render_key(question: Question, expected_output: str | None = None, choice_order=None) -> str:
    """The right answer in the form a student would type it."""
    if question.type in ("choice", "multi"):
        letters = [shown_letter(i, choice_order) for i, choice in enumerate(question.choices) if choice.correct]
        return ",".join(sorted(letters))
    if question.type == "truefalse":
        return "true" if question.answer else "false"
    if question.type == "short":
        return shown_answer(question) or NO_EXAMPLE
    if question.type == "write":
        return question.solution.rstrip()
    return (expected_output if expected_output is not None else "(not computed)").rstrip("\n")


def answer_version(question: Question, python: str | None) -> str:
    """` (Python 3.12)`: the version an answer is for, where that can matter (a program's output), else ''."""
    return f" (Python {python})" if python and question.type in ("predict", "write") else ""


def render_answer(question: Question, expected_output: str | None = None, *, style=plain,
                  python: str | None = None) -> str:
    """The answer block: the key (and for a short question every answer it accepts), then the explanation;
    `python` is the version a computed key is for."""
    key = render_key(question, expected_output)
    label = ("Answer" if question.type != "write" else "A solution") + answer_version(question, python)
    block = f"{style(label + ':', bold=True)}\n{textwrap.indent(key, '  ')}" if "\n" in key or question.type in (
        "predict", "write") else f"{style(label + ':', bold=True)} {key}"
    if question.type == "short":
        block += f"\n{style('Accepts:', bold=True)} {_accepted_answers(question)}"
    return f"{block}\n\n{style('Why:', bold=True)}\n{prose(question.explanation.rstrip())}"


def _accepted_answers(question: Question) -> str:
    """The whole key of a short question, for its author: the `accept` answers and the `pattern`."""
    parts = [f"{', '.join(question.accept)} (case and spacing aside)"] if question.accept else []
    if question.pattern:
        parts.append(f"any answer /{question.pattern}/ matches in full (any case)")
    return " or ".join(parts)
