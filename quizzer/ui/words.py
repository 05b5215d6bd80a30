"""Counted nouns in messages: `1 question`, `2 questions`, `1 minute`, `0.5 minutes`."""

from __future__ import annotations


def counted(number: float, noun: str) -> str:
    """The number and its noun, plural unless the number is exactly one (regular plurals only)."""
    return f"{number:g} {noun}{'' if number == 1 else 's'}"
