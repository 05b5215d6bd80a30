"""Checking a bank's programs: what `quizzer check` adds to validation.

Every `predict` program and every `write` solution is run on the reference loop (through the
sandbox, with the answer-key cache). Findings, each tied to a question's file, line and id:
- `no-answer`: the program does not finish usefully (timeout, sandbox refusal, unsupported API, a
  non-zero `sys.exit`); a deadlock is not a finding, it is the answer `(hangs forever)`;
- `nondeterministic`: two runs gave different answers (the second run is skipped on a cache hit,
  since a cached answer was already checked when it was stored). Every program gets its second run, not only
  those whose first run met a source of nondeterminism it could report (random bytes, clocks, threads,
  subprocesses): the two runs fork from sandbox processes in different states, so output that depends on
  object addresses (an object's default repr, `id()`, the order of a set of objects) often differs between
  them too, and no run can see its own use of addresses;
- `expected-mismatch`: a pinned `expected:` differs from the reference loop's answer;
- `write-solution`: a write question's solution prints something other than its `expected:` or
  takes more virtual time than `max_virtual_time`; for a question with cases, the solution fails one of
  its own cases (a limit, an `observe` that raises, a call that never ends), on the visible cases and on
  the hidden ones drawn from a few fixed seeds;
- `divergence` (with `differential=True`): real asyncio (its own loop with a fast-forwarding clock)
  of that Python version gives a different answer from the reference loop modelling it (for cases:
  another outcome, value or observation);
- `version-dependent`: a program prints differently on two Python versions its question is for, and
  the question says neither which versions it is for (`python`) nor that its answer differs by
  version (`keys_per_version`).

Each program is checked on every Python version its question is for (the reference loop models each one);
a finding says which versions it holds on when not all. A run tells which of the changes between versions its
program asked the reference loop about, and its answer is the answer of every version that agrees on all of
them (`quizzer.tinyloop.versions.agreeing`): such a program runs once, not once per version.

Warnings (`write_warnings`) do not fail a check: an output-only write question (no cases), which an
answer printing the expected output passes; one whose expected output stands verbatim in its prompt;
a starter that passes a case (that case cannot tell a fixed answer from the starter, which is fine when
it tests something the starter already does right, and not when the starter passes every case).
"""

from __future__ import annotations

import asyncio
import functools
from dataclasses import dataclass

from quizzer.answers.cache import KeyCache, modelled_by_default
from quizzer.answers.checkruns import CheckRuns, Place, rank, run_check
from quizzer.answers.pooled import PooledKeys
from quizzer.bank.pyversions import SUPPORTED, describe
from quizzer.grading.compare import compare_output
from quizzer.ui.printable import printable


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    question_id: str
    kind: str
    message: str

    def __str__(self) -> str:
        """One line for the terminal: a shared bank's programs write what its messages quote (see `printable`)."""
        return printable(f"{self.file}:{self.line}: question {self.question_id}: {self.kind}: {self.message}")

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
                    progress=None, versions=None, oracles=None) -> list[Finding]:
    """Run the programs of `questions` on the reference loop modelling each Python version of `versions`
    (default: every supported one) that a question is for, and return the findings, in bank order.

    A finding that holds on every version checked is reported once; one that holds on some says on which.
    `oracles` (version -> `quizzer.sandbox.interpreters.Interpreter` or None; default: those found on this
    machine) are the real interpreters `differential` compares with: a version without one is not compared."""
    findings, _ = check_programs(questions, cache=cache, differential=differential, jobs=jobs, progress=progress,
                                 versions=versions, oracles=oracles)
    return findings


def check_programs(questions, *, cache: KeyCache, differential: bool = False, jobs: int | None = None,
                   progress=None, versions=None, oracles=None, warnings_on: str | None = None,
                   verify: bool = True) -> tuple[list[Finding], list[Finding]]:
    """`verify_programs`'s findings (none when not `verify`) and, when `warnings_on` names the Python version
    their runs model, `write_warnings`' warnings, from one pool of runs: the starters are judged on their cases
    beside the other runs, not in a phase after them."""
    versions = tuple(versions or SUPPORTED) if verify else ()
    if differential and oracles is None:
        from quizzer.sandbox import interpreters

        oracles = {version: interpreters.find(version) for version in versions}
    oracles = oracles if differential else {}
    with_cases = [q for q in questions if q.type == "write" and q.cases]
    programs = [q for q in questions if q.type == "predict" or (q.type == "write" and not q.cases)]
    runs = []
    for question in with_cases if verify else ():
        on = tuple(v for v in versions if v in question.versions)
        # Run again (nondeterminism) on its first version only, as every program: what differs between the
        # versions is the reference loop's behaviour, which is deterministic.
        runs.append((_solution_on_check_seeds(question), Place(question.id, CHECK_SEEDS, on, on[:1])))
    for question in programs if verify else ():
        on = tuple(v for v in versions if v in question.versions)
        runs.append((question.program, Place(question.id, None, on, on[:1])))
    beside = () if warnings_on is None else (functools.partial(_warnings, questions=questions, python=warnings_on),)
    results, gave = run_check(runs, cache=cache, versions=versions, oracles=oracles, jobs=jobs, progress=progress,
                              beside=beside)
    per_version = {}
    for version in versions:
        on_version = [q for q in with_cases if version in q.versions]
        for finding in _verify_cases(on_version, results, version):
            per_version.setdefault(finding.question_id, {}).setdefault(version, []).append(
                (finding.kind, finding.message))
    findings = [finding for q in with_cases if q.id in per_version
                for finding in _merged(q, per_version[q.id], len(versions))]
    findings += _verify_outputs(programs, results, versions) if verify else []
    return _in_bank_order(questions, findings), _in_bank_order(questions, [w for found in gave for w in found])


