"""Worker threads and child processes in the trace of a sandboxed run (children run only in the jail): their
lanes, the order and virtual times of their events, determinism, and `quizzer run --trace` showing them."""

import textwrap
from pathlib import Path

from click.testing import CliRunner

from quizzer.cli import main
from quizzer.sandbox import run_code, run_many
from quizzer.tinyloop.trace import learner_events, other_lanes, to_json_lines

THREADS = textwrap.dedent("""\
    import asyncio
    import time


    def blocking(seconds):
        time.sleep(seconds)
        return seconds * 10


    def fails():
        raise ValueError("bad")


    async def main():
        loop = asyncio.get_running_loop()
        print("executor", await loop.run_in_executor(None, blocking, 1))
        print("to_thread", await asyncio.to_thread(blocking, 0.5))
        try:
            await asyncio.to_thread(fails)
        except ValueError as error:
            print("failed", error)
    """)
THREADS_AND_CHILD = THREADS + textwrap.indent(textwrap.dedent("""\
    proc = await asyncio.create_subprocess_exec("cat", stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(b"hello\\n")
    print("cat", out, proc.returncode)
    """), "    ")
RUN_MAIN = "\n\nasyncio.run(main())\n"
OUTPUT = "executor 10\nto_thread 5.0\nfailed bad\n"


def lane_events(trace, prefix):
    return [event for event in learner_events(trace) if str(event.get("lane")).startswith(prefix)]


def test_threads_and_a_child_have_lanes_with_their_events_at_their_virtual_times(jailed):
    result = run_code(THREADS_AND_CHILD + RUN_MAIN, filename="lanes.py", trace=True)
    assert (result.outcome, result.stdout) == ("ok", OUTPUT + "cat b'hello\\n' 0\n"), result.stderr
    assert other_lanes(result.trace) == {"thread 1": "thread 1 (blocking)", "thread 2": "thread 2 (blocking)",
                                         "thread 3": "thread 3 (fails)", "subprocess 1": "subprocess 1 (cat)"}
    sleep = "call_soon_threadsafe: time.sleep({}) in a thread: set a timer to wake it"
    outcome = "call_soon_threadsafe: pass the job's outcome to a Future"
    assert [(event["t"], event["lane"], cell(event)) for event in lane_events(result.trace, "thread")] == [
        (0.0, "thread 1", "submitted by Task-1: blocking(1)"),
        (0.0, "thread 1", "> starts in a worker thread"),
        (0.0, "thread 1", sleep.format(1)),  # time.sleep in a thread is a timer of the loop ...
        (1.0, "thread 1", "= result 10"),   # ... and the job ends when it fires
        (1.0, "thread 1", outcome),
        (1.0, "thread 2", "submitted by Task-1: blocking(0.5)"),
        (1.0, "thread 2", "> starts in a worker thread"),
        (1.0, "thread 2", sleep.format(0.5)),
        (1.5, "thread 2", "= result 5.0"),
        (1.5, "thread 2", outcome),
        (1.5, "thread 3", "submitted by Task-1: fails()"),
        (1.5, "thread 3", "> starts in a worker thread"),
        (1.5, "thread 3", "= exception ValueError('bad')"),
        (1.5, "thread 3", outcome),
    ]
    child = [(event["event"], event.get("pipe"), event.get("size"), event.get("returncode"))
             for event in lane_events(result.trace, "subprocess")]
    assert child[0] == ("process_started", None, None, None)
    assert child[-1] == ("process_finished", None, None, 0)  # exit seen and every pipe closed: wait() returns
    # Each pipe's events and the process's own come in causal order (how they interleave is the kernel's business).
    assert [entry for entry in child if entry[1] == "stdin"] == [("pipe_written", "stdin", 6, None),
                                                                 ("pipe_closed", "stdin", None, None)]
    assert [entry for entry in child if entry[1] == "stdout"] == [("pipe_read", "stdout", 6, None),
                                                                  ("pipe_closed", "stdout", None, None)]
    assert [entry[0] for entry in child if entry[1] is None] == ["process_started", "process_exited",
                                                                 "process_finished"]
    assert ("process_exited", None, None, 0) in child
    started = next(event for event in result.trace if event["event"] == "process_started")
    assert (started["command"], started["t"]) == ("cat", 1.5)  # no pid: it differs from run to run


def cell(event):
    from quizzer.tinyloop.trace import cell_lines

    return "\n".join(cell_lines(event))


# What a worker thread hands the loop (call_soon_threadsafe) joins the ready queue at a real moment: a job that
# takes no time (`fails`) can hand its outcome over before or after the loop records the step that submitted it,
# in the same virtual instant. The events, their order and their times do not change; a snapshot of the queue
# may hold the hand-over or not yet (one run in thirty, under load).
HAND_OVER = "pass the job's outcome to a Future"


def without_hand_overs(trace):
    return [{key: [entry for entry in value if entry.get("label") != HAND_OVER]
             if key in ("ready_queue", "scheduled") else value for key, value in event.items()} for event in trace]


def test_the_same_program_gives_the_same_trace(jailed):
    runs = run_many([THREADS + RUN_MAIN] * 5, filename="threads.py", trace=True)
    assert {result.stdout for result in runs} == {OUTPUT}
    traces = {to_json_lines(without_hand_overs(result.trace)) for result in runs}
    assert len(traces) == 1
    assert '"lane": "thread 3"' in traces.pop()


CONCURRENT_JOBS = textwrap.dedent("""\
    import asyncio
    import time


    def work(seconds):
        print("start", seconds)
        time.sleep(seconds)
        print("end", seconds)
        return seconds


    async def main():
        print(await asyncio.gather(*(asyncio.to_thread(work, seconds) for seconds in (1, 2, 0.5))))
    """)


