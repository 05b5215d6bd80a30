"""The child side of a case-graded write question: call the student's code on each case, report what happened.

The grader hands the sandbox a two-line program that imports this module and calls `main(spec)`, so this code
runs inside the sandbox run, next to the student's code, on whichever loop the run uses (tinyloop, or real
asyncio with the fast-forwarding clock). It imports nothing from quizzer but tinyloop, and it judges nothing:
for each case it sends back plain JSON values (what the call returned or raised, how much virtual time it took,
how many tasks it had alive at once, its longest step, the tasks it left running, what the case observed
afterwards), and the grader compares them with what the reference solution's run reported.

For each case, in a fresh namespace and a fresh event loop:
1. the student's code is executed as a module (`__name__` is `__answer__`, so a demo under
   `if __name__ == "__main__":` does not run), then the question's fixtures (helpers, fakes, drivers), then the
   case's `given` statements with `rng`, a `random.Random` seeded with the case's seed;
2. the case's `call` expression is evaluated inside the loop; if it gives an awaitable, that runs as the *call
   task* until it ends; if the case has `cancel_at`, a timer cancels the call task that many virtual seconds
   after it started, and from then on it has `cancel_grace` virtual seconds to end;
3. a probe watches every step of the loop: the tasks created since the call began and how many were alive at
   once, the longest step (virtual time a blocking `time.sleep` moved the clock, plus CPU time), and, at the end
   of the call task's last step, the tasks it started that were still running. A call still running after
   `horizon` virtual seconds (or `cancel_grace` after its cancellation) is abandoned;
4. the case's `observe` expression, if any, is evaluated (and awaited if need be) and its value reported.

Each report is one line on stdout, `<nonce> <json>`, written with os.write as soon as the case ends; a last line
`{"done": N}` says every case ran. What the student's code prints goes to a capped buffer, never to stdout. A run
that exits early (`os._exit`) simply reports fewer cases: the grader fails the missing ones.
"""

import builtins
import functools
import inspect
import io
import json
import math
import os
import random
import sys
import weakref
from time import perf_counter, thread_time

# Longest JSON value a report carries for one returned or observed value (an answer returning a huge list
# reports that it was too large rather than flooding the channel).
VALUE_ITEMS_LIMIT = 10_000
# How deep a reported value's JSON may nest (a list adds a level, a tuple or set two, a dict three): the grader
# reads deeper ones as forged (`quizzer.grading.reports`), so a deeper value is reported as too large.
VALUE_DEPTH_LIMIT = 100
TEXT_LIMIT = 100_000
# Integers at least this large go as text (`{"int": "digits"}`), which every JSON reader keeps exact; the grader
# reads a larger plain one as forged (a float comparison with it would overflow).
PLAIN_INT_LIMIT = 2 ** 53
CAPTURED_OUTPUT_LIMIT = 64 << 10
# After the call ended, how long (virtual seconds) the tasks it left behind get to finish once cancelled.
CLEANUP_GRACE = 1.0
# Steps the call (or an observation, or the clean-up) may take: a task spinning on `sleep(0)` never lets the
# virtual clock reach the horizon, and would otherwise run until the sandbox's timeout.
STEP_BUDGET = 20_000
# Reading the thread's CPU clock costs a system call (microseconds), too much for every step. A step's CPU time
# is read only when the step took longer than CPU_CHECK_AFTER of real time; it is then bounded from below by the
# CPU time used since a mark, less the real time that passed between the mark and the step's start. The mark is
# renewed at the start of a step once MARK_AGE of real time has passed, so that bound is off by MARK_AGE at most,
# however long the process waited for a core on a loaded machine.
CPU_CHECK_AFTER = 0.002
MARK_AGE = 0.01


class Abandoned(BaseException):
    """Raised out of the loop by the probe: the call is still running past its deadline (never caught by a
    student's `except Exception`)."""


# ---------------------------------------------------------------------------------------------- values as JSON


class TooLarge(Exception):
    pass


