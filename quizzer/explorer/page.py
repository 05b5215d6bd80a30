"""The explorer page: one self-contained HTML file that steps through a traced run.

Everything is inline (style, script, the run's data as JSON), nothing is fetched, so the file
works when opened from disk (`file://`) and can be mailed or attached. The source listing and the
lane timeline are written as plain HTML, readable without script; the script moves between
steps and fills in the loop's state at each one (see explorer.js).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from importlib import resources

from quizzer.explorer.states import Run, build_run

PALETTE_SIZE = 8  # task colours in explorer.css (.task-0 ... .task-7), reused in turn


def render_page(events: list[dict], source: str, *, filename: str, ending: str) -> str:
    """The page for one run: `events` from the trace, `source` the program, `ending` one line on how it ended."""
    run = build_run(events)
    template = _asset("explorer.html")
    parts = {
        "title": html.escape(f"{filename}: how the event loop ran it"),
        "filename": html.escape(filename),
        "ending": html.escape(ending),
        "step_count": str(len(run.steps)),
        "last_step": str(max(len(run.steps), 1)),
        "source": _source_listing(source),
        "timeline": _timeline(run),
        "style": _asset("explorer.css"),
        "script": _asset("explorer.js"),
        "data": _script_json(_payload(run)),
    }
    # One pass, so that text put in (the program, its output) is never searched for placeholders.
    return re.sub(r"\{\{(\w+)\}\}", lambda match: parts[match.group(1)], template)


def _asset(name: str) -> str:
    return resources.files("quizzer.explorer").joinpath("assets", name).read_text(encoding="utf-8")


def _payload(run: Run) -> dict:
    colours = {task_id: index % PALETTE_SIZE for index, task_id in enumerate(run.tasks)}
    return {
        "tasks": [asdict(info) | {"colour": colours[task_id]} for task_id, info in run.tasks.items()],
        "lanes": [asdict(info) for info in run.lanes.values()],
        "output": run.output,
        "steps": [_step_payload(step) for step in run.steps],
    }


def _step_payload(step) -> dict:
    data = asdict(step)
    data["tasks"] = [[task_id, state["state"], state["detail"], state["lines"]]
                     for task_id, state in data["tasks"].items()]
    data["lanes"] = [[lane, state["state"], state["detail"]] for lane, state in data["lanes"].items()]
    del data["timeline"]  # already in the page's timeline table
    return data


def _script_json(data) -> str:
    """JSON safe inside <script>: no `</` can close the element early, no `<!--` can open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _source_listing(source: str) -> str:
    lines = source.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    items = [f'<li id="line-{number}" data-line="{number}"><span class="line-number" aria-hidden="true">'
             f'{number}</span><code>{html.escape(text) or " "}</code><span class="marks"></span></li>'
             for number, text in enumerate(lines, 1)]
    return "\n".join(items)


def _timeline(run: Run) -> str:
    """The lane timeline as a table: one row per step, one column per task, per worker thread and
    per child process, and one for the loop."""
    lanes = list(run.tasks) + list(run.lanes) + [None]
    colours = {task_id: index % PALETTE_SIZE for index, task_id in enumerate(run.tasks)}
    header = ['<th scope="col">Step</th>', '<th scope="col">t</th>']
    for lane in lanes:
        if lane is None:
            header.append('<th scope="col">loop: timers, I/O, callbacks</th>')
        elif lane in run.lanes:
            info = run.lanes[lane]
            header.append(f'<th scope="col" class="lane-{info.kind}">{html.escape(info.title)}</th>')
        else:
            info = run.tasks[lane]
            header.append(f'<th scope="col" class="task-{colours[lane]}">'
                          f'{html.escape(info.name)} ({html.escape(info.coro)})</th>')
    rows = []
    last_time = None
    for index, step in enumerate(run.steps):
        time_text = f"{step.t:g}" if step.t != last_time else ""
        last_time = step.t
        cells = [f'<th scope="row">{index + 1}</th>', f"<td>{time_text}</td>"]
        lane = step.lane if step.lane in run.tasks or step.lane in run.lanes else None
        for column in lanes:
            if column != lane:
                cells.append("<td></td>")
                continue
            text = "\n".join(step.timeline)
            colour = (f" task-{colours[lane]}" if lane in colours
                      else f" lane-{run.lanes[lane].kind}" if lane in run.lanes else "")
            cells.append(f'<td><button type="button" class="event{colour}" data-step="{index}" '
                         f'aria-label="Go to step {index + 1}: {html.escape(" ".join(step.timeline), quote=True)}">'
                         f"{html.escape(text)}</button></td>")
        rows.append(f'<tr id="row-{index}">{"".join(cells)}</tr>')
    return (f'<thead><tr>{"".join(header)}</tr></thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>")
