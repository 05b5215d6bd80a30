"""Gradescope's autograder `results.json` for one student's submission.

The format is Gradescope's (https://gradescope-autograders.readthedocs.io/en/latest/specs/): a
top-level `score`, and `tests`, each with a `score`, `max_score`, `output` and `visibility`. Every
question of the student's pack variant is a test, answered or not, so the total Gradescope shows is
the pack's. What a student sees, and when, follows `Visibility`:
- `tests` (default `visible`): each question's score, the student's own answer (their letters with
  the options' texts) and the feedback that does not give the answer away;
- `answers` (default `after_published`): the right answer, in a second test per question without
  points: the key, the diff against it, the feedback of the options chosen (it says whether each is
  right), a code question's reference solution, the explanation. Gradescope shows it when the
  instructor publishes the grades, so a submission cannot fetch the answer key;
- `stdout` (default `hidden`): the autograder's own log, which is for the instructor.
A submission that cannot be graded (none, two, malformed) still gets a results.json: score 0, the
pack's maximum, and the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from quizzer.classroom.gradebook.choices import correct_options, option_lines, options_named
from quizzer.grading.score import points_text, rounded

STATUS_WORDS = {"correct": "Right", "partial": "Partly right", "wrong": "Wrong", "unanswered": "Not answered"}


# Every output is plain text, said so rather than left to Gradescope's default (`simple_format` or `md` would
# render it): it holds a student's answer, file names and what their program printed, which as HTML or Markdown
# could show an image fetched from anywhere or a link to the grader looking at the submission, and would show
# `<Task pending ...>` as nothing.
PLAIN_TEXT = {"output_format": "text", "test_output_format": "text"}


@dataclass(frozen=True)
class Visibility:
    tests: str = "visible"
    answers: str = "after_published"
    stdout: str = "hidden"


def student_results(student, bank, visibility: Visibility, *, title: str, case_seed: str | None = None) -> dict:
    """`case_seed`: the seed of the write questions' hidden cases, kept in extra_data so a regrade can repeat it."""
    tests = []
    for number, result in enumerate(student.results, 1):
        question = bank.get(result.question_id)
        visible, revealing = _outputs(question, result)
        tests.append({"number": str(number), "name": f"{number}. {question.id}", "score": rounded(result.verdict.points),
                      "max_score": rounded(result.verdict.max_points), "output": visible,
                      "visibility": visibility.tests})
        tests.append({"number": f"{number}.1", "name": f"{number}. {question.id}: the right answer",
                      "status": "passed" if result.verdict.status == "correct" else "failed",
                      "output": revealing, "visibility": visibility.answers})
    variant = f", variant {student.variant}" if student.variant else ""
    summary = (f"{title}{variant}: {points_text(student.score)} / {points_text(student.max_score)} points. "
               f"{_when(visibility.answers, 'The right answers are shown')}")
    return {"score": rounded(student.score), "output": summary, "tests": tests, **PLAIN_TEXT,
            "stdout_visibility": visibility.stdout,
            "extra_data": {"student": student.student, "variant": student.variant,
                           "max_score": rounded(student.max_score),
                           **({"case_seed": case_seed} if case_seed is not None else {})}}


def failed_results(reason: str, max_score, visibility: Visibility, *, title: str) -> dict:
    """The results of a submission that could not be graded: 0 of the pack's points, and why."""
    message = f"{title}: your submission could not be graded, so it scores 0. {reason}"
    return {"score": 0, "output": message, **PLAIN_TEXT, "stdout_visibility": visibility.stdout,
            "tests": [{"number": "1", "name": "Reading your submission", "score": 0, "max_score": rounded(max_score),
                       "status": "failed", "output": reason, "visibility": "visible"}]}


def to_json(results: dict) -> str:
    return json.dumps(results, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _when(visibility: str, what: str) -> str:
    return {"visible": f"{what} below.", "hidden": "",
            "after_due_date": f"{what} after the due date.",
            "after_published": f"{what} when your instructor publishes the grades."}[visibility]


def _outputs(question, result) -> tuple[str, str]:
    """(what may be shown with the score, what gives the answer away)."""
    verdict = result.verdict
    visible = [f"{STATUS_WORDS[verdict.status]}: {points_text(verdict.points)} / {points_text(verdict.max_points)}"
               + (f" (matched with {verdict.rule})" if verdict.rule and verdict.rule != "pattern" else "")]
    if result.answer is not None:
        visible += ["", "Your answer:"]
        if question.choices and not result.unreadable:
            visible += _indented(option_lines(options_named(question, result.answer, result.choice_order)))
        else:
            visible += _indented(str(result.answer).rstrip().split("\n"))
    revealing_notes = [note for note in verdict.notes if _reveals_key(question, note)]
    shown_notes = [note for note in verdict.notes if note not in revealing_notes]
    if shown_notes:
        visible += ["", *shown_notes]
    if question.choices:
        key = option_lines(correct_options(question, result.choice_order))
    else:
        key = result.expected.rstrip().split("\n")
    label = "A solution:" if question.type == "write" else "The right answer:"
    revealing = [label, *_indented(key)]
    if revealing_notes:
        revealing += ["", *revealing_notes]
    revealing += ["", "Why:", question.explanation.strip()]
    return "\n".join(visible), "\n".join(revealing)


def _indented(lines) -> list[str]:
    return [f"  {line}" if line else "" for line in lines]


def _reveals_key(question, note: str) -> bool:
    """A diff against the expected output shows the expected output: for predict, that is the answer. An option's
    feedback says whether the option is right (441 of the bundled bank's 442 begin "Yes -" or "No -"): shown with
    the score, one submission choosing every option of each multi-select question read their whole key before the
    grades were published, and the next scored full marks."""
    from quizzer.grading.programs import OUTPUT_DIFFERS

    return question.type == "predict" or bool(question.choices) or note.startswith(OUTPUT_DIFFERS)


def pack_max_score(bank, pack):
    """The points of the pack's first variant (every variant draws alike questions)."""
    from quizzer.grading.score import exact

    return sum((exact(bank.get(item.id).points) for item in pack.variants[0].items if bank.get(item.id)), 0)


def submission_count_problem(paths, files, found, problems) -> str | None:
    """Why the upload is not exactly one student's submission, or None when it is."""
    from pathlib import Path

    from quizzer.classroom.submissions import folder_files

    if not files:
        others = sorted(str(p.name) for path in map(Path, paths) if path.is_dir()
                        for p in folder_files(path) if p.is_file())
        seen = f" (found: {', '.join(others[:5])}{' ...' if len(others) > 5 else ''})" if others else ""
        return ("No submission file was found: upload one YAML or JSON file, the one "
                f"`quizzer quiz --pack PACK --save FILE` wrote{seen}.")
    if len(files) > 1:
        names = ", ".join(sorted(p.name for p in files)[:5])
        return f"{len(files)} submission files were found ({names}): upload exactly one."
    if not found:
        return problems[0].reason if problems else "the file holds no submission."
    if len(found) > 1:
        return f"the file holds {len(found)} students' answers: upload only your own."
    return None