def encode(value, budget=None, depth=1):
    """A plain-JSON picture of `value` that the grader can compare and show: lists stay lists; every JSON
    object is a tag (`tuple`, `dict`, `set`, `bytes`, `float`, `int`, `exception`, `object`). `depth`: how deep
    in the picture `value` is."""
    budget = [VALUE_ITEMS_LIMIT] if budget is None else budget
    budget[0] -= 1
    if budget[0] < 0 or depth > VALUE_DEPTH_LIMIT:
        raise TooLarge
    kind = type(value)
    if value is None or kind is bool:
        return value
    if isinstance(value, str):
        if len(value) > TEXT_LIMIT:
            raise TooLarge
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value) if abs(value) < PLAIN_INT_LIMIT else {"int": str(int(value))}
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else {"float": repr(float(value))}
    if isinstance(value, list):
        return [encode(item, budget, depth + 1) for item in value]
    if isinstance(value, tuple):
        return {"tuple": [encode(item, budget, depth + 2) for item in value]}
    if isinstance(value, dict):
        items = [[encode(k, budget, depth + 3), encode(v, budget, depth + 3)] for k, v in value.items()]
        return {"dict": sorted(items, key=lambda item: json.dumps(item[0], sort_keys=True))}
    if isinstance(value, (set, frozenset)):
        return {"set": sorted((encode(item, budget, depth + 2) for item in value),
                              key=lambda x: json.dumps(x, sort_keys=True))}
    if isinstance(value, (bytes, bytearray)):
        if len(value) > TEXT_LIMIT:
            raise TooLarge
        return {"bytes": bytes(value).decode("latin-1")}
    if isinstance(value, BaseException):
        return {"exception": exception_record(value)}
    return {"object": type_name(kind)}


def encode_or_too_large(value):
    try:
        return encode(value)
    except (TooLarge, RecursionError):
        return {"too-large": True}


def type_name(cls) -> str:
    """`ValueError`, `asyncio.exceptions.CancelledError`, `__answer__.RetryError`: as a traceback names it."""
    module = getattr(cls, "__module__", None)
    name = getattr(cls, "__qualname__", getattr(cls, "__name__", "?"))
    return name if module in (None, "builtins") else f"{module}.{name}"


def exception_record(exc: BaseException) -> dict:
    try:
        message = str(exc)[:2000]
    except Exception:  # a str() that raises is the program's business: show the class alone
        message = "?"
    record = {"type": type_name(type(exc)), "message": message}
    if isinstance(exc, BaseExceptionGroup):
        record["leaves"] = sorted((leaf for leaf in _leaves(exc)), key=lambda leaf: (leaf["type"], leaf["message"]))
    return record


def _leaves(group):
    for inner in group.exceptions:
        if isinstance(inner, BaseExceptionGroup):
            yield from _leaves(inner)
        else:
            yield {"type": type_name(type(inner)), "message": str(inner)[:2000]}


# ------------------------------------------------------------------------------------------------ the probe


