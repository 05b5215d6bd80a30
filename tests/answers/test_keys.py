"""Answer keys: the answer conventions, the content-addressed cache, and what `check` reports about programs."""

import json
import os

import pytest
from click.testing import CliRunner

from quizzer.answers.cache import KeyCache, cache_key
from quizzer.answers.keys import HANGS, compute_answers
from quizzer.cli import main

RAISES = "import asyncio\n\nasync def main():\n    print('start')\n    raise ValueError('boom')\n\nasyncio.run(main())\n"
HANGS_PROGRAM = ("import asyncio\n\nasync def main():\n    print('waiting')\n    await asyncio.Event().wait()\n\n"
                 "asyncio.run(main())\n")
PRINTS = "print('hello')\n"


def test_answer_conventions_exception_and_hang():
    raised, hung, plain = compute_answers([RAISES, HANGS_PROGRAM, PRINTS])
    assert raised.answer == "start\nValueError: boom\n"
    assert hung.answer == f"waiting\n{HANGS}\n"
    assert plain.answer == "hello\n"
    cancelled = compute_answers(["import asyncio\n\nasync def main():\n    asyncio.current_task().cancel()\n"
                                 "    await asyncio.sleep(1)\n\nasyncio.run(main())\n"])[0]
    assert cancelled.answer == "asyncio.exceptions.CancelledError\n"


def test_program_that_never_finishes_has_no_answer():
    (computed,) = compute_answers(["while True:\n    pass\n"], cache=KeyCache(None), timeout=0.5)
    assert computed.answer is None and computed.error.startswith("timeout")


def test_cache_miss_then_hit(tmp_path):
    cache = KeyCache(tmp_path / "keys")
    (first,) = compute_answers([PRINTS], cache=cache)
    entry = tmp_path / "keys" / f"{cache_key(PRINTS)}.json"
    assert entry.exists() and json.loads(entry.read_text())["answer"] == "hello\n"
    # A hit is served from the entry: change it and the change shows (the program is not run again).
    data = json.loads(entry.read_text())
    entry.write_text(json.dumps({**data, "answer": "from the cache\n"}))
    (second,) = compute_answers([PRINTS], cache=cache)
    assert (first.answer, second.answer) == ("hello\n", "from the cache\n")


def test_key_changes_with_program_and_loop():
    assert cache_key(PRINTS) != cache_key(PRINTS + "\n")
    assert cache_key(PRINTS, "tiny") != cache_key(PRINTS, "asyncio-ff")


def test_corrupt_entry_is_bypassed_with_a_warning(tmp_path):
    warnings = []
    cache = KeyCache(tmp_path, warn=warnings.append)
    (tmp_path / f"{cache_key(PRINTS)}.json").write_text("{not json")
    (computed,) = compute_answers([PRINTS], cache=cache)
    assert computed.answer == "hello\n"
    assert len(warnings) == 1 and "ignoring unreadable cache entry" in warnings[0]
    assert json.loads((tmp_path / f"{cache_key(PRINTS)}.json").read_text())["answer"] == "hello\n"  # rewritten


