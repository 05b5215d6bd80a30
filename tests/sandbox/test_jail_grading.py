"""`quizzer grade` against hostile students: the honest one in the same batch keeps full marks, the batch writes
all its outputs, the answer key never reaches a student's program, a program that ends early does not pass a
time limit, forged case reports stop nothing, an answer too large to run or one that stops, crashes or rewires its
own process after printing the right lines fails alone, an answer the sandbox itself cannot run is left ungraded
while the class is graded (unless the sandbox runs no answer, or not the bank's programs: then nothing is
written), and where the jail cannot be built the students' programs are refused (unless trusted)."""

import html
import json
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from jailtools import hostile, jail_processes

from quizzer.cli import main
from quizzer.sandbox import runner

TOKEN = f"key-{uuid.uuid4().hex}"
# The right answer, which is also the bank's solution.
HONEST = textwrap.dedent(f"""\
    import asyncio

    async def line(text):
        await asyncio.sleep(1)
        print(text)

    async def main():
        await asyncio.gather(line("{TOKEN}-first"), line("{TOKEN}-second"))

    asyncio.run(main())
""")
BANK = "\n".join([
    "topic: tasks",
    "questions:",
    "  - id: tasks-write-secret-lines",
    "    type: write",
    "    difficulty: 1",
    "    prompt: Print the two lines the instructor has in mind, concurrently, in at most 1 s of loop time.",
    "    starter: import asyncio",
    "    solution: |",
    textwrap.indent(HONEST, " " * 6).rstrip("\n"),
    "    max_virtual_time: 1",
    "    explanation: gather runs both sleeps at once.",
]) + "\n"
# Knows the output but not how to make it concurrent: sleeps 2 s, prints, and leaves before the sandbox measures.
EARLY_EXIT = textwrap.dedent(f"""\
    import asyncio, os

    async def main():
        await asyncio.sleep(2)
        print("{TOKEN}-first\\n{TOKEN}-second", flush=True)
        os._exit(0)

    asyncio.run(main())
""")
# Searches everything it can see for the answer key (it knows its shape), and prints what it finds: every file,
# every object of its own interpreter (the request it was started with among them).
KEY_HUNTER = hostile("""
    import gc, os
    found = {text.encode() for thing in gc.get_objects() if isinstance(thing, dict) for text in thing.values()
             if isinstance(text, str) and "key-" in text and "policy off" not in text}
    for data in every_file({"/usr", "/sys"}):
        start = data.find(b"key-")
        if start >= 0 and b"policy off" not in data:
            found.add(data[start:start + 60])
    for item in sorted(found):
        print(item.decode(errors="replace"))
""")
GRADEBOOK_VANDAL = hostile("""
    import os, subprocess
    for command in (["sh", "-c", "sleep 1; echo alice,0 > grades.csv"],):
        try:
            subprocess.Popen(command, start_new_session=True)
        except OSError:
            print("no shell")
""")


@pytest.fixture
def bank(tmp_path):
    path = tmp_path / "bank.yaml"
    path.write_text(BANK)
    return path


def submit(folder, student, program):
    folder.mkdir(exist_ok=True)
    (folder / f"{len(list(folder.iterdir()))}.json").write_text(json.dumps({
        "student": student, "answers": {"tasks-write-secret-lines": program}}))


def grade(bank, folder, out, *options):
    return CliRunner().invoke(main, ["grade", "--bank", str(bank), str(folder), "--out", str(out), "--no-cache",
                                     *options])


