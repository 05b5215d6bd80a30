"""The pytest plugin on older pytests: installing quizzer must not break any pytest run of the environment.

Each pytest is installed from PyPI into a folder of this run (`pip install --target`) and put first on
PYTHONPATH, so the run uses it with this environment's quizzer (found through its entry point);
without the network, the tests skip.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def old_pytest(tmp_path_factory):
    installed = {}

    def run(version, *args, folder):
        if version not in installed:
            target = tmp_path_factory.mktemp(f"pytest-{version}")
            install = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                                      "--target", str(target), f"pytest=={version}"],
                                     capture_output=True, text=True, timeout=300)
            if install.returncode != 0:
                pytest.skip(f"cannot install pytest {version}: {install.stderr.strip()[-200:]}")
            installed[version] = target
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(installed[version]), str(ROOT)])}
        return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], cwd=folder,
                              env=environment, capture_output=True, text=True, timeout=300)

    return run


@pytest.fixture
def project(tmp_path):
    """A project with an ordinary test and a bank."""
    (tmp_path / "test_ordinary.py").write_text("def test_one():\n    assert 1 + 1 == 2\n")
    shutil.copytree(FIXTURES / "good", tmp_path / "bank")
    return tmp_path


@pytest.mark.parametrize("version", ["6.2.5", "7.1.3"])
def test_an_ordinary_pytest_run_is_unaffected(old_pytest, project, version):
    run = old_pytest(version, "-v", "test_ordinary.py", folder=project)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"pytest-{version}" in run.stdout and "1 passed" in run.stdout


def test_pytest_7_0_and_7_1_collect_a_banks_questions(old_pytest, project):
    for args in (["--quizzer-bank", "bank"], ["bank"]):
        run = old_pytest("7.1.3", "-v", "--quizzer-no-differential", *args, folder=project)
        assert run.returncode == 0, run.stdout + run.stderr
        passed = [line.split("::")[1].split()[0] for line in run.stdout.splitlines()
                  if line.startswith("bank/") and "PASSED" in line]
        assert sorted(passed) == ["futures-callback-method", "futures-states", "futures-write-gather",
                                  "tasks-is-future", "tasks-order", "tasks-start-order"]


def test_pytest_6_refuses_quizzer_bank_in_one_line(old_pytest, project):
    run = old_pytest("6.2.5", "--quizzer-bank", "bank", folder=project)
    assert run.returncode == 4
    assert "ERROR: --quizzer-bank needs pytest 7.0 or newer; this is pytest 6.2.5 (pip install -U pytest)" in run.stderr
    assert "Traceback" not in run.stdout + run.stderr
