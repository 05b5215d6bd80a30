"""`python -m quizzer` is the same as the `quizzer` command."""

from quizzer.cli import main

main()
