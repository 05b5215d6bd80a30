"""`quizzer schema`: print the bank format's JSON Schema, for editors."""

from __future__ import annotations

import click

from quizzer.cli.options import emit_json


@click.command("schema")
def command():
    """Print the JSON Schema of a bank file (point your editor's YAML language server at it)."""
    from quizzer.bank.schema import bank_schema

    emit_json(bank_schema())
