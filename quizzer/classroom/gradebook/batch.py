"""Scoring a batch of submissions, computing every expected output once per question, not per student."""

from __future__ import annotations

from dataclasses import dataclass, field

from quizzer.bank.model import bank_letter
from quizzer.classroom.submissions import Submission, SubmissionProblem
from quizzer.grading.parse import AnswerFormatError, parse_letters, parse_truefalse
from quizzer.grading.programs import judge_program_run, run_answer_programs
from quizzer.grading.score import Verdict, grade


@dataclass
class QuestionResult:
    question_id: str
    answer: object           # as the student gave it (letters mapped back to the bank's order)
    verdict: Verdict
    expected: str            # the right answer, as a student would type it


@dataclass
class StudentResult:
    student: str
    source: str
    variant: str | None
    results: list = field(default_factory=list)   # QuestionResult, in quiz order

    @property
    def score(self) -> float:
        return round(sum(r.verdict.points for r in self.results), 4)

    @property
    def max_score(self) -> float:
        return round(sum(r.verdict.max_points for r in self.results), 4)

    def by_question(self) -> dict:
        return {r.question_id: r for r in self.results}


@dataclass
class GradedBatch:
    questions: list                 # every question graded, in bank order
    students: list                  # StudentResult, in input order
    problems: list                  # SubmissionProblem: skipped submissions and why
    write_failures: dict = field(default_factory=dict)  # question id -> reason its key could not be computed


def _normalize(question, answer, choice_order):
    """The answer in the bank's terms, or AnswerFormatError: shuffled letters are mapped back here."""
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return None
    if question.type in ("choice", "multi"):
        letters = parse_letters(answer, question)
        letters = [bank_letter(c, choice_order) for c in letters]
        if question.type == "choice" and len(letters) != 1:
            raise AnswerFormatError("a choice question takes exactly one letter")
        return ",".join(sorted(letters))
    if question.type == "truefalse":
        return parse_truefalse(answer)
    if isinstance(answer, (dict, list, tuple)):
        raise AnswerFormatError(f"expected text, got a {type(answer).__name__}")
    return answer if isinstance(answer, str) else str(answer)


def grade_batch(bank, submissions: list[Submission], *, pack=None, cache=None, jobs=None,
                progress=None, problems=None, timeout: float = 10.0) -> GradedBatch:
    from quizzer.ui.render import render_key

    problems = list(problems or [])
    accepted: list[tuple[Submission, list, dict]] = []   # submission, its questions, normalized answers
    seen_students: dict[str, str] = {}
    for submission in submissions:
        if submission.student in seen_students:
            problems.append(SubmissionProblem(submission.source, f"duplicate student {submission.student!r} "
                                                                 f"(first in {seen_students[submission.student]})"))
            continue
        try:
            questions, orders = _questions_for(bank, submission, pack)
            lookup = {q.id: q for q in questions} if questions is not None else {
                qid: bank.get(qid) for qid in submission.answers}
            answers = _normalized_answers(submission, lookup, orders)
        except AnswerFormatError as error:
            problems.append(SubmissionProblem(submission.source, str(error)))
            continue
        seen_students[submission.student] = submission.source
        accepted.append((submission, questions, answers))

    if pack is None:
        # Without a pack the quiz is every question any accepted submission answered.
        answered = {qid for _, _, answers in accepted for qid in answers}
        quiz = [q for q in bank.questions if q.id in answered]
        accepted = [(s, quiz, answers) for s, _, answers in accepted]
    graded_ids = {q.id for _, questions, _ in accepted for q in questions}
    questions = [q for q in bank.questions if q.id in graded_ids]

    expected_outputs, write_failures = _expected_outputs(questions, cache, jobs)
    program_runs = _run_write_answers(accepted, expected_outputs, jobs, timeout)
    verdicts: dict = {}   # (question id, answer) -> Verdict, shared by every student who gave that answer
    keys: dict = {}       # question id -> the right answer as shown
    students = []
    total = len(accepted)
    for done, (submission, quiz, answers) in enumerate(accepted, 1):
        student = StudentResult(submission.student, submission.source, submission.variant)
        for question in quiz:
            answer = answers.get(question.id)
            expected = expected_outputs.get(question.id)
            # A class gives the same answer many times: each distinct answer is graded once.
            verdict = verdicts.get((question.id, answer))
            if verdict is None:
                if question.type in ("predict", "write") and expected is None:
                    verdict = Verdict(0, question.points, "wrong", notes=[
                        f"not graded: the question's own program fails ({write_failures.get(question.id)})"])
                elif question.type == "write" and answer is not None:
                    verdict = grade(question, answer, program_run=program_runs[(question.id, answer)])
                else:
                    verdict = grade(question, answer, expected_output=expected)
                verdicts[(question.id, answer)] = verdict
            key = keys.get(question.id)
            if key is None:
                key = keys[question.id] = render_key(question, expected)
            student.results.append(QuestionResult(question.id, answer, verdict, key))
        students.append(student)
        if progress:
            progress(done, total)
    return GradedBatch(questions, students, problems, write_failures)


