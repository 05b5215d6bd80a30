"""Checking a bank's programs: what `quizzer check` adds to validation.

Every `predict` program and every `write` solution is run on the reference loop (through the
sandbox, with the answer-key cache). Findings, each tied to a question's file, line and id:
- `no-answer`: the program does not finish usefully (timeout, sandbox refusal, unsupported API, a
  non-zero `sys.exit`); a deadlock is not a finding, it is the answer `(hangs forever)`;
- `nondeterministic`: two runs gave different answers (the second run is skipped on a cache hit,
  since a cached answer was already checked when it was stored);
- `expected-mismatch`: a pinned `expected:` differs from the reference loop's answer;
- `write-solution`: a write question's solution prints something other than its `expected:` or
  takes more virtual time than `max_virtual_time`;
- `divergence` (with `differential=True`): real asyncio (its own loop with a fast-forwarding clock)
  gives a different answer from the reference loop.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzer.answers.cache import KeyCache, cache_key
from quizzer.answers.keys import compute_answers
from quizzer.grading.compare import compare_output


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    question_id: str
    kind: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: question {self.question_id}: {self.kind}: {self.message}"

    def to_json(self) -> dict:
        return {"file": self.file, "line": self.line, "question": self.question_id, "kind": self.kind,
                "message": self.message}


def _finding(question, kind: str, message: str) -> Finding:
    return Finding(question.source.file, question.source.line, question.id, kind, message)


def _first_difference(a: str, b: str) -> str:
    a_lines, b_lines = a.splitlines(), b.splitlines()
    for number, (x, y) in enumerate(zip(a_lines, b_lines), 1):
        if x != y:
            return f"line {number}: {x!r} vs {y!r}"
    shorter, longer = sorted((a_lines, b_lines), key=len)
    return f"line {len(shorter) + 1}: {longer[len(shorter)] if len(longer) > len(shorter) else ''!r} vs end of output"


def verify_programs(questions, *, cache: KeyCache, differential: bool = False, jobs: int | None = None,
                    progress=None, python: str | None = None) -> list[Finding]:
    """Run the programs of `questions` (on the reference loop modelling Python `python`, default the running
    one) and return the findings, in bank order."""
    programs = [q for q in questions if q.type in ("predict", "write")]
    if not programs:
        return []
    codes = [q.program for q in programs]
    fresh_cache = KeyCache(None)
    uncached = [i for i, code in enumerate(codes) if cache.get(cache_key(code, python=python)) is None]
    first = compute_answers(codes, cache=cache, jobs=jobs, progress=progress, python=python)
    # Nondeterminism: a second, uncached run of every program that was not in the cache.
    second = dict(zip(uncached, compute_answers([codes[i] for i in uncached], cache=fresh_cache, jobs=jobs,
                                                progress=progress, python=python)))
    real = compute_answers(codes, cache=cache, loop="asyncio-ff", jobs=jobs, progress=progress) \
        if differential else None
    findings = []
    for index, question in enumerate(programs):
        computed = first[index]
        if computed.error is not None:
            findings.append(_finding(question, "no-answer", computed.error))
            continue
        again = second.get(index)
        if again is not None and again.answer != computed.answer:
            detail = again.error or _first_difference(computed.answer, again.answer)
            findings.append(_finding(question, "nondeterministic", f"two runs differ: {detail}"))
        if question.type == "predict" and question.expected is not None:
            if not compare_output(question.expected, computed.answer).equal:
                findings.append(_finding(question, "expected-mismatch", "the pinned expected output differs from "
                                         f"the reference loop's: {_first_difference(question.expected, computed.answer)}"))
        if question.type == "write":
            findings.extend(_check_solution(question, computed))
        if real is not None:
            oracle = real[index]
            if oracle.error is not None:
                findings.append(_finding(question, "divergence", f"real asyncio gives no answer: {oracle.error}"))
            elif oracle.answer != computed.answer:
                findings.append(_finding(question, "divergence", "real asyncio prints something else: "
                                         f"{_first_difference(computed.answer, oracle.answer)} (reference loop vs asyncio)"))
    return findings


def _check_solution(question, computed) -> list[Finding]:
    findings = []
    if question.expected is not None and not compare_output(computed.answer, question.expected).equal:
        findings.append(_finding(question, "write-solution", "the solution's output differs from `expected`: "
                                 f"{_first_difference(computed.answer, question.expected)}"))
    limit = question.max_virtual_time
    if limit is not None and computed.virtual_time is not None and computed.virtual_time > limit + 1e-9:
        findings.append(_finding(question, "write-solution", f"the solution takes {computed.virtual_time:g} s of "
                                 f"virtual time, more than max_virtual_time {limit:g}"))
    return findings