def test_hostile_students_leave_the_honest_one_and_the_outputs_alone(jailed, bank, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    for student, program in [("=cmd|' /C calc'!A0", GRADEBOOK_VANDAL), ("eve", KEY_HUNTER),
                             ("mallory", EARLY_EXIT), ("ada", HONEST)]:
        submit(folder, student, program)
    result = grade(bank, folder, out)
    assert result.exit_code == 0, result.output
    grades = (out / "grades.csv").read_text().splitlines()
    assert grades == ["student,score,max_score,percent,tasks-write-secret-lines",
                      "'=cmd|' /C calc'!A0,0,1,0.0,0", "eve,0,1,0.0,0", "mallory,0,1,0.0,0", "ada,1,1,100.0,1"]
    assert sorted(path.name for path in (out / "feedback").iterdir()) == [
        "ada.md", "cmd_C_calc_A0.md", "eve.md", "mallory.md"]
    results = {student["student"]: student["questions"][0] for student in
               json.loads((out / "results.json").read_text())["students"]}
    assert results["eve"]["status"] == "wrong"
    # The key hunter printed what it found (the diff's "+" lines): its own program's text at most (its search
    # string), never the key itself, which only the feedback's expected side shows.
    printed = [line for text in results["eve"]["feedback"] for line in text.splitlines()
               if line.startswith("+") and not line.startswith("+++")]
    assert not [line for line in printed if TOKEN in line]
    assert "it ended without returning to the sandbox" in results["mallory"]["feedback"][0]


def test_without_the_jail_grade_refuses_the_students_programs(unjailed, bank, tmp_path):
    folder = tmp_path / "submissions"
    submit(folder, "ada", HONEST)
    result = grade(bank, folder, tmp_path / "graded")
    assert result.exit_code == 3
    assert result.stderr == ("Error: refusing to run the students' programs without the sandbox's jail: bubblewrap "
                             "(bwrap) is not installed; install bubblewrap: `sudo apt install bubblewrap` (Debian, "
                             "Ubuntu), `sudo dnf install bubblewrap` (Fedora), `sudo pacman -S bubblewrap` (Arch); "
                             "or pass --trust-submissions to run them anyway\n")
    assert not (tmp_path / "graded").exists()
    assert unjailed == []  # nothing ran, so no warning either


def test_trusted_submissions_run_without_the_jail_after_a_warning(unjailed, bank, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "ada", HONEST)
    result = grade(bank, folder, out, "--trust-submissions")
    assert result.exit_code == 0, result.output
    assert (out / "grades.csv").read_text().splitlines()[1] == "ada,1,1,100.0,1"
    assert unjailed == ["bubblewrap (bwrap) is not installed; install bubblewrap: `sudo apt install bubblewrap` "
                        "(Debian, Ubuntu), `sudo dnf install bubblewrap` (Fedora), `sudo pacman -S bubblewrap` (Arch)"]


def test_when_the_sandbox_cannot_run_a_program_grade_says_so_and_writes_nothing(jailed, bank, tmp_path,
                                                                                 monkeypatch):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "ada", HONEST)
    runner.run_code("print('worker up')\n")
    monkeypatch.setattr(runner.Worker, "launch", lambda self, jailed: (_ for _ in ()).throw(
        runner.JailUnavailable("bwrap: cannot start")))
    runner.server.stop()
    result = grade(bank, folder, out)
    monkeypatch.undo()
    assert result.exit_code == 3
    assert result.stderr.splitlines()[-1] == (
        "Error: the sandbox could not run 1 program(s), e.g. the program of question tasks-write-secret-lines: "
        "bwrap: cannot start; nothing written, since those marks would be wrong: see `quizzer doctor`, then grade "
        "again")
    assert not out.exists()


# Stopped by the sandbox at once (its output cap), so its supervisor must say in time that it is stopping it; with
# that deadline at 0 s (STOP_TIMEOUT, on the caller's side, out of any run's reach) no supervisor can, as with one
# that is gone: a fault of the machinery, on this program only.
FLOOD = "while True:\n    print('x' * 65536)\n"
NO_ANSWER = "the sandbox did not confirm that the program was stopped"


@pytest.fixture
def supervisor_too_late(jailed, monkeypatch):
    monkeypatch.setattr(runner, "STOP_TIMEOUT", 0.0)


