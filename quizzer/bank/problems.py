"""Problems found in a bank, reported as `FILE:LINE: question ID: what is wrong`."""

from __future__ import annotations

from dataclasses import dataclass

from quizzer.ui.printable import printable


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int            # 1-based; 0 when the problem is not at a line (a file that cannot be read)
    message: str
    question_id: str | None = None

    def __str__(self) -> str:
        """One line for the terminal: a shared bank's names and texts in it are untrusted (see `printable`)."""
        where = f"{self.file}:{self.line}" if self.line else self.file  # line 0: the file as a whole
        if self.question_id:
            return printable(f"{where}: question {self.question_id}: {self.message}")
        return printable(f"{where}: {self.message}")


class BankError(Exception):
    """A bank that cannot be used; `problems` lists every reason, in file and line order."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the bank:\n"
                         + "\n".join(str(p) for p in self.problems))
