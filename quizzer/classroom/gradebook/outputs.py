"""The files a graded batch is written to, each atomically, each byte-identical for the same input.

- grades.csv: `student, score, max_score, percent`, then one column per question id (points earned);
- results.json: per student, per question: answer, points, max points, status, correct answer, feedback;
- feedback/STUDENT.md: a personal report of every missed question;
- errors.txt: the submissions that were skipped, and why (empty when none were);
- report.html: histogram, per-topic averages and item analysis (see `report.py`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from quizzer.atomic import atomic_write_text


def _number(value: float):
    """Points as the smallest exact text: 1 not 1.0, 0.5 stays 0.5."""
    whole = int(value)
    return whole if whole == value else round(value, 4)


def percent(score: float, maximum: float) -> float:
    return round(100 * score / maximum, 2) if maximum else 0.0


def grades_csv(batch) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    ids = [q.id for q in batch.questions]
    writer.writerow(["student", "score", "max_score", "percent", *ids])
    for student in batch.students:
        earned = {r.question_id: _number(r.verdict.points) for r in student.results}
        writer.writerow([student.student, _number(student.score), _number(student.max_score),
                         percent(student.score, student.max_score), *(earned.get(qid, "") for qid in ids)])
    return buffer.getvalue()


def results_json(batch) -> str:
    """One student per line: readable, diffable, and written by json's fast C encoder (no indent)."""
    students = [{
        "student": s.student, "source": s.source, "variant": s.variant, "score": _number(s.score),
        "max_score": _number(s.max_score), "percent": percent(s.score, s.max_score),
        "questions": [{
            "id": r.question_id, "answer": r.answer, "points": _number(r.verdict.points),
            "max_points": _number(r.verdict.max_points), "status": r.verdict.status, "rule": r.verdict.rule,
            "correct_answer": r.expected, "feedback": r.verdict.notes,
        } for r in s.results],
    } for s in batch.students]
    skipped = [{"source": p.source, "reason": p.reason} for p in batch.problems]
    lines = ",\n".join(json.dumps(student, sort_keys=True, ensure_ascii=False) for student in students)
    return (f'{{"skipped": {json.dumps(skipped, sort_keys=True, ensure_ascii=False)},\n"students": [\n'
            f'{lines}\n]}}\n')


def safe_filename(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "student"
    return cleaned[:100]


def feedback_markdown(student, bank, blocks: dict | None = None) -> str:
    """A student's report; `blocks` caches each question's unchanging part (prompt, code) across students."""
    blocks = {} if blocks is None else blocks
    lines = [f"# Feedback for {student.student}", "",
             f"Score: {_number(student.score)} / {_number(student.max_score)} "
             f"({percent(student.score, student.max_score)} %)", ""]
    missed = [r for r in student.results if r.verdict.status != "correct"]
    if not missed:
        lines.append("Every question right. Well done.")
    for result in missed:
        question = bank.get(result.question_id)
        if question.id not in blocks:
            blocks[question.id] = _question_block(question)
        head, why = blocks[question.id]
        lines += [f"## {question.id} ({result.verdict.status}, {_number(result.verdict.points)} / "
                  f"{_number(result.verdict.max_points)})", "", head]
        given = "(no answer)" if result.answer is None else str(result.answer)
        lines += ["Your answer:", "", "```", given.rstrip(), "```", "", "Expected:", "", "```",
                  result.expected.rstrip(), "```", ""]
        for note in result.verdict.notes:
            fenced = "\n" in note or note.startswith("---")
            lines += (["```diff", note.rstrip(), "```"] if fenced else [f"- {note}"]) + [""]
        lines += [why]
    return "\n".join(lines).rstrip() + "\n"


def _question_block(question) -> tuple[str, str]:
    head = [question.prompt.strip(), ""]
    code = question.starter if question.type == "write" else question.code
    if code:
        head += ["```python", code.rstrip(), "```", ""]
    return "\n".join(head), f"Why:\n\n{question.explanation.strip()}\n"


def write_outputs(batch, bank, out: Path, *, report_html: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    out.mkdir(parents=True, exist_ok=True)
    (out / "feedback").mkdir(exist_ok=True)
    files = {"grades.csv": grades_csv(batch), "results.json": results_json(batch)}
    names, blocks = {}, {}
    for student in batch.students:
        name = safe_filename(student.student)
        # Two names that clean up alike ("a b" and "a_b") must not overwrite each other.
        names[name] = names.get(name, 0) + 1
        suffix = f"-{names[name]}" if names[name] > 1 else ""
        files[f"feedback/{name}{suffix}.md"] = feedback_markdown(student, bank, blocks)
    files["errors.txt"] = "".join(f"{problem}\n" for problem in batch.problems)
    files["report.html"] = report_html
    # Each file is written atomically on its own; writing many at once hides the file system's latency.
    with ThreadPoolExecutor(max_workers=8) as pool:
        for done in [pool.submit(atomic_write_text, out / relative, text) for relative, text in files.items()]:
            done.result()


def gradescope_json(student) -> str:
    """Gradescope's autograder results.json for one submission."""
    data = {
        "score": _number(student.score),
        "max_score": _number(student.max_score),
        "tests": [{
            "name": r.question_id, "score": _number(r.verdict.points), "max_score": _number(r.verdict.max_points),
            "output": _gradescope_output(r),
        } for r in student.results],
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _gradescope_output(result) -> str:
    if result.verdict.status == "correct":
        return "Correct."
    parts = [f"{result.verdict.status.capitalize()}. Expected: {result.expected}"]
    parts += result.verdict.notes
    return "\n".join(parts)
