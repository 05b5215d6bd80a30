"""The files a graded batch is written to, each atomically, each byte-identical for the same input.

- grades.csv: `student, score, max_score, percent`, then one column per question id (points earned),
  in the pack's order (its first question in every variant, then its second ...), else the bank's; a
  name a spreadsheet would run as a formula is neutralised (see `quizzer.classroom.csvcells`); a write
  question graded by cases is followed by one column per case (`ID case N`, points earned);
- results.json: per student, per question: the answer and the right answer in the student's own
  letters, with the text of each option chosen and each right option, points, status, feedback, and
  for a write question graded by cases each case's result; `case_seed` draws the hidden cases (give it
  to `grade --case-seed` to repeat them);
- feedback/STUDENT.md: a personal report of every missed question, as the student saw it (a name another
  student's file already has, even in another letter case, gets -2, -3 ...; a Windows device name, CON, gets _ in
  front);
- errors.txt: the submissions that were skipped, the answers that could not be read, the answers the sandbox could
  not run, and why;
- report.html: what an instructor acts on (see `report.py`).
Points are exact fractions until here, where they are rounded once (`rounded`).

An answer the sandbox could not run has no mark (`StudentResult.complete`), and none is written for it: its cells
in grades.csv (its question's, its cases', and the student's score and percent, which would silently count it as
0) hold the word `ungraded`, which no spreadsheet sums; in results.json its points and the student's score and
percent are null; its feedback says the question is not graded yet.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from quizzer.atomic import atomic_write_text
from quizzer.classroom.csvcells import neutralise
from quizzer.classroom.gradebook.choices import correct_options, option_lines, options_named, shown_options
from quizzer.grading.score import NOT_GRADED, points_text, rounded
from quizzer.ui.markdown import fenced, plain
from quizzer.ui.printable import printable

# A grades.csv cell with no mark (the sandbox could not run the answer): text, which no spreadsheet sums as a 0.
UNGRADED = "ungraded"


def percent(score, maximum) -> float:
    return float(rounded(100 * score / maximum)) if maximum else 0.0


def case_counts(batch) -> dict:
    """question id -> how many cases its answers were graded on (write questions graded by cases)."""
    counts = {}
    for student in batch.students:
        for result in student.results:
            if result.verdict.cases:
                counts[result.question_id] = len(result.verdict.cases)
    return counts


def grades_csv(batch) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    counts = case_counts(batch)
    columns = []  # (question id, case number or None)
    for question in batch.questions:
        columns.append((question.id, None))
        columns += [(question.id, number) for number in range(1, counts.get(question.id, 0) + 1)]
    header = ["student", "score", "max_score", "percent",
              *(qid if number is None else f"{qid} case {number}" for qid, number in columns)]
    writer.writerow([neutralise(cell) for cell in header])
    for student in batch.students:
        earned = {}
        for r in student.results:
            if r.verdict.ungraded is not None:
                earned.update({column: UNGRADED for column in columns if column[0] == r.question_id})
                continue
            earned[(r.question_id, None)] = rounded(r.verdict.points)
            earned.update({(r.question_id, case.number): case.json["points"] for case in r.verdict.cases})
        score, share = ((rounded(student.score), percent(student.score, student.max_score)) if student.complete
                        else (UNGRADED, UNGRADED))
        writer.writerow([neutralise(student.student), score, rounded(student.max_score), share,
                         *(earned.get(column, "") for column in columns)])
    return buffer.getvalue()


def _options_json(options) -> list[dict]:
    return [{"letter": label, "text": text} for label, text in options]


def question_json(result, question) -> dict:
    """One answer as results.json records it."""
    entry = {
        "id": result.question_id, "answer": result.answer,
        "points": None if result.verdict.ungraded is not None else rounded(result.verdict.points),
        "max_points": rounded(result.verdict.max_points), "status": result.verdict.status,
        "rule": result.verdict.rule, "correct_answer": result.expected, "feedback": result.verdict.notes,
    }
    if result.verdict.cases:
        entry["cases"] = [case.json for case in result.verdict.cases]
    if question.choices:
        readable = isinstance(result.answer, str) and not result.unreadable
        entry["chosen"] = _options_json(options_named(question, result.answer, result.choice_order)
                                        if readable else [])
        entry["correct_options"] = _options_json(correct_options(question, result.choice_order))
    return entry


def results_json(batch, bank) -> str:
    """One student per line: readable, diffable, and written by json's fast C encoder (no indent)."""
    students = [{
        "student": s.student, "source": s.source, "variant": s.variant,
        "score": rounded(s.score) if s.complete else None, "max_score": rounded(s.max_score),
        "percent": percent(s.score, s.max_score) if s.complete else None,
        "questions": [question_json(r, bank.get(r.question_id)) for r in s.results],
    } for s in batch.students]
    skipped = [{"source": p.source, "reason": p.reason} for p in batch.problems if p.skipped]
    warnings = [{"source": p.source, "reason": p.reason} for p in batch.problems if not p.skipped]
    lines = ",\n".join(json.dumps(student, sort_keys=True, ensure_ascii=False) for student in students)
    return (f'{{"case_seed": {json.dumps(batch.case_seed)},\n'
            f'"skipped": {json.dumps(skipped, sort_keys=True, ensure_ascii=False)},\n'
            f'"unreadable_answers": {json.dumps(warnings, sort_keys=True, ensure_ascii=False)},\n"students": [\n'
            f'{lines}\n]}}\n')