def _in_bank_order(questions, findings: list[Finding]) -> list[Finding]:
    order = {q.id: index for index, q in enumerate(questions)}
    return sorted(findings, key=lambda finding: order[finding.question_id])


def _verify_outputs(programs, results: CheckRuns, versions) -> list[Finding]:
    findings = []
    for question in programs:
        on = [v for v in versions if v in question.versions]
        answers = {v: results.reference[question.id, None, v] for v in on}
        per_version = {v: _findings_on(question, answers[v], results.real.get((question.id, None, v)),
                                       results.again.get((question.id, None, v))) for v in on}
        merged = _merged(question, per_version, len(versions))
        findings.extend(merged)
        if not any(finding.kind == "nondeterministic" for finding in merged):  # then versions differ anyway
            findings.extend(_version_dependence(question, answers))
    return findings


def _findings_on(question, computed, oracle, again) -> list[tuple[str, str]]:
    """(kind, message) of everything wrong with `question` on one version."""
    if computed.error is not None:
        return [("no-answer", computed.error)]
    found = []
    if again is not None and again.answer != computed.answer:
        detail = again.error or _first_difference(computed.answer, again.answer)
        found.append(("nondeterministic", f"two runs differ: {detail}"))
    if question.type == "predict" and question.expected is not None:
        if not compare_output(question.expected, computed.answer).equal:
            found.append(("expected-mismatch", "the pinned expected output differs from the reference loop's: "
                          f"{_first_difference(question.expected, computed.answer)}"))
    if question.type == "write":
        found.extend(_check_solution(question, computed))
    if oracle is not None:
        if oracle.error is not None:
            found.append(("divergence", f"real asyncio gives no answer: {oracle.error}"))
        elif oracle.answer != computed.answer:
            found.append(("divergence", "real asyncio prints something else: "
                          f"{_first_difference(computed.answer, oracle.answer)} (reference loop vs asyncio)"))
    return found


def _merged(question, per_version: dict, versions_checked: int) -> list[Finding]:
    """One finding per (kind, message): said once when it holds on every version checked, else with the
    versions it holds on."""
    on_versions: dict = {}
    for version, found in per_version.items():
        for item in found:
            on_versions.setdefault(item, []).append(version)
    findings = []
    for (kind, message), versions in on_versions.items():
        if len(versions) < versions_checked:
            message += f" (Python {describe(versions)})"
        findings.append(_finding(question, kind, message))
    return findings


def _version_dependence(question, answers: dict) -> list[Finding]:
    """A program that prints differently on two versions it is for, without saying so."""
    printed = {version: a.answer for version, a in answers.items() if a.error is None}
    if question.keys_per_version or len(set(printed.values())) <= 1:
        return []
    first, *_ = printed
    other = next(version for version, answer in printed.items() if answer != printed[first])
    return [_finding(question, "version-dependent", f"it prints differently on Python {first} and {other} "
                     f"({_first_difference(printed[first], printed[other])}): say which versions it is for "
                     f"(python: \">={other}\" or similar) or that its answer differs by version "
                     "(keys_per_version: true)")]


def _check_solution(question, computed) -> list[tuple[str, str]]:
    found = []
    if question.expected is not None and not compare_output(computed.answer, question.expected).equal:
        found.append(("write-solution", "the solution's output differs from `expected`: "
                      f"{_first_difference(computed.answer, question.expected)}"))
    limit = question.max_virtual_time
    if limit is not None and computed.virtual_time is not None and computed.virtual_time > limit + 1e-9:
        found.append(("write-solution", f"the solution takes {computed.virtual_time:g} s of virtual time, more "
                      f"than max_virtual_time {limit:g}"))
    return found


# The hidden cases `check` tries the solution on: a few fixed seeds, so a check is repeatable and cached. The
# solution runs once on all of them (and the visible cases), not once per seed: a run costs more in setting up its
# process and the harness than in a few more cases.
CHECK_SEEDS = ("check-1", "check-2", "check-3")
# What two runs of the same cases must agree on: a step's length is the machine's, not the program's; how many
# tasks were alive at once counts asyncio's own helper tasks too (wait_for makes one in 3.11, none from 3.12 on,
# so the reference loop, which models 3.11, may count one more), and matters only where a case limits it.
COMPARED_FIELDS = ("outcome", "value", "exception", "observed", "observe_error", "elapsed", "leftover")


