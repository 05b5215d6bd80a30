"""The loop's state at every step of a run, rebuilt from the reference loop's trace events.

One step per trace event (see `quizzer.tinyloop.trace` for the events and their fields). A step
holds what the explorer page shows at that moment, *after* its event took place: the virtual
clock, the ready queue in order, the timers earliest first, each task's state (running, ready,
waiting on what, done) and the lines of the program it is at, and how much output was printed.
The ready queue and the timers are the trace's own snapshots; task states follow from the events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizzer.tinyloop.trace import cell_lines, learner_events, other_lanes


@dataclass
class TaskInfo:
    """What does not change during a run: a task's number, name and coroutine, who created it."""

    task_id: int
    name: str
    coro: str
    created_by: str | None
    created_at: int | None      # the program line of its create_task() call


@dataclass
class LaneInfo:
    """A worker thread's or a child process's lane: its name ("thread 1", "subprocess 1") and title."""

    lane: str
    title: str
    kind: str                   # "thread" or "subprocess"


@dataclass
class TaskState:
    state: str                  # "ready", "running", "waiting", "done"
    detail: str = ""            # what it waits on, or how it ended
    lines: list = field(default_factory=list)  # program lines it is at, outermost coroutine first


@dataclass
class Step:
    t: float
    kind: str                   # the trace event's kind
    lane: int | str | None      # the task (its id) or the thread or child (its lane) the event belongs to;
                                # None: the loop's own lane
    summary: str                # one sentence: what happened at this step
    timeline: list              # the timeline cell's lines (as in the terminal's trace)
    line: int | None            # the program line the event happened at, if any
    ready: list                 # [label, task_id or None], in the order they will run (the first ones)
    timers: list                # [deadline, label], earliest first (the first ones)
    tasks: dict                 # task_id -> TaskState, tasks created so far
    output: int                 # how many output chunks were printed up to here
    scheduled: list             # what this step put at the end of the ready queue (labels)
    more: list = field(default_factory=lambda: [0, 0])  # ready-queue entries and timers left out of the lists
    lanes: dict = field(default_factory=dict)  # lane -> TaskState of the threads and children met so far


@dataclass
class Run:
    steps: list
    tasks: dict                 # task_id -> TaskInfo, in order of creation
    output: list                # [stream, text] chunks in the order they were printed
    lanes: dict = field(default_factory=dict)  # lane -> LaneInfo of threads and children, in order of appearance


def build_run(events: list[dict]) -> Run:
    events = learner_events(events)
    hidden_tasks = _hidden_task_ids(events)
    tasks: dict[int, TaskInfo] = {}
    states: dict[int, TaskState] = {}
    output: list = []
    steps: list[Step] = []
    # The kind is one of two words, whatever the trace says: it becomes a CSS class of the page.
    lanes = {lane: LaneInfo(lane, title, "subprocess" if str(lane).startswith("subprocess") else "thread")
             for lane, title in other_lanes(events).items()}
    lane_states: dict = {}
    for event in events:
        kind = event["event"]
        task_id = event.get("task_id")
        lane = task_id if "task_id" in event else event.get("lane")
        if lane in lanes:
            lane_states[lane] = _lane_state(event, lane_states.get(lane))
        if kind == "task_created":
            tasks[task_id] = TaskInfo(task_id, event["task"], event["coro"], event["by"], event.get("line"))
            states[task_id] = TaskState("ready", "its first step is queued", list(event.get("stack", [])))
        elif task_id is not None and task_id in tasks:
            tasks[task_id].name = event["task"]  # set_name() may rename a task after its creation
        if kind == "resume":
            states[task_id] = TaskState("running", event["resumed"], list(event.get("stack", [])))
        elif kind == "output":
            output.append([event["stream"], event["text"]])
            if task_id in states and event.get("line") is not None:
                states[task_id].lines = states[task_id].lines[:-1] + [event["line"]]
        elif kind == "step" and event["suspended"] is not None:
            if event["suspended"] == "bare yield":
                states[task_id] = TaskState("ready", "it yielded (sleep(0)): back in the ready queue",
                                            list(event.get("stack", [])))
            else:
                states[task_id] = TaskState("waiting", event["suspended"], list(event.get("stack", [])))
        elif kind == "step":
            states[task_id] = TaskState("done", "its coroutine ended", states[task_id].lines)
        elif kind == "task_done":
            detail = event["outcome"] + (f" {event['detail']}" if event["detail"] is not None else "")
            states[task_id] = TaskState("done", detail, states[task_id].lines)
        ready = [[entry["label"], entry.get("task_id")] for entry in event.get("ready_queue", ())
                 if entry.get("task_id") not in hidden_tasks]
        queued = {task for _, task in ready if task is not None}
        shown = {}
        for key, state in states.items():
            if state.state == "waiting" and key in queued:
                state = TaskState("ready", f"woken by {state.detail}", state.lines)
            shown[key] = TaskState(state.state, state.detail, list(state.lines))
        steps.append(Step(
            t=event["t"], kind=kind, lane=lane if "task_id" in event or lane in lanes else None,
            summary=_summary(event, tasks),
            timeline=cell_lines(event) or [_quiet_cell(event)], line=_event_line(event),
            ready=ready, timers=[list(timer) for timer in event.get("timers", ())], tasks=shown,
            output=len(output), scheduled=[entry["label"] for entry in event.get("scheduled", ())],
            more=[event.get("ready_more", 0), event.get("timers_more", 0)],
            lanes={key: TaskState(state.state, state.detail) for key, state in lane_states.items()}))
    return Run(steps, tasks, output, lanes)


