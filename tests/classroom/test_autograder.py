"""`quizzer autograder gradescope`: the zip, its setup.sh run for real, and run_autograder on submissions.

Gradescope's layout is rebuilt in a temporary folder (AUTOGRADER_ROOT): source/ holds the unzipped
autograder, run_autograder is copied beside it, submission/ holds the student's files. setup.sh runs
unchanged; only its network step is replaced: pip installs quizzer's dependencies from wheels made
here of the installed ones (PIP_NO_INDEX, PIP_FIND_LINKS) instead of downloading them, and the
interpreter is this one's (QUIZZER_PYTHON), which has Python >= 3.11 and bubblewrap is on the machine,
so nothing comes from apt.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from quizzer.classroom.wheel import write_wheel
from quizzer.cli import main

SCHEMA = json.loads((Path(__file__).parent / "gradescope_results.schema.json").read_text())
FIXTURES = Path(__file__).parent.parent / "fixtures"
PACK = {"A": [("tasks-start-order", (2, 1, 0)), ("tasks-order", None), ("futures-write-gather", None)],
        "B": [("tasks-is-future", None), ("futures-states", (2, 0, 1)), ("futures-callback-method", None)]}
GOOD_WRITE = """\
import asyncio

async def main():
    await asyncio.gather(*(asyncio.sleep(1) for _ in range(3)))
    print("done")

asyncio.run(main())
"""


def build(pack, out, *options):
    return CliRunner().invoke(main, ["autograder", "gradescope", "--bank", str(FIXTURES / "good"), "--pack", str(pack),
                                     "--out", str(out), *options])


def test_the_zip_holds_what_gradescope_needs_at_its_root(make_pack, tmp_path):
    pack = make_pack(PACK)
    result = build(pack, tmp_path / "autograder.zip")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(tmp_path / "autograder.zip") as archive:
        names = archive.namelist()
        modes = {info.filename: info.external_attr >> 16 for info in archive.infolist()}
        wheel = next(name for name in names if name.endswith(".whl"))
        assert sorted(names) == ["bank/futures.yaml", "bank/tasks.yaml", "pack.yaml", wheel, "run_autograder",
                                 "setup.sh"]
        assert re.fullmatch(r"quizzer-[\d.]+-py3-none-any\.whl", wheel)
        assert modes["setup.sh"] == modes["run_autograder"] == 0o755
        assert archive.read("pack.yaml") == pack.read_bytes()
        assert archive.read("bank/tasks.yaml") == (FIXTURES / "good" / "tasks.yaml").read_bytes()
        assert archive.read("run_autograder").startswith(b"#!/usr/bin/env bash\n")
    again = build(pack, tmp_path / "again.zip")
    assert again.exit_code == 0
    assert (tmp_path / "again.zip").read_bytes() == (tmp_path / "autograder.zip").read_bytes()


def test_a_pack_question_missing_from_the_bank_is_refused(make_pack, tmp_path):
    pack = make_pack(PACK)
    result = CliRunner().invoke(main, ["autograder", "gradescope", "--bank", str(FIXTURES / "good" / "tasks.yaml"),
                                       "--pack", str(pack), "--out", str(tmp_path / "a.zip")])
    assert result.exit_code == 1
    assert "futures-callback-method, futures-states, futures-write-gather of the pack are not in the bank" in result.stderr
    assert not (tmp_path / "a.zip").exists()


def test_an_autograder_of_a_practice_pack_is_built_with_a_warning(tmp_path):
    """A practice pack gives its choice questions' answers away (tests/classroom/test_pack_grading.py)."""
    pack = tmp_path / "practice.yaml"
    made = CliRunner().invoke(main, ["pack", "--bank", str(FIXTURES / "good"), "--count", "6", "--practice-keys",
                                     "--out", str(pack), "--no-cache"])
    assert made.exit_code == 0, made.output
    result = build(pack, tmp_path / "autograder.zip")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"warning: {pack} is a practice pack: anyone holding it finds the right answer")


def _dependency_wheels(folder: Path) -> Path:
    """Wheels of quizzer's installed dependencies (and theirs), so that pip needs no network."""
    folder.mkdir()
    pending, done = ["quizzer"], set()
    while pending:
        name = pending.pop()
        for requirement in metadata.requires(name) or []:
            if "extra ==" in requirement:
                continue
            dependency = re.match(r"[A-Za-z0-9._-]+", requirement).group(0).lower()
            if dependency not in done:
                done.add(dependency)
                pending.append(dependency)
    for name in sorted(done):
        dist = metadata.distribution(name)
        files = [f for f in dist.files if not str(f).startswith("..") and "__pycache__" not in str(f)
                 and not str(f).endswith(("RECORD", "INSTALLER", "REQUESTED", "direct_url.json"))]
        members = {str(f): f.locate().read_bytes() for f in files}
        dist_info = next(str(f).split("/")[0] for f in files if str(f).endswith(".dist-info/METADATA"))
        tag = re.search(r"^Tag: (.+)$", dist.read_text("WHEEL"), re.M).group(1)
        write_wheel(folder, f"{dist_info.removesuffix('.dist-info')}-{tag}.whl", members, dist_info)
    return folder


