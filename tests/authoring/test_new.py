"""Every skeleton `quizzer new` prints loads as a valid question, once placed under `questions:`."""

import textwrap

import pytest
from click.testing import CliRunner

from quizzer.bank import load_bank_text
from quizzer.bank.model import TYPES
from quizzer.cli import main


@pytest.mark.parametrize("qtype", TYPES)
def test_skeleton_is_a_valid_question(qtype):
    result = CliRunner().invoke(main, ["new", qtype, "--topic", "event-loop"])
    assert result.exit_code == 0
    bank = load_bank_text("topic: event-loop\nquestions:\n" + textwrap.indent(result.stdout, "  "), "new.yaml")
    (question,) = bank.questions
    assert (question.id, question.type, question.topic) == (f"event-loop-new-{qtype}", qtype, "event-loop")


def test_bad_topic_is_usage_error():
    assert CliRunner().invoke(main, ["new", "choice", "--topic", "Bad Topic"]).exit_code == 2
