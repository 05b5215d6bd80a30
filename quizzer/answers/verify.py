"""Checking a bank's programs: what `quizzer check` adds to validation.

Every `predict` program and every `write` solution is run on the reference loop (through the
sandbox, with the answer-key cache). Findings, each tied to a question's file, line and id:
- `no-answer`: the program does not finish usefully (timeout, sandbox refusal, unsupported API, a
  non-zero `sys.exit`); a deadlock is not a finding, it is the answer `(hangs forever)`;
- `nondeterministic`: two runs gave different answers (the second run is skipped on a cache hit,
  since a cached answer was already checked when it was stored);
- `expected-mismatch`: a pinned `expected:` differs from the reference loop's answer;
- `write-solution`: a write question's solution prints something other than its `expected:` or
  takes more virtual time than `max_virtual_time`; for a question with cases, the solution fails one of
  its own cases (a limit, an `observe` that raises, a call that never ends), on the visible cases and on
  the hidden ones drawn from a few fixed seeds;
- `divergence` (with `differential=True`): real asyncio (its own loop with a fast-forwarding clock)
  gives a different answer from the reference loop (for cases: another outcome, value or observation).

Warnings (`write_warnings`) do not fail a check: an output-only write question (no cases), which an
answer printing the expected output passes; one whose expected output stands verbatim in its prompt;
a starter that passes a case (that case cannot tell a fixed answer from the starter, which is fine when
it tests something the starter already does right, and not when the starter passes every case).
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
    with_cases = [q for q in questions if q.type == "write" and q.cases]
    findings = _verify_cases(with_cases, cache=cache, differential=differential, jobs=jobs, python=python)
    programs = [q for q in questions if q.type == "predict" or (q.type == "write" and not q.cases)]
    if programs:
        findings += _verify_outputs(programs, cache=cache, differential=differential, jobs=jobs, progress=progress,
                                    python=python)
    order = {q.id: index for index, q in enumerate(questions)}
    return sorted(findings, key=lambda finding: order[finding.question_id])


def _verify_outputs(programs, *, cache: KeyCache, differential: bool, jobs, progress, python) -> list[Finding]:
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


# The hidden cases `check` tries the solution on: a few fixed seeds, so a check is repeatable and cached.
CHECK_SEEDS = ("check-1", "check-2", "check-3")
# What two runs of the same cases must agree on: a step's length is the machine's, not the program's; how many
# tasks were alive at once counts asyncio's own helper tasks too (wait_for makes one in 3.11, none from 3.12 on,
# so the reference loop, which models 3.11, may count one more), and matters only where a case limits it.
COMPARED_FIELDS = ("outcome", "value", "exception", "observed", "observe_error", "elapsed", "leftover")


def _verify_cases(questions, *, cache: KeyCache, differential: bool, jobs, python) -> list[Finding]:
    from quizzer.grading.cases import CaseKeyError, case_key, reference_programs

    findings = []
    for seed in CHECK_SEEDS:
        codes = reference_programs(questions, seed)
        uncached = [i for i, code in enumerate(codes) if cache.get(cache_key(code, python=python)) is None]
        first = compute_answers(codes, cache=cache, jobs=jobs, python=python)
        second = dict(zip(uncached, compute_answers([codes[i] for i in uncached], cache=KeyCache(None), jobs=jobs,
                                                    python=python)))
        real = compute_answers(codes, cache=cache, loop="asyncio-ff", jobs=jobs) if differential else None
        for index, question in enumerate(questions):
            if any(f.question_id == question.id and f.kind in ("write-solution", "no-answer") for f in findings):
                continue
            computed = first[index]
            if computed.error is not None:
                findings.append(_finding(question, "no-answer", computed.error))
                continue
            try:
                key = case_key(question, seed, computed.answer)
            except CaseKeyError as error:
                findings.append(_finding(question, "write-solution", f"{error} (hidden cases of seed {seed})"))
                continue
            again = second.get(index)
            if again is not None:
                difference = _reports_differ(question, seed, key, again)
                if difference:
                    findings.append(_finding(question, "nondeterministic", f"two runs differ: {difference}"))
            if real is not None:
                difference = _reports_differ(question, seed, key, real[index])
                if difference:
                    findings.append(_finding(question, "divergence", f"real asyncio differs: {difference}"))
    return _first_of_each_kind(findings)


def _reports_differ(question, seed, key, computed) -> str | None:
    from quizzer.grading.cases import CaseKeyError, case_key

    if computed.error is not None:
        return computed.error
    try:
        other = case_key(question, seed, computed.answer)
    except CaseKeyError as error:
        return str(error)
    for index, case in enumerate(key.cases):
        ours, theirs = key.reports[index], other.reports[index]
        for name in COMPARED_FIELDS + (("peak_tasks",) if case.case.max_tasks is not None else ()):
            if ours.get(name) != theirs.get(name):
                return (f"case {case.number} (seed {seed}): {name} {ours.get(name)!r} vs {theirs.get(name)!r}")
    return None


def _first_of_each_kind(findings) -> list[Finding]:
    seen, kept = set(), []
    for finding in findings:
        if (finding.question_id, finding.kind) not in seen:
            seen.add((finding.question_id, finding.kind))
            kept.append(finding)
    return kept


def write_warnings(questions, *, cache: KeyCache, jobs: int | None = None, python: str | None = None) -> list[Finding]:
    """What `check` says about write questions without failing: see the module docstring."""
    from quizzer.grading.cases import case_keys
    from quizzer.grading.programs import judge_case_answers

    warnings = []
    outputs = [q for q in questions if q.type == "write" and not q.cases]
    computed = compute_answers([q.program for q in outputs if q.expected is None], cache=cache, jobs=jobs,
                               python=python)
    answers = iter(computed)
    for question in outputs:
        warnings.append(_finding(question, "no-cases", "graded by what the program prints, which an answer "
                                 "printing the expected output passes: give it an `entry` and `cases`"))
        expected = question.expected if question.expected is not None else next(answers).answer
        if expected and _stands_in(expected, question.prompt):
            warnings.append(_finding(question, "expected-in-prompt", "the prompt shows the expected output "
                                     "verbatim: print() of it passes"))
    with_cases = [q for q in questions if q.type == "write" and q.cases]
    keys, _ = case_keys(with_cases, CHECK_SEEDS[0], cache=cache, jobs=jobs, python=python)
    graded = [q for q in with_cases if q.id in keys]
    starters = judge_case_answers([(q, q.starter) for q in graded], keys, jobs=jobs, python=python)
    for question, judged in zip(graded, starters):
        passing = [str(result.number) for result in judged.results if result.passed]
        if passing:
            which = "every case" if len(passing) == len(judged.results) else f"case(s) {', '.join(passing)}"
            warnings.append(_finding(question, "starter-passes", f"the starter passes {which} (seed "
                                     f"{CHECK_SEEDS[0]}): such a case cannot tell a fixed answer from the starter"))
    order = {q.id: index for index, q in enumerate(questions)}
    return sorted(warnings, key=lambda warning: order[warning.question_id])


def _stands_in(output: str, prompt: str) -> bool:
    """Whether the output's non-blank lines appear, in a row, among the prompt's lines (indentation aside)."""
    wanted = [line.strip() for line in output.splitlines() if line.strip()]
    lines = [line.strip() for line in prompt.splitlines()]
    return any(lines[start:start + len(wanted)] == wanted for start in range(len(lines) - len(wanted) + 1))