class Probe:
    """What one case's loop did while the call ran; told about every step and every task created."""

    def __init__(self, loop):
        self.loop = loop
        self.call_task = None        # the task running the call (None for a call that is not awaitable)
        self.alive = {}              # id -> weakref of tasks created since the call began, not done yet
        self.peak_tasks = 0          # the most of those alive at once
        self.leftover = None         # how many were still running at the end of the call task's last step
        self.ended_at = None         # loop time at the end of the call task's last step
        self.longest_step = 0.0      # seconds: virtual time the step moved the clock (time.sleep) + CPU time
        self.longest_step_in = None  # the coroutine or callback of that step, when known
        self.cancelled_at = None     # loop time the harness cancelled the call
        self.guarded = None          # the future the harness waits for: abandoned once past the deadline
        self.deadline = math.inf     # loop time after which `guarded` is abandoned
        self.steps_left = 0          # steps `guarded` may still take (a busy loop never moves the clock far)
        self.busy = False            # `guarded` was abandoned for taking too many steps, not too much time
        self._virtual_then = self._wall_then = 0.0     # the clocks when the current step began
        self._cpu_mark, self._wall_mark = thread_time(), perf_counter()  # see CPU_CHECK_AFTER

    # The loop's hooks.

    def task_created(self, task):
        if len(self.alive) >= VALUE_ITEMS_LIMIT:
            return  # an answer spawning tasks without end: the peak is reported as at least this many
        key = id(task)
        self.alive[key] = weakref.ref(task, lambda _ref, key=key: self.alive.pop(key, None))
        self.peak_tasks = max(self.peak_tasks, len(self.alive))

    def before_step(self):
        self._virtual_then = self.loop.time()
        self._wall_then = wall = perf_counter()
        if wall - self._wall_mark > MARK_AGE:
            self._cpu_mark, self._wall_mark = thread_time(), wall

    def after_step(self, task, entry, describe, sweep=True):
        """After one step: `task` when the loop says which task the step belonged to (tinyloop does), and
        `describe(entry)` names the step's coroutine or callback if it is the longest so far. A step that is not
        a task's may have ended tasks (on real asyncio every step is a callback): `sweep` looks for them."""
        wall_now = perf_counter()
        now = self.loop.time()
        duration = now - self._virtual_then  # a blocking time.sleep moves the virtual clock within a step
        if wall_now - self._wall_then > CPU_CHECK_AFTER:
            cpu_now = thread_time()
            duration += max(0.0, (cpu_now - self._cpu_mark) - (self._wall_then - self._wall_mark))
            self._cpu_mark, self._wall_mark = cpu_now, wall_now
        if duration > self.longest_step:
            self.longest_step = duration
            self.longest_step_in = describe(entry)
        if task is not None:
            if task.done():
                self.alive.pop(id(task), None)
        elif sweep:
            self.forget_done()
        call = self.call_task
        if call is not None and self.ended_at is None and call.done():
            self.forget_done()
            self.ended_at = now
            self.leftover = len(self.alive)
        guarded = self.guarded
        if guarded is not None and not guarded.done():
            self.steps_left -= 1
            if now > self.deadline or self.steps_left < 0:
                self.busy = self.steps_left < 0
                raise Abandoned

    def forget_done(self):
        for key, ref in list(self.alive.items()):
            task = ref()
            if task is None or task.done():
                self.alive.pop(key, None)

    # The harness's own moves.

    def ignore(self, task):
        """A task of the harness's own: not one the call created."""
        self.alive.pop(id(task), None)
        self.peak_tasks = len(self.alive)

    def guard(self, future, seconds):
        """Abandon `future` if it is still running `seconds` of virtual time from now, or after STEP_BUDGET steps."""
        self.guarded = future
        self.deadline = self.loop.time() + seconds
        self.steps_left = STEP_BUDGET

    def cancel_call(self, grace):
        if not self.call_task.done():
            self.call_task.cancel()
            self.cancelled_at = self.loop.time()
            self.deadline = min(self.deadline, self.cancelled_at + grace)


class TinyloopProbes:
    """Attaches a Probe to tinyloop's loops through its Instrument hooks."""

    def __init__(self):
        from quizzer.tinyloop import loop as tinyloop_loop
        from quizzer.tinyloop import tasks as tinyloop_tasks

        self.new_loops = tinyloop_loop.instrument_new_loops
        task_class = tinyloop_tasks.Task

        class StepInstrument(tinyloop_loop.Instrument):
            def __init__(self, probe):
                self.probe = probe

            def task_created(self, loop, task):
                self.probe.task_created(task)

            def before_run(self, loop, entry):
                self.probe.before_step()

            def after_run(self, loop, entry):
                # A tinyloop task ends only in a step of its own: a plain callback's step ends none.
                if type(entry) is task_class:
                    self.probe.after_step(entry, entry, _coroutine_name)
                else:
                    self.probe.after_step(None, entry, _handle_name, sweep=False)

        self.instrument = StepInstrument

    def new_loop(self, asyncio):
        """A new loop and its probe."""
        probes = []

        def attach(loop):
            probes.append(Probe(loop))
            return self.instrument(probes[-1])

        self.new_loops(attach)
        try:
            loop = asyncio.new_event_loop()
        finally:
            self.new_loops(None)
        return loop, probes[0]


class AsyncioProbes:
    """Attaches a Probe to real asyncio's loops: a task factory, and a wrapper around `Handle._run` (every
    callback and task step of asyncio's loop goes through it)."""

    current = None  # the probe of the loop running a case

    def __init__(self, asyncio):
        handle_class = asyncio.events.Handle
        original_run = handle_class._run
        probes = self

        def run_watched(handle):
            probe = probes.current
            if probe is None:
                return original_run(handle)
            probe.before_step()
            try:
                return original_run(handle)
            finally:
                probe.after_step(None, handle, _handle_name)

        handle_class._run = run_watched

    def new_loop(self, asyncio):
        loop = asyncio.new_event_loop()
        probe = Probe(loop)

        def task_factory(loop, coro, **options):
            task = asyncio.Task(coro, loop=loop, **options)
            probe.task_created(task)
            return task

        loop.set_task_factory(task_factory)
        AsyncioProbes.current = probe
        return loop, probe


