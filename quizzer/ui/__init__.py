"""How quizzer looks in a terminal: shared by every command that shows something to a person.

- `style`: colour, on for a terminal and off for pipes and under NO_COLOR.
- `render`: a question and its answer as text (prompt, numbered code, lettered choices).
- `wrap`: prose wrapped to the terminal's width, code blocks left as they are.
- `bars`: ASCII bars and percentages for proportions.
- `progress_line`: the one-line progress counter on stderr for long runs.
- `words`: counted nouns (`1 minute`, `2 minutes`).
- `printable`: others' text (a student's, a shared bank's) with its control characters shown as escapes.
- `markdown`: others' text in Markdown as the text it is: code blocks no text can close, escaped prose.
"""
