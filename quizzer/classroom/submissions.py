"""Reading students' submissions: YAML or JSON files, or CSV exports with one row per student.

A YAML/JSON submission is a mapping `student: ID`, `answers: {question id: answer}` and, for a
quiz taken from a pack, `variant: NAME`. A CSV file has a `student` column (and optionally a
`variant` column) and one column per question id; an empty cell is an unanswered question.
Anything else is reported as a `SubmissionProblem` with its file (and row) and one-line reason;
the rest of the batch goes on. A submission is a student's file, so hostile: one holding more than
`VALUE_LIMIT` values or `FILE_LIMIT` characters of text (YAML aliases expanded) is refused before
anything reads it, and only a regular file of at most `FILE_LIMIT` bytes is read at all (a link to
`/dev/zero` or a named pipe would fill memory or wait forever), never through a link out of its folder.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from quizzer.bank.files import NotRead, read_bounded
from quizzer.classroom.csvcells import restore
from quizzer.ui.printable import printable

SUBMISSION_SUFFIXES = (".yaml", ".yml", ".json", ".csv")
# The most values (texts, numbers, lists, mappings) a YAML or JSON submission may hold, counted with every YAML
# alias expanded: an alias repeats a whole structure, so a file of a few lines can stand for 10**9 values, which
# reading an answer or a variant as text would then build, hanging the grader. A quiz's answers need a few hundred.
VALUE_LIMIT = 10_000
# The largest submission file read: a class's CSV export of a few hundred students' programs fits many times over,
# while grading an answer costs memory and time in proportion to its length (a diff, a feedback file).
FILE_LIMIT = 16 << 20


@dataclass
class Submission:
    student: str
    answers: dict
    source: str                      # file, or file:row for CSV
    variant: str | None = None
    formats: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SubmissionProblem:
    source: str
    reason: str
    skipped: bool = True    # False: the submission was graded, with this problem (e.g. one unreadable answer)

    def __str__(self) -> str:
        """One line for stderr, errors.txt and the report: its file name and reason may carry a student's text."""
        return printable(f"{self.source}: {self.reason}")


def submission_files(paths) -> list[Path]:
    """The files named, and in each folder named every file (not folder) with a submission's suffix: a named pipe or
    a link among them is listed too, to be refused with its reason rather than left out unsaid."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in folder_files(path) if p.suffix.lower() in SUBMISSION_SUFFIXES))
        else:
            files.append(path)
    return files


def folder_files(folder: Path) -> list[Path]:
    """Everything under `folder` that is not a folder, in no order, going into no linked folder. Walked with a list
    of folders to visit rather than by recursion, as pathlib's rglob does on Python 3.11: a student's upload
    holding folders 1,100 deep stopped grade with a RecursionError traceback, and no output for anyone."""
    found, waiting = [], [folder]
    while waiting:
        try:
            with os.scandir(waiting.pop()) as listing:
                entries = list(listing)
        except OSError:    # a folder that cannot be listed holds nothing to read, as for rglob
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                waiting.append(Path(entry.path))
            elif not entry.is_dir():
                found.append(Path(entry.path))
    return found


def read_submissions(paths) -> tuple[list[Submission], list[SubmissionProblem]]:
    submissions, problems = [], []
    for path in submission_files(paths):
        try:
            text = _read_text(path)
            _refuse_a_link_out(path)
        except FileNotFoundError:
            problems.append(SubmissionProblem(str(path), "no such file"))
            continue
        except (OSError, UnicodeDecodeError) as error:
            problems.append(SubmissionProblem(str(path), f"cannot read the file: {error}"))
            continue
        except NotRead as error:
            problems.append(SubmissionProblem(str(path), str(error)))
            continue
        if path.suffix.lower() == ".csv":
            found, trouble = _read_csv(text, str(path))
        else:
            found, trouble = _read_document(text, str(path), path.suffix.lower() == ".json")
        submissions.extend(found)
        problems.extend(trouble)
    return submissions, problems


def _read_text(path: Path) -> str:
    """The text of a regular file of at most FILE_LIMIT bytes (`quizzer.bank.files`)."""
    return read_bounded(path, FILE_LIMIT, "a quiz's answers").decode("utf-8-sig")


def _refuse_a_link_out(path: Path) -> None:
    """A submission reached through a symbolic link to a file outside the folder holding the link is not read: a
    student's upload (a zip or a repository keeps links) can hold one to any file the grader can read, such as the
    instructor's gradebook of another class, whose rows would then be graded as submissions (each in a student's
    name), or, on Gradescope, the bank in the autograder's own folder."""
    folder = os.path.realpath(path.parent)
    if os.path.commonpath([folder, os.path.realpath(path)]) != folder:
        raise NotRead(f"a symbolic link to a file outside {path.parent}: not read (name the file itself)")


