"""Moodle XML (https://docs.moodle.org/en/Moodle_XML_format): a <quiz> of <question> elements.

Mapping: choice -> multichoice (single), multi -> multichoice (multiple answers, fractions 100/k for
each right option and -100/k for each wrong one), truefalse -> truefalse, short -> shortanswer,
predict -> shortanswer whose key is the computed output on one line, write -> essay with the
starter code as the response template. Prompts and code are HTML (code in <pre><code>).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape

from quizzer.export import PREDICT_INSTRUCTION, one_line_output


def _fraction(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return text or "0"


def question_html(question) -> str:
    parts = [f"<p>{escape(question.prompt.strip())}</p>"]
    code = question.code if question.type != "write" else None
    if code:
        parts.append(f"<pre><code>{escape(code.rstrip())}</code></pre>")
    if question.type == "predict":
        parts.append(f"<p>{escape(PREDICT_INSTRUCTION)}</p>")
    return "".join(parts)


def _text(parent, tag: str, value: str, fmt: str | None = None):
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def _answer(parent, fraction: float, text: str, feedback: str | None, fmt: str = "html"):
    answer = ET.SubElement(parent, "answer", {"fraction": _fraction(fraction), "format": fmt})
    ET.SubElement(answer, "text").text = text
    fb = ET.SubElement(answer, "feedback", {"format": "html"})
    ET.SubElement(fb, "text").text = escape(feedback) if feedback else ""


def to_moodle_xml(questions, expected: dict) -> str:
    quiz = ET.Element("quiz")
    for question in questions:
        kind = {"choice": "multichoice", "multi": "multichoice", "truefalse": "truefalse",
                "short": "shortanswer", "predict": "shortanswer", "write": "essay"}[question.type]
        element = ET.SubElement(quiz, "question", {"type": kind})
        _text(element, "name", question.id)
        _text(element, "questiontext", question_html(question), "html")
        _text(element, "generalfeedback", f"<p>{escape(question.explanation.strip())}</p>", "html")
        ET.SubElement(element, "defaultgrade").text = _fraction(question.points)
        ET.SubElement(element, "penalty").text = "0"
        ET.SubElement(element, "hidden").text = "0"
        ET.SubElement(element, "idnumber").text = question.id
        if question.type in ("choice", "multi"):
            single = question.type == "choice"
            ET.SubElement(element, "single").text = "true" if single else "false"
            ET.SubElement(element, "shuffleanswers").text = "true"
            ET.SubElement(element, "answernumbering").text = "abc"
            right = len(question.correct_letters)
            for choice in question.choices:
                fraction = (100 if single else 100 / right) if choice.correct else (0 if single else -100 / right)
                _answer(element, fraction, escape(choice.text.strip()), choice.feedback)
        elif question.type == "truefalse":
            _answer(element, 100 if question.answer else 0, "true", None, "moodle_auto_format")
            _answer(element, 0 if question.answer else 100, "false", None, "moodle_auto_format")
        elif question.type == "short":
            ET.SubElement(element, "usecase").text = "0"
            for accepted in question.accept:
                _answer(element, 100, accepted, None, "moodle_auto_format")
        elif question.type == "predict":
            ET.SubElement(element, "usecase").text = "1"
            _answer(element, 100, one_line_output(expected[question.id]), None, "moodle_auto_format")
        else:
            ET.SubElement(element, "responseformat").text = "monospaced"
            ET.SubElement(element, "responserequired").text = "1"
            ET.SubElement(element, "responsefieldlines").text = "20"
            ET.SubElement(element, "attachments").text = "0"
            _text(element, "responsetemplate", question.starter, "plain")
            _text(element, "graderinfo", f"<pre><code>{escape(question.solution.rstrip())}</code></pre>", "html")
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"
