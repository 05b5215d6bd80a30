"""Others' text in Markdown: code blocks it cannot close, prose it cannot mark up."""

from click.testing import CliRunner

from quizzer.cli import main
from quizzer.ui.markdown import fenced, plain

FENCE = "```"


def test_a_fence_is_longer_than_any_run_of_backticks_in_its_text():
    assert fenced("x = 1", "python") == "```python\nx = 1\n```"
    assert fenced(f"a\n{FENCE}\nb") == f"````\na\n{FENCE}\nb\n````"
    assert fenced("`` and `````") == "``````\n`` and `````\n``````"


def test_plain_prose_is_one_line_with_its_markup_escaped():
    assert plain("Ada Lovelace") == "Ada Lovelace"
    assert plain("eve\n# x <b>[y](z)</b> *a_b* `c` !\\") == (
        "eve\\\\n# x \\<b\\>\\[y\\](z)\\</b\\> \\*a\\_b\\* \\`c\\` \\!\\\\")


PRINTS_A_FENCE = """\
topic: tasks
questions:
  - id: tasks-fence
    type: predict
    difficulty: 1
    prompt: What does this program print?
    code: |
      print("```")
      print("# the key ends here")
      print("```")
    explanation: It prints three lines.
"""


def test_a_handouts_key_holding_a_fence_stays_one_code_block(tmp_path):
    """A shared bank's program printing a line of backticks ended the answer key's code block in the handout."""
    (tmp_path / "bank.yaml").write_text(PRINTS_A_FENCE)
    out = tmp_path / "handout.md"
    result = CliRunner().invoke(main, ["export", "--format", "markdown", "--bank", str(tmp_path / "bank.yaml"),
                                       "--out", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    key = out.read_text().split("# Answer key")[1]
    assert f"\n````\n{FENCE}\n# the key ends here\n{FENCE}\n````\n" in key