def _read_document(text: str, source: str, is_json: bool):
    try:
        if is_json:
            data = json.loads(text)
        else:
            from quizzer.bank import yaml12

            data = yaml12.load(text)   # YAML 1.2: a short answer `no` is the word, not false
    except (ValueError, RecursionError) as error:
        return [], [SubmissionProblem(source, f"not valid {'JSON' if is_json else 'YAML'}: {error}")]
    except Exception as error:  # yaml.YAMLError and its subclasses; yaml is imported lazily
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        return [], [SubmissionProblem(source, f"not valid YAML{where}: {getattr(error, 'problem', None) or error}")]
    too_large = _beyond_limits(data)
    if too_large:
        return [], [SubmissionProblem(source, f"more than {too_large} (counting what YAML aliases repeat): not a "
                                              "quiz's answers")]
    if not isinstance(data, dict) or "answers" not in data or "student" not in data:
        return [], [SubmissionProblem(source, "not a submission: expected a mapping with `student` and `answers`")]
    unknown = sorted(set(map(str, data)) - {"student", "answers", "variant"})
    if unknown:
        return [], [SubmissionProblem(source, f"unknown field(s) {', '.join(unknown)}; a submission has "
                                              "student, answers and optionally variant")]
    student = data["student"]
    if not isinstance(student, (str, int)) or isinstance(student, bool) or not str(student).strip():
        return [], [SubmissionProblem(source, "`student` must be a non-empty name or number")]
    answers = data["answers"]
    if answers is None:
        answers = {}
    if not isinstance(answers, dict) or not all(isinstance(key, str) for key in answers):
        return [], [SubmissionProblem(source, "`answers` must map question ids to answers")]
    variant = data.get("variant")
    return [Submission(str(student).strip(), dict(answers), source, None if variant is None else str(variant))], []


def _beyond_limits(data) -> str | None:
    """What `data` holds more of than a quiz's answers could, each alias counted again (never recursing: an alias may
    also make a list hold itself): VALUE_LIMIT values, or FILE_LIMIT characters of text (9,000 aliases of one
    100 kB text, a file of 136 kB, wrote 900 MB of results.json from 4.4 GB of the grader's memory), or None."""
    waiting, count, characters = [data], 0, 0
    while waiting:
        value = waiting.pop()
        count += 1
        characters += len(value) if isinstance(value, (str, bytes)) else 0
        if count > VALUE_LIMIT:
            return f"{VALUE_LIMIT:,} values"
        if characters > FILE_LIMIT:
            return f"{FILE_LIMIT >> 20} MiB of text"
        if isinstance(value, dict):
            waiting += [*value, *value.values()]
        elif isinstance(value, list):
            waiting += value
    return None


def _read_csv(text: str, source: str):
    # A cell may be as long as the file (FILE_LIMIT bounds that): past the csv module's default of 128 kB, one
    # student's long answer in a class's export ended the file there, every later row unread, and a header cell of
    # that length stopped grade with a traceback. The limit is the module's, so it is put back after.
    default_limit = csv.field_size_limit(FILE_LIMIT)
    try:
        return _csv_rows(text, source)
    finally:
        csv.field_size_limit(default_limit)


def _csv_rows(text: str, source: str):
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as error:
        return [], [SubmissionProblem(source, f"not valid CSV: {error}")]
    if not header or "student" not in header:
        return [], [SubmissionProblem(source, "a CSV of submissions needs a `student` column")]
    submissions, problems = [], []
    try:
        for number, row in enumerate(reader, start=2):
            where = f"{source}:{number}"
            if None in row:
                problems.append(SubmissionProblem(where, "the row has more cells than the header"))
                continue
            student = restore((row.pop("student") or "").strip())
            if not student:
                problems.append(SubmissionProblem(where, "empty `student` cell"))
                continue
            variant = (row.pop("variant", None) or "").strip() or None
            answers = {key: value for key, value in row.items() if value is not None and value.strip()}
            submissions.append(Submission(student, answers, where, variant))
    except csv.Error as error:
        problems.append(SubmissionProblem(f"{source}:{reader.line_num}", f"not valid CSV: {error}; the rest of the "
                                          "file is not read"))
    return submissions, problems