def test_an_answer_the_sandbox_cannot_run_is_ungraded_and_the_class_is_graded(supervisor_too_late, bank, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "mallory", FLOOD)
    submit(folder, "ada", HONEST)
    # One run at a time: the worker a fault restarts must not take a run of ada's with it (it would be redone).
    result = grade(bank, folder, out, "--jobs", "1")
    assert result.exit_code == 3, result.output
    assert result.stdout == f"graded 2 submission(s), skipped 0; results in {out}\n"
    fault = f"{folder / '0.json'}: mallory's answer to question tasks-write-secret-lines is not graded: the sandbox " \
            f"could not run it ({NO_ANSWER})"
    assert result.stderr.splitlines() == [
        fault, f"Error: the sandbox could not run 1 answer(s) even after a retry; they are marked `ungraded` (no mark, "
               f"not 0) in {out}, and every other answer is graded. Grade the same submissions again to grade them; "
               "the others' marks stay the same"]
    assert (out / "grades.csv").read_text().splitlines() == [
        "student,score,max_score,percent,tasks-write-secret-lines",
        "mallory,ungraded,1,ungraded,ungraded", "ada,1,1,100.0,1"]
    assert (out / "errors.txt").read_text() == fault + "\n"
    students = json.loads((out / "results.json").read_text())["students"]
    assert [(s["student"], s["score"], s["percent"], s["questions"][0]["points"], s["questions"][0]["status"])
            for s in students] == [("mallory", None, None, None, "ungraded"), ("ada", 1, 100.0, 1, "correct")]
    assert students[0]["questions"][0]["feedback"] == [f"not graded: the sandbox could not run it ({NO_ANSWER})"]
    mallory = (out / "feedback" / "mallory.md").read_text()
    assert "Score: not final: an answer is not graded yet (below), out of 1" in mallory
    assert "## 1. tasks-write-secret-lines (not graded yet)" in mallory
    assert "Every question right" in (out / "feedback" / "ada.md").read_text()
    report = (out / "report.html").read_text()
    assert "1 student(s) graded, 0 submission(s) skipped" in report
    assert "1 student(s) not graded yet" in report
    assert "Mean score <b>1 / 1 points</b> (100.0 %)" in report
    assert f"<li>no mark yet: {html.escape(fault)}</li>" in report


def test_when_the_sandbox_runs_no_answer_grade_writes_nothing(supervisor_too_late, bank, tmp_path):
    """Every answer failing is the machinery broken, not the answers: nothing is written over what was there."""
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "mallory", FLOOD)
    submit(folder, "trudy", FLOOD.replace("x", "y"))
    result = grade(bank, folder, out, "--jobs", "1")
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines()[-1] == (
        f"Error: the sandbox could not run 2 program(s), e.g. an answer to question tasks-write-secret-lines: "
        f"{NO_ANSWER}; nothing written, since those marks would be wrong: see `quizzer doctor`, then grade again")
    assert not out.exists()


def test_when_the_sandbox_cannot_run_a_bank_program_grade_writes_nothing(supervisor_too_late, tmp_path):
    """The answers run, but a key does not: every mark on its question would be wrong, so none is written."""
    bank = tmp_path / "bank.yaml"
    bank.write_text(BANK + "\n".join([
        "  - id: tasks-predict-flood",
        "    type: predict",
        "    difficulty: 1",
        "    prompt: What does this print?",
        "    explanation: Lines of x, for ever.",
        "    code: |",
        textwrap.indent(FLOOD, " " * 6).rstrip("\n"),
    ]) + "\n")
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    folder.mkdir()
    (folder / "ada.json").write_text(json.dumps({"student": "ada", "answers": {
        "tasks-write-secret-lines": HONEST, "tasks-predict-flood": "x"}}))
    result = grade(bank, folder, out, "--jobs", "1")
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines()[-1] == (
        "Error: the sandbox could not run 1 program(s), e.g. the program of question tasks-predict-flood: "
        f"{NO_ANSWER}; nothing written, since those marks would be wrong: see `quizzer doctor`, then grade again")
    assert not out.exists()


