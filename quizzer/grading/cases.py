"""Grading a write question by its cases: the program the sandbox runs, the reference's reports, a verdict per case.

A case-graded write question names an entry point and a list of cases (see docs/bank-format.md). For one
grading run the cases become *concrete*: each `repeat` is its own case, numbered from 1, with its seed. Visible
cases use a seed fixed by the question, so a student sees the same ones everywhere; hidden cases use the grading
run's secret seed (recorded in results.json, so a regrade repeats it), so output prepared in advance cannot pass.

The sandbox runs `quizzer.sandbox.harness` over the answer's code (`harness_program`); its reports are plain
JSON, one line per case, tagged with a nonce, and read as hostile data (`quizzer.grading.reports`). The same run
over the question's `solution` gives the *case key* (the reference's reports for that seed), computed and cached
like a predict key. `judge` compares the two, case by case, and checks the limits the bank sets (virtual time,
tasks alive, a step's length); a case the answer did not report (it exited early, or the run was stopped) fails.
"""

from __future__ import annotations

import functools
import json
import secrets
from dataclasses import dataclass, field
from fractions import Fraction

from quizzer.grading.reports import parse_reports
from quizzer.grading.score import exact, rounded
from quizzer.grading.values import same_exception, same_value, show_exception, show_value

REFERENCE_NONCE = "@reference"
# A call still running this long (virtual seconds) is abandoned, unless its limits call for longer.
HORIZON = 60.0
# Outcomes of the reference that mean the question itself is broken, not the answer.
KEY_OUTCOMES = ("returned", "raised", "cancelled")


@dataclass(frozen=True)
class ConcreteCase:
    number: int          # 1-based, as the student reads it
    hidden: bool
    weight: Fraction     # the case's `points`: its share of the question's points
    seed: str
    case: object         # the bank's Case (its limits, its call)

    def harness_spec(self) -> dict:
        case = self.case
        seconds = case.max_time if isinstance(case.max_time, (int, float)) else 0
        horizon = max(HORIZON, 20 * seconds, (case.cancel_at or 0) + case.cancel_grace + 10)
        return {"call": case.call, "given": case.given, "observe": case.observe, "seed": self.seed,
                "cancel_at": case.cancel_at, "cancel_grace": case.cancel_grace, "horizon": horizon}


def new_seed() -> str:
    """A secret seed for one grading run's hidden cases."""
    return secrets.token_hex(8)


def concrete_cases(question, seed: str) -> list[ConcreteCase]:
    """The question's cases for a run whose hidden cases draw from `seed`."""
    cases = []
    for index, case in enumerate(question.cases):
        for repetition in range(case.repeat):
            origin = seed if case.hidden else "visible"
            cases.append(ConcreteCase(len(cases) + 1, case.hidden, exact(case.points),
                                      f"{origin}/{question.id}/{index}/{repetition}", case))
    return cases


def harness_program(question, source: str, cases: list[ConcreteCase], nonce: str) -> str:
    """The program the sandbox runs: the harness over `source` (an answer, or the solution)."""
    spec = {"nonce": nonce, "source": source, "fixtures": question.fixtures or "", "entry": list(question.entry),
            "cases": [case.harness_spec() for case in cases]}
    return f"from quizzer.sandbox.harness import main\nmain({json.dumps(spec, sort_keys=True)!r})\n"


@dataclass(frozen=True)
class CaseKey:
    """The reference solution's reports on one seed's concrete cases: what an answer is compared with."""

    cases: tuple
    reports: dict    # case index (0-based) -> report


class CaseKeyError(Exception):
    """The question's own solution does not give a usable key; the message says why, in one line."""


