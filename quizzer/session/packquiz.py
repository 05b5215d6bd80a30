"""Taking a quiz pack: the questions of one variant, answered and saved for the instructor to grade.

A pack carries no answer key, so this is always an exam: answers are checked only for form (a
letter the question has, true or false), saved after each one with the letters as shown (their
texts map them back when `quizzer grade --pack` scores them, see `quizzer.classroom.packs`), and the variant's
name goes into the file. A *practice* pack carries salted hashes of the right answers: then each
answer is also told right or wrong, without the file holding the answer in plain text (a letter is
found by trying each against the hashes, see `quizzer.classroom.packs`), and it can be taken just to
practise, saving nothing.
"""

from __future__ import annotations

from quizzer.classroom.packs import practice_check
from quizzer.grading.compare import normalize_text, normalized_output
from quizzer.grading.parse import AnswerFormatError, parse_letters, parse_truefalse, short_answer_readings
from quizzer.session.answers import read_response
from quizzer.session.play import ENDING_MESSAGES, INTERRUPTED
from quizzer.ui.render import render_question


def normalized_for_hash(question, text: str) -> tuple[str, ...]:
    """The answer as the pack's hashes were made from it (a short answer: each way it may be meant, as grading
    reads it); AnswerFormatError if it cannot be read."""
    if question.type in ("choice", "multi"):
        letters = parse_letters(text, question)
        if question.type == "choice" and len(letters) != 1:
            raise AnswerFormatError("answer with exactly one letter")
        return (",".join(sorted(letters)),)
    if question.type == "truefalse":
        return ("true" if parse_truefalse(text) else "false",)
    if question.type == "predict":
        return (normalized_output(text),)
    return tuple(normalize_text(reading) for reading in short_answer_readings(text))


def take_pack(pack, variant, terminal, submission=None, *, editor: bool = False) -> int:
    """`submission` (a SubmissionFile) receives every answer; None when practising with nothing to hand in."""
    style = terminal.style
    items = variant.items
    terminal.say(style(f"{pack.title}: variant {variant.name}, {len(items)} questions. "
                       "s skips a question, q ends the quiz.", bold=True))
    terminal.say()
    answered = right = checked = 0
    ended = "finished"
    try:
        for number, item in enumerate(items, 1):
            question = pack.shown(item)
            terminal.say("-" * 8 + f" Question {number} of {len(items)} " + "-" * 8)
            terminal.say(render_question(question, style=style, editor=editor))
            while True:
                response = read_response(terminal, question, editor=editor)
                if response.action != "answer":
                    break
                try:
                    readings = normalized_for_hash(question, response.text)
                except AnswerFormatError as error:
                    terminal.say(f"Cannot read that answer: {error}. Try again (s skips, q quits).")
                    continue
                if submission is not None:
                    submission.add_answer(question, response.text)
                answered += 1
                verdict = practice_check(pack, item, readings)
                if verdict is None:
                    terminal.say(style("Answer recorded.", dim=True))
                else:
                    checked += 1
                    right += verdict
                    terminal.say(style("Right." if verdict else "Not right.", bold=True))
                break
            if response.action == "quit":
                ended = "quit"
                break
            terminal.say()
    except EOFError:
        ended = "end of input"
    except KeyboardInterrupt:
        ended = "interrupted"
    if ended in ENDING_MESSAGES:
        terminal.warn(ENDING_MESSAGES[ended])
    summary = f"{answered} of {len(items)} questions answered"
    if checked:
        summary += f"; {right} of {checked} right by the pack's practice keys"
    terminal.say(style(summary + ".", bold=True))
    return INTERRUPTED if ended == "interrupted" else 0
