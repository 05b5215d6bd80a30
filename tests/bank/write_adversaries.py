"""Wrong answers to a write question, each of which must score 0.

Generic ones are made from the question and its case key (the reference's reports on the visible cases):
- `prints`: prints what the visible cases expect, and defines nothing;
- `prints-with-starter`: the starter, then that print;
- `hard-coded`: the entry point returns (or raises) what the first visible case expects, and does nothing else;
- `blocking`: the reference solution, with a blocking `time.sleep(0.5)` before every call of the entry point;
- `exits-at-load` and `exits-in-call`: the reference solution, ending the process with `os._exit(0)` as it is
  loaded, or on the first call;
- `swallows-cancellation` (questions with cases that cancel the call): the reference solution, wrapped so that a
  CancelledError ends the call with a return instead.
Per-question ones are in `adversaries/<topic>.yaml`: question id -> name -> code. Those named in `ZERO` (a
`sequential` answer where concurrency is asked, a realistic `swallows-cancellation` where clean-up is, a
`hard-coded` one where the generic one does not fit the entry point) must score 0 too; any other is a plausible
mistake that must score less than full marks (it may earn the cases it gets right).
"""

from __future__ import annotations

import builtins
from pathlib import Path

import yaml

from quizzer.grading.values import show_exception, show_value

ADVERSARIES = Path(__file__).parent / "adversaries"
ZERO = ("sequential", "swallows-cancellation", "hard-coded", "blocking", "prints", "exits-early")

_WRAP = '''
import functools as _functools
import inspect as _inspect


def _wrapped(fn, before, swallow):
    if _inspect.isasyncgenfunction(fn):
        @_functools.wraps(fn)
        async def generator(*args, **kwargs):
            before()
            async for item in fn(*args, **kwargs):
                yield item
        return generator
    if _inspect.iscoroutinefunction(fn):
        @_functools.wraps(fn)
        async def coroutine(*args, **kwargs):
            before()
            try:
                return await fn(*args, **kwargs)
            except BaseException as error:
                if swallow and type(error).__name__ == "CancelledError":
                    return None
                raise
        return coroutine

    @_functools.wraps(fn)
    def function(*args, **kwargs):
        before()
        return fn(*args, **kwargs)
    return function


def _wrap_entry(names, before, swallow=False):
    for name in names:
        target = globals()[name]
        if isinstance(target, type):
            for attribute, value in list(vars(target).items()):
                plain = not attribute.startswith("__")
                special = attribute in ("__aenter__", "__aexit__", "__anext__")
                if callable(value) and (plain or special):
                    setattr(target, attribute, _wrapped(value, before, swallow))
        else:
            globals()[name] = _wrapped(target, before, swallow)
'''


def _with_wrapper(question, before: str, swallow: bool = False) -> str:
    return (f"{question.solution.rstrip()}\n{_WRAP}\n\ndef _before():\n    {before}\n\n\n"
            f"_wrap_entry({list(question.entry)!r}, _before, swallow={swallow})\n")


def _visible_reports(key) -> list[dict]:
    return [key.reports[index] for index, case in enumerate(key.cases) if not case.hidden]


def _literal(report: dict) -> str:
    if report["outcome"] == "returned":
        text = show_value(report.get("value"), limit=10_000)
        return text if not text.startswith("<") and "..." not in text else "None"
    return "None"


def _hard_coded(question, key) -> str:
    first = _visible_reports(key)[0]
    if first["outcome"] == "raised":
        name = first["exception"]["type"]
        kind = name if isinstance(getattr(builtins, name, None), type) else "Exception"
        body = f"raise {kind}({first['exception']['message']!r})"
    else:
        body = f"return {_literal(first)}"
    parts = ["import asyncio", ""]
    for name in question.entry:
        if name[:1].isupper():
            parts += [f"class {name}:", "    def __init__(self, *args, **kwargs):", "        pass", "",
                      "    async def __aenter__(self):", "        return self", "",
                      "    async def __aexit__(self, *error):", "        return False", "",
                      "    def __aiter__(self):", "        return self", "",
                      "    async def __anext__(self):", "        raise StopAsyncIteration", "",
                      "    def __getattr__(self, attribute):", "        async def method(*args, **kwargs):",
                      f"            {body}", "        return method", ""]
        else:
            parts += [f"async def {name}(*args, **kwargs):", f"    {body}", ""]
    return "\n".join(parts)


def generic(question, key) -> dict[str, str]:
    """Name -> code of the generic wrong answers to `question` (see the module docstring)."""
    shown = [_literal(report) if report["outcome"] == "returned" else repr(show_exception(report["exception"]))
             for report in _visible_reports(key) if report["outcome"] != "cancelled"]
    printing = "".join(f"print({text})\n" for text in shown) or "print('done')\n"
    answers = {
        "prints": printing,
        "prints-with-starter": f"{question.starter.rstrip()}\n\n{printing}",
        "hard-coded": _hard_coded(question, key),
        "blocking": "import time as _time\n" + _with_wrapper(question, "_time.sleep(0.5)"),
        "exits-at-load": f"{question.solution.rstrip()}\n\nimport os\nos._exit(0)\n",
        "exits-in-call": "import os as _os\n" + _with_wrapper(question, "_os._exit(0)"),
    }
    if any(case.cancel_at is not None for case in question.cases):
        answers["swallows-cancellation"] = _with_wrapper(question, "pass", swallow=True)
    return answers


def per_question() -> dict[str, dict[str, str]]:
    """Question id -> name -> code, from adversaries/*.yaml."""
    found = {}
    for path in sorted(ADVERSARIES.glob("*.yaml")):
        found.update(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    return found


def concurrency_asked(question) -> bool:
    return any(case.max_time is not None or case.max_tasks is not None for case in question.cases)


def cleanup_asked(question) -> bool:
    return any(case.cancel_at is not None for case in question.cases)
