"""The question model, and the field definitions the loader (and the JSON Schema) are built from.

Every field a bank file may contain is declared once, in `QUESTION_FIELDS`, `CHOICE_FIELDS` and `CASE_FIELDS`:
which question types allow it, which require it, and what kind of value it holds. The loader
validates against these tables, so the format documentation, the validator and the editor
schema cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPES = ("choice", "multi", "truefalse", "short", "predict", "write")
TOPICS_REQUIRED = ("coroutines", "futures", "tasks", "event-loop", "io")
ALL = frozenset(TYPES)

# Value kinds: what the loader checks a field's value against.
#   str      one-line or multi-line text            text  prose shown to the student
#   code     Python source that must compile        int   a whole number (not a bool)
#   number   int or float > 0 (not a bool)          bool  true or false
#   strlist  a list of strings                       regex a Python regular expression
#   choices  a list of choice mappings              enum:A|B  one of the listed words
#   names    a Python name, or a list of them       expr  a Python expression (must compile)
#   cases    a list of case mappings                count an int >= 1 (not a bool)
#   seconds  int or float >= 0 (not a bool)      limit  a number > 0, or the word `reference`
#   pyversions  a Python version specifier (`>=3.12`) that selects a supported version


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str
    allowed: frozenset
    required: frozenset = frozenset()
    doc: str = ""


QUESTION_FIELDS = (
    FieldSpec("id", "id", ALL, ALL, "Unique across the whole bank: lowercase letters, digits and dashes."),
    FieldSpec("type", f"enum:{'|'.join(TYPES)}", ALL, ALL, "The question type."),
    FieldSpec("difficulty", "difficulty", ALL, ALL, "1 easy, 2 medium, 3 hard."),
    FieldSpec("tags", "strlist", ALL, doc="Free-form tags; `interview` marks interview questions."),
    FieldSpec("points", "number", ALL, doc="Points the question is worth (default 1)."),
    FieldSpec("prompt", "text", ALL, ALL, "The question as the student reads it."),
    FieldSpec("explanation", "text", ALL, ALL, "Why the answer is what it is."),
    FieldSpec("code", "code", ALL - {"write"}, frozenset({"predict"}),
              "A program shown with the prompt; for predict, the program whose output is the answer."),
    FieldSpec("choices", "choices", frozenset({"choice", "multi"}), frozenset({"choice", "multi"}),
              "The options, shown as a, b, c ... in this order."),
    FieldSpec("scoring", "enum:partial|all-or-nothing", frozenset({"multi"}),
              doc="multi: partial credit per letter (default) or all-or-nothing."),
    FieldSpec("answer", "bool", frozenset({"truefalse"}), frozenset({"truefalse"}), "The right answer."),
    FieldSpec("accept", "strlist", frozenset({"short"}),
              doc="Accepted answers, compared case-insensitively with whitespace normalized."),
    FieldSpec("pattern", "regex", frozenset({"short"}),
              doc="A regular expression a right answer matches in full (case-insensitive)."),
    FieldSpec("example", "text", frozenset({"short"}),
              doc="A right answer shown to students as the answer; it must be accepted "
                  "(default: the first `accept`, else the shortest text `pattern` matches)."),
    FieldSpec("expected", "text", frozenset({"predict", "write"}),
              doc="A pinned output: checked against the reference loop (predict) or required (write)."),
    FieldSpec("partial", "enum:lines", frozenset({"predict"}),
              doc="Allow partial credit by the longest common subsequence of lines."),
    FieldSpec("starter", "code", frozenset({"write"}), frozenset({"write"}), "Code handed to the student."),
    FieldSpec("solution", "code", frozenset({"write"}), frozenset({"write"}), "A reference solution."),
    FieldSpec("max_virtual_time", "number", frozenset({"write"}),
              doc="Output-only write: seconds of the reference loop's virtual clock the program may take."),
    FieldSpec("entry", "names", frozenset({"write"}),
              doc="The function or class the student writes (a name, or a list of names); needs `cases`."),
    FieldSpec("fixtures", "code", frozenset({"write"}),
              doc="Python run before every case (never shown): fakes, helpers and drivers the cases use."),
    FieldSpec("cases", "cases", frozenset({"write"}),
              doc="The calls the answer is graded on (see CASE_FIELDS); needs `entry`."),
    FieldSpec("python", "pyversions", ALL,
              doc="The Python versions the question is for, as a specifier: `>=3.12`, `<3.12`, `==3.13`, "
                  "`>=3.11,<3.13` (default: every version quizzer supports)."),
    FieldSpec("keys_per_version", "bool", frozenset({"predict", "write"}),
              doc="The program prints differently on different Python versions, on purpose: each version's "
                  "answer is its own (and `expected` cannot pin one)."),
)

# The most times a case may repeat: each repetition is a case of its own in every run of the question, and a shared
# bank's `repeat: 1000000000` had `check`, `quiz` and `grade` build cases until memory ran out.
REPEAT_LIMIT = 100

CASE_FIELDS = (
    FieldSpec("call", "expr", ALL, ALL, "The expression to evaluate (and await if it gives an awaitable)."),
    FieldSpec("given", "code", ALL, doc="Statements run before the call; `rng` is a random.Random seeded per case."),
    FieldSpec("observe", "expr", ALL, doc="An expression evaluated after the call ended, compared with the "
              "reference's (what the call left behind: a log, a lock's state)."),
    FieldSpec("hidden", "bool", ALL, doc="A hidden case: the student learns only whether it passed and why not."),
    FieldSpec("points", "number", ALL, doc="The case's share of the question's points (default 1)."),
    FieldSpec("repeat", "repeat", ALL, doc=f"Run this case this many times, each with its own seed (default 1, at "
              f"most {REPEAT_LIMIT})."),
    FieldSpec("max_time", "limit", ALL, doc="Seconds of virtual time the call may take, or `reference`: no "
              "more than the reference solution takes on the same inputs."),
    FieldSpec("max_tasks", "count", ALL, doc="Tasks the call may have alive at once (not counting itself)."),
    FieldSpec("max_step", "number", ALL, doc="Seconds one step of the loop may take: a blocking call or "
              "CPU-bound work longer than this fails the case (default 0.1)."),
    FieldSpec("cancel_at", "seconds", ALL, doc="Cancel the call this many virtual seconds after it started."),
    FieldSpec("cancel_grace", "seconds", ALL, doc="Virtual seconds the call may take to end once cancelled "
              "(default 0: within the steps that follow)."),
)

CHOICE_FIELDS = (
    FieldSpec("text", "text", ALL, ALL, "The option as shown."),
    FieldSpec("correct", "bool", ALL, doc="True for a right option (default false)."),
    FieldSpec("feedback", "text", ALL, doc="Shown to a student who picks this option."),
)

FILE_FIELDS = (
    FieldSpec("topic", "topic", ALL, ALL, "The topic slug: lowercase letters, digits and dashes."),
    FieldSpec("title", "text", ALL, doc="The topic's display name."),
    FieldSpec("questions", "questions", ALL, ALL, "The questions of this topic."),
)

SLUG_PATTERN = r"[a-z0-9]+(-[a-z0-9]+)*"


@dataclass(frozen=True)
class Source:
    """Where something was defined: file path (as given) and 1-based line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Choice:
    text: str
    correct: bool = False
    feedback: str | None = None


