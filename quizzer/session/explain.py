"""Why a program printed what it did: the reference loop's timeline of the program, for the feedback.

The program is run again in the sandbox with tracing on, and its events are drawn by
`quizzer.tinyloop.trace.render_timeline` (one lane per task, never wider than the terminal).
Only wrong predict answers need it, so it is computed when asked for, not up front. When the
trace cannot be had, the learner is told why in one line instead.
"""

from __future__ import annotations

from quizzer.ui.wrap import terminal_width


def event_loop_trace(code: str, python: str | None = None) -> str:
    """The timeline of `code` on the reference loop modelling Python `python` (default: the running one)."""
    try:
        from quizzer.sandbox import run_code
        from quizzer.tinyloop.trace import render_timeline
    except ImportError as error:
        return f"(no trace available: {error})"
    result = run_code(code, trace=True, python=python)
    if not result.trace:
        return f"(no trace available: {result.reason or 'the run recorded no events'})"
    return render_timeline(result.trace, width=terminal_width()).rstrip("\n")


OFFER = "Step through this run in your browser? [y/N] "


def offer_explorer(question, terminal, *, open_page=None) -> None:
    """After a wrong prediction at a terminal: on `y`, write the explorer page of the question's
    program (quizzer.explorer) to this user's folder of the temporary folder and open it where a browser is
    available.

    Only asked at a terminal: in a piped session every line is an answer.
    """
    if terminal.read_line(OFFER).strip().lower() not in ("y", "yes"):
        return
    from quizzer.atomic import atomic_write_text
    from quizzer.explorer import explorer_page

    try:
        path = _page_folder() / f"{question.id}.html"
        atomic_write_text(path, explorer_page(question.code, filename=f"{question.id}.py"))
    except OSError as error:
        terminal.warn(f"cannot write the page: {error.strerror or error}")
        return
    opened = (open_page or open_in_browser)(path)
    terminal.say(f"Wrote {path}" + (", opened in your browser." if opened else "; open it in a web browser."))


def _page_folder():
    """This user's folder for explorer pages in the temporary folder, which every user of the machine writes to (a
    lab's shared machine): `quizzer-explorer-UID`, made readable and writable by this user only. One that is not
    that (another user made it first, a link to a folder of theirs) is not used: they could change the page
    between its writing and the browser's opening it, and their script would run in this user's browser with the
    reach of a local file. A fresh private folder is used instead."""
    import os
    import stat
    import tempfile
    from pathlib import Path

    uid = getattr(os, "getuid", lambda: None)()
    if uid is not None:
        folder = Path(tempfile.gettempdir()) / f"quizzer-explorer-{uid}"
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        info = os.lstat(folder)
        if stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o077:
            return folder
    return Path(tempfile.mkdtemp(prefix="quizzer-explorer-"))


def open_in_browser(path) -> bool:
    """Open a local file in the user's web browser, if one can be shown; False when none can.

    Without a display (and no $BROWSER), Python's webbrowser would fall back to a text browser
    that takes over the terminal in the middle of the session: that is not opening a page.
    """
    import os
    import sys
    import webbrowser

    graphical = any(os.environ.get(name) for name in ("BROWSER", "DISPLAY", "WAYLAND_DISPLAY"))
    if not graphical and sys.platform not in ("darwin", "win32"):
        return False
    try:
        return webbrowser.open(path.resolve().as_uri())
    except webbrowser.Error:
        return False
