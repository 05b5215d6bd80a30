"""`--save`: the answers as a submission file, the format `quizzer grade` reads.

    student: NAME
    answers:
      question-id: b            # choice: a letter; multi: "a,c"; truefalse: true/false
      other-id: |               # short, predict, write: a string
        main
        child

In a quiz on the bank, letters are the bank's, as if the choices had not been shuffled, so the
file grades the same whatever order the learner saw (`add`). In a quiz pack they are the letters
shown, with the variant's name, which the pack maps back when it grades (`add_answer`). The file
is rewritten (atomically) after every answer, so an interrupted quiz still leaves every answer given.
"""

from __future__ import annotations

from pathlib import Path

from quizzer.bank.model import bank_letter
from quizzer.grading.parse import parse_letters, parse_truefalse


def submitted_answer(outcome):
    """The answer in the bank's own terms: unshuffled letters, a boolean, or the text typed."""
    question, order = outcome.item.question, outcome.item.choice_order
    if question.type in ("choice", "multi"):
        letters = parse_letters(outcome.answer, question)
        letters = [bank_letter(shown, order) for shown in letters]
        return ",".join(sorted(letters))
    if question.type == "truefalse":
        return parse_truefalse(outcome.answer)
    return outcome.answer


class SubmissionFile:
    def __init__(self, path, student: str, variant: str | None = None):
        self.path = Path(path)
        self.student = student
        self.variant = variant   # the pack variant taken, when the quiz came from a pack
        self.answers: dict = {}

    def add(self, outcome) -> None:
        """Add a graded answer and rewrite the file."""
        self.answers[outcome.item.question.id] = submitted_answer(outcome)
        self.write()

    def add_answer(self, question, text: str) -> None:
        """Add an answer to a pack question (letters as shown: the pack maps them back) and rewrite the file."""
        if question.type in ("choice", "multi"):
            answer = ",".join(sorted(parse_letters(text, question)))
        elif question.type == "truefalse":
            answer = parse_truefalse(text)
        else:
            answer = text
        self.answers[question.id] = answer
        self.write()

    def write(self) -> None:
        import yaml

        from quizzer.atomic import atomic_write_text

        data = {"student": self.student}
        if self.variant is not None:
            data["variant"] = self.variant
        data["answers"] = self.answers
        text = yaml.dump(data, Dumper=_block_dumper(),
                         sort_keys=False, allow_unicode=True, default_flow_style=False)
        atomic_write_text(self.path, text)


def _block_dumper():
    import yaml

    class BlockDumper(yaml.SafeDumper):
        """Multi-line answers (program output, code) as `|` blocks, readable and diffable by the instructor."""

    def represent_text(dumper, text):
        style = "|" if "\n" in text else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)

    BlockDumper.add_representer(str, represent_text)
    return BlockDumper

