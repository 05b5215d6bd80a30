"""The question bank: its model, its YAML loader and the rules a bank must follow.

`load_bank(path)` returns a `Bank` or raises `BankError` listing every problem found, each with
the file, line and question id it concerns. Names are imported on first use, so that commands
which only need the model (and `quizzer --help`) do not pay for the YAML parser.
"""

import importlib

_HOMES = {
    "TOPICS_REQUIRED": "model", "TYPES": "model", "Bank": "model", "Choice": "model", "Question": "model",
    "Source": "model", "BankError": "problems", "Problem": "problems", "load_bank": "loader",
    "load_bank_text": "loader", "default_bank_path": "locate",
}

__all__ = sorted(_HOMES)


def __getattr__(name):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"quizzer.bank.{_HOMES[name]}"), name)
