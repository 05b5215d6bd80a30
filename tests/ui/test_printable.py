"""Text shown in a terminal shows its control characters as escapes, and is otherwise unchanged."""

from quizzer.ui.printable import printable


def test_every_control_character_is_written_as_python_writes_it():
    assert printable("a\x1b]52;c;eA==\x07\r\n\t\x00\x7f\x85\x9b") == r"a\x1b]52;c;eA==\x07\r\n\t\x00\x7f\x85\x9b"


def test_a_lone_surrogate_no_terminal_can_encode_is_written_as_its_escape():
    assert printable("mallory\ud800") == r"mallory\ud800"


def test_other_text_is_left_as_it_is():
    text = "Zoë's answer: [1, 2] -> ✓ \\x1b (typed)"
    assert printable(text) == text