def _lane_state(event, before):
    """A thread's or a child's state after one of its events (``before``: its state until then)."""
    kind = event["event"]
    if kind == "thread_submitted":
        return TaskState("submitted", f"{event['call']}: waits for a worker thread")
    if kind == "thread_started":
        return TaskState("running", before.detail.removesuffix(": waits for a worker thread") if before else "")
    if kind == "thread_finished":
        return TaskState("done", f"{event['outcome']} {event['detail']}")
    if kind == "process_started":
        return TaskState("running", event["command"])
    if kind == "process_exited":
        return TaskState("exited", f"returncode {event['returncode']}; its pipes may still hold output")
    if kind == "process_finished":
        return TaskState("done", f"returncode {event['returncode']}")
    if before is None:  # a thread the program started, first heard of by what it hands over
        return TaskState("running", "a thread of the program")
    return before


def _hidden_task_ids(events):
    """Tasks that appear in snapshots but whose events learner_events() dropped."""
    seen = {event["task_id"] for event in events if "task_id" in event}
    hidden = set()
    for event in events:
        for entry in event.get("ready_queue", ()):
            if entry.get("task_id") is not None and entry["task_id"] not in seen:
                hidden.add(entry["task_id"])
    return hidden


def _event_line(event):
    if event["event"] in ("resume", "step", "task_created"):
        stack = event.get("stack") or []
        return stack[-1] if event["event"] != "task_created" and stack else event.get("line")
    return event.get("line")


def _quiet_cell(event):
    """A short cell for the events the terminal's timeline leaves out."""
    if event["event"] == "callback":
        return f"run {event['callback']}"
    return "finished"


def _summary(event, tasks):
    kind = event["event"]
    name = _task_title(event, tasks)
    at = _at_line(_event_line(event))
    scheduled = [entry["label"] for entry in event.get("scheduled", ())]
    then = f" It put at the end of the ready queue: {', '.join(scheduled)}." if scheduled else ""
    if kind == "task_created":
        by = f" by {event['by']}" if event["by"] else ""
        return f"{name} was created{by}{_at_line(event.get('line'))}; its first step joins the end of the ready queue."
    if kind == "resume":
        return f"The loop runs the next step of {name}{at}: {event['resumed']}."
    if kind == "output":
        where = name if "task_id" in event else event.get("lane") or "The program"
        verb = "printed" if event["stream"] == "stdout" else "wrote on stderr"
        return f"{where} {verb}{at}: {event['text'].rstrip()}"
    if kind == "step":
        if event["suspended"] is None:
            return f"{name} returned from its coroutine.{then}"
        if event["suspended"] == "bare yield":
            return f"{name} yielded{at} (a bare yield): it goes back to the end of the ready queue.{then}"
        return f"{name} suspended{at}: it waits on {event['suspended']}.{then}"
    if kind == "task_done":
        detail = f" {event['detail']}" if event["detail"] is not None else ""
        return f"{name} is done: {event['outcome']}{detail}. Tasks awaiting it are woken through the ready queue."
    if kind == "timer":
        return (f"The clock reaches t={event['when']:g}: a timer is due, and its callback "
                f"({event['callback']}) joins the ready queue.")
    if kind == "io":
        return f"File descriptor {event['fd']} is ready to {event['ready']}: its callback joins the ready queue."
    if kind == "signal":
        return (f"{event['signals']} arrived: the C-level handler wrote its number to the loop's self-pipe, and "
                "reading it puts a callback that queues the Python handlers in the ready queue.")
    if kind == "callback":
        what = "a timer's callback" if event.get("timer") else "a callback"
        return f"The loop calls {what}{at}: {event['callback']}.{then}"
    if kind == "deadlock":
        return event["report"]
    return _lane_summary(kind, event, at) or kind


def _lane_summary(kind, event, at):
    """The summary of a worker thread's or a child process's event (None for another kind)."""
    lane = event.get("lane")
    if kind == "thread_submitted":
        by = event["by"] or "The program"
        return (f"{by} submitted {event['call']} to a worker thread ({lane}){at}. While a thread is at work "
                f"the virtual clock does not jump: the loop waits for it.")
    if kind == "thread_started":
        return f"{lane}: a worker thread starts the job."
    if kind == "thread_finished":
        return f"{lane}: the job ended: {event['outcome']} {event['detail']}."
    if kind == "thread_call":
        who = lane or "The loop's own thread"
        return (f"{who} handed a callback to the loop with call_soon_threadsafe: {event['callback']}. "
                f"It joins the ready queue (a byte on the loop's self-pipe woke the loop).")
    if kind == "process_started":
        return f"{lane} started: {event['command']}. The loop watches its pipes and its exit."
    if kind == "pipe_read":
        return f"The loop read {event['size']} bytes from the {event['pipe']} of {lane}."
    if kind == "pipe_written":
        return f"The program wrote {event['size']} bytes to the {event['pipe']} of {lane}."
    if kind == "pipe_closed":
        return f"The {event['pipe']} pipe of {lane} is closed."
    if kind == "process_exited":
        return (f"{lane} exited with returncode {event['returncode']}: the loop saw it exit and reaped it; "
                f"the exit reaches its transport two iterations later.")
    if kind == "process_finished":
        return (f"{lane}: its exit reached the transport and every pipe is closed: wait() returns "
                f"{event['returncode']}.")
    return None


def _task_title(event, tasks):
    task = tasks.get(event.get("task_id"))
    if task is None:
        return event.get("task", "the loop")
    return f"{task.name} ({task.coro})"


def _at_line(line):
    return f" at line {line}" if line is not None else ""
