"""The question bank: its model, its YAML loader and the rules a bank must follow.

`load_bank(path)` returns a `Bank` or raises `BankError` listing every problem found, each with
the file, line and question id it concerns.
"""

from quizzer.bank.model import TOPICS_REQUIRED, TYPES, Bank, Choice, Question, Source
from quizzer.bank.problems import BankError, Problem
from quizzer.bank.loader import load_bank, load_bank_text
from quizzer.bank.locate import default_bank_path

__all__ = [
    "TOPICS_REQUIRED", "TYPES", "Bank", "BankError", "Choice", "Problem", "Question", "Source",
    "default_bank_path", "load_bank", "load_bank_text",
]