@pytest.fixture(scope="module")
def autograder_root(tmp_path_factory):
    """A folder laid out like Gradescope's /autograder, after setup.sh ran; yields (root, environment)."""
    if shutil.which("bash") is None:
        pytest.skip("no bash")
    base = tmp_path_factory.mktemp("gradescope")
    pack = base / "pack.yaml"
    from quizzer.bank import load_bank
    from quizzer.classroom.packs import Pack, PackItem, Variant, pack_to_yaml

    bank = load_bank(FIXTURES / "good")
    built = Pack("Week 3", 7, None, [Variant(name, [PackItem(qid, order) for qid, order in items])
                                     for name, items in PACK.items()],
                 {qid: bank.get(qid) for items in PACK.values() for qid, _ in items})
    pack.write_text(pack_to_yaml(built))
    assert build(pack, base / "autograder.zip").exit_code == 0
    root = base / "autograder"
    (root / "source").mkdir(parents=True)
    with zipfile.ZipFile(base / "autograder.zip") as archive:
        archive.extractall(root / "source")
    for script in ("setup.sh", "run_autograder"):
        (root / "source" / script).chmod(0o755)   # zipfile does not restore modes; Gradescope's unzip does
    shutil.copy(root / "source" / "run_autograder", root / "run_autograder")
    environment = {**os.environ, "AUTOGRADER_ROOT": str(root), "PIP_NO_INDEX": "1",
                   "PIP_FIND_LINKS": str(_dependency_wheels(base / "wheels")),
                   "QUIZZER_PYTHON": getattr(sys, "_base_executable", sys.executable),
                   "XDG_CACHE_HOME": str(base / "xdg-cache")}
    setup = subprocess.run(["bash", "setup.sh"], cwd=root / "source", env=environment, capture_output=True,
                           text=True, timeout=600)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    assert setup.stdout.rstrip().endswith("quizzer's autograder is ready")
    assert sorted(p.name for p in (root / "cache").rglob("*.json")), "setup.sh computed no answer key"
    return root, environment


def run_autograder(root, environment, files: dict) -> dict:
    """Put `files` in submission/ as Gradescope would, run run_autograder, return a valid results.json."""
    submission = root / "submission"
    shutil.rmtree(submission, ignore_errors=True)
    submission.mkdir()
    for name, text in files.items():
        (submission / name).write_text(text)
    finished = subprocess.run([str(root / "run_autograder")], cwd=root, env=environment, capture_output=True,
                              text=True, timeout=300)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    results = json.loads((root / "results" / "results.json").read_text())
    jsonschema.validate(results, SCHEMA)
    return results


def test_a_submission_is_graded_out_of_the_packs_points(autograder_root):
    root, environment = autograder_root
    answers = {"tasks-start-order": "b", "tasks-order": "main\nchild\n", "futures-write-gather": GOOD_WRITE}
    results = run_autograder(root, environment, {"ada.yaml": json.dumps({"student": "ada", "variant": "A",
                                                                         "answers": answers})})
    assert results["score"] == 3
    scored = [test for test in results["tests"] if "score" in test]
    assert [(t["name"], t["score"], t["max_score"], t["visibility"]) for t in scored] == [
        ("1. tasks-start-order", 1, 1, "visible"), ("2. tasks-order", 1, 1, "visible"),
        ("3. futures-write-gather", 1, 1, "visible")]
    assert {t["visibility"] for t in results["tests"] if "score" not in t} == {"after_published"}
    assert results["stdout_visibility"] == "hidden"


def test_a_blank_submission_scores_zero_of_the_packs_points_without_seeing_a_key(autograder_root):
    root, environment = autograder_root
    results = run_autograder(root, environment, {"bo.yaml": "student: bo\nvariant: B\nanswers: {}\n"})
    scored = [test for test in results["tests"] if "score" in test]
    assert results["score"] == 0 and sum(t["max_score"] for t in scored) == 3
    visible = results["output"] + "".join(t["output"] for t in scored)
    assert "add_done_callback" not in visible and "An exception" not in visible


@pytest.mark.parametrize("files, reason", [
    ({}, "No submission file was found"),
    ({"a.yaml": "student: a\nanswers: {}\n", "b.json": '{"student": "b", "answers": {}}'},
     "2 submission files were found (a.yaml, b.json): upload exactly one."),
    ({"answers.yaml": "student: [unclosed\n"}, "not valid YAML"),
    ({"notes.txt": "b\n"}, "(found: notes.txt)"),
], ids=["nothing", "two files", "malformed", "not a submission file"])
def test_an_ungradable_submission_still_gets_results(autograder_root, files, reason):
    root, environment = autograder_root
    results = run_autograder(root, environment, files)
    assert results["score"] == 0
    (test,) = results["tests"]
    assert test["max_score"] == 3 and reason in test["output"]


def test_results_are_written_even_when_quizzer_cannot_run(autograder_root, tmp_path):
    _, environment = autograder_root
    broken = tmp_path / "autograder"          # no venv: as if setup.sh had never run
    broken.mkdir()
    shutil.copy(autograder_root[0] / "run_autograder", broken / "run_autograder")
    results = run_autograder(broken, {**environment, "AUTOGRADER_ROOT": str(broken)},
                             {"ada.yaml": "student: ada\nanswers: {}\n"})
    assert results["score"] == 0
    (test,) = results["tests"]
    assert test["max_score"] == 3 and "could not run quizzer" in test["output"]
