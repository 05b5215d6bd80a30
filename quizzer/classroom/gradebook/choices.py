"""A choice question's options as one student saw them: their letters (the pack variant's order) and texts.

Every report that names an option (feedback, results.json, Gradescope) names it with the letter the
student saw and its text, so a shuffled variant never shows a student another variant's letters.
"""

from __future__ import annotations

from quizzer.bank.model import bank_letter, letter, letter_index, shown_letter


def shown_options(question, choice_order=None) -> list[tuple[str, str]]:
    """Every option as (letter, text), in the order the student saw them."""
    order = choice_order or range(len(question.choices))
    return [(letter(shown), question.choices[index].text.strip()) for shown, index in enumerate(order)]


def options_named(question, letters: str, choice_order=None) -> list[tuple[str, str]]:
    """The options a student's letters ("a,c", as they saw them) name, as (letter, text)."""
    return [(shown, question.choices[letter_index(bank_letter(shown, choice_order))].text.strip())
            for shown in letters.split(",") if shown]


def correct_options(question, choice_order=None) -> list[tuple[str, str]]:
    """The right options as (letter the student saw, text), in the student's order."""
    found = [(shown_letter(index, choice_order), choice.text.strip())
             for index, choice in enumerate(question.choices) if choice.correct]
    return sorted(found)


def option_lines(options) -> list[str]:
    """`a) text` for each option; a text of several lines keeps them, indented under its letter."""
    return [f"{label}) " + text.replace("\n", "\n   ") for label, text in options]
