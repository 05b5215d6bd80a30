// Steps through a traced run: the data is the JSON in #run-data (see quizzer/explorer/page.py).
"use strict";
(function () {
  const run = JSON.parse(document.getElementById("run-data").textContent);
  const steps = run.steps;
  const tasks = new Map(run.tasks.map((task) => [task.task_id, task]));
  const lanes = new Map(run.lanes.map((lane) => [lane.lane, lane]));
  const $ = (id) => document.getElementById(id);
  let current = 0;

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function taskBadge(taskId) {
    const task = tasks.get(taskId);
    const badge = element("span", task.name, "task-" + task.colour);
    badge.prepend(element("span", undefined, "swatch"));
    return badge;
  }

  function seconds(t) {
    return String(Number(t.toPrecision(12)));
  }

  function showSource(step) {
    for (const li of document.querySelectorAll("#source-lines li.at")) {
      li.className = "";
      li.querySelector(".marks").replaceChildren();
    }
    let focus = null;
    for (const [taskId, state, , lines] of step.tasks) {
      if (state === "done") continue;
      const task = tasks.get(taskId);
      lines.forEach((line, index) => {
        const li = $("line-" + line);
        if (!li) return;
        const inner = index === lines.length - 1;
        const word = inner ? (state === "running" ? "runs" : state === "ready" ? "ready" : "waits") : "awaits";
        const mark = element("span", task.name + " " + word,
                             "mark task-" + task.colour + " " + (inner ? state : "outer"));
        li.querySelector(".marks").append(mark);
        if (!li.classList.contains("at")) li.className = "at task-" + task.colour;
        if (inner && (taskId === step.lane || focus === null)) focus = li;
      });
    }
    if (step.line !== null && $("line-" + step.line)) {
      const li = $("line-" + step.line);
      if (!li.classList.contains("at")) li.className = "at";
      focus = li;
    }
    if (focus) focus.scrollIntoView({ block: "nearest" });
  }

  function showReady(step) {
    const list = $("ready");
    list.replaceChildren(...step.ready.map(([label, taskId]) => {
      const li = element("li");
      if (taskId !== null && tasks.has(taskId)) {
        li.append(taskBadge(taskId), document.createTextNode(": next step"));
      } else {
        li.textContent = label;
      }
      return li;
    }));
    showMore("ready-more", step.more[0], "entries");
    $("ready-empty").hidden = step.ready.length > 0;
    list.hidden = step.ready.length === 0;
  }

  function showMore(id, count, what) {
    $(id).textContent = count ? "and " + count + " more " + what + " (the trace lists the first ones)" : "";
    $(id).hidden = !count;
  }

  function showTimers(step) {
    const body = $("timers").tBodies[0];
    body.replaceChildren(...step.timers.map(([when, label]) => {
      const row = element("tr");
      row.append(element("td", "t = " + seconds(when)), element("td", label));
      return row;
    }));
    showMore("timers-more", step.more[1], "timers");
    $("timers-empty").hidden = step.timers.length > 0;
    $("timers").hidden = step.timers.length === 0;
  }

  function showTasks(step) {
    const body = $("tasks").tBodies[0];
    body.replaceChildren(...step.tasks.map(([taskId, state, detail, lines]) => {
      const task = tasks.get(taskId);
      const row = element("tr");
      row.dataset.task = String(taskId);
      const name = element("th");
      name.scope = "row";
      name.append(taskBadge(taskId), document.createTextNode(" (" + task.coro + ")"));
      const where = state === "done" || lines.length === 0 ? "" : String(lines[lines.length - 1]);
      row.append(name, element("td", state, "state-" + state), element("td", detail), element("td", where));
      return row;
    }));
  }

  function showLanes(step) {
    const body = $("lanes").tBodies[0];
    body.replaceChildren(...step.lanes.map(([lane, state, detail]) => {
      const row = element("tr");
      row.dataset.lane = lane;
      const name = element("th", lanes.get(lane).title, "lane-" + lanes.get(lane).kind);
      name.scope = "row";
      row.append(name, element("td", state, "state-" + state), element("td", detail));
      return row;
    }));
    $("lanes").hidden = $("lanes-heading").hidden = step.lanes.length === 0;
  }

  function showOutput(step) {
    const pre = $("output");
    pre.replaceChildren(...run.output.slice(0, step.output).map(([stream, text], index) => {
      const span = element("span", text, stream === "stderr" ? "stderr" : "");
      if (index === step.output - 1 && step.kind === "output") span.classList.add("latest");
      return span;
    }));
    pre.scrollTop = pre.scrollHeight;
  }

  function showTimeline(index) {
    const previous = document.querySelector("#timeline tr.current");
    if (previous) {
      previous.classList.remove("current");
      previous.removeAttribute("aria-current");
    }
    const row = $("row-" + index);
    if (row) {
      row.classList.add("current");
      row.setAttribute("aria-current", "step");
      const box = row.closest(".scroll");
      const top = row.offsetTop - box.clientHeight / 2;
      box.scrollTop = Math.max(0, top);
    }
  }

  function go(index) {
    if (steps.length === 0) return;
    current = Math.max(0, Math.min(steps.length - 1, index));
    const step = steps[current];
    $("step-number").textContent = String(current + 1);
    $("jump").value = String(current + 1);
    $("summary").textContent = step.summary;
    $("clock").textContent = seconds(step.t);
    showSource(step);
    showReady(step);
    showTimers(step);
    showTasks(step);
    showLanes(step);
    showOutput(step);
    showTimeline(current);
    $("first").disabled = $("back").disabled = current === 0;
    $("last").disabled = $("forward").disabled = current === steps.length - 1;
    $("next-output").disabled = nextOutput(1) === null;
    try {
      history.replaceState(null, "", "#step-" + (current + 1));  // a reload comes back to this step
    } catch (error) {
      // some browsers refuse history changes on file:// pages; stepping works without it
    }
  }

  function nextOutput(direction) {
    for (let index = current + direction; index >= 0 && index < steps.length; index += direction) {
      if (steps[index].kind === "output") return index;
    }
    return null;
  }

  function goToOutput(direction) {
    const index = nextOutput(direction);
    if (index !== null) go(index);
  }

  $("first").addEventListener("click", () => go(0));
  $("back").addEventListener("click", () => go(current - 1));
  $("forward").addEventListener("click", () => go(current + 1));
  $("last").addEventListener("click", () => go(steps.length - 1));
  $("next-output").addEventListener("click", () => goToOutput(1));
  $("jump-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const wanted = parseInt($("jump").value, 10);
    if (!Number.isNaN(wanted)) go(wanted - 1);
  });
  $("timeline").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-step]");
    if (button) go(parseInt(button.dataset.step, 10));
  });
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.target.closest("input, textarea, select")) return;
    const actions = {
      ArrowRight: () => go(current + 1), n: () => go(current + 1),
      ArrowLeft: () => go(current - 1), p: () => go(current - 1),
      Home: () => go(0), End: () => go(steps.length - 1),
      o: () => goToOutput(1), O: () => goToOutput(-1),
      g: () => { $("jump").focus(); $("jump").select(); },
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  const fromHash = /^#step-(\d+)$/.exec(location.hash);
  go(fromHash ? parseInt(fromHash[1], 10) - 1 : 0);
})();