CASES_BANK = Path(__file__).parents[1] / "fixtures" / "cases" / "tasks.yaml"
# Finds the harness's nonce in its own interpreter and prints reports under it, before the harness's own: one
# nested deeper than json can parse, one deeper than the harness writes, one whose time is text and whose value
# is no value the harness encodes, one whose time is beyond a float's range, one whose bytes are no bytes. Taken
# as they are, each stopped the grader with a traceback.
REPORT_FORGER = textwrap.dedent("""\
    import gc, json, os

    def fetch_all(names, fetch):
        deep = []
        for _ in range(500):
            deep = [deep]
        nonces = {thing["nonce"] for thing in gc.get_objects()
                  if isinstance(thing, dict) and isinstance(thing.get("nonce"), str)}
        for nonce in nonces:
            for case in range(3):
                for forged in ("[" * 100_000, json.dumps({"case": case, "outcome": "returned", "value": deep}),
                               json.dumps({"case": case, "outcome": "returned", "elapsed": "0",
                                           "value": {"a": 1, "b": 2}}),
                               json.dumps({"case": case, "outcome": "returned", "elapsed": 10 ** 400}),
                               json.dumps({"case": case, "outcome": "returned", "value": {"bytes": "\u20ac"}})):
                    os.write(1, f"{nonce} {forged}\\n".encode())
        return []
""")


