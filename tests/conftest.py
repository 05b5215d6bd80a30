import os
import shutil
import signal
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def good_bank() -> Path:
    return FIXTURES / "good"

pytest_plugins = ["pytester"]


# A predict question of a hostile shared bank: its program's own final record says the sandbox refused it, for a
# reason that sets the terminal's title.
TITLE_SETTER = """  - id: tasks-titles
    type: predict
    difficulty: 1
    prompt: What does it print?
    code: |
      import json, os
      reason = "refused: " + chr(27) + "]0;pwned" + chr(7)
      os.write(1023, (json.dumps({"final": True, "outcome": "refused", "reason": reason}) + "\\n").encode())
      os._exit(106)
    explanation: It does not.
"""


@pytest.fixture
def title_setter() -> str:
    """A bank question (YAML) whose program's answer cannot be computed, for a reason that drives the terminal."""
    return TITLE_SETTER


def pytest_configure(config):
    """A test run started as a background job of a non-interactive shell (`pytest &` in a script) inherits SIGINT
    ignored and hands that on to every program it starts, where Ctrl-C then does nothing: the terminal sessions'
    Ctrl-C and real asyncio's own SIGINT handling (the corpus's `signals_*` programs) would fail for a reason of
    the launch, not of quizzer. A Python started from a terminal has its default handler: so does this run."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session", autouse=True)
def no_real_progress_database(tmp_path_factory):
    """No test reads or writes the user's progress database: whatever another quizzer left there (a newer
    schema, answers) would change what a command does. Tests that need their own set QUIZZER_DB themselves."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))
        patch.delenv("QUIZZER_DB", raising=False)
        yield


@pytest.fixture(scope="session")
def node(tmp_path_factory):
    """`node(script, stdin, packages)`: run a node script that may `require` those npm packages; its stdout.

    Third-party JavaScript tools (the gift-pegjs GIFT parser, the YAML 1.2 parser editors use, a
    Markdown renderer) check our files as their users' tools read them. They are installed with
    `npm install --prefix` into a folder of this run (or found in $QUIZZER_NODE_PREFIX, if a CI set one
    up); without node and npm, or without the registry, the tests that need them are skipped.
    """
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


# -- a real headless Chromium, for the pages quizzer writes (the explorer, report.html) ----------------------

BROWSERS = ("chromium", "chromium-browser", "google-chrome")

_artifacts: list[Path] = []


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory) -> Path:
    """Where browser tests save screenshots (named at the end of the run); $QUIZZER_TEST_ARTIFACTS chooses it."""
    chosen = os.environ.get("QUIZZER_TEST_ARTIFACTS")
    folder = Path(chosen) if chosen else tmp_path_factory.mktemp("artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    _artifacts.append(folder)
    return folder


def pytest_terminal_summary(terminalreporter):
    for folder in _artifacts:
        terminalreporter.write_line(f"browser screenshots: {folder}")


@pytest.fixture(scope="session")
def browser():
    """The system's Chromium through its chromedriver (never downloaded); skipped without them or selenium."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    binary = next((path for path in map(shutil.which, BROWSERS) if path), None)
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip("no Chromium and chromedriver on this machine")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,1000", "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: selenium then never looks for (or downloads) a driver of its own.
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()
