"""Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): a <quiz> of <question> elements.

Mapping: choice -> multichoice (single), multi -> multichoice (multiple answers, fractions 100/k for
each right option and -100/k for each wrong one: Moodle's grade list has 1/k for every k up to 10),
truefalse -> truefalse, short -> shortanswer, predict -> shortanswer whose key is the computed output
on one line (case-sensitive), write -> essay with the starter code as the response template (a write
question graded by cases lists its visible cases; Moodle does not run them: `quizzer grade` does).

Prose (prompts, options, explanations) is written in Moodle's `markdown` text format, so Moodle
renders the bank's Markdown (backticks, lists) as the bank's own tools do, but none of the HTML
Markdown lets through (`quizzer.export.prose`: Moodle shows a question's text unclean, so a shared
bank's `<script>` ran in the browser of whoever opened the question); code is an HTML block
<pre><code> inside it, which Markdown passes through untouched. In a shortanswer key, `*` is Moodle's
wildcard, so it is escaped (`\\*`). A short question whose right answers are given only by a
`pattern` has no answer Moodle's shortanswer can hold: with `regexp=True` it becomes a question of
the regexp type (the qtype_regexp plugin, which must be installed in Moodle), else it is left out with
a warning. A short question with `accept` answers and a `pattern` keeps only its `accept` answers as a
shortanswer (with a warning), or all of them as a regexp question.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from quizzer.bank.examples import shown_answer
from quizzer.export import PREDICT_INSTRUCTION, one_line_output
from quizzer.export.patterns import literal_pcre, to_pcre
from quizzer.export.prose import markdown_prose
from quizzer.ui.render import case_lines

KINDS = {"choice": "multichoice", "multi": "multichoice", "truefalse": "truefalse", "short": "shortanswer",
         "predict": "shortanswer", "write": "essay"}


def _fraction(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return text or "0"


def question_markdown(question) -> str:
    """The question text in Moodle's markdown format, with code as an untouched <pre><code> block."""
    parts = [markdown_prose(question.prompt.strip())]
    code = question.code if question.type != "write" else None
    if code:
        parts.append(code_block(code))
    if question.type == "predict":
        parts.append(PREDICT_INSTRUCTION)
    if question.cases:
        head, *cases = case_lines(question)
        parts += [markdown_prose(head), code_block("\n".join(case[2:] for case in cases))]
    return "\n\n".join(parts)


def code_block(code: str) -> str:
    return f"<pre><code>{escape(code.rstrip())}</code></pre>"


def wildcard_escaped(key: str) -> str:
    """A shortanswer key with Moodle's wildcard `*` made literal."""
    return key.replace("*", "\\*")


def _text(parent, tag: str, value: str, fmt: str | None = None):
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def _answer(parent, fraction: float, text: str, feedback: str | None, fmt: str = "markdown"):
    answer = ET.SubElement(parent, "answer", {"fraction": _fraction(fraction), "format": fmt})
    ET.SubElement(answer, "text").text = text
    _text(answer, "feedback", markdown_prose(feedback.strip()) if feedback else "", "markdown")


def to_moodle_xml(questions, expected: dict, *, regexp: bool = False,
                  warn=lambda text, left_out=False: None) -> str:
    quiz = ET.Element("quiz")
    pattern_only_with_accept = []
    for question in questions:
        kind = KINDS[question.type]
        if question.type == "short" and question.pattern:
            if regexp:
                kind = "regexp"
            elif not question.accept:
                warn(f"{question.source}: question {question.id}: its right answers are given only by a pattern, "
                     "which Moodle's shortanswer cannot hold: left out (--moodle-regexp exports it as Moodle's "
                     "regexp question type)", left_out=True)
                continue
            else:
                pattern_only_with_accept.append(question.id)
        if kind == "regexp" and shown_answer(question) is None:
            warn(f"{question.source}: question {question.id}: no plain answer could be made from its pattern for "
                 "the regexp type's first answer: left out (add an `example` answer)", left_out=True)
            continue
        _question(quiz, question, kind, expected)
    if pattern_only_with_accept:
        warn(f"{len(pattern_only_with_accept)} short question(s) also accept answers matching a pattern, which "
             "Moodle's shortanswer cannot: only their `accept` answers are exported (--moodle-regexp keeps the "
             f"patterns): {', '.join(pattern_only_with_accept)}")
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def _question(quiz, question, kind: str, expected: dict) -> None:
    element = ET.SubElement(quiz, "question", {"type": kind})
    _text(element, "name", question.id)
    _text(element, "questiontext", question_markdown(question), "markdown")
    _text(element, "generalfeedback", markdown_prose(question.explanation.strip()), "markdown")
    ET.SubElement(element, "defaultgrade").text = _fraction(question.points)
    ET.SubElement(element, "penalty").text = "0"
    ET.SubElement(element, "hidden").text = "0"
    ET.SubElement(element, "idnumber").text = question.id
    if kind == "multichoice":
        single = question.type == "choice"
        ET.SubElement(element, "single").text = "true" if single else "false"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "abc"
        right = len(question.correct_letters)
        for choice in question.choices:
            fraction = (100 if single else 100 / right) if choice.correct else (0 if single else -100 / right)
            _answer(element, fraction, markdown_prose(choice.text.strip()), choice.feedback)
    elif kind == "truefalse":
        _answer(element, 100 if question.answer else 0, "true", None, "moodle_auto_format")
        _answer(element, 0 if question.answer else 100, "false", None, "moodle_auto_format")
    elif kind == "shortanswer":
        # quizzer compares short answers in any case, and program output exactly.
        ET.SubElement(element, "usecase").text = "1" if question.type == "predict" else "0"
        keys = [one_line_output(expected[question.id])] if question.type == "predict" else question.accept
        for key in keys:
            _answer(element, 100, wildcard_escaped(key), None, "moodle_auto_format")
    elif kind == "regexp":
        _regexp(element, question)
    else:
        ET.SubElement(element, "responseformat").text = "monospaced"
        ET.SubElement(element, "responserequired").text = "1"
        ET.SubElement(element, "responsefieldlines").text = "20"
        ET.SubElement(element, "attachments").text = "0"
        _text(element, "responsetemplate", question.starter, "plain_text")
        _text(element, "graderinfo", code_block(question.solution), "html")


def _regexp(element, question) -> None:
    """qtype_regexp: answer 1 is a plain right answer (shown to students), the others regular expressions."""
    ET.SubElement(element, "usehint").text = "0"
    ET.SubElement(element, "usecase").text = "0"
    ET.SubElement(element, "studentshowalternate").text = "0"
    first = shown_answer(question)
    _answer(element, 100, first, None, "moodle_auto_format")
    for accepted in (answer for answer in question.accept if answer != first):
        _answer(element, 100, literal_pcre(accepted), None, "moodle_auto_format")
    _answer(element, 100, to_pcre(question.pattern), None, "moodle_auto_format")
