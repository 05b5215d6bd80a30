"""Scoring a batch of submissions, computing every expected output once per question, not per student.

Answers are graded in the student's own terms: the letters of the pack variant they took (the shown choices' texts
map them to the bank's choices, see `quizzer.classroom.packs.bank_order`), so feedback, results and reports can say what the
student saw. An answer that cannot be read (`z` for a three-choice question) scores 0 on that question,
with a line in errors.txt; the rest of that student's answers are still graded. A write answer the sandbox itself
could not run (after a retry) is "ungraded": no mark, neither 0 nor full points (`quizzer grade` says when a batch is
written with one).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from fractions import Fraction

from quizzer.bank.model import bank_letter, letter_index
from quizzer.classroom.submissions import Submission, SubmissionProblem
from quizzer.grading.parse import AnswerFormatError, parse_letters, parse_truefalse
from quizzer.grading.programs import judge_case_answers, judge_program_run, run_answer_programs
from quizzer.grading.score import Verdict, exact, grade, ungraded


@dataclass
class QuestionResult:
    question_id: str
    answer: object           # as the student gave it (their letters, sorted: "a,c"); None when blank
    verdict: Verdict
    expected: str            # the right answer as this student would type it (their variant's letters)
    choice_order: tuple | None = None   # the student's variant: shown position -> the bank's choice index
    unreadable: str | None = None       # why the answer could not be read (it then scores 0)

    @property
    def chosen_indexes(self) -> list[int]:
        """The bank's indexes of the options chosen; for choice and multi questions only."""
        if self.unreadable or not isinstance(self.answer, str) or not self.answer:
            return []
        return [letter_index(bank_letter(shown, self.choice_order)) for shown in self.answer.split(",")]


@dataclass
class StudentResult:
    student: str
    source: str
    variant: str | None
    results: list = field(default_factory=list)   # QuestionResult, in quiz order

    @property
    def score(self) -> Fraction:
        """The points earned; not the student's mark while an answer is ungraded (see `complete`)."""
        return sum((r.verdict.points for r in self.results), Fraction(0))

    @property
    def complete(self) -> bool:
        """Whether every answer has a mark, so `score` is the student's: none the sandbox could not run."""
        return all(r.verdict.ungraded is None for r in self.results)

    @property
    def max_score(self) -> Fraction:
        return sum((r.verdict.max_points for r in self.results), Fraction(0))

    def by_question(self) -> dict:
        return {r.question_id: r for r in self.results}


@dataclass
class GradedBatch:
    questions: list                 # every question graded: in pack order with a pack, else in bank order
    students: list                  # StudentResult, in input order
    problems: list                  # SubmissionProblem: skipped submissions, unreadable answers, and why
    write_failures: dict = field(default_factory=dict)  # question id -> reason its key could not be computed
    # The bank's programs (keys) the sandbox itself could not run (after a retry): every mark on them would be wrong.
    key_faults: list = field(default_factory=list)      # one line each: which program, and why
    # Distinct answers the sandbox could not run (their results are "ungraded"), and how many it did run: none run
    # while some failed means the machinery, not the answers, is broken.
    answer_faults: list = field(default_factory=list)   # one line each: which question, and why
    answers_run: int = 0
    case_seed: str | None = None    # the seed of the write questions' hidden cases (a regrade with it repeats them)


@dataclass
class _Accepted:
    submission: Submission
    variant: str | None
    questions: list | None          # the quiz (None until known, without a pack)
    orders: dict                    # question id -> choice order of the student's variant
    answers: dict                   # question id -> answer in the student's terms
    unreadable: dict                # question id -> (answer as given, reason)


def _normalize(question, answer):
    """The answer in the student's terms (letters sorted, true/false, text), or AnswerFormatError."""
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return None
    if question.type in ("choice", "multi"):
        letters = parse_letters(answer, question)
        if question.type == "choice" and len(letters) != 1:
            raise AnswerFormatError("a choice question takes exactly one letter")
        return ",".join(sorted(letters)) or None
    if question.type == "truefalse":
        return parse_truefalse(answer)
    if isinstance(answer, (dict, list, tuple)):
        raise AnswerFormatError(f"expected text, got a {type(answer).__name__}")
    return answer if isinstance(answer, str) else str(answer)