# Names Windows keeps for devices, whatever follows a dot: a student called CON made writing `feedback/CON.md` fail
# there, and with it every output of the batch.
_WINDOWS_DEVICE = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?", re.IGNORECASE)


def safe_filename(name: str) -> str:
    cleaned = (re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "student")[:100]
    return f"_{cleaned}" if _WINDOWS_DEVICE.fullmatch(cleaned) else cleaned


def feedback_markdown(student, bank, blocks: dict | None = None) -> str:
    """A student's report; `blocks` caches each question's unchanging part (prompt, code, options) across students."""
    blocks = {} if blocks is None else blocks
    score = (f"{points_text(student.score)} / {points_text(student.max_score)} "
             f"({percent(student.score, student.max_score)} %)" if student.complete else
             f"not final: an answer is not graded yet (below), out of {points_text(student.max_score)}")
    lines = [f"# Feedback for {plain(student.student)}", "", f"Score: {score}", ""]
    if student.variant:
        lines[-1:-1] = [f"Variant: {student.variant}"]
    missed = [(number, r) for number, r in enumerate(student.results, 1) if r.verdict.status != "correct"]
    if not missed:
        lines.append("Every question right. Well done.")
    for number, result in missed:
        question = bank.get(result.question_id)
        block_key = (question.id, result.choice_order)
        if block_key not in blocks:
            blocks[block_key] = _question_block(question, result.choice_order)
        head, why = blocks[block_key]
        marked = ("not graded yet" if result.verdict.ungraded is not None else
                  f"{result.verdict.status}, {points_text(result.verdict.points)} / "
                  f"{points_text(result.verdict.max_points)}")
        lines += [f"## {number}. {question.id} ({marked})", "", head]
        lines += _answers_block(question, result)
        for note in result.verdict.notes:
            if "\n" in note:
                language = "diff" if "\n--- expected" in note or note.startswith("--- expected") else ""
                lines += [fenced(note.rstrip(), language), ""]
            else:
                lines += [f"- {note}", ""]
        lines += [why]
    return "\n".join(lines).rstrip() + "\n"


def _answers_block(question, result) -> list[str]:
    """What the student answered and what was right: option letters with their texts, or the text itself."""
    if question.choices and not result.unreadable:
        given = (["(no answer)"] if result.answer is None else
                 [f"- {line}" for line in option_lines(options_named(question, result.answer, result.choice_order))])
        right = [f"- {line}" for line in option_lines(correct_options(question, result.choice_order))]
        return ["Your answer:", "", *given, "", "Right answer:", "", *right, ""]
    given = "(no answer)" if result.answer is None else str(result.answer)
    return ["Your answer:", "", fenced(given.rstrip()), "", "Expected:", "", fenced(result.expected.rstrip()), ""]


def _question_block(question, choice_order) -> tuple[str, str]:
    head = [question.prompt.strip(), ""]
    code = question.starter if question.type == "write" else question.code
    if code:
        head += [fenced(code.rstrip(), "python"), ""]
    if question.choices:
        head += [f"- {line}" for line in option_lines(shown_options(question, choice_order))] + [""]
    return "\n".join(head), f"Why:\n\n{question.explanation.strip()}\n"


def ungraded_lines(batch) -> list[str]:
    """One line per answer the sandbox could not run, for stderr and errors.txt: whose, which question, and why."""
    return [printable(f"{student.source}: {student.student}'s answer to question {result.question_id} is "
                      f"{NOT_GRADED.format(result.verdict.ungraded)}")
            for student in batch.students for result in student.results if result.verdict.ungraded is not None]


def write_outputs(batch, bank, out: Path, *, report_html: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    out.mkdir(parents=True, exist_ok=True)
    (out / "feedback").mkdir(exist_ok=True)
    files = {"grades.csv": grades_csv(batch), "results.json": results_json(batch, bank)}
    taken, blocks = set(), {}
    for student in batch.students:
        name = base = safe_filename(student.student)
        # Two names that clean up alike ("a b" and "a_b"), or to names that a case-insensitive file system (macOS,
        # Windows) takes for one ("Zoë" and "zoé" to "Zo" and "zo"), must not overwrite each other; nor may a name
        # that looks like a numbered one ("a_b-2") overwrite the file a repeated name got.
        number = 1
        while name.casefold() in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name.casefold())
        files[f"feedback/{name}.md"] = feedback_markdown(student, bank, blocks)
    files["errors.txt"] = "".join(f"{line}\n" for line in [*map(str, batch.problems), *ungraded_lines(batch)])
    files["report.html"] = report_html
    # Each file is written atomically on its own; writing many at once hides the file system's latency.
    with ThreadPoolExecutor(max_workers=8) as pool:
        for done in [pool.submit(atomic_write_text, out / relative, text) for relative, text in files.items()]:
            done.result()
