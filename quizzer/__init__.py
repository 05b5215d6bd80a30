"""quizzer: a command-line asyncio concept quiz and grading tool.

The question bank lives in `quizzer.bank`, the reference event loop in `quizzer.tinyloop`,
the sandboxed runner in `quizzer.sandbox` and the commands in `quizzer.cli`.
"""

__version__ = "0.1.0"
