"""The explorer in a real browser: stepping forward and back through bank programs, the state it
shows checked against the trace at chosen steps, keyboard, timeline and jump navigation, colour
scheme, and no console errors. Screenshots are saved as test artifacts (see conftest.py)."""

import pytest

from quizzer.bank import default_bank_path, load_bank
from quizzer.explorer import explorer_page
from quizzer.sandbox import run_code
from quizzer.tinyloop.trace import learner_events

# Timers, a lock, a semaphore, an uncaught exception, a deadlock, sockets.
PROGRAMS = ("tasks-wait-first-completed", "sync-lock-fifo", "sync-semaphore-limit",
            "futures-set-result-twice", "futures-hang-mutual-wait", "io-echo-upper-then-eof")

READ_STATE = """
const rows = (selector) => Array.from(document.querySelectorAll(selector));
return {
  step: document.getElementById("step-number").textContent,
  clock: document.getElementById("clock").textContent,
  ready: rows("#ready li").map((li) => li.textContent),
  timers: rows("#timers tbody tr").map((tr) => Array.from(tr.cells).map((td) => td.textContent)),
  tasks: Object.fromEntries(rows("#tasks tbody tr").map((tr) => [tr.cells[0].textContent.split(" ")[0],
      [tr.cells[1].textContent, tr.cells[2].textContent, tr.cells[3].textContent]])),
  output: document.getElementById("output").textContent,
  currentRow: document.querySelector("#timeline tr.current").id,
  summary: document.getElementById("summary").textContent,
  marks: rows("#source-lines .mark").map((mark) => mark.closest("li").dataset.line + " " + mark.textContent),
};
"""


@pytest.fixture(scope="module")
def bank():
    return {question.id: question for question in load_bank(default_bank_path()).questions}


@pytest.fixture
def page(browser, bank, tmp_path):
    """Open a bank program's explorer; return its trace's events (one step each)."""
    def open_page(question_id):
        code = bank[question_id].code
        result = run_code(code, filename=f"{question_id}.py", trace=True)
        html = explorer_page(code, filename=f"{question_id}.py", result=result)
        assert len(html.encode()) < 300_000
        path = tmp_path / f"{question_id}.html"
        path.write_text(html, encoding="utf-8")
        browser.get(path.as_uri())
        browser.get_log("browser")  # start each page with an empty console log
        return learner_events(result.trace)
    return open_page


def press(browser, *keys):
    from selenium.webdriver.common.action_chains import ActionChains

    actions = ActionChains(browser)
    for key in keys:
        actions.send_keys(key)
    actions.perform()


def state(browser):
    return browser.execute_script(READ_STATE)


def expected_output(events, index):
    return "".join(event["text"] for event in events[:index + 1] if event["event"] == "output")


def check_against_trace(shown, events, index):
    """What the page shows at step `index` is what the trace recorded for that event."""
    event = events[index]
    assert shown["step"] == str(index + 1)
    assert shown["currentRow"] == f"row-{index}"
    assert float(shown["clock"]) == event["t"]
    assert shown["ready"] == [entry["label"] for entry in event["ready_queue"]]
    assert [(float(when.removeprefix("t = ")), label) for when, label in shown["timers"]] == [
        (when, label) for when, label in event["timers"]]
    assert shown["output"] == expected_output(events, index)
    assert shown["summary"]
    task = event.get("task")
    if event["event"] == "resume":
        assert shown["tasks"][task][0] == "running"
    elif event["event"] == "step" and event["suspended"] not in (None, "bare yield"):
        assert shown["tasks"][task][:2] == ["waiting", event["suspended"]]
        if event["stack"]:
            assert shown["tasks"][task][2] == str(event["stack"][-1])
            assert f"{event['stack'][-1]} {task} waits" in shown["marks"]  # the source says it in words
    elif event["event"] == "task_done":
        assert shown["tasks"][task][0] == "done"


