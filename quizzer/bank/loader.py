"""Load a bank from a YAML file or a folder of them, reporting every problem at once.

Each file is one topic. The loader checks every field against the tables in `model.py`,
then the rules that span fields (one correct choice, short answers need `accept` or
`pattern`, code that compiles) and the whole bank (unique ids, a non-empty bank). Every
problem carries its file, line and question id; nothing a bank author writes can make the
loader raise anything but `BankError`.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizzer.bank import answer_patterns, pyversions
from quizzer.bank.files import NotRead, read_bounded
from quizzer.bank.model import (
    ALL,
    CASE_FIELDS,
    CHOICE_FIELDS,
    FILE_FIELDS,
    QUESTION_FIELDS,
    REPEAT_LIMIT,
    SLUG_PATTERN,
    TYPES,
    Bank,
    Case,
    Choice,
    Question,
    Source,
)
from quizzer.bank.problems import BankError, Problem
from quizzer.bank.yamlnodes import Located, YamlProblem, parse

_SLUG = re.compile(SLUG_PATTERN)
# The largest bank file read: the bundled bank's largest is 120 kB. A shared bank's file of gigabytes (a repository
# stores one of zeros in a few megabytes), or its link to one, was read whole and filled the machine's memory.
BANK_FILE_LIMIT = 16 << 20
_YAML11_BOOLEANS = {"yes", "no", "on", "off", "y", "n"}
_QUESTION_SPECS = {spec.name: spec for spec in QUESTION_FIELDS}
_CHOICE_SPECS = {spec.name: spec for spec in CHOICE_FIELDS}
_CASE_SPECS = {spec.name: spec for spec in CASE_FIELDS}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_FILE_SPECS = {spec.name: spec for spec in FILE_FIELDS}


def bank_files(path: Path) -> list[Path]:
    """The YAML files of a bank: the file itself, or a folder's *.yaml / *.yml files in name order."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path]


def load_bank(path: str | Path) -> Bank:
    bank, problems = scan_bank(path)
    if problems:
        raise BankError(problems)
    return bank


def scan_bank(path: str | Path) -> tuple[Bank, list[Problem]]:
    """The valid questions of a bank and every problem found; never raises for a bad bank.

    `load_bank` is all-or-nothing; tools that report per question (the pytest plugin) use this.
    """
    path = Path(path)
    if not path.exists():
        return Bank((), {}), [Problem(str(path), 0, "no such file or folder")]
    files = bank_files(path)
    if not files:
        return Bank((), {}), [Problem(str(path), 0, "the folder has no .yaml files: the bank is empty")]
    texts = []
    problems = []
    for file in files:
        try:
            raw = read_bounded(file, BANK_FILE_LIMIT, "a bank file")
        except OSError as error:
            problems.append(Problem(str(file), 0, f"cannot read the file: {error.strerror or error}"))
            continue
        except NotRead as error:
            problems.append(Problem(str(file), 0, str(error)))
            continue
        try:
            texts.append((raw.decode("utf-8"), str(file)))
        except UnicodeDecodeError as error:
            problems.append(_not_utf8(str(file), raw, error))
    return _scan(texts, problems)


def _not_utf8(filename: str, raw: bytes, error: UnicodeDecodeError) -> Problem:
    """Where the first byte that is not UTF-8 is: its line and column (1-based), and its value."""
    line_start = raw.rfind(b"\n", 0, error.start) + 1
    line = raw.count(b"\n", 0, error.start) + 1
    return Problem(filename, line, f"the file is not UTF-8 text: byte 0x{raw[error.start]:02x} in column "
                                   f"{error.start - line_start + 1} cannot be decoded (save the file as UTF-8)")


def load_bank_text(text: str, filename: str = "<bank>") -> Bank:
    """Load a bank from one file's text (for tests and tools)."""
    bank, problems = _scan([(text, filename)], [])
    if problems:
        raise BankError(problems)
    return bank


