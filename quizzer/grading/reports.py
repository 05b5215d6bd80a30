"""A write answer's case reports, read from its run's output as hostile data.

The harness prints one JSON report per case, tagged with a nonce (see `quizzer.sandbox.harness`). The answer runs
in the same process, so it can find the nonce and print reports of its own: with a false virtual time (which the
README's threat model says it can), and also with anything else. A report the grader then took as it is could
stop the whole batch: nested deeper than `json` or the grader's own functions can recurse, a value that is not
in the harness's encoding, a time that is text. So a line is a report only when it is one the harness could
have written: known fields of known types, its values in the encoding `quizzer.grading.values` describes and no
deeper than `VALUE_DEPTH_LIMIT`. Anything else is left out, like any other line the answer prints: the case
then has no report and fails, and the rest of the batch goes on.
"""

from __future__ import annotations

from quizzer.sandbox.harness import PLAIN_INT_LIMIT, VALUE_DEPTH_LIMIT
from quizzer.sandbox.records import MalformedRecord, decode_object, finite_number

OUTCOMES = frozenset({"returned", "raised", "cancelled", "abandoned", "deadlock", "unsupported", "exited",
                      "load-error", "missing"})
# The outcomes whose report must carry the exception (the grader shows it).
WITH_EXCEPTION = frozenset({"raised", "exited", "load-error"})
REAL_FIELDS = ("elapsed", "longest_step", "cancelled_at")
COUNT_FIELDS = ("peak_tasks", "leftover", "steps")
VALUE_FIELDS = ("value", "observed")
EXCEPTION_FIELDS = ("exception", "observe_error")
FIELDS = frozenset({"case", "outcome", "detail", "names", "longest_step_in", *REAL_FIELDS, *COUNT_FIELDS,
                    *VALUE_FIELDS, *EXCEPTION_FIELDS})
# The value tags (`{"tag": inner}`) whose inner part is text.
TEXT_TAGS = frozenset({"bytes", "float", "int", "object"})


def parse_reports(stdout: str, nonce: str) -> tuple[dict[int, dict], bool]:
    """The reports in a run's output (case index -> report, the first for each case) and whether the run said
    it was done."""
    reports, done = {}, False
    prefix = nonce + " "
    for line in stdout.splitlines():
        if not line.startswith(prefix):
            continue
        try:
            report = decode_object(line[len(prefix):])
        except MalformedRecord:
            continue
        if set(report) == {"done"} and _is_count(report["done"]):
            done = True
        elif well_formed(report):
            reports.setdefault(report["case"], report)
    return reports, done


def well_formed(report) -> bool:
    """Whether `report` is a case report the harness could have written."""
    if not isinstance(report, dict) or not set(report) <= FIELDS:
        return False
    if not _is_count(report.get("case")) or report.get("outcome") not in OUTCOMES:
        return False
    if report["outcome"] in WITH_EXCEPTION and "exception" not in report:
        return False
    if report["outcome"] == "missing" and "names" not in report:
        return False
    if "steps" in report and "elapsed" not in report:
        return False
    return (all(finite_number(report[name]) for name in REAL_FIELDS if name in report)
            and all(_is_count(report[name]) for name in COUNT_FIELDS if name in report)
            and all(well_formed_value(report[name]) for name in VALUE_FIELDS if name in report)
            and all(_is_exception(report[name]) for name in EXCEPTION_FIELDS if name in report)
            and isinstance(report.get("detail", ""), str)
            and isinstance(report.get("longest_step_in"), (str, type(None)))
            and _is_texts(report.get("names", [])))


def well_formed_value(value) -> bool:
    """Whether `value` is in the harness's encoding, nested at most `VALUE_DEPTH_LIMIT` deep (checked without
    recursion: the grader's own functions recurse over values that pass)."""
    waiting = [(value, 1)]
    while waiting:
        value, depth = waiting.pop()
        if depth > VALUE_DEPTH_LIMIT:
            return False
        if value is None or isinstance(value, (bool, str)) or _is_plain_int(value) or \
                (isinstance(value, float) and finite_number(value)):
            continue
        if isinstance(value, list):
            waiting += [(item, depth + 1) for item in value]
        elif isinstance(value, dict) and len(value) == 1:
            (tag, inner), = value.items()
            inside = _inside_tag(tag, inner)
            if inside is None:
                return False
            levels = 3 if tag == "dict" else 2
            waiting += [(item, depth + levels) for item in inside]
        else:
            return False
    return True


def _inside_tag(tag, inner) -> list | None:
    """The values inside a tagged value (`{tag: inner}`), or None when it is not one the harness writes."""
    if tag == "bytes":  # as latin-1 text: one character a byte
        return [] if isinstance(inner, str) and max(inner, default="\0") <= "\xff" else None
    if tag in TEXT_TAGS:
        return [] if isinstance(inner, str) else None
    if tag == "too-large":
        return [] if inner is True else None
    if tag == "exception":
        return [] if _is_exception(inner) else None
    if tag in ("tuple", "set"):
        return inner if isinstance(inner, list) else None
    if tag == "dict" and isinstance(inner, list) and all(isinstance(pair, list) and len(pair) == 2 for pair in inner):
        return [item for pair in inner for item in pair]
    return None


def _is_exception(record) -> bool:
    """`{"type": ..., "message": ...}`, and for an exception group its `leaves`, each of the same two texts."""
    if not isinstance(record, dict) or not set(record) <= {"type", "message", "leaves"}:
        return False
    if not isinstance(record.get("type"), str) or not isinstance(record.get("message"), str):
        return False
    leaves = record.get("leaves", [])
    return isinstance(leaves, list) and all(
        isinstance(leaf, dict) and set(leaf) == {"type", "message"} and _is_texts(list(leaf.values()))
        for leaf in leaves)


def _is_texts(values) -> bool:
    return isinstance(values, list) and all(isinstance(value, str) for value in values)


def _is_plain_int(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) < PLAIN_INT_LIMIT


def _is_count(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