def _as_given(answer):
    """An unreadable answer as results.json can hold it."""
    return answer if isinstance(answer, (str, bool)) else str(answer)


def grade_batch(bank, submissions: list[Submission], *, pack=None, cache=None, jobs=None,
                progress=None, problems=None, timeout: float = 10.0, python: str | None = None,
                case_seed: str | None = None) -> GradedBatch:
    """`case_seed` draws the hidden cases of write questions (a fresh secret one by default)."""
    from quizzer.grading.cases import case_keys, new_seed
    from quizzer.ui.render import render_key

    problems = list(problems or [])
    accepted = _accept(bank, submissions, pack, problems)
    if pack is None:
        # Without a pack the quiz is every question any accepted submission answered.
        answered = {qid for entry in accepted for qid in (*entry.answers, *entry.unreadable)}
        quiz = [q for q in bank.questions if q.id in answered]
        for entry in accepted:
            entry.questions = quiz
        questions = quiz
    else:
        questions = _pack_order(bank, pack, {q.id for entry in accepted for q in entry.questions})

    expected_outputs, write_failures, key_faults = _expected_outputs(questions, cache, jobs, python)
    case_seed = case_seed or new_seed()
    graded_by_cases = [q for q in questions if q.type == "write" and q.cases]
    cases_keys, failures = case_keys(graded_by_cases, case_seed, cache=cache, jobs=jobs, python=python,
                                     faults=key_faults) if graded_by_cases else ({}, {})
    write_failures.update(failures)
    program_runs, answer_faults = _run_write_answers(accepted, expected_outputs, cases_keys, jobs, timeout, python)
    verdicts: dict = {}   # (question id, choice order, answer) -> Verdict, shared by every student who gave it
    keys: dict = {}       # (question id, choice order) -> the right answer as those students would type it
    students = []
    total = len(accepted)
    for done, entry in enumerate(accepted, 1):
        student = StudentResult(entry.submission.student, entry.submission.source, entry.variant)
        for question in entry.questions:
            order = entry.orders.get(question.id)
            expected = expected_outputs.get(question.id)
            reason = None
            if question.id in entry.unreadable:
                given, reason = entry.unreadable[question.id]
                answer, verdict = _as_given(given), Verdict(Fraction(0), exact(question.points), "wrong", notes=[
                    f"this answer could not be read ({reason}), so it scores 0"])
            else:
                answer = entry.answers.get(question.id)
                # A class gives the same answer many times: each distinct answer is graded once.
                verdict = verdicts.get((question.id, order, answer))
                if verdict is None:
                    verdict = verdicts[(question.id, order, answer)] = _grade_one(
                        question, answer, order, expected, program_runs, answer_faults, write_failures,
                        question.id in cases_keys)
                if verdict.by_hand is not None:
                    problems.append(SubmissionProblem(entry.submission.source, f"question {question.id} "
                                                      f"({question.source}): {verdict.by_hand}; scored 0, check it "
                                                      "by hand", skipped=False))
            key = keys.get((question.id, order))
            if key is None:
                key = keys[(question.id, order)] = render_key(question, expected, order)
            student.results.append(QuestionResult(question.id, answer, verdict, key, order, reason))
        students.append(student)
        if progress:
            progress(done, total)
    return GradedBatch(questions, students, problems, write_failures, key_faults,
                       [f"an answer to question {qid}: {fault}" for (qid, _), fault in answer_faults.items()],
                       len(program_runs) - len(answer_faults), case_seed if graded_by_cases else None)


