"""Answer keys of program questions: computed on the reference loop, cached, and checked.

- `keys`: what a program's answer is (its output, its uncaught exception, `(hangs forever)`), computed
  in the sandbox for many programs at once.
- `cache`: the on-disk cache of computed answers, keyed by the program, the loop, the source of every
  file that shapes an answer, and the Python version.
- `pooled`: the same, one program at a time, over one pool of runs (`quizzer.runpool`).
- `checkruns`: the runs `quizzer check` makes, each program's as a chain of its own in that pool.
- `verify`: what `quizzer check` adds to validation: no answer, nondeterminism, a stale pinned
  `expected:`, a write solution that fails, a divergence from real asyncio.
"""
