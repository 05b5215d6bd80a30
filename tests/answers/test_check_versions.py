"""`quizzer check` knows the Python versions: each program runs on the reference loop modelling every version
its question is for, output that differs between versions must be declared, and --differential compares each
version with real asyncio of that version where this machine has it."""

import json
import textwrap

import pytest
from click.testing import CliRunner

from quizzer.bank import load_bank
from quizzer.bank.pyversions import SUPPORTED, selected
from quizzer.cli import main
from quizzer.sandbox import interpreters
from quizzer.tinyloop import versions as tinyloop_versions

# wait_for runs the coroutine in a task of its own on 3.11, in the caller's task from 3.12.
WAIT_FOR = """
    import asyncio
    async def inner():
        return asyncio.current_task().get_name()
    async def main():
        print(await asyncio.wait_for(inner(), 1))
    asyncio.run(main())
"""


def bank(tmp_path, **fields):
    body = "".join(f"    {name}: {value}\n" for name, value in fields.items())
    code = textwrap.indent(textwrap.dedent(WAIT_FOR).strip(), "      ")
    path = tmp_path / "tasks.yaml"
    path.write_text(f"topic: tasks\nquestions:\n  - id: q0\n    type: predict\n    difficulty: 1\n"
                    f"    prompt: What does it print?\n    explanation: Because.\n{body}    code: |\n{code}\n")
    return path


def check(path, *args):
    return CliRunner().invoke(main, ["check", "--bank", str(path), "--no-cache", *args])


def test_the_bank_and_the_loop_support_the_same_versions():
    assert SUPPORTED == tuple("%d.%d" % version for version in tinyloop_versions.SUPPORTED)


def test_specifiers_select_versions():
    assert selected(None) == SUPPORTED
    assert selected(">=3.12") == ("3.12", "3.13")
    assert selected("<3.12") == ("3.11",)
    assert selected(">=3.11, !=3.12") == ("3.11", "3.13")
    assert selected("3.13") == ("3.13",)
    with pytest.raises(ValueError, match="not a version clause"):
        selected("~=3.12")


def test_output_that_differs_between_versions_must_be_declared(tmp_path):
    result = check(bank(tmp_path))
    assert result.exit_code == 1
    assert ("tasks.yaml:3: question q0: version-dependent: it prints differently on Python 3.11 and 3.12 "
            "(line 1: 'Task-2' vs 'Task-1')") in result.stderr
    assert 'python: ">=3.12"' in result.stderr and "keys_per_version: true" in result.stderr


@pytest.mark.parametrize("declared", [{"python": '">=3.12"'}, {"python": '"<3.12"'}, {"keys_per_version": "true"}])
def test_a_declared_difference_passes(tmp_path, declared):
    path = bank(tmp_path, **declared)
    result = check(path, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["versions"] == list(SUPPORTED)
    assert load_bank(path).questions[0].versions == selected(declared.get("python", "").strip('"') or None)


def test_python_restricts_check_to_one_version(tmp_path):
    result = check(bank(tmp_path), "--python", "3.13")
    assert result.exit_code == 0, result.output
    assert "modelling Python 3.13" in result.stdout


def test_a_finding_on_some_versions_names_them(tmp_path):
    path = bank(tmp_path, python='">=3.12"', expected="Task-1")
    assert check(path).exit_code == 0
    path = bank(tmp_path, keys_per_version="false", expected="Task-1")
    result = check(path)
    assert "question q0: expected-mismatch: the pinned expected output differs from the reference loop's: " \
           "line 1: 'Task-1' vs 'Task-2' (Python 3.11)" in result.stderr


def test_differential_compares_each_version_with_its_own_real_asyncio(tmp_path):
    found = {version: interpreters.find(version) for version in SUPPORTED}
    result = check(bank(tmp_path, keys_per_version="true"), "--differential", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["real_asyncio"] == {v: (i.release if i else None) for v, i in found.items()}


def test_python_exe_must_be_an_interpreter_and_goes_with_differential(tmp_path):
    path = bank(tmp_path, keys_per_version="true")
    not_python = tmp_path / "tasks.yaml"
    assert check(path, "--python-exe", str(not_python)).exit_code == 2
    result = check(path, "--differential", "--python-exe", str(not_python))
    assert result.exit_code == 2 and "is not a Python interpreter that runs" in result.output