def _scan(texts: list[tuple[str, str]], problems: list[Problem]) -> tuple[Bank, list[Problem]]:
    questions: list[Question] = []
    titles: dict[str, str] = {}
    first_seen: dict[str, Question] = {}
    for text, filename in texts:
        collector = _FileLoader(filename)
        topic, title, file_questions = collector.load(text)
        problems.extend(collector.problems)
        if topic is not None:
            titles.setdefault(topic, title or topic)
        for question in file_questions:
            earlier = first_seen.get(question.id)
            if earlier is not None:
                problems.append(Problem(filename, question.source.line,
                                        f"duplicate id (also at {earlier.source})", question.id))
                continue
            first_seen[question.id] = question
            questions.append(question)
    if not questions and not problems:
        problems.append(Problem(texts[0][1] if texts else "<bank>", 1, "the bank has no questions"))
    return Bank(tuple(questions), titles), sorted(problems)


def _accepted(values: dict, answer: str) -> bool:
    """Whether a short question's `accept` or `pattern` takes `answer`, as grading compares them (a pattern that
    takes too long to tell raises `answer_patterns.PatternTooSlow`)."""
    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    pattern = values.get("pattern")
    return (folded(answer) in {folded(accepted) for accepted in values.get("accept", ())}
            or (pattern is not None and answer_patterns.full_match(pattern, answer.strip())))