def case_key(question, seed: str, stdout: str, positions: list[int] | None = None) -> CaseKey:
    """The key from the reference run's output; CaseKeyError when the solution fails its own cases. `positions`:
    where the run had each case of `seed` (`cases_of_seeds`), when it ran more than that seed's cases."""
    cases = concrete_cases(question, seed)
    reports, _ = parse_reports(stdout, REFERENCE_NONCE)
    if positions is not None:
        reports = {index: reports[at] for index, at in enumerate(positions) if at in reports}
    for index, case in enumerate(cases):
        report = reports.get(index)
        if report is None:
            raise CaseKeyError(f"the solution's run reported no result for case {case.number}")
        if report["outcome"] not in KEY_OUTCOMES:
            raise CaseKeyError(f"the solution fails case {case.number}: {describe_stop(report)}")
        problems = limit_reasons(case, report, report)
        if report.get("observe_error"):
            problems.append(f"`observe` raised {show_exception(report['observe_error'])}")
        if problems:
            raise CaseKeyError(f"the solution fails case {case.number}: {'; '.join(problems)}")
    return CaseKey(tuple(cases), reports)


def reference_programs(questions, seed: str) -> list[str]:
    return [harness_program(q, q.solution, concrete_cases(q, seed), REFERENCE_NONCE) for q in questions]


def cases_of_seeds(question, seeds: tuple) -> tuple[list[ConcreteCase], dict[str, list[int]]]:
    """The cases of several seeds in one list, for one run: the first seed's cases, then the hidden cases of each
    other seed (a visible case is the same on every seed, and at the same place in each seed's list); and, per
    seed, where each of its cases is in that list (`case_key`'s `positions`)."""
    merged = concrete_cases(question, seeds[0])
    positions = {seeds[0]: list(range(len(merged)))}
    for seed in seeds[1:]:
        positions[seed] = []
        for index, case in enumerate(concrete_cases(question, seed)):
            if case.hidden:
                merged.append(case)
            positions[seed].append(len(merged) - 1 if case.hidden else index)
    return merged, positions


def case_keys(questions, seed: str, *, cache=None, jobs=None, loop: str = "tiny", python: str | None = None,
              faults: list | None = None, one_author: bool = False) -> tuple[dict, dict]:
    """(question id -> CaseKey, question id -> why its key could not be computed), each solution run once on
    `loop` (modelling Python `python` on the reference loop; default: the running one). Runs the sandbox itself
    could not do are also added to `faults`, one line each."""
    from quizzer.answers.keys import compute_answers

    keys, failures = {}, {}
    computed = compute_answers(reference_programs(questions, seed), cache=cache, jobs=jobs, loop=loop, python=python,
                               one_author=one_author)
    for question, result in zip(questions, computed):
        if result.machinery_fault is not None and faults is not None:
            faults.append(f"the solution of question {question.id}: {result.machinery_fault}")
        if result.error is not None:
            failures[question.id] = result.error
            continue
        try:
            keys[question.id] = case_key(question, seed, result.answer)
        except CaseKeyError as error:
            failures[question.id] = str(error)
    return keys, failures


# ------------------------------------------------------------------------------------------------ judging


@dataclass(frozen=True)
class CaseResult:
    number: int
    total: int
    hidden: bool
    points: Fraction       # earned: all of max_points or none
    max_points: Fraction
    reasons: tuple = ()    # why it failed; empty when it passed
    call: str | None = None  # the call, for a visible case

    @property
    def passed(self) -> bool:
        return not self.reasons

    @property
    def label(self) -> str:
        return f"{'hidden case' if self.hidden else 'case'} {self.number} of {self.total}"

    def line(self) -> str:
        """`case 2 of 6 (fetch_all(...)) failed: it took 3 s ...`, or `hidden case 3 of 6 passed`."""
        shown = f" ({self.call})" if self.call else ""
        if self.passed:
            return f"{self.label}{shown} passed"
        return f"{self.label}{shown} failed: {'; '.join(self.reasons)}"

    @functools.cached_property
    def json(self) -> dict:
        """As results.json records it, points rounded (computed once: a class shares its verdicts)."""
        return {"case": self.number, "hidden": self.hidden, "passed": self.passed, "points": rounded(self.points),
                "max_points": rounded(self.max_points), "reasons": list(self.reasons)}