def _grade_one(question, answer, order, expected, program_runs, answer_faults, write_failures,
               has_case_key) -> Verdict:
    if question.type in ("predict", "write") and expected is None and not has_case_key:
        return Verdict(Fraction(0), exact(question.points), "wrong", notes=[
            f"not graded: the question's own program fails ({write_failures.get(question.id)})"])
    if question.type == "write" and answer is not None:
        if (question.id, answer) in answer_faults:
            return ungraded(question, answer_faults[(question.id, answer)])
        return grade(question, answer, program_run=program_runs[(question.id, answer)])
    return grade(question, answer, expected_output=expected, choice_order=order)


def _accept(bank, submissions, pack, problems) -> list[_Accepted]:
    """The submissions that can be graded, each with its questions and answers; the others go to `problems`."""
    accepted = []
    # A name is all that says whose a submission is, so a name claimed twice is graded for neither: keeping the first
    # let one student's file, sorted ahead (`aaa.json` saying `student: bob`), stand for another's, whose own was
    # then skipped. Names are compared as a reader or a gradebook's import matches them (`same_student`): rows for
    # `bob`, `BOB` and a full-width `ｂｏｂ` all passed, and an import matching names without case took the last.
    claims: dict[str, list[Submission]] = {}
    for submission in submissions:
        claims.setdefault(same_student(submission.student), []).append(submission)
    for submission in submissions:
        others = [other.source if other.student == submission.student else f"{other.source} as {other.student!r}"
                  for other in claims[same_student(submission.student)] if other.source != submission.source]
        if others:
            problems.append(SubmissionProblem(submission.source, f"duplicate student {submission.student!r} (also in "
                                                                 f"{', '.join(others)}): neither is graded, since "
                                                                 "either could be another student's"))
            continue
        try:
            variant, questions, orders = _questions_for(bank, submission, pack)
        except AnswerFormatError as error:
            problems.append(SubmissionProblem(submission.source, str(error)))
            continue
        lookup = {q.id: q for q in questions} if questions is not None else {
            qid: bank.get(qid) for qid in submission.answers}
        answers, unreadable = {}, {}
        for qid, given in submission.answers.items():
            try:
                normalized = _normalize(lookup[qid], given)
            except AnswerFormatError as error:
                unreadable[qid] = (given, str(error))
                problems.append(SubmissionProblem(submission.source, f"question {qid}: {error}; scored 0, the "
                                                                     "other answers were graded", skipped=False))
                continue
            if normalized is not None:
                answers[qid] = normalized
        accepted.append(_Accepted(submission, variant, questions, orders, answers, unreadable))
    return accepted


def same_student(name: str) -> str:
    """What two names share when a person would take them for one: compatibility forms (full-width letters,
    ligatures) folded, letter case folded, invisible format characters (a zero-width space) dropped, and runs of
    white space made one space."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return " ".join("".join(ch for ch in folded if unicodedata.category(ch) != "Cf").split())


def _pack_order(bank, pack, graded_ids: set) -> list:
    """The graded questions in the pack's order: its first question in every variant, then its second ..."""
    ordered = []
    for slot in range(max(len(variant.items) for variant in pack.variants)):
        for variant in pack.variants:
            if slot < len(variant.items) and variant.items[slot].id in graded_ids:
                question = bank.get(variant.items[slot].id)
                if question not in ordered:
                    ordered.append(question)
    return ordered


def _expected_outputs(questions, cache, jobs, python) -> tuple[dict, dict, list]:
    """The answer key of every predict and write question (each computed once), why any could not be, and the
    keys the sandbox could not compute at all."""
    from quizzer.answers.keys import compute_answers

    keyed = [q for q in questions if q.type == "predict" or (q.type == "write" and not q.expected and not q.cases)]
    computed = dict(zip((q.id for q in keyed), compute_answers([q.program for q in keyed], cache=cache, jobs=jobs,
                                                                        python=python)))
    expected_outputs, write_failures, key_faults = {}, {}, []
    for question in questions:
        if question.type == "write" and question.expected is not None:
            expected_outputs[question.id] = question.expected
        elif question.id in computed:
            result = computed[question.id]
            if result.machinery_fault is not None:
                key_faults.append(f"the program of question {question.id}: {result.machinery_fault}")
            if result.error is not None:
                write_failures[question.id] = result.error
            else:
                expected_outputs[question.id] = result.answer
    return expected_outputs, write_failures, key_faults


