"""The version-sensitive corpus: tinyloop modelling Python 3.X must print what real 3.X prints.

Each program of `versions/` exercises asyncio behaviour that changed in 3.12 or 3.13 (its first line names the
changes, from `quizzer.tinyloop.versions.CHANGES`). `versions.recorded.json` holds what real 3.11, 3.12 and 3.13
printed (`record_versions.py` re-records it). For every program and version:

- tinyloop modelling that version, through the sandbox, must give the recorded stdout, exit status and (for exit
  status 1) exception line;
- where that version's interpreter is on this machine, a live run of real asyncio must agree with tinyloop too
  (real asyncio runs on the wall clock: a disagreement gets two more live runs before it counts).

The corpus itself is checked: every change is shown by some program, and each program's recordings really
differ across the release that brought the change it names.
"""

from __future__ import annotations

import concurrent.futures as cf
import json
import re
from pathlib import Path

import pytest

from quizzer.tinyloop.versions import BY_NAME, CHANGES

from .record_versions import RECORDED, VERSIONS, programs, run_real
from .test_differential import exception_line, first_difference

pytestmark = pytest.mark.differential

PROGRAMS = programs()
RECORDINGS = json.loads(RECORDED.read_text(encoding="utf-8"))
LIVE_RETRIES = 2
CASES = [pytest.param(path, version, id=f"{path.stem[:7]}-{version}") for path in PROGRAMS for version in VERSIONS]


def named_changes(path: Path) -> list[str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# changes: (.+)", first)
    assert match, f"{path.name}: the first line must be '# changes: NAME[, NAME]' or '# changes: none'"
    return [] if match[1] == "none" else [name.strip() for name in match[1].split(",")]


def previous(version: tuple) -> str:
    index = VERSIONS.index("%d.%d" % version)
    return VERSIONS[index - 1]


def same(expected: dict, actual) -> bool:
    if actual.stdout != expected["stdout"] or actual.exit_code != expected["exit_code"]:
        return False
    return expected["exit_code"] != 1 or exception_line(actual.stderr) == expected["exception"]


def describe(expected: dict, actual, what: str) -> str:
    return (f"{what}: {first_difference(expected['stdout'], actual.stdout)}\n"
            f"expected exit {expected['exit_code']} ({expected['exception']}), tinyloop exit {actual.exit_code} "
            f"(outcome {actual.outcome}, {exception_line(actual.stderr)})\n"
            f"--- expected stdout ---\n{expected['stdout']}--- tinyloop stdout ---\n{actual.stdout}"
            f"--- tinyloop stderr (tail) ---\n{actual.stderr[-1500:]}")


def test_corpus_names_every_change():
    named = {name for path in PROGRAMS for name in named_changes(path)}
    assert sorted(named - set(BY_NAME)) == [], "programs name changes that versions.CHANGES does not list"
    assert sorted(set(BY_NAME) - named) == [], "changes that no program of the corpus shows"


def test_every_program_is_recorded_on_every_version():
    assert len(PROGRAMS) >= len(CHANGES)
    assert sorted(RECORDINGS["programs"]) == [path.stem for path in PROGRAMS]
    for path in PROGRAMS:
        assert sorted(RECORDINGS["programs"][path.stem]) == list(VERSIONS), path.name
    assert sorted(RECORDINGS["interpreters"]) == list(VERSIONS)


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_recordings_differ_where_the_named_change_landed(path):
    recorded = RECORDINGS["programs"][path.stem]
    changes = named_changes(path)
    if not changes:
        assert recorded["3.11"] == recorded["3.12"] == recorded["3.13"], f"{path.name} differs between versions"
    for name in changes:
        since = BY_NAME[name].since
        assert recorded[previous(since)] != recorded["%d.%d" % since], (
            f"{path.name} names {name} ({'%d.%d' % since}) but prints the same on {previous(since)}")


def run_tiny(path: Path, version: str):
    from quizzer.sandbox import run_code

    return run_code(path.read_text(encoding="utf-8"), loop="tiny", python=version, filename=str(path), timeout=30)


@pytest.mark.parametrize(("path", "version"), CASES)
def test_tinyloop_prints_what_real_asyncio_printed(path, version):
    expected = RECORDINGS["programs"][path.stem][version]
    tiny = run_tiny(path, version)
    assert same(expected, tiny), describe(expected, tiny, f"{path.name} modelling {version} vs the recording of "
                                                          f"{RECORDINGS['interpreters'][version]}")


@pytest.fixture(scope="session")
def live_runs(request, tmp_path_factory):
    """(program, version) -> Future of a live run, for the live tests selected, two at a time."""
    from quizzer.sandbox import interpreters

    found = {version: interpreters.find(version) for version in VERSIONS}
    cwd = str(tmp_path_factory.mktemp("live-asyncio"))
    pool = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="live-asyncio")
    futures = {}
    for item in request.session.items:
        callspec = getattr(item, "callspec", None)
        if item.originalname == "test_tinyloop_agrees_with_live_asyncio" and callspec is not None:
            path, version = callspec.params["path"], callspec.params["version"]
            if found[version] is not None:
                futures[path, version] = pool.submit(run_real, path, found[version].executable, cwd)
    yield found, futures, cwd
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.parametrize(("path", "version"), CASES)
def test_tinyloop_agrees_with_live_asyncio(path, version, live_runs):
    found, futures, cwd = live_runs
    interpreter = found[version]
    if interpreter is None:
        pytest.skip(f"no Python {version} on this machine")
    live = futures[path, version].result() if (path, version) in futures else run_real(path, interpreter.executable,
                                                                                      cwd)
    tiny = run_tiny(path, version)
    tiny_as_expected = {"stdout": tiny.stdout, "exit_code": tiny.exit_code,
                        "exception": exception_line(tiny.stderr) if tiny.exit_code == 1 else None}
    for _ in range(LIVE_RETRIES):
        if live == tiny_as_expected:
            break
        live = run_real(path, interpreter.executable, cwd)
    assert live == tiny_as_expected, describe(live, tiny, f"{path.name} modelling {version} vs a live run of "
                                                          f"{interpreter.executable} ({interpreter.release})")


@pytest.mark.parametrize(("path", "version"), CASES)
def test_the_changes_a_run_asked_about_tell_where_it_prints_the_same(path, version):
    # What lets `check` run a program once for several versions (quizzer.answers.keys): a run modelling
    # `version` must have asked about the changes its program shows, and every version agreeing with it on all
    # it asked about must print what it printed, by real asyncio's recordings.
    from quizzer.tinyloop.versions import agreeing, parse

    tiny = run_tiny(path, version)
    mask = tiny.stats["versions_consulted"]
    alike = agreeing(parse(version), mask)
    recorded = RECORDINGS["programs"][path.stem]
    for other in alike:
        assert recorded["%d.%d" % other] == recorded[version], (
            f"{path.name}: modelling {version} it asked only about changes on which {other} agrees, but real "
            f"{other} prints otherwise")
    for name in named_changes(path):
        since = BY_NAME[name].since
        assert all((other >= since) == (parse(version) >= since) for other in alike), (
            f"{path.name}: modelling {version} it did not ask about {name}, which it shows")
