"""`quizzer grade` on write questions graded by cases: per-case points in every output, a regrade repeats the
hidden cases, and identical answers run once."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import quizzer.sandbox
from quizzer.bank import load_bank
from quizzer.cli import main

CASES_BANK = Path(__file__).parents[1] / "fixtures" / "cases"
BANK = load_bank(CASES_BANK)
SOLUTION = BANK.get("fetch-all").solution
STARTER = BANK.get("fetch-all").starter
HIDDEN_ONLY = SOLUTION.replace("return await", "if names == ['a', 'b', 'c']:\n        return []\n    return await")


@pytest.fixture
def class_folder(tmp_path):
    folder = tmp_path / "submissions"
    folder.mkdir()
    for student, answer in (("ann", SOLUTION), ("ben", STARTER), ("cy", HIDDEN_ONLY), ("dee", SOLUTION)):
        (folder / f"{student}.yaml").write_text(json.dumps({"student": student, "answers": {"fetch-all": answer}}))
    return folder


def grade(folder, out, *options):
    return CliRunner().invoke(main, ["grade", "--bank", str(CASES_BANK), str(folder), "--out", str(out), *options])


def test_every_output_shows_the_cases(class_folder, tmp_path):
    out = tmp_path / "out"
    result = grade(class_folder, out, "--case-seed", "fixed")
    assert result.exit_code == 0, result.output
    assert (out / "grades.csv").read_text().splitlines() == [
        "student,score,max_score,percent,fetch-all,fetch-all case 1,fetch-all case 2,fetch-all case 3",
        "ann,1,1,100.0,1,0.14,0.43,0.43",
        "ben,0,1,0.0,0,0,0,0",
        "cy,0.86,1,85.71,0.86,0,0.43,0.43",
        "dee,1,1,100.0,1,0.14,0.43,0.43",
    ]
    results = json.loads((out / "results.json").read_text())
    assert results["case_seed"] == "fixed"
    ben = results["students"][1]["questions"][0]
    assert ben["cases"][1] == {"case": 2, "hidden": True, "passed": False, "points": 0, "max_points": 0.43,
                               "reasons": ["it took 0.9 s of virtual time, the limit is 0.35 s"]}
    feedback = (out / "feedback" / "ben.md").read_text()
    assert "- hidden case 2 of 3 failed: it took 0.9 s of virtual time, the limit is 0.35 s" in feedback
    assert "- 0 of 3 cases passed" in feedback
    report = (out / "report.html").read_text()
    section = report[report.index("<section id=cases>"):]
    rows = re.findall(r"<tr><td class=num>(\d)</td><td>(.*?)</td><td class=num>([0-9.]+ %)</td>", section)
    assert rows == [("1", "<code>fetch_all([&quot;a&quot;, &quot;b&quot;, &quot;c&quot;], fetch)</code>", "50.0 %"),
                    ("2", "<span class=muted>hidden</span>", "75.0 %"),
                    ("3", "<span class=muted>hidden</span>", "75.0 %")]


def test_a_regrade_with_the_recorded_seed_repeats_the_hidden_cases(class_folder, tmp_path):
    first = tmp_path / "first"
    assert grade(class_folder, first).exit_code == 0
    seed = json.loads((first / "results.json").read_text())["case_seed"]
    again = tmp_path / "again"
    assert grade(class_folder, again, "--case-seed", seed).exit_code == 0
    for name in ("grades.csv", "results.json", "report.html", "feedback/ben.md"):
        assert (first / name).read_bytes() == (again / name).read_bytes(), name


def test_each_run_draws_its_own_secret_seed(class_folder, tmp_path):
    seeds = set()
    for run in ("one", "two"):
        assert grade(class_folder, tmp_path / run).exit_code == 0
        seeds.add(json.loads((tmp_path / run / "results.json").read_text())["case_seed"])
    assert len(seeds) == 2


def test_identical_answers_run_once_per_case_set(class_folder, tmp_path, monkeypatch):
    ran = []
    real_run_many = quizzer.sandbox.run_many

    def counting(codes, **options):
        ran.extend(codes)
        return real_run_many(codes, **options)

    monkeypatch.setattr(quizzer.sandbox, "run_many", counting)
    assert grade(class_folder, tmp_path / "out", "--no-cache").exit_code == 0
    answers = [code for code in ran if "from quizzer.sandbox.harness import main" in code and "@reference" not in code]
    assert len(answers) == 3  # ann and dee gave the same answer


def test_gradescope_results_keep_the_case_seed_and_show_the_cases(tmp_path):
    pack = tmp_path / "pack.yaml"
    made = CliRunner().invoke(main, ["pack", "--bank", str(CASES_BANK), "--count", "3", "--seed", "1",
                                     "--out", str(pack)])
    assert made.exit_code == 0, made.output
    assert "Graded by calling fetch_all on 3 cases" in pack.read_text()
    upload = tmp_path / "upload"
    upload.mkdir()
    (upload / "ben.yaml").write_text(json.dumps({"student": "ben", "variant": "A", "answers": {"fetch-all": STARTER}}))
    out = tmp_path / "results"
    result = CliRunner().invoke(main, ["grade", "--bank", str(CASES_BANK), "--pack", str(pack), str(upload),
                                       "--out", str(out), "--format", "gradescope", "--case-seed", "gs"])
    assert result.exit_code == 0, result.output
    data = json.loads((out / "results.json").read_text())
    assert data["extra_data"]["case_seed"] == "gs"
    scored = next(test for test in data["tests"] if test["name"].endswith("fetch-all"))
    assert "hidden case 2 of 3 failed: it took 0.9 s of virtual time, the limit is 0.35 s" in scored["output"]