# How long one step of the loop may take when a case does not say (`max_step`): seconds of virtual time a
# blocking call moved the clock by, plus CPU time.
DEFAULT_MAX_STEP = 0.1


@dataclass(frozen=True)
class Case:
    """One call a write answer is graded on; see CASE_FIELDS. `line` is where it starts in the bank file."""

    call: str
    line: int = 0
    given: str | None = None
    observe: str | None = None
    hidden: bool = False
    points: float = 1
    repeat: int = 1
    max_time: float | str | None = None   # seconds, or "reference"
    max_tasks: int | None = None
    max_step: float = DEFAULT_MAX_STEP
    cancel_at: float | None = None
    cancel_grace: float = 0.0


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    topic: str
    difficulty: int
    prompt: str
    explanation: str
    source: Source
    tags: tuple[str, ...] = ()
    points: float = 1
    code: str | None = None
    choices: tuple[Choice, ...] = ()
    scoring: str = "partial"
    answer: bool | None = None
    accept: tuple[str, ...] = ()
    pattern: str | None = None
    example: str | None = None
    expected: str | None = None
    partial: str | None = None
    starter: str | None = None
    solution: str | None = None
    max_virtual_time: float | None = None
    entry: tuple[str, ...] = ()
    fixtures: str | None = None
    cases: tuple[Case, ...] = ()
    python: str | None = None
    keys_per_version: bool = False
    # Line of each field's value, for messages that point into the question (e.g. a syntax error in code).
    field_lines: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    @property
    def correct_letters(self) -> tuple[str, ...]:
        return tuple(letter(i) for i, choice in enumerate(self.choices) if choice.correct)

    @property
    def versions(self) -> tuple[str, ...]:
        """The Python versions ("3.12") the question is for, of those quizzer supports."""
        from quizzer.bank.pyversions import selected

        return selected(self.python)

    @property
    def program(self) -> str | None:
        """The code whose output the grader needs: predict's code or write's solution."""
        return self.code if self.type == "predict" else self.solution if self.type == "write" else None


LETTERS = "abcdefghijklmnopqrstuvwxyz"


def letter(index: int) -> str:
    """The letter a choice is shown with: 0 -> `a`, 1 -> `b` ..."""
    return LETTERS[index]


def letter_index(shown: str) -> int:
    """The position of the choice shown as letter `shown` (`a` -> 0); the inverse of `letter`."""
    return LETTERS.index(shown)


def bank_letter(shown: str, choice_order=None) -> str:
    """The bank's letter for the choice shown as `shown`, when choices were shuffled by `choice_order`
    (shown position -> bank index); the letter itself when they were not (no order, or an empty one)."""
    return letter(choice_order[letter_index(shown)]) if choice_order else shown


def shown_letter(bank_index: int, choice_order=None) -> str:
    """The letter the bank's choice `bank_index` is shown with under `choice_order`; the inverse of `bank_letter`."""
    return letter(list(choice_order).index(bank_index) if choice_order else bank_index)


@dataclass(frozen=True)
class Bank:
    questions: tuple[Question, ...]
    titles: dict  # topic slug -> display name, in the order topics were loaded

    def __post_init__(self):
        object.__setattr__(self, "_by_id", {q.id: q for q in self.questions})

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    @property
    def topics(self) -> tuple[str, ...]:
        return tuple(self.titles)

    def title(self, topic: str) -> str:
        return self.titles.get(topic) or topic