def console_errors(browser):
    return [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


@pytest.mark.parametrize("question_id", PROGRAMS)
def test_stepping_forward_and_back_shows_the_traced_state(browser, page, artifacts, question_id):
    from selenium.webdriver.common.keys import Keys

    events = page(question_id)
    assert len(events) > 4
    chosen = sorted({1, len(events) // 3, len(events) // 2, (2 * len(events)) // 3, len(events) - 1})
    check_against_trace(state(browser), events, 0)
    position = 0
    for index in chosen:  # forward, one step at a time, with the arrow key and the button
        for _ in range(index - position):
            press(browser, Keys.ARROW_RIGHT)
        position = index
        check_against_trace(state(browser), events, index)
    browser.save_screenshot(str(artifacts / f"{question_id}.png"))
    for index in reversed(chosen[:-1]):  # and back
        for _ in range(position - index):
            browser.find_element("id", "back").click()
        position = index
        check_against_trace(state(browser), events, index)
    assert console_errors(browser) == []


def test_jump_timeline_and_next_output(browser, page):
    events = page("sync-lock-fifo")
    outputs = [index for index, event in enumerate(events) if event["event"] == "output"]
    press(browser, "o")
    check_against_trace(state(browser), events, outputs[0])
    press(browser, "o")
    check_against_trace(state(browser), events, outputs[1])
    press(browser, "O")  # Shift+o: back to the previous line of output
    check_against_trace(state(browser), events, outputs[0])
    press(browser, "g", "7\n")
    check_against_trace(state(browser), events, 6)
    event_button = browser.find_element("css selector", f'#timeline button[data-step="{len(events) - 2}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", event_button)
    event_button.click()
    check_against_trace(state(browser), events, len(events) - 2)
    press(browser, "\ue011")  # Home
    check_against_trace(state(browser), events, 0)
    assert browser.find_element("id", "back").get_attribute("disabled") == "true"
    press(browser, "\ue010")  # End
    check_against_trace(state(browser), events, len(events) - 1)
    assert browser.find_element("id", "forward").get_attribute("disabled") == "true"
    assert console_errors(browser) == []


def test_a_reload_comes_back_to_the_same_step(browser, page):
    events = page("sync-lock-fifo")
    press(browser, "g", "5\n")
    browser.refresh()
    check_against_trace(state(browser), events, 4)


def test_keyboard_order_and_names(browser, page):
    page("sync-lock-fifo")
    press(browser, "\ue004")  # Tab: the first stop is the skip link, then the controls in reading order
    focused = [browser.switch_to.active_element.text]
    for _ in range(3):
        press(browser, "\ue004")
        focused.append(browser.switch_to.active_element.text)
    # At step 1, First and Back are disabled: not in the tab order.
    assert focused == ["Skip to the timeline", "Forward →", "Next output", "Last"]
    unnamed = browser.execute_script("""
        return Array.from(document.querySelectorAll("button, input, [tabindex]")).filter((node) =>
            !(node.textContent.trim() || node.getAttribute("aria-label") || node.labels?.length
              || node.getAttribute("aria-labelledby"))).map((node) => node.outerHTML);""")
    assert unnamed == []
    assert browser.execute_script("return document.documentElement.lang") == "en"


def test_dark_colour_scheme_is_followed(browser, page, artifacts):
    page("sync-semaphore-limit")

    def background():
        return browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    light = background()
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    try:
        dark = background()
        browser.save_screenshot(str(artifacts / "dark.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert light == "rgb(255, 255, 255)" and dark != light
    assert sum(map(int, dark[4:-1].split(","))) < 150


LANES_PROGRAM = """\
import asyncio
import time


def blocking(seconds):
    time.sleep(seconds)
    return seconds * 10


async def main():
    print("executor", await asyncio.get_running_loop().run_in_executor(None, blocking, 1))
    print("to_thread", await asyncio.to_thread(blocking, 0.5))
    proc = await asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE)
    print("echo", (await proc.communicate())[0])


asyncio.run(main())
"""

READ_LANES = """
const rows = (selector) => Array.from(document.querySelectorAll(selector));
return {
  headers: rows("#timeline thead th").map((th) => th.textContent),
  shown: !document.getElementById("lanes").hidden,
  lanes: rows("#lanes tbody tr").map((tr) => Array.from(tr.cells).map((cell) => cell.textContent)),
  cells: rows("#timeline tbody tr").map((tr) => Array.from(tr.cells).map((cell) => cell.textContent)),
};
"""


def test_worker_threads_and_a_subprocess_are_lanes_of_their_own(browser, artifacts, tmp_path):
    from quizzer.sandbox import jail_status

    if not jail_status().active:
        pytest.skip("subprocesses run only in the sandbox's jail, which cannot be built here")
    result = run_code(LANES_PROGRAM, filename="lanes.py", trace=True)
    assert result.stdout == "executor 10\nto_thread 5.0\necho b'hi\\n'\n", result.stderr
    path = tmp_path / "lanes.html"
    path.write_text(explorer_page(LANES_PROGRAM, filename="lanes.py", result=result), encoding="utf-8")
    browser.get(path.as_uri())
    browser.get_log("browser")
    events = learner_events(result.trace)
    shown = browser.execute_script(READ_LANES)
    lanes = ["thread 1 (blocking)", "thread 2 (blocking)", "subprocess 1 (echo)"]
    assert shown["headers"][:3] == ["Step", "t", "Task-1 (main)"]
    assert shown["headers"][-4:] == lanes + ["loop: timers, I/O, callbacks"]
    assert not shown["shown"]  # no thread or child met yet at step 1
    column = {title: shown["headers"].index(title) for title in lanes}
    # Each lane's events sit in its own column, on the row of their step, at their virtual time.
    for index, event in enumerate(events):
        if event.get("lane") in ("thread 1", "thread 2", "subprocess 1"):
            title = next(title for title in lanes if title.startswith(event["lane"] + " "))
            row = shown["cells"][index]
            assert row[column[title]].strip(), (index, event)
            assert [cell for position, cell in enumerate(row[2:], 2) if cell and position != column[title]] == []
    finished = next(index for index, event in enumerate(events) if event["event"] == "thread_finished")
    press(browser, "g", f"{finished + 1}\n")
    check_against_trace(state(browser), events, finished)
    shown = browser.execute_script(READ_LANES)
    assert shown["shown"]
    assert shown["lanes"] == [["thread 1 (blocking)", "done", "result 10"]]
    assert events[finished]["t"] == 1.0
    browser.find_element("id", "last").click()  # every lane has ended
    assert state(browser)["step"] == str(len(events))
    shown = browser.execute_script(READ_LANES)
    assert [row[:2] for row in shown["lanes"]] == [[title, "done"] for title in lanes]
    assert shown["lanes"][2][2] == "returncode 0"
    browser.save_screenshot(str(artifacts / "lanes.png"))
    assert console_errors(browser) == []
