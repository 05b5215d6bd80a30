"""Text from others made safe to show in a terminal: its control characters written out, as Python's repr does.

A terminal acts on control characters: ESC starts sequences that set the window's title, write the clipboard
(OSC 52), move the cursor or clear lines, and a carriage return lets a line overwrite the one shown. A student's
name, a submission's file name or a bank's field name reaches the instructor's terminal in a diagnostic, so such
text shows every control character (C0, DEL, C1) as an escape: `\\x1b`, `\\r`, `\\n`, and so does a lone
surrogate (`\\ud800`), which no terminal's encoding can write, and a bidirectional-text control (`\\u202e`): a
terminal or editor that lays out right-to-left text shows what follows one in another order, so a submission named
`\\u202enosj.ecila` read as `alice.json`. Files keep the text as it is.
"""

from __future__ import annotations

import re

# Control characters, the lone surrogates (not Unicode) that a terminal's encoding refuses, and the controls of
# bidirectional text (marks, embeddings, overrides, isolates).
_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff" + _BIDI + "]")


# On a session's screens: line ends, tabs and colours stay (SGR, `ESC [ ... m`: what click.style writes, and all
# the text itself can do with it is colour or hide some of itself), every other control character is escaped.
_ON_SCREEN = re.compile(r"(\x1b\[[0-9;]*m)|[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + _BIDI + "]")


def printable(text: str) -> str:
    """`text` with each control character written as an escape (`\\x1b`, `\\r`, `\\n`): one line, nothing a
    terminal acts on."""
    return _CONTROL.sub(lambda match: repr(match[0])[1:-1], text)


def on_screen(text: str) -> str:
    """`text` for a screen of `quiz` or `practice` (lines, in colour): its line ends, tabs and colours kept, every
    other control character written as an escape. A shared bank's prompt or program output reaches the
    student's terminal there."""
    return _ON_SCREEN.sub(lambda match: match[1] or repr(match[0])[1:-1], text)