def _coroutine_name(task):
    coro = task.get_coro()
    return getattr(coro, "__qualname__", None)


def _handle_name(handle):
    callback = getattr(handle, "_callback", None)
    if callback is None:
        return None
    owner = getattr(callback, "__self__", None)
    if owner is not None and hasattr(owner, "get_coro"):
        return _coroutine_name(owner)
    return getattr(callback, "__qualname__", None)


# ------------------------------------------------------------------------------------------- running a case


@functools.cache
def compiled(text: str, filename: str, mode: str):
    """`text` compiled once per run: each case executes the same code object in its own fresh namespace. The
    cases of a run share a few `given`, `call` and `observe` texts (a check of the bundled bank: 1,660 texts,
    360 distinct), and compiling each again for every case was about a tenth of a run's CPU. A text that does
    not compile raises each time, as `compile` does."""
    return compile(text, filename, mode)


def expression(text: str):
    """The code `eval(text)` runs: as eval does, leading blanks dropped and the file named `<string>`."""
    return compiled(text.lstrip(" \t"), "<string>", "eval")


class CappedOutput(io.TextIOBase):
    """Where the student's prints go during a case: kept up to a cap, never on the run's stdout."""

    def __init__(self):
        self.size = 0

    def writable(self):
        return True

    def write(self, text):
        self.size += len(text)
        return len(text)

    def flush(self):
        pass


class Case:
    def __init__(self, spec: dict):
        self.call = spec["call"]
        self.given = spec.get("given")
        self.observe = spec.get("observe")
        self.seed = spec["seed"]
        self.cancel_at = spec.get("cancel_at")
        self.cancel_grace = spec.get("cancel_grace", 0.0)
        self.horizon = spec.get("horizon", 60.0)


def run_case(case: Case, answer_code, fixtures_code, entry: list, asyncio, probes) -> dict:
    """One case, from loading the answer to observing what it left: the report as a dict."""
    names = {"__name__": "__answer__", "__builtins__": builtins}
    try:
        exec(answer_code, names)
    except BaseException as exc:  # noqa: B036 - SystemExit and KeyboardInterrupt of a loading module too
        return {"outcome": "load-error", "exception": exception_record(exc)}
    missing = [name for name in entry if name not in names]
    if missing:
        return {"outcome": "missing", "names": missing}
    namespace = {"__name__": "fixtures", "__builtins__": builtins}
    exec(fixtures_code, namespace)
    namespace.update({name: names[name] for name in entry})
    namespace["rng"] = random.Random(case.seed)
    if case.given:
        exec(compiled(case.given, "<given>", "exec"), namespace)
    loop, probe = probes.new_loop(asyncio)
    asyncio.set_event_loop(loop)
    try:
        return drive(case, namespace, loop, probe, asyncio)
    finally:
        clean_up(loop, probe, asyncio)


def drive(case: Case, namespace, loop, probe, asyncio) -> dict:
    report = {}
    started = loop.time()

    async def evaluate():
        return eval(expression(case.call), namespace)

    evaluation = loop.create_task(evaluate())
    probe.ignore(evaluation)
    try:
        value = loop.run_until_complete(evaluation)
    except BaseException as exc:  # noqa: B036 - whatever the call raised is the case's outcome
        outcome(exc, report)
    else:
        if inspect.isawaitable(value):
            run_call(case, value, loop, probe, asyncio, report)
        else:
            probe.forget_done()
            probe.ended_at, probe.leftover = loop.time(), len(probe.alive)
            report.update(outcome="returned", value=encode_or_too_large(value))
    measure(report, probe, started)
    if case.observe and report["outcome"] not in ("abandoned", "deadlock", "unsupported", "exited"):
        observe(case.observe, namespace, loop, probe, report, asyncio)
    return report


def run_call(case: Case, awaitable, loop, probe, asyncio, report) -> None:
    task = asyncio.ensure_future(awaitable, loop=loop)
    probe.ignore(task)
    probe.call_task = task
    probe.guard(task, case.horizon)
    if case.cancel_at is not None:
        loop.call_at(loop.time() + case.cancel_at, probe.cancel_call, case.cancel_grace)
    try:
        value = loop.run_until_complete(task)
    except BaseException as exc:  # noqa: B036
        outcome(exc, report)
    else:
        report.update(outcome="returned", value=encode_or_too_large(value))