def _verify_cases(questions, results: CheckRuns, python) -> list[Finding]:
    """The findings of the questions with cases on the reference loop modelling `python`, compared with real
    asyncio too where it ran."""
    from quizzer.grading.cases import CaseKeyError, case_key, cases_of_seeds

    findings = []
    for question in questions:
        place = (question.id, CHECK_SEEDS, python)
        computed = results.reference[place]
        if computed.error is not None:
            findings.append(_finding(question, "no-answer", computed.error))
            continue
        _, positions = cases_of_seeds(question, CHECK_SEEDS)
        for seed in CHECK_SEEDS:
            try:
                key = case_key(question, seed, computed.answer, positions[seed])
            except CaseKeyError as error:
                findings.append(_finding(question, "write-solution", f"{error} (hidden cases of seed {seed})"))
                break
            for kind, other, says in (("nondeterministic", results.again.get(place), "two runs differ"),
                                      ("divergence", results.real.get(place), "real asyncio differs")):
                difference = other is not None and _reports_differ(question, seed, key, other, positions[seed])
                if difference:
                    findings.append(_finding(question, kind, f"{says}: {difference}"))
    return _first_of_each_kind(findings)


def _solution_on_check_seeds(question) -> str:
    """The program that runs a write question's solution on its visible cases and the hidden ones of CHECK_SEEDS."""
    from quizzer.grading.cases import REFERENCE_NONCE, cases_of_seeds, harness_program

    cases, _ = cases_of_seeds(question, CHECK_SEEDS)
    return harness_program(question, question.solution, cases, REFERENCE_NONCE)


def _reports_differ(question, seed, key, computed, positions) -> str | None:
    from quizzer.grading.cases import CaseKeyError, case_key

    if computed.error is not None:
        return computed.error
    try:
        other = case_key(question, seed, computed.answer, positions)
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
    """What `check` says about write questions without failing, their runs modelling Python `python` (default:
    the running one): see the module docstring."""
    return check_programs(questions, cache=cache, jobs=jobs, warnings_on=python or modelled_by_default(),
                          verify=False)[1]


async def _warnings(keys: PooledKeys, settled, *, questions, python: str) -> list[Finding]:
    from quizzer.grading.cases import new_seed

    nonce = new_seed()  # one for the batch, as `judge_case_answers` does
    found = await asyncio.gather(
        *(_output_warnings(keys, settled, q, python) for q in questions if q.type == "write" and not q.cases),
        *(_starter_warnings(keys, settled, q, python, nonce) for q in questions if q.type == "write" and q.cases))
    return [warning for warnings in found for warning in warnings]


async def _output_warnings(keys: PooledKeys, settled, question, python: str) -> list[Finding]:
    warnings = [_finding(question, "no-cases", "graded by what the program prints, which an answer printing the "
                         "expected output passes: give it an `entry` and `cases`")]
    expected = question.expected
    if expected is None:
        await settled(question.program)
        expected = (await keys.answer(question.program, python=python)).answer
    if expected and _stands_in(expected, question.prompt):
        warnings.append(_finding(question, "expected-in-prompt", "the prompt shows the expected output verbatim: "
                                 "print() of it passes"))
    return warnings


async def _starter_warnings(keys: PooledKeys, settled, question, python: str, nonce: str) -> list[Finding]:
    """Whether the starter passes a case of the hidden cases of the first seed: judged as `judge_case_answers`
    judges an answer (on real asyncio when it stops at an API the reference loop leaves out)."""
    from quizzer.grading.cases import CaseKeyError, case_key, harness_program, judge
    from quizzer.grading.programs import outside_the_reference_loop, real_asyncio_for

    solution = _solution_on_check_seeds(question)  # the first seed's cases come first in it, in their order
    await settled(solution)
    computed = await keys.answer(solution, python=python, rank=rank(solution, True))
    if computed.error is not None:
        return []
    try:
        key = case_key(question, CHECK_SEEDS[0], computed.answer)
    except CaseKeyError:
        return []
    starter = harness_program(question, question.starter, list(key.cases), nonce)
    run = await keys.run(starter, rank=rank(starter, True), loop="tiny", python=python)
    if outside_the_reference_loop(run, nonce):
        run = await keys.run(starter, rank=rank(starter, True), loop="asyncio-ff", interpreter=real_asyncio_for(python))
    judged = judge(question, key, run, nonce)
    passing = [str(result.number) for result in judged.results if result.passed]
    if not passing:
        return []
    which = "every case" if len(passing) == len(judged.results) else f"case(s) {', '.join(passing)}"
    return [_finding(question, "starter-passes", f"the starter passes {which} (seed {CHECK_SEEDS[0]}): such a case "
                     "cannot tell a fixed answer from the starter")]


def _stands_in(output: str, prompt: str) -> bool:
    """Whether the output's non-blank lines appear, in a row, among the prompt's lines (indentation aside)."""
    wanted = [line.strip() for line in output.splitlines() if line.strip()]
    lines = [line.strip() for line in prompt.splitlines()]
    return any(lines[start:start + len(wanted)] == wanted for start in range(len(lines) - len(wanted) + 1))
