"""Text shown in a terminal shows its control characters as escapes, and is otherwise unchanged."""

from quizzer.ui.printable import printable


def test_every_control_character_is_written_as_python_writes_it():
    assert printable("a\x1b]52;c;eA==\x07\r\n\t\x00\x7f\x85\x9b") == r"a\x1b]52;c;eA==\x07\r\n\t\x00\x7f\x85\x9b"


def test_a_lone_surrogate_no_terminal_can_encode_is_written_as_its_escape():
    assert printable("mallory\ud800") == r"mallory\ud800"


def test_other_text_is_left_as_it_is():
    text = "Zoë's answer: [1, 2] -> ✓ \\x1b (typed)"
    assert printable(text) == text


def test_a_screen_keeps_its_lines_tabs_and_colours_and_escapes_the_rest():
    from quizzer.ui.printable import on_screen

    coloured = "\x1b[31m\x1b[1mWrong.\x1b[0m"  # click.style(..., fg="red", bold=True)
    assert on_screen(f"{coloured}\n\tkey\x1b]0;title\x07\r\x1b[2K") == f"{coloured}\n\tkey" + r"\x1b]0;title\x07\r\x1b[2K"


def test_bidirectional_text_controls_are_written_as_escapes():
    """A terminal or editor that lays out right-to-left text showed `\u202enosj.ecila` as `alice.json`."""
    assert printable("\u202enosj.ecila \u2066x\u2069 \u200f\u061c") == r"\u202enosj.ecila \u2066x\u2069 \u200f\u061c"