def outcome(exc, report) -> None:
    """The report's outcome for an exception out of `run_until_complete`."""
    kind = type(exc).__name__
    if isinstance(exc, Abandoned):
        report["outcome"] = "abandoned"
    elif kind == "Deadlock":  # tinyloop's, or the fast-forwarding loop's: nothing can ever happen again
        report.update(outcome="deadlock", detail=str(exc)[:4000])
    elif kind == "Unsupported":
        report.update(outcome="unsupported", detail=(str(exc).splitlines() or [kind])[0])
    elif isinstance(exc, (SystemExit, KeyboardInterrupt)):
        report.update(outcome="exited", exception=exception_record(exc))
    elif isinstance(exc, sys.modules["asyncio"].CancelledError):
        report["outcome"] = "cancelled"
    else:
        report.update(outcome="raised", exception=exception_record(exc))


def measure(report, probe, started) -> None:
    end = probe.ended_at if probe.ended_at is not None else probe.loop.time()
    probe.forget_done()
    report.update(elapsed=round(end - started, 9), peak_tasks=probe.peak_tasks,
                  leftover=probe.leftover if probe.leftover is not None else len(probe.alive),
                  longest_step=round(probe.longest_step, 6), longest_step_in=probe.longest_step_in)
    if probe.cancelled_at is not None:
        report["cancelled_at"] = round(probe.cancelled_at - started, 9)
    if report["outcome"] == "abandoned" and probe.busy:
        report["steps"] = STEP_BUDGET


def observe(text, namespace, loop, probe, report, asyncio) -> None:
    try:
        value = eval(expression(text), namespace)
        if inspect.isawaitable(value):
            task = asyncio.ensure_future(value, loop=loop)
            probe.guard(task, CLEANUP_GRACE)
            value = loop.run_until_complete(task)
        report["observed"] = encode_or_too_large(value)
    except BaseException as exc:  # noqa: B036 - an observation that fails is reported, not fatal
        report["observe_error"] = exception_record(exc)


def clean_up(loop, probe, asyncio) -> None:
    """Cancel what the case left running, give it a moment to finish, and close the loop."""
    try:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        if pending:
            for task in pending:
                task.cancel()
            waiter = asyncio.ensure_future(asyncio.wait(pending, timeout=CLEANUP_GRACE), loop=loop)
            probe.guard(waiter, CLEANUP_GRACE)
            loop.run_until_complete(waiter)
    except BaseException:  # noqa: B036 - a stubborn task is abandoned with its loop
        pass
    finally:
        AsyncioProbes.current = None
        try:
            asyncio.set_event_loop(None)
            loop.close()
        except BaseException:  # noqa: B036
            pass


# ------------------------------------------------------------------------------------------------- the run


def main(spec_text: str) -> None:
    spec = json.loads(spec_text)
    nonce = spec["nonce"]
    out = sys.stdout
    try:
        out.flush()
    except (OSError, ValueError):
        pass
    import asyncio

    probes = TinyloopProbes() if asyncio.__name__ == "quizzer.tinyloop" else AsyncioProbes(asyncio)
    cases = [Case(case) for case in spec["cases"]]
    try:
        answer_code = compile(spec["source"], "<answer>", "exec")
    except (SyntaxError, ValueError) as error:
        for number in range(len(cases)):
            emit(nonce, {"case": number, "outcome": "load-error", "exception": exception_record(error)})
        emit(nonce, {"done": len(cases)})
        return
    fixtures_code = compile(spec.get("fixtures") or "", "<fixtures>", "exec")
    entry = spec["entry"]
    from quizzer.tinyloop import virtualtime

    for number, case in enumerate(cases):
        # Each case is a program of its own: its loops' clocks start at 0.0 (fixtures count from there).
        virtualtime.start_time_line()
        captured = CappedOutput()
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = captured
        try:
            report = run_case(case, answer_code, fixtures_code, entry, asyncio, probes)
        finally:
            sys.stdout, sys.stderr = saved
        emit(nonce, {"case": number, **report})
    emit(nonce, {"done": len(cases)})


def emit(nonce: str, report: dict) -> None:
    data = f"\n{nonce} {json.dumps(report, sort_keys=True, default=repr)}\n".encode()
    while data:
        data = data[os.write(1, data):]
