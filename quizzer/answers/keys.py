"""Answer keys of code-prediction questions, computed on the reference loop and cached.

The key of a `predict` question is what its program prints on the reference loop (tinyloop),
run through the sandbox:
- its stdout, as printed;
- if it ends in an uncaught exception, the exception's last traceback line after the output
  (`ValueError: boom`);
- if it can never finish (the loop detects a deadlock), the output so far and a line
  `(hangs forever)`.
Any other ending (timeout, sandbox refusal, unsupported API) means the question is broken, and
is reported as an `AnswerKeyError`.

Keys are cached by content (see `quizzer.answers.cache`).
"""

from __future__ import annotations

from dataclasses import dataclass

from quizzer.answers.cache import KeyCache, cache_key, make_cache

HANGS = "(hangs forever)"


class AnswerKeyError(Exception):
    """The program of a question does not give a usable answer; the message says why, in one line."""


def answer_from_result(result) -> str:
    """The answer text of a finished run, by the conventions above; raises AnswerKeyError otherwise."""
    if result.outcome == "ok" and result.exit_code == 0:
        return result.stdout
    output = result.stdout if not result.stdout or result.stdout.endswith("\n") else result.stdout + "\n"
    if result.outcome == "error":
        return output + (result.exception or last_stderr_line(result.stderr)) + "\n"
    if result.outcome == "deadlock":
        return output + HANGS + "\n"
    if result.outcome == "ok":
        raise AnswerKeyError(f"the program exited with status {result.exit_code}")
    raise AnswerKeyError(result.reason or f"the program ended with outcome {result.outcome}")


def last_stderr_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1].strip() if lines else "(no error message)"


@dataclass(frozen=True)
class Computed:
    """The answer of one program, or the reason it has none; `virtual_time` as the reference loop measured it."""

    answer: str | None
    error: str | None = None
    virtual_time: float | None = None
    machinery_fault: str | None = None  # the sandbox, not the program, failed: the answer is unknown


def compute_answers(programs: list[str], *, cache: KeyCache | None = None, loop: str = "tiny",
                    jobs: int | None = None, progress=None, timeout: float | None = None,
                    python: str | None = None, interpreter=None, one_author: bool = False) -> list[Computed]:
    """Answers for many programs, each computed once: cached ones are read, the rest run in parallel
    (`timeout`: seconds each may run, the sandbox's default when None; `python` ("3.12"; default: the
    running interpreter's): the version the reference loop models; `interpreter` (a
    `quizzer.sandbox.interpreters.Interpreter`; default: the running one): the Python that runs real
    asyncio on the other loops); `one_author`: the programs all come from one bank, so they may share the
    sandbox's cells (see `quizzer.sandbox.run_many`)."""
    cache = cache if cache is not None else KeyCache(None)
    python, release = where(loop, python, interpreter)
    results: list[Computed | None] = [None] * len(programs)
    missing: dict[str, list[int]] = {}
    for index, code in enumerate(programs):
        key = cache_key(code, loop, python=python, release=release)
        results[index] = cached_answer(cache, key)
        if results[index] is None:
            missing.setdefault(key, []).append(index)
    if missing:
        from quizzer.sandbox import run_many

        keys = list(missing)
        options = {"progress": progress, "timeout": timeout, "python": python,
                   "interpreter": None if interpreter is None else interpreter.executable}
        runs = run_many([programs[missing[key][0]] for key in keys], loop=loop, jobs=jobs, one_author=one_author,
                        **{name: value for name, value in options.items() if value is not None})
        for key, run in zip(keys, runs):
            computed = store_answer(cache, programs[missing[key][0]], run, loop=loop, python=python, release=release)
            for index in missing[key]:
                results[index] = computed
    return results


def where(loop: str, python: str | None, interpreter) -> tuple[str | None, str | None]:
    """The version the reference loop models (None on the other loops) and the release of `interpreter`
    (None: the running one), as the cache keys name them."""
    return (python if loop == "tiny" else None,
            None if interpreter is None else f"cpython {interpreter.release}")


def cached_answer(cache: KeyCache, key: str) -> Computed | None:
    hit = cache.get(key)
    if hit is None:
        return None
    return Computed(hit["answer"] if hit.get("error") is None else None, hit.get("error"), hit.get("virtual_time"))


def store_answer(cache: KeyCache, code: str, run, *, loop: str, python: str | None, release: str | None) -> Computed:
    """The answer of `run` (of `code`), remembered in `cache` under its key and, on the reference loop, under the
    key of every other version it answers for."""
    computed = computed_from_run(run)
    if computed.error is None or run.outcome not in ("timeout", "crashed"):
        # A timeout may be the machine's load, not the program: never cache it.
        entry = {"answer": computed.answer or "", "error": computed.error, "virtual_time": computed.virtual_time}
        cache.put(cache_key(code, loop, python=python, release=release), entry)
        if loop == "tiny":
            for version in _versions_alike(run, python):
                cache.put(cache_key(code, loop, python=version, release=release), entry)
    return computed


def _versions_alike(run, python: str | None) -> list[str]:
    """The other versions the reference loop models on which this run would go exactly as it did modelling
    `python` (so print the same): those that agree with it on every change the run asked about. Only for a run
    that finished (its record says what it asked)."""
    from quizzer.tinyloop.versions import agreeing, parse

    if not run.finished:
        return []
    version = parse(python)
    mask = (run.stats or {}).get("versions_consulted")
    return ["%d.%d" % other for other in agreeing(version, mask) if other != version]


def computed_from_run(run) -> Computed:
    """The answer a sandbox run gives, or why it gives none."""
    if run.machinery_fault is not None:
        return Computed(None, run.reason, machinery_fault=run.machinery_fault)
    virtual_time = (run.stats or {}).get("virtual_time")
    try:
        return Computed(answer_from_result(run), None, virtual_time)
    except AnswerKeyError as error:
        return Computed(None, str(error), virtual_time)


def expected_output(question, *, cache: KeyCache | None = None, python: str | None = None) -> str:
    """The answer key of one predict (or write) question for Python `python` (default: the running one);
    raises AnswerKeyError if there is none."""
    if question.type == "write" and question.expected is not None:
        return question.expected
    computed = compute_answers([question.program], cache=cache if cache is not None else make_cache(),
                               python=python)[0]
    if computed.error is not None:
        raise AnswerKeyError(f"{question.source}: question {question.id}: {computed.error}")
    return computed.answer