def test_concurrent_jobs_give_the_same_lanes_in_each_run(jailed):
    """Jobs at work at the same moment hand over in the order the OS runs them, and the loop may take their
    hand-overs in one iteration or in several (a race of the real threads, as under asyncio): how their lanes
    interleave may change from run to run. What happens in each lane, and when on the virtual clock, does not."""
    runs = run_many([CONCURRENT_JOBS + RUN_MAIN] * 5, filename="jobs.py", trace=True)
    for result in runs:
        # The three threads start at once, so their "start" lines come in the order the OS runs them (as under
        # asyncio); the ends follow the virtual clock.
        starts, rest = result.stdout.splitlines()[:3], result.stdout.splitlines()[3:]
        assert sorted(starts) == ["start 0.5", "start 1", "start 2"]
        assert rest == ["end 0.5", "end 1", "end 2", "[1, 2, 0.5]"]

    def per_lane(trace):
        lanes = {}
        for event in lane_events(trace, "thread"):
            lanes.setdefault(event["lane"], []).append((event["t"], cell(event)))
        return lanes

    lanes = per_lane(runs[0].trace)
    assert all(per_lane(result.trace) == lanes for result in runs[1:])
    assert lanes["thread 3"] == [
        (0.0, "submitted by Task-4: work(0.5)"), (0.0, "> starts in a worker thread"), (0.0, "print: start 0.5"),
        (0.0, "call_soon_threadsafe: time.sleep(0.5) in a thread: set a timer to wake it"),
        (0.5, "print: end 0.5"), (0.5, "= result 0.5"),
        (0.5, "call_soon_threadsafe: pass the job's outcome to a Future")]
    assert [event_time for event_time, _ in lanes["thread 2"]][-1] == 2.0


def test_a_child_gives_the_same_lane_events_in_each_run(jailed):
    """A child runs on the real clock (loop.py), so the times of its events differ from run to run in the
    microseconds; what happens in its lane, pipe by pipe, does not."""
    runs = run_many([THREADS_AND_CHILD + RUN_MAIN] * 3, filename="child.py", trace=True)

    def per_pipe(trace):
        events = lane_events(trace, "subprocess")
        return {pipe: [(event["event"], event.get("size"), event.get("returncode"), event["lane"])
                       for event in events if event.get("pipe") == pipe] for pipe in ("stdin", "stdout", None)}

    assert len({repr(per_pipe(result.trace)) for result in runs}) == 1


def test_quizzer_run_trace_shows_the_lanes(jailed, tmp_path):
    path = tmp_path / "lanes.py"
    path.write_text(THREADS_AND_CHILD + RUN_MAIN, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(path), "--trace"], env={"COLUMNS": "340"})
    assert result.exit_code == 0
    assert result.stdout == OUTPUT + "cat b'hello\\n' 0\n"
    header = result.stderr.splitlines()[0]
    titles = [title.strip() for title in header.split("|")]
    assert titles[0] == "t" and titles[1] == "Task-1 (main)"
    assert titles[-5:] == ["thread 1 (blocking)", "thread 2 (blocking)", "thread 3 (fails)",
                           "subprocess 1 (cat)", "loop: timers, I/O, callbacks"]
    assert "started: cat" in result.stderr and "6 bytes written to its stdin" in result.stderr


def test_quizzer_run_trace_lists_the_lanes_on_a_narrow_terminal(jailed, tmp_path):
    path = tmp_path / "threads.py"
    path.write_text(THREADS + RUN_MAIN, encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(path), "--trace"], env={"COLUMNS": "80"})
    assert (result.exit_code, result.stdout) == (0, OUTPUT)
    lines = result.stderr.splitlines()
    assert max(map(len, lines)) <= 80
    at_one = lines.index("        1 | loop: timers, I/O, callbacks: timer: wake a thread from time.sleep()")
    assert lines[at_one + 1] == "          | thread 1 (blocking): = result 10"
    assert "          | thread 3 (fails): = exception ValueError('bad')" in lines


SUBPROCESS_CORPUS = sorted((Path(__file__).parent.parent / "differential" / "subprocesses").glob("sub_*.py"))


def test_every_subprocess_corpus_program_prints_the_same_traced_and_untraced(jailed):
    """The recorder only watches the children (tests/tinyloop/test_trace_changes_nothing.py does the rest of
    the corpus). Children run in real time: a difference must survive a fresh run of both."""
    assert len(SUBPROCESS_CORPUS) > 20
    sources = [path.read_text(encoding="utf-8") for path in SUBPROCESS_CORPUS]
    options = {"loop": "tiny", "timeout": 20.0, "jobs": 4}
    plain, traced = run_many(sources, **options), run_many(sources, trace=True, **options)
    differing = [index for index, (a, b) in enumerate(zip(plain, traced)) if printed(a) != printed(b)]
    for index, a, b in zip(differing, run_many([sources[i] for i in differing], **options),
                           run_many([sources[i] for i in differing], trace=True, **options)):
        plain[index], traced[index] = a, b
    assert [(path.name, printed(a), printed(b)) for path, a, b in zip(SUBPROCESS_CORPUS, plain, traced)
            if printed(a) != printed(b)] == []
    children = [path.name for path, run in zip(SUBPROCESS_CORPUS, traced)
                if not any(event["event"] == "process_started" for event in run.trace)]
    # The programs without a child of asyncio's: pipes only, and children of subprocess.Popen that a child watcher
    # reports (add_child_handler): the trace gives lanes to the children asyncio starts.
    assert children == ["sub_624_connect_read_pipe_protocol.py", "sub_633_add_child_handler_with_popen.py",
                        "sub_636_safe_watcher_handlers_across_attach.py"]


def printed(run):
    return run.stdout, run.exit_code, run.outcome
