"""A quiz session in the terminal, shared by `quizzer quiz` and `quizzer practice`.

- `model`: what a session asks (`Item`) and what came of it (`Outcome`).
- `selection`: which questions a quiz asks; `prepare`: their answer keys (one batch) and shuffled choices.
- `terminal`: reading lines and writing text; `answers`: reading one answer (letters, text, output, code).
- `runner`: asking the questions one by one, grading, feedback, skip/quit/end of input/Ctrl-C.
- `feedback`, `explain`: what the learner is told after an answer (diff, event-loop trace).
- `summary`: the closing score, per-topic bars (`quizzer.ui.bars`) and missed questions.
- `submission`: `--save`, the answers in the format instructor grading reads.
- `recording`: answers into the progress database; `deadline`, `interview`: the timed mock interview.
- `play`: the whole session from header to exit status, as the commands run it.
"""
