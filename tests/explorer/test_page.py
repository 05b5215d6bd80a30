"""The explorer page as a file: self-contained, its data intact whatever the program prints."""

import json
import re
import textwrap

from click.testing import CliRunner

from quizzer.cli import main
from quizzer.explorer import explorer_page

HOSTILE = textwrap.dedent("""\
    import asyncio

    async def main():
        # {{script}} {{data}} <!-- -->
        print("</script><script>alert(1)</script>")
        print("\\u2028 line separator & <b>bold</b>")

    asyncio.run(main())
    """)


def payload(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="run-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_the_page_needs_nothing_from_outside():
    page = explorer_page(HOSTILE, filename="hostile.py")
    assert not re.search(r"\b(src|href)\s*=\s*[\"'](?!#)", page)  # only in-page links
    assert not re.search(r"https?://|@import|url\(|fetch\(|XMLHttpRequest|<link\b", page)
    assert "default-src 'none'" in page  # and the browser is told to load nothing


def test_what_the_program_prints_or_contains_cannot_break_out_of_the_page():
    page = explorer_page(HOSTILE, filename="hostile.py")
    assert page.count("<script") == 2  # the data and the stepping script: nothing printed became one
    data = payload(page)
    assert [text for _, text in data["output"]] == [
        "</script><script>alert(1)</script>\n", "\u2028 line separator & <b>bold</b>\n"]
    assert "# {{script}} {{data}} &lt;!-- --&gt;" in page  # the source line, escaped, placeholders left alone


def test_the_source_and_the_timeline_are_plain_html():
    page = explorer_page(HOSTILE, filename="hostile.py")
    steps = payload(page)["steps"]
    assert len(re.findall(r'<li id="line-\d+"', page)) == len(HOSTILE.splitlines())
    assert len(re.findall(r'<button type="button" class="event[^"]*" data-step="\d+"', page)) == len(steps)
    assert '<th scope="col">Task-1 (main)</th>' in page.replace(' class="task-0"', "")


def test_quizzer_run_explore_writes_the_page_and_still_runs_the_program(tmp_path):
    program = tmp_path / "prog.py"
    program.write_text(HOSTILE)
    out = tmp_path / "run.html"
    result = CliRunner().invoke(main, ["run", str(program), "--explore", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("</script><script>alert(1)</script>\n")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and f"<code>{program}</code>" in page
    assert "The program ended with exit status 0." in page


def test_explore_needs_the_reference_loop(tmp_path):
    program = tmp_path / "prog.py"
    program.write_text("print(1)\n")
    result = CliRunner().invoke(main, ["run", str(program), "--loop", "asyncio", "--explore",
                                       str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "--explore" in result.stderr
    assert not (tmp_path / "x.html").exists()


def test_an_unwritable_explore_path_is_a_one_line_error(tmp_path):
    program = tmp_path / "prog.py"
    program.write_text("print(1)\n")
    result = CliRunner().invoke(main, ["run", str(program), "--explore", str(tmp_path / "no" / "x.html")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write") and "Traceback" not in result.stderr


def test_a_deadlocked_run_says_so_at_the_top():
    page = explorer_page("import asyncio\n\nasync def main():\n    await asyncio.get_running_loop().create_future()\n\n"
                         "asyncio.run(main())\n", filename="hang.py")
    assert "the loop found a deadlock (under asyncio it hangs forever)" in page
    data = payload(page)
    assert [step["kind"] for step in data["steps"][-2:]] == ["deadlock", "output"]
    stream, report = data["output"][-1]  # the report the sandbox prints, as `quizzer run` shows it
    assert stream == "stderr" and report.startswith("deadlock: ")


def test_a_lane_named_by_a_hostile_trace_cannot_break_out_of_the_page():
    from quizzer.explorer.page import render_page

    lane = 'subprocess" onclick="alert(1)'
    events = [{"t": 0.0, "event": "process_started", "lane": lane, "command": "</script><b>x</b>",
               "program": "<i>", "shell": False, "ready_queue": [], "timers": []}]
    page = render_page(events, "print(1)\n", filename="hostile.py", ending="The end.")
    assert 'onclick="alert(1)' not in page and "<b>x</b>" not in page and "<i>" not in page
    assert 'class="lane-subprocess"' in page