def test_entry_for_another_key_is_corrupt(tmp_path):
    warnings = []
    cache = KeyCache(tmp_path, warn=warnings.append)
    (tmp_path / f"{cache_key(PRINTS)}.json").write_text(json.dumps({"key": "other", "answer": "x"}))
    assert compute_answers([PRINTS], cache=cache)[0].answer == "hello\n"
    assert "corrupt cache entry" in warnings[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_cache_is_bypassed_with_one_warning(tmp_path):
    tmp_path.chmod(0o555)
    warnings = []
    try:
        results = compute_answers([PRINTS, RAISES], cache=KeyCache(tmp_path / "keys", warn=warnings.append))
    finally:
        tmp_path.chmod(0o755)
    assert [r.answer for r in results] == ["hello\n", "start\nValueError: boom\n"]
    assert len(warnings) == 1 and "continuing without it" in warnings[0]


def test_unwritable_cache_is_bypassed_with_one_warning(tmp_path):
    # A cache "folder" that is a file cannot be written, even by root: the same path as a read-only folder.
    blocker = tmp_path / "keys"
    blocker.write_text("a file where the cache folder should be")
    warnings = []
    results = compute_answers([PRINTS, RAISES], cache=KeyCache(blocker, warn=warnings.append))
    assert [r.answer for r in results] == ["hello\n", "start\nValueError: boom\n"]
    assert len(warnings) == 1 and "is not a folder; continuing without it" in warnings[0]


def test_permission_denied_cache_is_bypassed_with_one_warning(tmp_path, monkeypatch):
    """What a read-only cache folder does to a writer (root ignores folder modes, so it is simulated)."""
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    warnings = []
    results = compute_answers([PRINTS, RAISES], cache=KeyCache(tmp_path, warn=warnings.append))
    assert [r.answer for r in results] == ["hello\n", "start\nValueError: boom\n"]
    assert warnings == [f"cannot write to the answer cache {tmp_path} (Permission denied); continuing without it"]


def bank_with(tmp_path, *programs, expected=None):
    lines = ["topic: t", "questions:"]
    for index, code in enumerate(programs):
        lines += [f"  - id: q{index}", "    type: predict", "    difficulty: 1", "    prompt: P",
                  "    explanation: E", "    code: |"]
        lines += [f"      {line}" for line in code.splitlines()]
        if expected is not None and index == 0:
            lines += ["    expected: |", f"      {expected}"]
    path = tmp_path / "bank.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def check(bank, *args):
    return CliRunner().invoke(main, ["check", "--bank", str(bank), "--no-cache", *args])


def test_check_reports_nondeterminism(tmp_path):
    bank = bank_with(tmp_path, "import random\nprint(random.random())")
    result = check(bank, "--json")
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["question"], finding["kind"], finding["line"]) == ("q0", "nondeterministic", 3)
    assert finding["file"] == str(bank)


def test_check_reports_divergence_from_real_asyncio(tmp_path):
    bank = bank_with(tmp_path, "import asyncio\nprint(asyncio.__name__)", PRINTS)
    plain = check(bank)
    assert plain.exit_code == 0          # without --differential, only the reference loop runs
    result = check(bank, "--differential")
    assert result.exit_code == 1
    assert f"{bank}:3: question q0: divergence: real asyncio prints something else" in result.stderr
    assert "q1" not in result.stderr


def test_check_reports_pinned_expected_mismatch_and_programs_without_answer(tmp_path):
    bank = bank_with(tmp_path, PRINTS, "import ctypes", expected="goodbye")
    result = check(bank)
    assert result.exit_code == 1
    assert f"{bank}:3: question q0: expected-mismatch" in result.stderr
    assert "question q1: no-answer: refused: importing ctypes" in result.stderr


def test_check_accepts_a_matching_pinned_expected_and_exception_answers(tmp_path):
    bank = bank_with(tmp_path, PRINTS, RAISES, HANGS_PROGRAM, expected="hello")
    result = check(bank, "--differential")
    assert result.exit_code == 0, result.stderr


ASKS_NOTHING = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print('slept')\n\nasyncio.run(main())\n"
# A named task spends a Task-N number up to 3.12 (versions.named_tasks_take_no_number). Both tasks are awaited: one
# left pending would be cancelled at the end of the run, and its lifetime after that differs from 3.12 on
# (versions.traceback_holds_running_future).
ASKS_ABOUT_313 = ("import asyncio\n\nasync def main():\n    await asyncio.create_task(asyncio.sleep(0), name='x')\n"
                  "    task = asyncio.create_task(asyncio.sleep(0))\n    print(task.get_name())\n    await task\n\n"
                  "asyncio.run(main())\n")


# The program sees the modelled release in sys.version_info: reading it tells every version apart.
READS_ITS_VERSION = "import os\nprint(os.sys.version_info[:2] >= (3, 12))\n"


