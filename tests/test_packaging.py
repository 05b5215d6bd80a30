"""Every package of the source tree is listed for installation, and the bank ships inside the package."""

import tomllib
from pathlib import Path

import quizzer

ROOT = Path(__file__).resolve().parent.parent


def test_every_folder_of_code_is_a_package():
    folders = {p.parent for p in (ROOT / "quizzer").rglob("*.py") if "__pycache__" not in p.parts}
    missing = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").exists())
    assert not missing, f"add an __init__.py (saying what the folder holds) to: {missing}"


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "quizzer").rglob("__init__.py")}
    assert on_disk <= listed, f"add to pyproject.toml packages: {sorted(on_disk - listed)}"


def test_installed_package_carries_the_bank():
    from quizzer.bank import default_bank_path

    bank = default_bank_path()
    assert sorted(p.name for p in bank.glob("*.yaml")) == sorted(p.name for p in (ROOT / "question_bank").glob("*.yaml"))
    assert Path(quizzer.__file__).resolve().parent in bank.parents or bank == ROOT / "question_bank"


def test_the_explorer_page_assets_are_package_data():
    import fnmatch

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    # A folder of data files without an __init__.py is listed as a package of its own, so that setuptools
    # installs it without warning that an importable folder is missing from `packages`.
    assert "quizzer.explorer.assets" in setuptools["packages"]
    globs = setuptools["package-data"]["quizzer.explorer.assets"]
    files = [p.name for p in (ROOT / "quizzer" / "explorer" / "assets").iterdir()]
    assert files and all(any(fnmatch.fnmatch(name, glob) for glob in globs) for name in files)
