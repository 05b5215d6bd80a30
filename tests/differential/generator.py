"""Random but deterministic, well-defined asyncio programs from a seed, for differential testing.

`generate(seed) -> str` (also `python generator.py SEED`) builds a program of 2-6 worker tasks plus `main`,
each worker a short sequence of operations drawn from a grammar: sleep (with and without a result, sleep(0)),
subtasks (create_task named or unnamed, await, cancel with and without a message, add_done_callback), gather
(with and without return_exceptions, and cancelled), wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED,
with and without timeout), wait_for, shield, timeout() (also nested), TaskGroup (also failing), Event
set/clear/wait, Lock, Semaphore, Condition notify/notify_all/wait/wait_for, Queue put/get (also *_nowait),
task_done and join on bounded and unbounded queues, a Future resolved (result or exception) by a worker or by
call_soon/call_later, cancelling or awaiting another worker, call_soon/call_later callbacks, raising and
catching, probes of the state (locked(), qsize(), done(), cancelling(), len(all_tasks())...). Every printed line
carries the virtual time (`round(loop.time(), 3)`) and the current task's name ("-" in a callback). main
gathers the workers with return_exceptions=True and prints each result's repr; some programs then raise, and
about 4 % deliberately hang (a worker waits on an Event nobody sets: both loops must report a deadlock).

Valid and well-defined by construction:
- every wait on a synchronisation primitive is bounded (wait_for / timeout()), except `await fut` on a future
  that main always resolves with call_later/call_soon (and the deliberate hangs);
- lock and semaphore bodies only sleep; workers await only earlier workers (no cycles);
- every subtask a worker starts is cancelled (in list order) and gathered in the worker's `finally`, and main
  gathers all workers, so `asyncio.run` never has leftovers to cancel (in set order);
- no order that follows set iteration: wait()'s sets are printed sorted by name, a TaskGroup whose
  cancellation could hit two pending children at once is not generated (a failing TaskGroup has 2 children;
  a worker that may be cancelled from outside only opens 1-child TaskGroups); a worker is cancelled from
  outside (directly, or by cancelling a worker that awaits it) at most once;
- no two timers share a deadline (see UNIT): equal deadlines are where asyncio-ff's exact virtual sums and a
  real clock legitimately differ;
- a deliberate hang is in the last worker (which no other awaits), after its `finally`: asyncio-ff, unlike
  real asyncio, runs asyncio.run's cleanup after the deadlock, where a `finally` or an awaiting worker's
  `except CancelledError` would print.
"""

from __future__ import annotations

import random

MAX_LINES = 60
# Every timer of a program gets its own delay, unit * 2**k with k drawn without replacement (sleep(0) sets no
# timer and may repeat). The time at which anything happens is then a sum of distinct powers of two along one
# causal chain, so no two timers ever share a deadline: ties between equal deadlines are where a virtual
# clock (asyncio-ff's exact sums) and a real one (the timer set later fires later) legitimately differ,
# and tinyloop deliberately follows the real one (see the "virtual clock" notes in tinyloop/loop.py).
UNIT = 0.001
MAX_EXPONENT = 20   # at most 21 timers a program (up to 2**20 ms, 17 minutes of virtual time)


class OutOfDelays(Exception):
    """Every delay of the program is taken: the operation being generated is replaced by a sleep(0)."""

HEADER = '''import asyncio

def log(*args):
    t = asyncio.current_task()
    print(round(asyncio.get_running_loop().time(), 3), t.get_name() if t else "-", *args)

async def sub(d, v, fail=False):
    log("start", v)
    await asyncio.sleep(d)
    if fail:
        raise ValueError(v)
    log("end", v)
    return v
'''


