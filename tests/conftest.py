from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def good_bank() -> Path:
    return FIXTURES / "good"

pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def node(tmp_path_factory):
    """`node(script, stdin, packages)`: run a node script that may `require` those npm packages; its stdout.

    Third-party JavaScript tools (the gift-pegjs GIFT parser, the YAML 1.2 parser editors use, a
    Markdown renderer) check our files as their users' tools read them. They are installed with
    `npm install --prefix` into a folder of this run (or found in $QUIZZER_NODE_PREFIX, if a CI set one
    up); without node and npm, or without the registry, the tests that need them are skipped.
    """
    import os
    import shutil
    import subprocess

    prefix = Path(os.environ.get("QUIZZER_NODE_PREFIX") or tmp_path_factory.mktemp("node"))

    def run(script: str, stdin: str, packages=()) -> str:
        if shutil.which("node") is None or shutil.which("npm") is None:
            pytest.skip("node and npm are not installed")
        missing = [name for name in packages if not (prefix / "node_modules" / name).is_dir()]
        if missing:
            install = subprocess.run(["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund",
                                      "--loglevel=error", *missing], capture_output=True, text=True, timeout=300)
            if install.returncode != 0:
                pytest.skip(f"npm could not install {', '.join(missing)}: {install.stderr.strip()[-300:]}")
        finished = subprocess.run(["node", "-e", script], input=stdin, capture_output=True, text=True, timeout=300,
                                  env={**os.environ, "NODE_PATH": str(prefix / "node_modules")})
        assert finished.returncode == 0, finished.stderr
        return finished.stdout

    return run
