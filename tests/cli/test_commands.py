"""check, list and show through click's test runner: stdout, stderr and exit codes."""

import json

from click.testing import CliRunner

from quizzer.cli import COMMANDS, main


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_every_command_has_help_text():
    for name in main.list_commands(None):
        result = run(name, "--help")
        assert result.exit_code == 0, name
        command = main.get_command(None, name)
        assert command.help and command.help.strip(), f"{name} has no help text"
        assert command.get_short_help_str().strip()
    assert set(main.list_commands(None)) <= set(COMMANDS)


def test_jobs_help_states_the_defaults_the_runs_use():
    from quizzer.answers import checkruns
    from quizzer.sandbox import runner

    help_text = " ".join(run("check", "--help").output.split())
    assert f"default: {runner.RUNS_PER_CORE} per core; {checkruns.RUNS_PER_CORE} per core for check" in help_text


def test_check_valid_bank_prints_summary(good_bank):
    result = run("check", "--bank", str(good_bank), "--no-run")
    assert result.exit_code == 0
    assert result.stdout == ("ok: 6 questions in 2 topics (futures 3, tasks 3); "
                             "types: choice 1, multi 1, truefalse 1, short 1, predict 1, write 1\n")


def test_check_invalid_bank_exit_1_with_problems_on_stderr(tmp_path):
    bad = tmp_path / "bank.yaml"
    bad.write_text("topic: t\nquestions:\n  - id: q\n    type: essay\n")
    result = run("check", "--bank", str(bad))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"{bad}:4: question q: `type` must be one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_shows_a_shared_banks_control_characters_as_escapes(tmp_path):
    bad = tmp_path / "bank.yaml"
    bad.write_text('topic: t\nquestions:\n  - id: "q\\e[2J"\n    type: truefalse\n    difficulty: 1\n'
                   '    prompt: p\n    answer: true\n    explanation: e\n    "hint\\e]0;ok\\a\\r": 1\n')
    result = run("check", "--bank", str(bad), "--no-run")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{bad}:3: question q\\x1b[2J: `id` must be lowercase letters, digits and dashes, got 'q\\x1b[2J'",
        f"{bad}:9: question q\\x1b[2J: unknown question field `hint\\x1b]0;ok\\x07\\r`",
        "invalid bank: 2 problem(s)"]
    data = json.loads(run("check", "--bank", str(bad), "--no-run", "--json").stdout)
    assert data["problems"][1]["message"] == "unknown question field `hint\x1b]0;ok\x07\r`"  # JSON: data as it is


def test_check_shows_what_a_shared_banks_program_says_with_escapes(tmp_path):
    bank = tmp_path / "bank.yaml"
    bank.write_text("""topic: tasks
questions:
  - id: fetch-all
    type: write
    difficulty: 1
    prompt: Write fetch_all(names).
    entry: fetch_all
    starter: |
      async def fetch_all(names):
          return names
    solution: |
      raise ValueError(chr(27) + "]52;c;cHduZWQ=" + chr(7) + chr(13) + "ok")
    cases:
      - call: fetch_all(["a"])
    explanation: x.
""")
    result = run("check", "--bank", str(bank), "--no-cache")
    assert result.exit_code == 1
    assert ("question fetch-all: write-solution: the solution fails case 1: loading your code raised ValueError: "
            "\\x1b]52;c;cHduZWQ=\\x07\\rok") in result.stderr
    assert "\x1b" not in result.stderr and "\r" not in result.stderr


# Sequences a terminal acts on, in a shared bank's topic title, tags, prose and choices and in what its program
# prints: write the clipboard (OSC 52), set the window's title, a link showing other text than it goes to (OSC 8).
CLIPBOARD, TITLE, LINK = "\x1b]52;c;cHduZWQ=\x07", "\x1b]0;owned\x07", "\x1b]8;;http://x\x07"
SHOWN = {CLIPBOARD: "\\x1b]52;c;cHduZWQ=\\x07", TITLE: "\\x1b]0;owned\\x07", LINK: "\\x1b]8;;http://x\\x07"}


def test_show_list_and_stats_show_a_shared_banks_control_characters_as_escapes(tmp_path):
    bank = tmp_path / "bank.yaml"
    bank.write_text(json.dumps({"topic": "tasks", "title": f"Tasks{TITLE}", "questions": [
        {"id": "tasks-echo", "type": "predict", "difficulty": 1, "tags": [f"tag{CLIPBOARD}"],
         "prompt": f"What does it print?{CLIPBOARD}", "explanation": f"It prints.{LINK}",
         "code": "import asyncio\n\nasync def main():\n    print(chr(27) + ']0;owned' + chr(7))\n\n"
                 "asyncio.run(main())\n"},
        {"id": "tasks-pick", "type": "choice", "difficulty": 1, "prompt": "Pick.", "explanation": "a.",
         "choices": [{"text": f"a{LINK}", "correct": True}, {"text": "b"}]}]}))
    shown = {}
    for name, command in [("question", ["show", "tasks-echo", "--answer"]), ("choices", ["show", "tasks-pick"]),
                          ("list", ["list"]), ("stats", ["stats", "--db", str(tmp_path / "progress.db")])]:
        result = run(*command, "--bank", str(bank))
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.output and "\x07" not in result.output, name
        shown[name] = result.output
    assert SHOWN[CLIPBOARD] in shown["question"] and SHOWN[LINK] in shown["question"]
    assert SHOWN[TITLE] in shown["question"].split("Answer", 1)[1]   # what the program prints
    assert SHOWN[LINK] in shown["choices"]
    assert SHOWN[CLIPBOARD] in shown["list"]
    assert SHOWN[TITLE] in shown["stats"]