def _questions_for(bank, submission, pack):
    """The variant taken, the questions this submission is graded on, and the shown→bank choice order of each."""
    if pack is None:
        unknown = sorted(qid for qid in submission.answers if bank.get(qid) is None)
        if unknown:
            raise AnswerFormatError(f"unknown question id(s): {', '.join(unknown)}")
        return None, None, {}
    variant = _variant_of(submission, pack)
    questions = []
    for item in variant.items:
        question = bank.get(item.id)
        if question is None:
            raise AnswerFormatError(f"the pack's question {item.id} is not in the bank")
        questions.append(question)
    unknown = sorted(set(submission.answers) - {q.id for q in questions})
    if unknown:
        raise AnswerFormatError(f"question id(s) not in variant {variant.name}: {', '.join(unknown)}")
    orders = {item.id: _shown_order(pack, item, question) for item, question in zip(variant.items, questions)}
    return variant.name, questions, {qid: order for qid, order in orders.items() if order}


def _shown_order(pack, item, question) -> tuple | None:
    """Shown position -> the bank's choice index; None where the pack shows no choices of its own (the bank's letters
    then). A pack made before packs stopped recording the order has it."""
    from quizzer.classroom.packs import PackError, bank_order

    if item.choice_order:
        return item.choice_order
    shown = pack.shown(item)
    if not question.choices or not shown.choices:
        return None
    try:
        return bank_order(shown, question)
    except PackError as error:
        raise AnswerFormatError(str(error)) from None


def _variant_of(submission, pack):
    """The variant named by the submission; without a name, the only variant holding every question answered."""
    if submission.variant is not None:
        variant = pack.variant(submission.variant)
        if variant is None:
            raise AnswerFormatError(f"unknown pack variant {submission.variant!r}; the pack has "
                                    f"{', '.join(pack.variant_names)}")
        return variant
    answered = set(submission.answers)
    fitting = [v for v in pack.variants if answered <= {item.id for item in v.items}]
    if len(fitting) == 1:
        return fitting[0]
    names = ", ".join(pack.variant_names)
    if not fitting:
        raise AnswerFormatError(f"no variant of the pack ({names}) holds every question answered; "
                                "say which was taken (`variant: NAME`, or a `variant` column in a CSV)")
    raise AnswerFormatError(f"the answers fit variants {', '.join(v.name for v in fitting)} of the pack: say which "
                            "was taken (`variant: NAME`, or a `variant` column in a CSV)")


def _run_write_answers(accepted, expected_outputs, case_keys, jobs, timeout, python) -> tuple[dict, dict]:
    """Run every distinct write answer once in the sandbox, on all its question's cases or for its output:
    (question id, code) -> its judgement, and (question id, code) -> why the sandbox could not run it, for those."""
    by_output, by_cases = {}, {}
    for entry in accepted:
        for question in entry.questions:
            code = entry.answers.get(question.id)
            if question.type != "write" or code is None:
                continue
            if question.id in case_keys:
                by_cases.setdefault((question.id, code), question)
            elif question.id in expected_outputs:
                by_output.setdefault((question.id, code), question)
    judged, faults = {}, {}
    if by_output:
        keys = list(by_output)
        runs = run_answer_programs([code for _, code in keys], jobs=jobs, timeout=timeout, python=python)
        faults.update((key, run.machinery_fault) for key, (run, _) in zip(keys, runs) if run.machinery_fault)
        judged.update({key: judge_program_run(by_output[key], run, expected_outputs[key[0]], note)
                       for key, (run, note) in zip(keys, runs)})
    if by_cases:
        keys = list(by_cases)
        judgements = judge_case_answers([(by_cases[key], key[1]) for key in keys], case_keys, jobs=jobs,
                                        timeout=timeout, python=python)
        faults.update((key, judgement.machinery_fault) for key, judgement in zip(keys, judgements)
                      if judgement.machinery_fault)
        judged.update(zip(keys, judgements))
    return judged, faults
