"""A pytest plugin for bank authors: each question of a bank becomes a test named by its id.

    pytest --quizzer-bank question_bank/        # or: pytest question_bank/  (a folder of bank files)

A question's test fails with the message `quizzer check` gives for it (invalid fields, a program
that does not finish, nondeterministic output, a pinned `expected:` that no longer matches), and
predict and write programs are also run on real asyncio (the differential check). Problems that
belong to no question (YAML syntax, a missing `topic`) become a test named by their file and line.
The plugin is registered through the `pytest11` entry point, so installing quizzer enables it;
`-p no:quizzer` disables it.

Installing quizzer loads the plugin into every pytest run of that environment, whatever pytest it
has (quizzer itself does not depend on pytest), so it must never break one. It collects banks on
pytest 7.0 and newer (it needs `pytest.StashKey` and the `file_path` argument of collection hooks,
both new in 7.0); on 7.0 and 7.1, which cannot tell arguments typed on the command line from
`testpaths`, it looks at the command line itself. On an older pytest it collects nothing and refuses
--quizzer-bank with a one-line reason.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

MINIMUM_PYTEST = (7, 0)
SUPPORTED = tuple(int(part) for part in re.findall(r"\d+", pytest.__version__)[:2]) >= MINIMUM_PYTEST


def pytest_addoption(parser):
    group = parser.getgroup("quizzer", "quizzer question banks")
    group.addoption("--quizzer-bank", action="append", default=[], metavar="PATH",
                    help="Collect every question of this bank (a .yaml file or folder) as a test.")
    group.addoption("--quizzer-no-differential", action="store_true",
                    help="Run bank programs on the reference loop only, not also on real asyncio.")
    group.addoption("--quizzer-no-cache", action="store_true", help="Do not use the answer-key cache.")


def pytest_configure(config):
    banks = [str(Path(p)) for p in config.getoption("--quizzer-bank")]
    if not SUPPORTED:
        if banks:
            raise pytest.UsageError(f"--quizzer-bank needs pytest {'.'.join(map(str, MINIMUM_PYTEST))} or newer; "
                                    f"this is pytest {pytest.__version__} (pip install -U pytest)")
        return
    explicit = _paths_typed(config)
    config.stash[_BANKS] = {Path(p).resolve() for p in banks} | (_bank_arguments(config.args) if explicit else set())
    config.stash[_CHECKS] = {}
    missing = [p for p in banks if p not in config.args]
    config.args.extend(missing)


def _paths_typed(config) -> bool:
    """Whether config.args are paths the user typed (not testpaths or the current folder)."""
    source = getattr(config, "args_source", None)      # pytest 7.2+
    if source is not None:
        return source == pytest.Config.ArgsSource.ARGS
    typed = set(config.invocation_params.args)
    return any(arg in typed for arg in config.args)


def _bank_arguments(args) -> set:
    """Paths named on the command line that are banks: a bank file, or a folder holding bank files directly."""
    found = set()
    for arg in args:
        path = Path(arg.split("::")[0])
        if path.is_file() and _is_bank_file(path):
            found.add(path.resolve())
        elif path.is_dir() and any(_is_bank_file(p) for p in path.iterdir() if p.is_file()):
            found.add(path.resolve())
    return found


def _is_bank_file(path: Path) -> bool:
    """A YAML file with a top-level `questions:` key (other YAML files are left to other plugins)."""
    if path.suffix not in (".yaml", ".yml"):
        return False
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            return any(line.startswith("questions:") for line in stream)
    except OSError:
        return False


if SUPPORTED:
    _BANKS = pytest.StashKey[set]()
    _CHECKS = pytest.StashKey[dict]()


def _collect_file(file_path: Path, parent):
    if file_path.suffix not in (".yaml", ".yml"):
        return None
    banks = parent.config.stash[_BANKS]
    resolved = file_path.resolve()
    bank_root = next((b for b in banks if b == resolved or b == resolved.parent), None)
    if bank_root is None:
        return None
    return BankFile.from_parent(parent, path=file_path, bank_root=bank_root)


if SUPPORTED:   # an older pytest refuses a hook implementation that asks for `file_path`
    pytest_collect_file = _collect_file


class BankFile(pytest.File):
    def __init__(self, *, bank_root: Path, **kwargs):
        super().__init__(**kwargs)
        self.bank_root = bank_root

    def collect(self):
        check = _bank_check(self.config, self.bank_root)
        mine = str(self.path.resolve())
        for name, (line, _messages, question) in check.entries.items():
            if check.files[name] == mine:
                yield QuestionItem.from_parent(self, name=name, line=line, question=question, check=check)


class _BankCheck:
    """The bank scanned once per session; programs run once, on first need, for all its questions."""

    def __init__(self, config, root: Path):
        from quizzer.bank.loader import scan_bank

        self.config = config
        self.bank, problems = scan_bank(root)
        self.entries, self.files = {}, {}
        for question in self.bank.questions:
            self._entry(question.id, question.source.file, question.source.line, question)
        for problem in problems:
            name = problem.question_id or f"{Path(problem.file).name}:{problem.line}"
            self._entry(name, problem.file, problem.line, None)
            self.entries[name][1].append(str(problem))
        self.findings = None

    def _entry(self, name, file, line, question):
        if name not in self.entries:
            self.entries[name] = (line, [], question)
            self.files[name] = str(Path(file).resolve())

    def program_findings(self, question_id: str) -> list[str]:
        if self.findings is None:
            from quizzer.answers.cache import make_cache
            from quizzer.answers.verify import verify_programs

            cache = make_cache(enabled=not self.config.getoption("--quizzer-no-cache"))
            found = verify_programs(self.bank.questions, cache=cache,
                                    differential=not self.config.getoption("--quizzer-no-differential"))
            self.findings = {}
            for finding in found:
                self.findings.setdefault(finding.question_id, []).append(str(finding))
        return self.findings.get(question_id, [])


def _bank_check(config, root: Path) -> _BankCheck:
    checks = config.stash[_CHECKS]
    if root not in checks:
        checks[root] = _BankCheck(config, root)
    return checks[root]


class QuestionFailed(Exception):
    """A question's problems; shown as they are, without a Python traceback."""


class QuestionItem(pytest.Item):
    def __init__(self, *, line: int, question, check: _BankCheck, **kwargs):
        super().__init__(**kwargs)
        self.line, self.question, self.check = line, question, check

    def runtest(self):
        messages = list(self.check.entries[self.name][1])
        if self.question is not None and self.question.type in ("predict", "write") and not messages:
            messages += self.check.program_findings(self.name)
        if messages:
            raise QuestionFailed("\n".join(messages))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, QuestionFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, max(self.line - 1, 0), f"question {self.name}"