class _FileLoader:
    """Validates one bank file, collecting problems instead of stopping at the first."""

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str, question_id: str | None = None) -> None:
        self.problems.append(Problem(self.filename, line, message, question_id))

    def load(self, text: str):
        try:
            document = parse(text)
        except YamlProblem as error:
            self.problem(error.line, error.message)
            return None, None, []
        if document is None or not isinstance(document.value, dict):
            self.problem(document.line if document else 1,
                         "a bank file must be a mapping with `topic` and `questions`")
            return None, None, []
        fields = document.value
        self._unknown_fields(fields, document.key_lines, _FILE_SPECS, "file", None)
        for name in ("topic", "questions"):
            if name not in fields:
                self.problem(document.line, f"missing field `{name}`")
        topic = self._topic(fields.get("topic"))
        title = self._text(fields.get("title"), "title", None)
        questions_node = fields.get("questions")
        if questions_node is None:
            return topic, title, []
        if not isinstance(questions_node.value, list):
            self.problem(questions_node.where, "`questions` must be a list")
            return topic, title, []
        if not questions_node.value:
            self.problem(questions_node.where, "`questions` is empty")
        questions = []
        for node in questions_node.value:
            question = self._question(node, topic or "?")
            if question is not None:
                questions.append(question)
        return topic, title, questions

    def _topic(self, node: Located | None) -> str | None:
        if node is None:
            return None
        if not isinstance(node.value, str) or not _SLUG.fullmatch(node.value):
            self.problem(node.where, "`topic` must be a slug such as `event-loop` (lowercase letters, digits, dashes)")
            return None
        return node.value

    def _unknown_fields(self, fields: dict, key_lines: dict, specs: dict, what: str, question_id) -> None:
        for name in fields:
            if name not in specs:
                hint = _closest(name, specs)
                suggestion = f" (did you mean `{hint}`?)" if hint else ""
                self.problem(key_lines[name], f"unknown {what} field `{name}`{suggestion}", question_id)

    def _question(self, node: Located, topic: str) -> Question | None:
        if not isinstance(node.value, dict):
            self.problem(node.line, "each question must be a mapping of fields")
            return None
        fields, key_lines = node.value, node.key_lines
        raw_id = fields.get("id")
        question_id = raw_id.value if raw_id is not None and isinstance(raw_id.value, str) else None
        before = len(self.problems)
        qtype = fields.get("type")
        qtype = qtype.value if qtype is not None and qtype.value in TYPES else None
        self._unknown_fields(fields, key_lines, _QUESTION_SPECS, "question", question_id)
        values = {}
        for spec in QUESTION_FIELDS:
            value_node = fields.get(spec.name)
            if value_node is None:
                if spec.required == ALL:
                    self.problem(node.line, f"missing field `{spec.name}`", question_id)
                elif qtype is not None and qtype in spec.required:
                    self.problem(node.line, f"missing field `{spec.name}` (required for {qtype})", question_id)
                continue
            if qtype is not None and qtype not in spec.allowed:
                self.problem(value_node.where, f"field `{spec.name}` does not apply to {qtype} questions",
                             question_id)
                continue
            value = self._value(spec.kind, value_node, spec.name, question_id)
            if value is not None:
                values[spec.name] = value
        if qtype is not None:
            self._type_rules(qtype, values, fields, node.line, question_id)
        if len(self.problems) > before or qtype is None or question_id is None:
            return None
        values["choices"] = tuple(values.get("choices", ()))
        values["cases"] = tuple(values.get("cases", ()))
        for name in ("tags", "accept", "entry"):
            values[name] = tuple(values.get(name, ()))
        field_lines = {name: _content_line(located) for name, located in fields.items()}
        return Question(topic=topic, source=Source(self.filename, node.line), field_lines=field_lines, **values)

    def _type_rules(self, qtype: str, values: dict, fields: dict, line: int, question_id) -> None:
        if qtype in ("choice", "multi") and "choices" in values:
            choices = values["choices"]
            correct = sum(choice.correct for choice in choices)
            where = fields["choices"].where
            if len(choices) < 2:
                self.problem(where, "needs at least two choices", question_id)
            if qtype == "choice" and correct != 1:
                self.problem(where, f"a choice question needs exactly one correct choice, found {correct}",
                             question_id)
            if qtype == "multi" and correct < 1:
                self.problem(where, "a multi question needs at least one correct choice", question_id)
            texts = [choice.text.strip() for choice in choices]
            if len(set(texts)) != len(texts):
                self.problem(where, "two choices have the same text", question_id)
        if qtype == "short" and not values.get("accept") and "pattern" not in values:
            if "accept" not in fields and "pattern" not in fields:
                self.problem(line, "a short question needs `accept` or `pattern`", question_id)
        if values.get("keys_per_version") and "expected" in values:
            self.problem(fields["expected"].where, "`expected` pins one output, but `keys_per_version` says the "
                         "output differs between versions: drop one of them", question_id)
        if qtype == "short" and values.get("example") is not None:
            self._example_rule(values, fields, question_id)
        if qtype == "write":
            self._write_rules(fields, line, question_id)

    def _example_rule(self, values: dict, fields: dict, question_id) -> None:
        """A short question's `example` is an answer it accepts."""
        try:
            accepted = _accepted(values, values["example"])
        except answer_patterns.PatternTooSlow as slow:
            self.problem(fields["pattern"].where, f"`pattern` cannot be used to grade: on the `example` {slow}",
                         question_id)
            return
        if not accepted:
            self.problem(fields["example"].where, "`example` must be an answer the question accepts: one of "
                         "`accept` or a full match of `pattern` (case and spacing aside)", question_id)

    def _write_rules(self, fields: dict, line: int, question_id) -> None:
        """A write question graded by cases names its entry point; an output-only one has neither."""
        if ("entry" in fields) != ("cases" in fields):
            present, absent = ("entry", "cases") if "entry" in fields else ("cases", "entry")
            self.problem(fields[present].where, f"`{present}` needs `{absent}`: a write question graded by cases "
                         "names the function the student writes (`entry`) and the calls it is graded on (`cases`)",
                         question_id)
        if "cases" in fields:
            for name in ("expected", "max_virtual_time"):
                if name in fields:
                    instead = " (give each case a `max_time`)" if name == "max_virtual_time" else ""
                    self.problem(fields[name].where, f"`{name}` is for output-only write questions; this one is "
                                 f"graded by its cases{instead}", question_id)
        elif "fixtures" in fields:
            self.problem(fields["fixtures"].where, "`fixtures` serve the `cases`, which this question lacks",
                         question_id)

    def _value(self, kind: str, node: Located, name: str, question_id):
        """The field's value if it is valid for `kind`; otherwise None, with the problem reported."""
        if kind.startswith("enum:"):
            return self._enum(kind[5:].split("|"), node, name, question_id)
        check = {"id": self._id, "difficulty": self._difficulty, "number": self._number, "bool": self._bool,
                 "strlist": self._strlist, "regex": self._regex, "code": self._code, "expr": self._expression,
                 "names": self._names, "count": self._count, "repeat": self._repeat, "seconds": self._seconds,
                 "limit": self._limit, "pyversions": self._pyversions}.get(kind)
        if check is not None:
            return check(node, name, question_id)
        if kind == "choices":
            return self._choices(node, question_id)
        if kind == "cases":
            return self._cases(node, question_id)
        return self._text(node, name, question_id)

    def _id(self, node: Located, name: str, question_id):
        value = node.value
        if not isinstance(value, str) or not _SLUG.fullmatch(value):
            self.problem(node.where, f"`id` must be lowercase letters, digits and dashes, got {value!r}", question_id)
            return None
        return value

    def _enum(self, options: list[str], node: Located, name: str, question_id):
        value = node.value
        if value not in options:
            hint = "" if name != "type" else " (a question type)"
            self.problem(node.where, f"`{name}` must be one of {', '.join(options)}{hint}; got {value!r}",
                         question_id)
            return None
        return value

    def _difficulty(self, node: Located, name: str, question_id):
        value = node.value
        if type(value) is not int or value not in (1, 2, 3):
            self.problem(node.where, f"`difficulty` must be 1, 2 or 3, got {value!r}", question_id)
            return None
        return value

    def _number(self, node: Located, name: str, question_id):
        value = node.value
        if type(value) not in (int, float) or not value > 0 or value == float("inf"):
            self.problem(node.where, f"`{name}` must be a positive number, got {value!r}", question_id)
            return None
        return value

    def _count(self, node: Located, name: str, question_id):
        value = node.value
        if type(value) is not int or value < 1:
            self.problem(node.where, f"`{name}` must be a whole number of at least 1, got {value!r}", question_id)
            return None
        return value

    def _repeat(self, node: Located, name: str, question_id):
        value = self._count(node, name, question_id)
        if value is not None and value > REPEAT_LIMIT:
            self.problem(node.where, f"`{name}` must be at most {REPEAT_LIMIT}, got {value}", question_id)
            return None
        return value

    def _seconds(self, node: Located, name: str, question_id):
        value = node.value
        if type(value) not in (int, float) or not 0 <= value < float("inf"):
            self.problem(node.where, f"`{name}` must be a number of seconds (0 or more), got {value!r}", question_id)
            return None
        return value

    def _limit(self, node: Located, name: str, question_id):
        if node.value == "reference":
            return node.value
        if type(node.value) not in (int, float) or not 0 < node.value < float("inf"):
            self.problem(node.where, f"`{name}` must be a positive number of seconds or `reference`, got "
                         f"{node.value!r}", question_id)
            return None
        return node.value

    def _names(self, node: Located, name: str, question_id):
        items = [node] if isinstance(node.value, str) else node.value if isinstance(node.value, list) else None
        if not items or not all(isinstance(item.value, str) and _NAME.fullmatch(item.value) for item in items):
            self.problem(node.where, f"`{name}` must be a Python name (or a list of names), got {node.value!r}",
                         question_id)
            return None
        return [item.value for item in items]

    def _expression(self, node: Located, name: str, question_id):
        text = self._text(node, name, question_id)
        if text is None:
            return None
        try:
            compile(text, f"<{name}>", "eval", dont_inherit=True)
        except (SyntaxError, ValueError) as error:
            self.problem(node.where, f"`{name}` is not a Python expression: {getattr(error, 'msg', error)}",
                         question_id)
            return None
        except (RecursionError, MemoryError):
            self.problem(node.where, f"`{name}` nests too deeply for Python to compile it", question_id)
            return None
        return text

    def _bool(self, node: Located, name: str, question_id):
        value = node.value
        if type(value) is not bool:
            # YAML 1.1 (PyYAML, some older editors) reads yes/no/on/off as booleans; YAML 1.2 reads text.
            hint = (" (YAML 1.2, which quizzer and editors read, takes it as text)"
                    if isinstance(value, str) and value.lower() in _YAML11_BOOLEANS else "")
            self.problem(node.where, f"`{name}` must be true or false, got {value!r}{hint}", question_id)
            return None
        return value

    def _strlist(self, node: Located, name: str, question_id):
        items = node.value if isinstance(node.value, list) else None
        if items is None or not all(isinstance(item.value, str) and item.value.strip() for item in items):
            self.problem(node.where, f"`{name}` must be a list of non-empty strings", question_id)
            return None
        return [item.value for item in items]

    def _regex(self, node: Located, name: str, question_id):
        value = node.value
        if not isinstance(value, str):
            self.problem(node.where, f"`{name}` must be a string", question_id)
            return None
        problem = answer_patterns.problem_with(value)
        if problem is not None:
            self.problem(node.where, f"`{name}` {problem}", question_id)
            return None
        return value

    def _pyversions(self, node: Located, name: str, question_id):
        value = node.value
        if not isinstance(value, str):
            self.problem(node.where, f"`{name}` must be a version specifier such as \">=3.12\" (quoted), "
                                     f"got {value!r}", question_id)
            return None
        try:
            chosen = pyversions.selected(value)
        except ValueError as error:
            self.problem(node.where, f"`{name}`: {error}", question_id)
            return None
        if not chosen:
            self.problem(node.where, f"`{name}: {value}` selects none of the versions quizzer supports "
                                     f"({pyversions.describe(pyversions.SUPPORTED)})", question_id)
            return None
        return value

    def _code(self, node: Located, name: str, question_id):
        code = self._text(node, name, question_id)
        if code is not None and not self._compiles(code, node, name, question_id):
            return None
        return code

    def _text(self, node: Located | None, name: str, question_id):
        if node is None:
            return None
        if not isinstance(node.value, str) or not node.value.strip():
            self.problem(node.where, f"`{name}` must be non-empty text", question_id)
            return None
        return node.value

    def _compiles(self, code: str, node: Located, name: str, question_id) -> bool:
        try:
            compile(code, f"<{name}>", "exec", dont_inherit=True)
        except SyntaxError as error:
            line = _content_line(node) + (error.lineno or 1) - 1
            self.problem(line, f"`{name}` is not valid Python: {error.msg} (line {error.lineno} of the code)",
                         question_id)
            return False
        except ValueError as error:  # e.g. NUL bytes in the source
            self.problem(node.where, f"`{name}` is not valid Python: {error}", question_id)
            return False
        except (RecursionError, MemoryError):
            self.problem(node.where, f"`{name}` nests too deeply for Python to compile it", question_id)
            return False
        return True

    def _choices(self, node: Located, question_id) -> list[Choice] | None:
        return self._mappings(node, question_id, "choices", "choice", CHOICE_FIELDS, _CHOICE_SPECS,
                              lambda item, values: Choice(**values))

    def _cases(self, node: Located, question_id) -> list[Case] | None:
        def build(item, values):
            if values.get("repeat", 1) > 1 and "given" not in values:
                self.problem(item.key_lines["repeat"], "`repeat` needs `given`: without a generator every "
                             "repetition is the same case", question_id)
                return None
            if "cancel_grace" in values and "cancel_at" not in values:
                self.problem(item.key_lines["cancel_grace"], "`cancel_grace` needs `cancel_at`", question_id)
                return None
            return Case(line=item.line, **values)

        cases = self._mappings(node, question_id, "cases", "case", CASE_FIELDS, _CASE_SPECS, build)
        if cases == []:
            self.problem(node.where, "`cases` is empty", question_id)
            return None
        return cases

    def _mappings(self, node: Located, question_id, field: str, what: str, specs, by_name, build):
        """A list of mappings, each checked against `specs` and made into an object by `build(item, values)`."""
        if not isinstance(node.value, list):
            self.problem(node.where, f"`{field}` must be a list", question_id)
            return None
        built, ok = [], True
        for item in node.value:
            if not isinstance(item.value, dict):
                required = " and ".join(f"`{spec.name}`" for spec in specs if spec.required)
                self.problem(item.line, f"each {what} must be a mapping with {required}", question_id)
                ok = False
                continue
            before = len(self.problems)
            self._unknown_fields(item.value, item.key_lines, by_name, what, question_id)
            values = {}
            for spec in specs:
                value_node = item.value.get(spec.name)
                if value_node is None:
                    if spec.required:
                        self.problem(item.line, f"{what} is missing `{spec.name}`", question_id)
                    continue
                value = self._value(spec.kind, value_node, spec.name, question_id)
                if value is not None:
                    values[spec.name] = value
            made = build(item, values) if len(self.problems) == before else None
            if made is None:
                ok = False
                continue
            built.append(made)
        return built if ok else None


def _content_line(node: Located) -> int:
    """The line where a value's text starts (a block scalar starts on the line after `|`)."""
    return node.line + 1 if node.block else node.line


def _closest(name: str, specs: dict) -> str | None:
    import difflib

    matches = difflib.get_close_matches(name, list(specs), n=1, cutoff=0.7)
    return matches[0] if matches else None