@dataclass(frozen=True)
class CasesJudgement:
    results: tuple                       # CaseResult per concrete case
    notes: list = field(default_factory=list)  # what the student is told first (a rerun on real asyncio ...)
    machinery_fault: str | None = None   # the sandbox itself could not run the answer: not to be recorded


def judge(question, key: CaseKey, run, nonce: str, note: str | None = None) -> CasesJudgement:
    """Compare an answer's run (a RunResult) with the key, case by case; points split by the cases' weights."""
    reports, _ = parse_reports(run.stdout, nonce)
    missing = missing_reason(run)
    total_weight = sum(case.weight for case in key.cases) or Fraction(1)
    points = exact(question.points)
    results = []
    for index, case in enumerate(key.cases):
        got = reports.get(index)
        reasons = [missing] if got is None else case_reasons(case, key.reports[index], got)
        share = points * case.weight / total_weight
        results.append(CaseResult(case.number, len(key.cases), case.hidden, Fraction(0) if reasons else share,
                                  share, tuple(reasons), None if case.hidden else case.case.call))
    passed = sum(result.passed for result in results)
    summary = f"{passed} of {len(results)} cases passed"
    return CasesJudgement(tuple(results), [*([note] if note else []), summary], run.machinery_fault)


def missing_reason(run) -> str:
    """Why a case has no report: the run ended before it (an early exit), or the sandbox stopped the run."""
    if run.machinery_fault is not None:
        return f"not judged: the sandbox could not run your program ({run.machinery_fault})"
    if run.outcome in ("ok", "error"):
        return "your program ended before this case finished (an early exit: os._exit, or a crash)"
    return f"the run was stopped before this case finished: {run.reason or run.outcome}"


def case_reasons(case: ConcreteCase, expected: dict, got: dict) -> list[str]:
    """Why the answer's report fails the case (nothing when it passes)."""
    if got["outcome"] not in KEY_OUTCOMES:
        return [describe_stop(got, case)]
    hidden = case.hidden
    reasons = []
    if got["outcome"] != expected["outcome"]:
        reasons.append(outcome_reason(expected, got, hidden))
    elif got["outcome"] == "returned" and not same_value(got.get("value"), expected.get("value")):
        reasons.append("it returned a wrong value" if hidden else
                       f"it returned {show_value(got.get('value'))}; expected {show_value(expected.get('value'))}")
    elif got["outcome"] == "raised" and not same_exception(got["exception"], expected["exception"]):
        reasons.append(f"it raised the wrong exception ({got['exception']['type']})" if hidden else
                       f"it raised {show_exception(got['exception'])}; expected "
                       f"{show_exception(expected['exception'])}")
    reasons += limit_reasons(case, got, expected)
    if got.get("leftover", 0) > expected.get("leftover", 0):
        count = got["leftover"]
        reasons.append(f"it left {count} task{'s' if count != 1 else ''} it started still running when it "
                       "ended (cancel them and wait until they have finished)")
    if case.case.observe:
        reasons += observe_reasons(case, expected, got)
    return reasons


def limit_reasons(case: ConcreteCase, report: dict, expected: dict) -> list[str]:
    """The bank's limits: one step's length, virtual time (`reference`: the time in `expected`), tasks alive."""
    reasons, limits = [], case.case
    step = report.get("longest_step", 0)
    if step > limits.max_step + 1e-9:
        where = f" (in {report['longest_step_in']})" if report.get("longest_step_in") else ""
        reasons.append(f"it blocked the event loop: one step{where} took {seconds(step, 3)} (a blocking call such "
                       f"as time.sleep, or CPU-bound work, inside a coroutine); no step may take more than "
                       f"{seconds(limits.max_step)}")
    elapsed = report.get("elapsed", 0)
    limit = expected.get("elapsed", 0) if limits.max_time == "reference" else limits.max_time
    if limit is not None and elapsed > limit + 1e-6:
        whose = " (what a reference solution takes)" if limits.max_time == "reference" else ""
        reasons.append(f"it took {seconds(elapsed)} of virtual time, the limit is {seconds(limit)}{whose}")
    tasks = report.get("peak_tasks", 0)
    if limits.max_tasks is not None and tasks > limits.max_tasks:
        reasons.append(f"it had {tasks} tasks alive at once, the limit is {limits.max_tasks}")
    return reasons


