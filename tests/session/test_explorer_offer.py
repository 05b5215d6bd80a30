"""Where the explorer page offered after a wrong prediction is written: a folder only this user can change."""

import os
import stat
import tempfile
from types import SimpleNamespace

import pytest

from quizzer.session.explain import offer_explorer

PROGRAM = "import asyncio\n\nasync def main():\n    print('hi')\n\nasyncio.run(main())\n"


class Terminal:
    def __init__(self):
        self.said = []

    def read_line(self, prompt):
        return "y"

    def say(self, text):
        self.said.append(text)

    warn = say


def offer(tmp_path, monkeypatch):
    """Offer the page with the temporary folder at tmp_path; the path written."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    opened = []
    terminal = Terminal()
    offer_explorer(SimpleNamespace(id="tasks-hi", code=PROGRAM), terminal, open_page=lambda path: opened.append(path))
    (path,) = opened
    assert terminal.said == [f"Wrote {path}; open it in a web browser."]
    return path


def _private(folder) -> bool:
    info = os.lstat(folder)
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def test_the_page_goes_to_a_folder_of_this_users_own(tmp_path, monkeypatch):
    path = offer(tmp_path, monkeypatch)
    assert path.parent == tmp_path / f"quizzer-explorer-{os.getuid()}" and _private(path.parent)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert offer(tmp_path, monkeypatch) == path    # the same folder next time


@pytest.mark.parametrize("planted", ["link", "open folder"])
def test_a_folder_another_user_planted_in_the_temporary_folder_is_not_used(tmp_path, monkeypatch, planted):
    """/tmp is every user's: on a lab's shared machine another student could make the page's folder first (a link to
    a folder of theirs, or a folder anyone can write to) and change the page between its writing and the browser's
    opening it, so their script ran in this user's browser with the reach of a local file."""
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o777)
    os.chmod(theirs, 0o777)
    for name in ("quizzer-explorer", f"quizzer-explorer-{os.getuid()}"):
        if planted == "link":
            (tmp_path / name).symlink_to(theirs)
        else:
            (tmp_path / name).mkdir()
            os.chmod(tmp_path / name, 0o777)
    path = offer(tmp_path, monkeypatch)
    assert list(theirs.iterdir()) == []
    assert path.parent.parent == tmp_path and path.parent.name.startswith("quizzer-explorer-") and _private(path.parent)
    assert not any((tmp_path / name).is_dir() and any((tmp_path / name).iterdir())
                   for name in ("quizzer-explorer", f"quizzer-explorer-{os.getuid()}"))