class Gen:
    def __init__(self, seed: int, unit: float = UNIT, max_lines: int = MAX_LINES):
        self.r = random.Random(seed)
        self.max_lines = max_lines
        self.unit = unit
        self.exponents: list[int] = []
        self.next_exponent = 0
        self.uses: set[str] = set()
        self.counter = 0
        self.cancel_targets: set[str] = set()

    def val(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def d(self):
        return 0 if self.r.random() < 0.2 else self.t()

    def t(self):
        """A fresh positive delay, never used before in this program."""
        if not self.exponents:   # the next 7 exponents, in random order
            if self.next_exponent > MAX_EXPONENT:
                raise OutOfDelays
            self.exponents = list(range(self.next_exponent, self.next_exponent + 7))
            self.next_exponent += 7
            self.r.shuffle(self.exponents)
        return round(self.unit * 2 ** self.exponents.pop(), 9)

    def bounded(self, awaitable: str, ok: list[str], what: str) -> list[str]:
        """`awaitable` under wait_for or timeout(), logging `what timeout` on TimeoutError."""
        if self.r.random() < 0.5:
            body = [f"await asyncio.wait_for({awaitable}, {self.t()})"]
        else:
            body = [f"async with asyncio.timeout({self.t()}):", f"    await {awaitable}"]
        return ["try:", *("    " + x for x in body + ok), "except TimeoutError:", f"    log({what!r}, 'timeout')"]

    # ---- operations: each returns a list of lines (relative indentation) ----
    def op(self, w: "Worker") -> list[str]:
        r = self.r
        kinds = ["sleep", "sleep", "lock", "sem", "ev_set", "ev_wait", "cond_notify", "cond_wait",
                 "q_put", "q_get", "q_join", "fut_wait", "fut_resolve", "spawn", "spawn", "await_sub",
                 "cancel_sub", "gather", "wait", "wait_for", "shield", "timeout", "taskgroup", "raise",
                 "call_soon", "call_later", "cancel_worker", "ev_clear", "probe", "probe", "done_cb",
                 "gather_cancel", "nested_timeout", "cond_wait_for", "sleep_result", "sleep0", "sleep0",
                 "cancel_worker", "await_worker"]
        kind = r.choice(kinds)
        saved = w.subs, w.has_big_tg, set(self.cancel_targets)
        try:
            return getattr(self, "op_" + kind)(w)
        except OutOfDelays:
            w.subs, w.has_big_tg, self.cancel_targets = saved
            return self.op_sleep0(w)

    def op_sleep(self, w):
        try:
            d = self.d()
        except OutOfDelays:
            return self.op_sleep0(w)
        return [f"await asyncio.sleep({d})", f"log('slept', {d})"]

    def op_sleep0(self, w):
        return ["await asyncio.sleep(0)", "log('sleep0')"]

    def op_sleep_result(self, w):
        return [f"log('sleep result', await asyncio.sleep({self.d()}, {self.val()!r}))"]

    def op_probe(self, w):
        probes = ["len(asyncio.all_tasks())", "asyncio.current_task().cancelling()"]
        if w.subs:
            k = self.r.randrange(w.subs)
            probes += [f"s{k}.done()", f"s{k}.cancelled()"]
        probes += self.r.sample(["lock.locked()", "sem.locked()", "ev.is_set()", "q.qsize()", "q.full()",
                                 "fut.done()", "cond.locked()", "q.empty()"], 2)
        return [f"log('probe', {', '.join(self.r.sample(probes, 2))})"]

    def op_done_cb(self, w):
        if w.subs and self.r.random() < 0.6:
            target = f"s{self.r.randrange(w.subs)}"
        else:
            target = "fut"
        v = self.val()
        return [f"{target}.add_done_callback(lambda f: log('done cb', {v!r}, f.cancelled()))"]

    def op_gather_cancel(self, w):
        calls = ", ".join(self.sub_call() for _ in range(self.r.randint(1, 3)))
        return [f"g = asyncio.gather({calls})", f"await asyncio.sleep({self.d()})", "log('cancel gather', g.cancel())",
                "try:", "    log('gather', await g)", "except asyncio.CancelledError as e:",
                "    log('gather cancelled', repr(e))"]

    def op_nested_timeout(self, w):
        return ["try:", f"    async with asyncio.timeout({self.t()}):", "        try:",
                f"            async with asyncio.timeout({self.t()}):",
                f"                log('inner', await {self.sub_call()})", "        except TimeoutError:",
                "            log('inner timeout')", f"        await asyncio.sleep({self.d()})",
                "except TimeoutError:", "    log('outer timeout')"]

    def op_cond_wait_for(self, w):
        self.uses.add("cond")
        pred = self.r.choice(["ev.is_set", "q.empty", "q.full", "lock.locked"])
        return ["async with cond:", *("    " + x for x in self.bounded(f"cond.wait_for({pred})", ["log('pred true')"],
                                                                        "wait_for pred"))]

    def op_lock(self, w, name="lock"):
        self.uses.add(name)
        return [f"async with {name}:", f"    log('in {name}')", f"    await asyncio.sleep({self.d()})",
                f"log('out {name}')"]

    def op_sem(self, w):
        return self.op_lock(w, "sem")

    def op_ev_set(self, w):
        self.uses.add("ev")
        return ["ev.set()", "log('ev set')"]

    def op_ev_clear(self, w):
        self.uses.add("ev")
        return ["ev.clear()", "log('ev clear')"]

    def op_ev_wait(self, w):
        self.uses.add("ev")
        return self.bounded("ev.wait()", ["log('ev ok')"], "ev")

    def op_cond_notify(self, w):
        self.uses.add("cond")
        call = self.r.choice(["cond.notify()", "cond.notify(2)", "cond.notify_all()"])
        return ["async with cond:", f"    {call}", f"    log({call!r})"]

    def op_cond_wait(self, w):
        self.uses.add("cond")
        return ["async with cond:", *("    " + x for x in self.bounded("cond.wait()", ["log('cond woke')"], "cond"))]

    def op_q_put(self, w):
        self.uses.add("q")
        v = self.val()
        if self.r.random() < 0.3:
            return ["try:", f"    q.put_nowait({v!r})", f"    log('put', {v!r})",
                    "except asyncio.QueueFull:", "    log('full')"]
        return self.bounded(f"q.put({v!r})", [f"log('put', {v!r})"], "put")

    def op_q_get(self, w):
        self.uses.add("q")
        if self.r.random() < 0.3:
            return ["try:", "    log('got', q.get_nowait())", "    q.task_done()",
                    "except asyncio.QueueEmpty:", "    log('empty')"]
        return ["try:", f"    log('got', await asyncio.wait_for(q.get(), {self.t()}))", "    q.task_done()",
                "except TimeoutError:", "    log('get timeout')"]

    def op_q_join(self, w):
        self.uses.add("q")
        return self.bounded("q.join()", ["log('joined')"], "join")

    def op_fut_wait(self, w):
        self.uses.add("fut")
        c = self.r.random()
        if c < 0.4:
            expr = "await fut"
        elif c < 0.8:
            expr = f"await asyncio.wait_for(asyncio.shield(fut), {self.t()})"
        else:
            expr = f"await asyncio.wait_for(fut, {self.t()})"   # may cancel fut for everyone
        return ["try:", f"    log('fut', {expr})", "except (ValueError, TimeoutError, asyncio.CancelledError) as e:",
                "    log('fut failed', repr(e))"]

    def op_fut_resolve(self, w):
        self.uses.add("fut")
        v = self.val()
        how = f"fut.set_result({v!r})" if self.r.random() < 0.7 else f"fut.set_exception(ValueError({v!r}))"
        return ["if not fut.done():", f"    {how}", "log('resolved', fut.done())"]

    def spawn_expr(self, w, fail=None, named=None):
        v = self.val()
        fail = self.r.random() < 0.25 if fail is None else fail
        named = self.r.random() < 0.7 if named is None else named
        args = f"{self.d()}, {v!r}" + (", True" if fail else "")
        name = f", name='{w.name}.{v}'" if named else ""
        return f"asyncio.create_task(sub({args}){name})"

    def op_spawn(self, w):
        w.subs += 1
        return [f"mine.append(s{w.subs - 1} := {self.spawn_expr(w)})", "log('spawned')"]

    def op_await_sub(self, w):
        if not w.subs:
            return self.op_spawn(w)
        k = self.r.randrange(w.subs)
        return ["try:", f"    log('sub ->', await s{k})",
                "except (ValueError, asyncio.CancelledError) as e:", f"    log('sub {k} raised', repr(e))"]

    def op_cancel_sub(self, w):
        if not w.subs:
            return self.op_spawn(w)
        k = self.r.randrange(w.subs)
        msg = repr(f"stop{k}") if self.r.random() < 0.5 else ""
        return [f"log('cancel', s{k}.cancel({msg}))"]

    def sub_call(self, fail=False):
        v = self.val()
        return f"sub({self.d()}, {v!r}{', True' if fail else ''})"

    def op_gather(self, w):
        n = self.r.randint(1, 3)
        calls = ", ".join(self.sub_call(self.r.random() < 0.25) for _ in range(n))
        if self.r.random() < 0.5:
            return [f"log('gather', await asyncio.gather({calls}, return_exceptions=True))"]
        return ["try:", f"    log('gather', await asyncio.gather({calls}))",
                "except ValueError as e:", "    log('gather raised', repr(e))"]

    def op_wait(self, w):
        n = self.r.randint(1, 3)
        tasks = ", ".join(self.spawn_expr(w, named=True) for _ in range(n))
        when = self.r.choice(["FIRST_COMPLETED", "ALL_COMPLETED", "FIRST_EXCEPTION"])
        timeout = f", timeout={self.t()}" if self.r.random() < 0.6 else ""
        return [f"done, pending = await asyncio.wait([{tasks}]{timeout}, return_when=asyncio.{when})",
                "log('done', sorted(t.get_name() for t in done), 'pending', sorted(t.get_name() for t in pending))",
                "mine.extend(sorted(pending, key=lambda t: t.get_name()))"]

    def op_wait_for(self, w):
        return ["try:", f"    log('wait_for', await asyncio.wait_for({self.sub_call(self.r.random() < 0.2)}, {self.t()}))",
                "except (TimeoutError, ValueError) as e:", "    log('wait_for', repr(e))"]

    def op_shield(self, w):
        w.subs += 1
        return [f"mine.append(s{w.subs - 1} := {self.spawn_expr(w, fail=False)})",
                *self.bounded(f"asyncio.shield(s{w.subs - 1})", ["log('shield ok')"], "shield")]

    def op_timeout(self, w):
        return ["try:", f"    async with asyncio.timeout({self.t()}):", f"        log('in timeout', await {self.sub_call()})",
                "except TimeoutError:", "    log('timed out')"]

    def op_taskgroup(self, w):
        fail = self.r.random() < 0.4
        n = 1 if w.name in self.cancel_targets else 2 if fail else self.r.randint(1, 3)
        fails = [False] * n
        if fail:
            fails[self.r.randrange(n)] = True
        lines = ["try:", "    async with asyncio.TaskGroup() as tg:"]
        for i in range(n):
            lines.append(f"        t{i} = tg.create_task({self.sub_call(fails[i])})")
        res = ", ".join(f"t{i}.result()" for i in range(n))
        lines += [f"    log('tg', {res})", "except* ValueError as eg:", "    log('tg failed', [str(e) for e in eg.exceptions])"]
        return lines

    def op_raise(self, w):
        exc = self.r.choice(["KeyError", "ValueError", "RuntimeError"])
        return ["try:", f"    raise {exc}({self.val()!r})", f"except {exc} as e:", "    log('caught', repr(e))"]

    def op_call_soon(self, w):
        return [f"asyncio.get_running_loop().call_soon(log, 'soon', {self.val()!r})"]

    def op_call_later(self, w):
        return [f"asyncio.get_running_loop().call_later({self.d()}, log, 'later', {self.val()!r})"]

    def op_cancel_worker(self, w):
        others = [o for o in self.workers if o is not w and o.name not in self.cancel_targets]
        if not others:
            return self.op_sleep(w)
        o = self.r.choice(others)
        if o.has_big_tg:   # its TaskGroup could then cancel two pending children (set order)
            return self.op_sleep(w)
        self.cancel_targets.add(o.name)
        msg = repr(f"by {w.name}") if self.r.random() < 0.5 else ""
        how = self.r.random()
        if how < 0.2:
            return [f"asyncio.get_running_loop().call_soon(W[{o.name!r}].cancel{', ' + msg if msg else ''})"]
        if how < 0.4:
            return [f"asyncio.get_running_loop().call_later({self.t()}, W[{o.name!r}].cancel{', ' + msg if msg else ''})"]
        return [f"log('cancel {o.name}', W[{o.name!r}].cancel({msg}))"]

    def op_await_worker(self, w):
        """Await an earlier worker (no cycles); cancelling w then cancels it too, so it counts as a cancel target."""
        others = [o for o in self.workers[:self.workers.index(w)]
                  if not o.has_big_tg and o.name not in self.cancel_targets]
        if not others:
            return self.op_sleep0(w)
        o = self.r.choice(others)
        self.cancel_targets.add(o.name)
        aw = f"W[{o.name!r}]" if self.r.random() < 0.6 else f"asyncio.shield(W[{o.name!r}])"
        return ["try:", f"    log('joined', await {aw})", "except (RuntimeError, asyncio.CancelledError) as e:",
                "    log('join failed', repr(e))"]

    # ---- program ----
    def program(self) -> str:
        r = self.r
        n = r.randint(2, 6)
        self.workers = [Worker(f"w{i}") for i in range(n)]
        self.fut_delay = self.t()   # taken first: it is used only if some worker uses `fut`
        # round-robin generation so that the workers share the line budget
        active = list(self.workers)
        rounds = 0
        stop = 0.25 if self.max_lines <= MAX_LINES else 0.1
        while active and rounds < (6 if self.max_lines <= MAX_LINES else 12):
            rounds += 1
            for w in list(active):
                if w.ops and r.random() < stop:
                    active.remove(w)
                    continue
                ops = self.op(w)
                if sum("tg.create_task" in x for x in ops) > 1:
                    w.has_big_tg = True
                w.ops.append(ops)
        for w in self.workers:
            if not w.ops:
                w.ops.append(self.op_sleep(w))
            w.ending = r.choice(["return", "return", "return", "raise"])
        self.sem_value = r.randint(1, 2)
        self.q_size = r.choice([0, 1, 2])
        self.fut_how = r.random()
        self.main_raises = r.random() < 0.1
        if r.random() < 0.04:   # deliberately hang: both loops must report a deadlock after the same lines
            # (at the end, after any `finally`: asyncio-ff, unlike real asyncio, runs asyncio.run's cleanup after
            # the deadlock, and a `finally` would print there; and in the last worker, which no other awaits: one
            # awaiting it would be cancelled there too)
            self.workers[-1].hang = True
        text = self.render()
        while text.count("\n") > self.max_lines:
            # drop the last operation of the longest worker (later operations may refer to earlier ones only)
            long = [w for w in self.workers if len(w.ops) > 1]
            if not long:
                last = self.workers[-1]
                text_others = "\n".join(x for o in self.workers[:-1] for ops in o.ops for x in ops)
                if len(self.workers) <= 2 or f"W[{last.name!r}]" in text_others:
                    # replace the longest single operation by a sleep
                    w = max(self.workers, key=lambda w: (len(w.ops[0]), w.name))
                    if len(w.ops[0]) <= 2:
                        break
                    w.ops[0] = self.op_sleep(w)
                    text = self.render()
                    continue
                self.workers.pop()
                text = self.render()
                continue
            w = max(long, key=lambda w: (sum(map(len, w.ops)), w.name))
            w.ops.pop()
            text = self.render()
        return text

    def render(self) -> str:
        out = [HEADER]
        uses = set()
        for w in self.workers:
            out.append(f"\nasync def {w.name}():")
            body = [x for ops in w.ops for x in ops]
            joined = "\n".join(body)
            for name in ("lock", "sem", "ev", "cond", "q", "fut"):
                if f"{name}." in joined or f"with {name}:" in joined:
                    uses.add(name)
            if "mine" in joined:
                out.append("    mine = []")
                out.append("    try:")
                out += ["        " + x for x in body]
                out.append("    finally:")
                out.append("        [t.cancel() for t in mine]")
                out.append("        log('cleanup', await asyncio.gather(*mine, return_exceptions=True))")
            else:
                out += ["    " + x for x in body]
            if w.hang:
                out += ["    log('hang')", "    await asyncio.Event().wait()"]
            if w.ending == "raise":
                out.append(f"    raise RuntimeError('{w.name} failed')")
            else:
                out.append(f"    return '{w.name} ok'")
        out.append("\nasync def main():")
        uses = sorted(uses)
        out.append("    global W" + "".join(f", {u}" for u in uses))
        inits = {"lock": "asyncio.Lock()", "sem": f"asyncio.Semaphore({self.sem_value})", "ev": "asyncio.Event()",
                 "cond": "asyncio.Condition()", "q": f"asyncio.Queue({self.q_size})",
                 "fut": "asyncio.get_running_loop().create_future()"}
        for u in uses:
            out.append(f"    {u} = {inits[u]}")
        if "fut" in uses:
            if self.fut_how < 0.3:
                out.append("    asyncio.get_running_loop().call_soon(lambda: fut.done() or fut.set_result('soon'))")
            else:
                out.append(f"    asyncio.get_running_loop().call_later({self.fut_delay}, "
                           "lambda: fut.done() or fut.set_result('late'))")
        names = ", ".join(w.name for w in self.workers)
        out.append(f"    W = {{c.__name__: asyncio.create_task(c(), name=c.__name__) for c in ({names},)}}")
        out.append("    log('started')")
        out.append("    results = await asyncio.gather(*W.values(), return_exceptions=True)")
        out.append("    for name, res in zip(W, results):")
        out.append("        log(name, repr(res))")
        if self.main_raises:
            out.append("    raise RuntimeError('main failed')")
        out.append("\nasyncio.run(main())")
        return "\n".join(out) + "\n"


class Worker:
    def __init__(self, name: str):
        self.name = name
        self.subs = 0
        self.ops: list[list[str]] = []
        self.has_big_tg = False
        self.hang = False
        self.ending = "return"


def generate(seed: int, unit: float = UNIT, max_lines: int = MAX_LINES) -> str:
    """The program of `seed`; `unit` scales its delays, `max_lines` > 60 gives longer programs (for local hunts)."""
    return Gen(seed, unit, max_lines).program()


if __name__ == "__main__":
    import sys
    print(generate(int(sys.argv[1])), end="")
