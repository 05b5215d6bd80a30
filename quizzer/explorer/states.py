"""The loop's state at every step of a run, rebuilt from the reference loop's trace events.

One step per trace event (see `quizzer.tinyloop.trace` for the events and their fields). A step
holds what the explorer page shows at that moment, *after* its event took place: the virtual
clock, the ready queue in order, the timers earliest first, each task's state (running, ready,
waiting on what, done) and the lines of the program it is at, and how much output was printed.
The ready queue and the timers are the trace's own snapshots; task states follow from the events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizzer.tinyloop.trace import cell_lines, learner_events


@dataclass
class TaskInfo:
    """What does not change during a run: a task's number, name and coroutine, who created it."""

    task_id: int
    name: str
    coro: str
    created_by: str | None
    created_at: int | None      # the program line of its create_task() call


@dataclass
class TaskState:
    state: str                  # "ready", "running", "waiting", "done"
    detail: str = ""            # what it waits on, or how it ended
    lines: list = field(default_factory=list)  # program lines it is at, outermost coroutine first


@dataclass
class Step:
    t: float
    kind: str                   # the trace event's kind
    lane: int | None            # the task the event belongs to; None: the loop's own lane
    summary: str                # one sentence: what happened at this step
    timeline: list              # the timeline cell's lines (as in the terminal's trace)
    line: int | None            # the program line the event happened at, if any
    ready: list                 # [label, task_id or None], in the order they will run (the first ones)
    timers: list                # [deadline, label], earliest first (the first ones)
    tasks: dict                 # task_id -> TaskState, tasks created so far
    output: int                 # how many output chunks were printed up to here
    scheduled: list             # what this step put at the end of the ready queue (labels)
    more: list = field(default_factory=lambda: [0, 0])  # ready-queue entries and timers left out of the lists


@dataclass
class Run:
    steps: list
    tasks: dict                 # task_id -> TaskInfo, in order of creation
    output: list                # [stream, text] chunks in the order they were printed


def build_run(events: list[dict]) -> Run:
    events = learner_events(events)
    hidden_tasks = _hidden_task_ids(events)
    tasks: dict[int, TaskInfo] = {}
    states: dict[int, TaskState] = {}
    output: list = []
    steps: list[Step] = []
    for event in events:
        kind = event["event"]
        task_id = event.get("task_id")
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
            t=event["t"], kind=kind, lane=task_id, summary=_summary(event, tasks),
            timeline=cell_lines(event) or [_quiet_cell(event)], line=_event_line(event),
            ready=ready, timers=[list(timer) for timer in event.get("timers", ())], tasks=shown,
            output=len(output), scheduled=[entry["label"] for entry in event.get("scheduled", ())],
            more=[event.get("ready_more", 0), event.get("timers_more", 0)]))
    return Run(steps, tasks, output)


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
        where = name if "task_id" in event else "The program"
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
    if kind == "callback":
        what = "a timer's callback" if event.get("timer") else "a callback"
        return f"The loop calls {what}{at}: {event['callback']}.{then}"
    if kind == "deadlock":
        return event["report"]
    return kind


def _task_title(event, tasks):
    task = tasks.get(event.get("task_id"))
    if task is None:
        return event.get("task", "the loop")
    return f"{task.name} ({task.coro})"


def _at_line(line):
    return f" at line {line}" if line is not None else ""