def _expected_outputs(questions, cache, jobs) -> tuple[dict, dict]:
    """The answer key of every predict and write question (each computed once), and why any could not be."""
    from quizzer.answers.keys import compute_answers

    keyed = [q for q in questions if q.type in ("predict", "write") and not (q.type == "write" and q.expected)]
    computed = dict(zip((q.id for q in keyed), compute_answers([q.program for q in keyed], cache=cache, jobs=jobs)))
    expected_outputs, write_failures = {}, {}
    for question in questions:
        if question.type == "write" and question.expected is not None:
            expected_outputs[question.id] = question.expected
        elif question.id in computed:
            result = computed[question.id]
            if result.error is not None:
                write_failures[question.id] = result.error
            else:
                expected_outputs[question.id] = result.answer
    return expected_outputs, write_failures


def _questions_for(bank, submission, pack):
    """The questions this submission is graded on, and the shown→bank choice order of each."""
    if pack is None:
        unknown = sorted(qid for qid in submission.answers if bank.get(qid) is None)
        if unknown:
            raise AnswerFormatError(f"unknown question id(s): {', '.join(unknown)}")
        return None, {}
    variant = pack.variant(submission.variant)
    if variant is None:
        raise AnswerFormatError(f"unknown pack variant {submission.variant!r}; the pack has "
                                f"{', '.join(pack.variant_names)}")
    questions = []
    for item in variant.items:
        question = bank.get(item.id)
        if question is None:
            raise AnswerFormatError(f"the pack's question {item.id} is not in the bank")
        questions.append(question)
    unknown = sorted(set(submission.answers) - {q.id for q in questions})
    if unknown:
        raise AnswerFormatError(f"question id(s) not in variant {variant.name}: {', '.join(unknown)}")
    return questions, {item.id: item.choice_order for item in variant.items if item.choice_order}


def _normalized_answers(submission, lookup: dict, orders: dict) -> dict:
    answers = {}
    for qid, answer in submission.answers.items():
        question = lookup[qid]
        try:
            normalized = _normalize(question, answer, orders.get(qid))
        except AnswerFormatError as error:
            raise AnswerFormatError(f"question {qid}: {error}") from None
        if normalized is not None:
            answers[qid] = normalized
    return answers


def _run_write_answers(accepted, expected_outputs, jobs, timeout) -> dict:
    """Run every distinct write answer once in the sandbox; (question id, code) -> (ok, notes)."""
    pending = {}
    for _, quiz, answers in accepted:
        for question in quiz:
            code = answers.get(question.id)
            if question.type == "write" and code is not None and question.id in expected_outputs:
                pending.setdefault((question.id, code), question)
    if not pending:
        return {}
    keys = list(pending)
    runs = run_answer_programs([code for _, code in keys], jobs=jobs, timeout=timeout)
    return {key: judge_program_run(pending[key], run, expected_outputs[key[0]], note)
            for key, (run, note) in zip(keys, runs)}