def test_show_answer_of_a_program_that_fails_says_why_with_escapes(tmp_path, title_setter):
    """`show ID --answer` passed the reason a shared bank's program gave for having no answer to the terminal raw: its
    escape sequence set the terminal's title."""
    bank = tmp_path / "bank.yaml"
    bank.write_text("topic: tasks\nquestions:\n" + title_setter)
    result = run("show", "tasks-titles", "--answer", "--bank", str(bank))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr == f"Error: {bank}:3: question tasks-titles: refused: \\x1b]0;pwned\\x07\n"


def test_check_of_an_invalid_bank_ends_without_a_traceback_in_its_own_process(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bank.yaml"
    bad.write_text("topic: t\nquestions:\n  - id: q\n    type: essay\n")
    # A process of its own: the sandbox's worker starts in a thread while the bank is read, and a process that
    # exited while that thread started it ended with the thread's traceback.
    result = subprocess.run([sys.executable, "-m", "quizzer", "check", "--bank", str(bad)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "invalid bank: 4 problem(s)"
    assert "Traceback" not in result.stderr


def test_check_json_lists_problems(tmp_path):
    bad = tmp_path / "bank.yaml"
    bad.write_text("topic: t\nquestions: []\n")
    result = run("check", "--bank", str(bad), "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data == {"ok": False, "findings": [], "problems": [
        {"file": str(bad), "line": 2, "question": None, "message": "`questions` is empty"}]}


def test_usage_error_exit_2():
    result = run("list", "--difficulty", "7")
    assert result.exit_code == 2


def test_list_filters(good_bank):
    result = run("list", "--bank", str(good_bank), "--topic", "tasks", "--tag", "interview")
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["tasks-start-order", "tasks-order"]


def test_list_unknown_topic_is_usage_error(good_bank):
    result = run("list", "--bank", str(good_bank), "--topic", "nope")
    assert result.exit_code == 2
    assert "unknown topic nope" in result.stderr


def test_list_json_is_stable_and_counts(good_bank):
    first = run("list", "--bank", str(good_bank), "--json")
    second = run("list", "--bank", str(good_bank), "--json")
    assert first.exit_code == 0 and first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["counts"]["total"] == 6
    assert data["counts"]["by_topic"] == {"futures": 3, "tasks": 3}
    assert data["counts"]["by_difficulty"] == {"1": 3, "2": 3}
    assert data["counts"]["by_tag"] == {"interview": 2}
    assert data["questions"][0] == {"id": "futures-states", "topic": "futures", "type": "multi", "difficulty": 2,
                                    "points": 1, "tags": [], "file": str(good_bank / "futures.yaml"), "line": 3}


def test_show_hides_answer_unless_asked(good_bank):
    result = run("show", "tasks-start-order", "--bank", str(good_bank))
    assert result.exit_code == 0
    assert "b) When the creator next yields to the event loop" in result.stdout
    assert "Answer:" not in result.stdout
    shown = run("show", "tasks-start-order", "--bank", str(good_bank), "--answer")
    assert "Answer: b" in shown.stdout
    assert "create_task schedules the task's first step" in shown.stdout


def test_show_numbers_code_lines(good_bank):
    result = run("show", "tasks-order", "--bank", str(good_bank))
    assert " 1 | import asyncio" in result.stdout
    assert "11 | asyncio.run(main())" in result.stdout


def test_show_unknown_id_suggests(good_bank):
    result = run("show", "tasks-start-ordr", "--bank", str(good_bank))
    assert result.exit_code == 2
    assert "did you mean tasks-start-order" in result.stderr


def test_default_bank_is_found_and_valid():
    result = run("check", "--no-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_unwritable_output_paths_are_clean_errors(good_bank, tmp_path):
    missing = tmp_path / "no" / "such" / "folder"
    for args in (["export", "--format", "gift", "--out", str(missing / "x.gift")],
                 ["pack", "--count", "2", "--out", str(missing / "p.yaml")]):
        result = run(*args, "--bank", str(good_bank))
        assert result.exit_code == 1, args
        assert result.stderr == f"Error: cannot write {missing / args[-1].split('/')[-1]}: No such file or directory\n"