def test_forged_case_reports_fail_their_cases_and_stop_nothing(jailed, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    folder.mkdir()
    solution = next(question for question in yaml.safe_load(CASES_BANK.read_text())["questions"]
                    if question["id"] == "fetch-all")["solution"]
    for number, (student, program) in enumerate([("trudy", REPORT_FORGER), ("ada", solution)]):
        (folder / f"{number}.json").write_text(json.dumps({"student": student, "answers": {"fetch-all": program}}))
    result = CliRunner().invoke(main, ["grade", "--bank", str(CASES_BANK), str(folder), "--out", str(out),
                                       "--no-cache"])
    assert result.exit_code == 0, result.output
    percent = {row.split(",")[0]: row.split(",")[3] for row in (out / "grades.csv").read_text().splitlines()[1:]}
    assert percent == {"trudy": "0.0", "ada": "100.0"}
    assert sorted(path.name for path in (out / "feedback").iterdir()) == ["ada.md", "trudy.md"]


# Prints the right lines, then writes a final record of its own on the sandbox's side channel, with a virtual time
# beyond a float's range (which JSON allows), and leaves before the child writes the real one. Read as it was, it
# stopped the grader with a traceback.
RECORD_FORGER = textwrap.dedent(f"""\
    import os

    print("{TOKEN}-first\\n{TOKEN}-second", flush=True)
    os.write(1023, b'{{"final": true, "stats": {{"virtual_time": 1' + b'0' * 400 + b'}}}}\\n')
    os._exit(0)
""")


def test_a_forged_final_record_fails_its_author_and_stops_nothing(jailed, bank, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "trudy", RECORD_FORGER)
    submit(folder, "ada", HONEST)
    result = grade(bank, folder, out)
    assert result.exit_code == 0, result.output
    assert (out / "grades.csv").read_text().splitlines()[1:] == ["trudy,0,1,0.0,0", "ada,1,1,100.0,1"]
    trudy = json.loads((out / "results.json").read_text())["students"][0]["questions"][0]
    assert trudy["feedback"] == ["your program did not finish: crashed: the program wrote something other than the "
                                 "sandbox's record on its side channel (fd 1023)"]


def test_text_that_is_not_unicode_is_written_as_escapes(jailed, bank, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    # A lone surrogate: JSON's escape allows one in a name, Python's in an exception message (the child sends it
    # back escaped in its JSON record). Either stopped grade with a UnicodeEncodeError when it wrote the files.
    submit(folder, "mallory\ud800", 'raise ValueError("\\ud800")\n')
    submit(folder, "ada", HONEST)
    result = grade(bank, folder, out)
    assert result.exit_code == 0, result.output
    assert (out / "grades.csv").read_text().splitlines()[1:] == ["mallory\\ud800,0,1,0.0,0", "ada,1,1,100.0,1"]
    mallory = json.loads((out / "results.json").read_text())["students"][0]
    assert mallory["student"] == "mallory\ud800"
    assert mallory["questions"][0]["feedback"][0].endswith("\n+ValueError: \ud800")
    # the heading is Markdown: its backslash escaped, so that it reads mallory\ud800 rendered
    assert (out / "feedback" / "mallory.md").read_text().startswith("# Feedback for mallory\\\\ud800\n")


def test_an_answer_too_large_for_the_sandbox_fails_alone(jailed, bank, tmp_path):
    """65 MiB of answer: its run's supervisor stopped reading at 64 MiB, which was taken for the machinery failing,
    and grade wrote nothing for anyone (exit 3). Its file is now past what grade reads (16 MiB), so it is skipped
    with the reason (the sandbox refuses such a program too: `test_sandbox_limits`)."""
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "hugo", f'print("{TOKEN}-first\\n{TOKEN}-second")\n' + "#" * (65 << 20) + "\n")
    submit(folder, "ada", HONEST)
    result = grade(bank, folder, out)
    assert result.exit_code == 1, result.output[-2000:]
    assert (out / "grades.csv").read_text().splitlines()[1:] == ["ada,1,1,100.0,1"]
    assert (out / "errors.txt").read_text() == f"{folder / '0.json'}: larger than 16 MiB: not a quiz's answers\n"


# Each prints the right lines, then: stops itself (SIGSTOP), kills itself with a signal, points the side channel at
# its stdout (the sandbox's record then lands in its output) with every descriptor made non-blocking, or closes
# its descriptors and starts a process that outlives it in a session of its own, writing into the pipes it kept.
PROCESS_GAMES = {
    "stopper": "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n",
    "crasher": "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n",
    "rewirer": "import fcntl, os\n"
               "for fd in (1, 2, 1023):\n"
               "    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_NONBLOCK)\n"
               "os.dup2(1, 1023)\n",
    "orphan": "import os, sys, time\n"
              "if os.fork() == 0:\n"
              "    os.setsid()\n"
              "    if os.fork() == 0:\n"
              "        while True:\n"
              "            os.write(1, b'still here\\n')\n"
              "            time.sleep(0.01)\n"
              "    os._exit(0)\n"
              "for fd in (0, 1, 2, 1023):\n"
              "    os.close(fd)\n",
}


def test_students_who_stop_crash_or_rewire_their_process_fail_alone(jailed, bank, tmp_path):
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    right_lines = f'import sys\nprint("{TOKEN}-first\\n{TOKEN}-second", flush=True)\n'
    for student, game in PROCESS_GAMES.items():
        submit(folder, student, right_lines + game)
    submit(folder, "ada", HONEST)
    result = grade(bank, folder, out, "--timeout", "3")
    assert result.exit_code == 0, result.output
    assert (out / "grades.csv").read_text().splitlines()[1:] == [
        "stopper,0,1,0.0,0", "crasher,0,1,0.0,0", "rewirer,0,1,0.0,0", "orphan,0,1,0.0,0", "ada,1,1,100.0,1"]
    assert sorted(path.name for path in (out / "feedback").iterdir()) == [
        "ada.md", "crasher.md", "orphan.md", "rewirer.md", "stopper.md"]
    feedback = {student["student"]: student["questions"][0]["feedback"][-1]
                for student in json.loads((out / "results.json").read_text())["students"]}
    assert feedback["stopper"] == "your program did not finish: timeout: the program ran for more than 3 s"
    assert feedback["crasher"] == "your program did not finish: crashed: the program was killed by signal SIGSEGV"
    assert jail_processes() == []


LIST_PROGRAM = "import asyncio\n\nasync def main():\n    print([1, 2, 3])\n\nasyncio.run(main())\n"
LIST_BANK = {"topic": "tasks", "questions": [
    {"id": "tasks-write-list", "type": "write", "difficulty": 1, "prompt": "Print the list.",
     "starter": "import asyncio", "solution": LIST_PROGRAM, "explanation": "print shows the list."},
    {"id": "tasks-predict-list", "type": "predict", "difficulty": 1, "prompt": "What does it print?",
     "code": LIST_PROGRAM, "explanation": "print shows the list."}]}
# Grades in a process of its own and prints the most memory that process held (KiB): its VmHWM, not its ru_maxrss,
# which keeps the peak of the process it was forked from (pytest's) across exec.
GRADE_AND_MEASURE = ("import re, sys\nfrom quizzer.cli import main\ntry:\n    main(sys.argv[1:])\n"
                     "except SystemExit:\n    pass\n"
                     "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])\n")


def test_a_line_slow_to_compare_costs_the_grader_neither_memory_nor_marks(jailed, tmp_path):
    """`[1, 2, 3]` is a Python literal, so a line given in its place was read as one too: a program printing a
    million `1,` in a list (under the output cap) cost the grader half a gigabyte, and a predict answer of 4 MiB
    of them two gigabytes (16 MiB of them, eight)."""
    bank, folder, out = tmp_path / "bank.yaml", tmp_path / "submissions", tmp_path / "graded"
    bank.write_text(yaml.safe_dump(LIST_BANK))
    folder.mkdir()
    long_list = "[" + "1," * 500_000 + "]"
    for student, answers in [("lola", {"tasks-write-list": f"print('{long_list}')\n",
                                       "tasks-predict-list": "[" + "1," * 2_000_000 + "]"}),
                             ("ada", {"tasks-write-list": LIST_PROGRAM, "tasks-predict-list": "[1,2,3]"})]:
        (folder / f"{student}.json").write_text(json.dumps({"student": student, "answers": answers}))
    measured = subprocess.run([sys.executable, "-c", GRADE_AND_MEASURE, "grade", "--bank", str(bank), str(folder),
                               "--out", str(out), "--no-cache"], capture_output=True, text=True, check=True)
    assert (out / "grades.csv").read_text().splitlines()[1:] == ["ada,2,2,100.0,1,1", "lola,0,2,0.0,0,0"]
    assert int(measured.stdout.split()[-1]) < 300 << 10, measured.stdout


# Names the API the reference loop refused in a refusal of its own, a long run of letters with no API after it.
LONG_REFUSAL = 'import quizzer.tinyloop as loop\nraise loop.Unsupported("x" * 300_000 + " a")\n'
# Grades with this many seconds of CPU time at most (then SIGXCPU ends it).
GRADING_CPU_LIMIT = 60


def test_a_refusal_slow_to_read_costs_the_grader_no_time_and_the_honest_student_nothing(jailed, bank, tmp_path):
    """The API an answer used outside the reference loop was found in the loop's refusal with `(\\S+) is not
    supported`, which backtracks over a long run of non-spaces, and the program chooses that text: 30,000
    characters cost the grader 8 s of CPU, 300,000 some ten minutes, for the whole class."""
    folder, out = tmp_path / "submissions", tmp_path / "graded"
    submit(folder, "ursula", LONG_REFUSAL)
    submit(folder, "ada", HONEST)
    limit = f"import resource\nresource.setrlimit(resource.RLIMIT_CPU, ({GRADING_CPU_LIMIT}, {GRADING_CPU_LIMIT}))\n"
    graded = subprocess.run([sys.executable, "-c", limit + GRADE_AND_MEASURE, "grade", "--bank", str(bank), str(folder),
                             "--out", str(out), "--no-cache"], capture_output=True, text=True)
    assert graded.returncode == 0, graded.stderr[-2000:]
    assert (out / "grades.csv").read_text().splitlines()[1:] == ["ursula,0,1,0.0,0", "ada,1,1,100.0,1"]
    ursula = json.loads((out / "results.json").read_text())["students"][0]["questions"][0]
    assert ursula["feedback"][0] == ("a is outside the reference loop's subset, so your program was run on real "
                                     "asyncio instead")