def outcome_reason(expected: dict, got: dict, hidden: bool) -> str:
    if expected["outcome"] == "cancelled":
        if "cancelled_at" not in got:
            return f"it ended at {seconds(got.get('elapsed', 0))}, before it was cancelled"
        how = "returned" if got["outcome"] == "returned" else f"raised {got['exception']['type']}"
        return (f"it {how} after being cancelled at {seconds(got['cancelled_at'])}: CancelledError must propagate "
                "(clean up, then let it go on or re-raise it)")
    if got["outcome"] == "cancelled":
        return "it ended with CancelledError (was a task it awaited cancelled?)"
    if got["outcome"] == "raised":
        if hidden:  # its message may quote the hidden inputs
            return f"it raised {got['exception']['type']} where a value was expected"
        return f"it raised {show_exception(got['exception'])}; expected it to return {show_value(expected.get('value'))}"
    return "it returned instead of raising an exception" if hidden else \
        f"it returned {show_value(got.get('value'))}; expected it to raise {show_exception(expected['exception'])}"


def observe_reasons(case: ConcreteCase, expected: dict, got: dict) -> list[str]:
    expression = case.case.observe.strip()
    if got.get("observe_error"):
        error = got["observe_error"]
        return [f"afterwards, `{expression}` raised {error['type'] if case.hidden else show_exception(error)}"]
    if "observed" not in got or same_value(got["observed"], expected.get("observed")):
        return []
    if case.hidden:
        return [f"afterwards, `{expression}` is wrong"]
    return [f"afterwards, `{expression}` is {show_value(got['observed'])}; expected "
            f"{show_value(expected.get('observed'))}"]


def describe_stop(report: dict, case: ConcreteCase | None = None) -> str:
    """A report whose call never ended normally: the code did not load, or the call hung, exited or overran."""
    outcome = report["outcome"]
    if outcome == "load-error":
        error = report["exception"]
        if error["type"] in ("SyntaxError", "IndentationError", "TabError"):
            return f"your code does not compile: {show_exception(error)}"
        return f"loading your code raised {show_exception(error)}"
    if outcome == "missing":
        return f"your code does not define {', '.join(report['names'])}"
    if outcome == "exited":
        return f"it raised {report['exception']['type']} (sys.exit() or Ctrl-C): it must return or raise instead"
    if outcome == "unsupported":
        return f"it uses an API the reference loop does not model: {report.get('detail')}"
    if outcome == "deadlock":
        lines = str(report.get("detail", "")).splitlines()
        waiting = "; ".join(line.strip() for line in lines[1:3])
        return "it never finishes: nothing can wake it up again" + (f" ({waiting})" if waiting else "")
    if "steps" in report:
        return (f"it was still running after {report['steps']} steps of the loop, in {seconds(report['elapsed'])} "
                "of virtual time: a busy loop (a task that never waits on anything that takes time?)")
    if "cancelled_at" in report:
        grace = case.case.cancel_grace if case is not None else 0
        within = seconds(grace) if grace else "the steps that followed"
        return (f"it was still running {within} after it was cancelled at {seconds(report['cancelled_at'])} "
                "(does it swallow CancelledError?)")
    return (f"it was still running after {seconds(report.get('elapsed', 0))} of virtual time (a busy loop, or a "
            "wait that never ends)")


def seconds(value: float, digits: int = 6) -> str:
    """`3.0 s`, `0.35 s`, `0.000123 s`: a duration as the student reads it."""
    text = f"{value:.{digits}g}"
    return f"{text}{'' if any(c in text for c in '.e') else '.0'} s"


def unsupported_api(reports: dict) -> str | None:
    """Why a run stopped at an API outside the reference loop, if it did (the answer then runs on real asyncio)."""
    for report in reports.values():
        if report.get("outcome") == "unsupported":
            return report.get("detail") or "an API the reference loop does not model"
    return None