def test_one_run_gives_the_key_of_every_version_that_behaves_alike(tmp_path):
    cache = KeyCache(tmp_path / "keys")
    compute_answers([ASKS_NOTHING, ASKS_ABOUT_313, READS_ITS_VERSION], cache=cache, python="3.11")
    assert [cache.get(cache_key(READS_ITS_VERSION, python=version)) for version in ("3.12", "3.13")] == [None] * 2
    for version in ("3.12", "3.13"):
        assert cache.get(cache_key(ASKS_NOTHING, python=version))["answer"] == "slept\n"
    assert cache.get(cache_key(ASKS_ABOUT_313, python="3.12"))["answer"] == "Task-3\n"
    assert cache.get(cache_key(ASKS_ABOUT_313, python="3.13")) is None
    # And each shared key is what a run modelling that version prints.
    fresh = [compute_answers([code], cache=KeyCache(None), python=version)[0].answer
             for code in (ASKS_NOTHING, ASKS_ABOUT_313) for version in ("3.12", "3.13")]
    assert fresh == ["slept\n", "slept\n", "Task-3\n", "Task-2\n"]


def test_a_cache_without_a_folder_remembers_what_this_command_computed():
    cache = KeyCache(None)
    compute_answers([PRINTS], cache=cache)
    assert cache.get(cache_key(PRINTS))["answer"] == "hello\n"
    assert KeyCache(None).get(cache_key(PRINTS)) is None


def test_check_reports_a_write_solution_that_misses_its_expected_output_or_its_time(tmp_path):
    bank = tmp_path / "bank.yaml"
    bank.write_text("topic: t\nquestions:\n  - id: w\n    type: write\n    difficulty: 1\n    prompt: P\n"
                    "    explanation: E\n    starter: |\n      print('x')\n    max_virtual_time: 1\n"
                    "    expected: |\n      slept\n    solution: |\n      import asyncio\n"
                    "      asyncio.run(asyncio.sleep(2))\n      print('woke')\n")
    result = check(bank, "--python", "3.12")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{bank}:3: question w: write-solution: the solution's output differs from `expected`: line 1: " \
           "'woke' vs 'slept'" in result.stderr
    assert "question w: write-solution: the solution takes 2 s of virtual time, more than max_virtual_time 1" \
           in result.stderr


# Programs whose two runs cannot print the same, each through another source of nondeterminism that a second run
# (a fork of the same warm worker: hash seed inherited, `random` reseeded) meets: `check` must report every one.
# Not a race between threads: two runs may well interleave them alike (CI saw one such pair), so a second run
# cannot promise to tell it, and a test that expects it to would fail now and then.
NONDETERMINISTIC = {
    "module-random": "import random\nprint(random.random())",
    "fresh-random": "import random\nprint(random.Random().random())",
    "urandom": "import os\nprint(os.urandom(8).hex())",
    "dev-urandom": "with open('/dev/urandom', 'rb') as f:\n    print(f.read(8).hex())",
    "wall-clock": "import time\nprint(time.time())",
    "datetime-now": "import datetime\nprint(datetime.datetime.now())",
    "subprocess-timing": """import asyncio, sys, time
async def main():
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(sys.executable, '-c', 'pass')
    await process.wait()
    print(time.perf_counter() - started)
asyncio.run(main())""",
}
RANDOM_SOLUTION = """
  - id: random-solution
    type: write
    difficulty: 1
    prompt: Write pick().
    entry: pick
    starter: |
      async def pick():
          return 0
    solution: |
      import random
      async def pick():
          return random.random()
    cases:
      - call: pick()
    explanation: E
"""


def test_check_reports_every_kind_of_nondeterminism(tmp_path):
    bank = bank_with(tmp_path, *NONDETERMINISTIC.values())
    bank.write_text(bank.read_text() + RANDOM_SOLUTION)
    result = check(bank, "--json")
    assert result.exit_code == 1
    found = {(finding["question"], finding["kind"]) for finding in json.loads(result.stdout)["findings"]}
    assert found == {(f"q{index}", "nondeterministic") for index in range(len(NONDETERMINISTIC))} | {
        ("random-solution", "nondeterministic")}
