"""report.html says what an instructor acts on: per item answered / unanswered / right, option texts beside
their shares, the most common wrong outputs of each predict question, scores from exact fractions."""

import re
from html import unescape

from click.testing import CliRunner

from quizzer.cli import main

PACK = {"A": [("tasks-start-order", (2, 1, 0)), ("tasks-order", None), ("futures-states", (2, 0, 1)),
              ("tasks-is-future", None)]}
# tasks-start-order in variant A: a) Only when it is awaited  b) When the creator next yields (right)  c) Immediately
# tasks-order's key: "main\nchild"


def graded_report(good_bank, make_pack, submit, tmp_path, answers: dict) -> str:
    for student, given in answers.items():
        submit(student, given, variant="A")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["grade", "--bank", str(good_bank), "--pack", str(make_pack(PACK)),
                                       str(tmp_path / "subs"), "--out", str(out), "--cache-dir", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    return (out / "report.html").read_text()


def section(html: str, name: str) -> str:
    return re.search(rf"<section id={name}>(.*?)</section>", html, re.S).group(1)


def rows(html: str) -> list[list[str]]:
    return [[unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", html, re.S) if "<td" in row]


CLASS = {
    "ana": {"tasks-start-order": "b", "tasks-order": "child\nmain", "futures-states": "b,c"},
    "ben": {"tasks-start-order": "a", "tasks-order": "child  \nmain\n", "futures-states": "a,b"},
    "cy": {"tasks-start-order": "a", "tasks-order": "main"},
    "dee": {"tasks-start-order": "c", "tasks-order": "main\nchild"},
    "eve": {},
}


def test_each_item_counts_answered_unanswered_and_right_and_a_question_nobody_answered_is_not_flagged(
        good_bank, make_pack, submit, tmp_path):
    html = graded_report(good_bank, make_pack, submit, tmp_path, CLASS)
    table = {row[1]: row for row in rows(section(html, "items"))}
    # columns: #, question, type, answered, unanswered, right, facility, discrimination, flags
    assert table["tasks-start-order"][3:6] == ["4", "1", "1 (25.0 %)"]
    assert table["tasks-order"][3:6] == ["4", "1", "1 (25.0 %)"]
    assert table["futures-states"][3:6] == ["2", "3", "1 (50.0 %)"]
    assert table["tasks-is-future"][3:6] == ["0", "5", "0"]
    assert table["tasks-is-future"][8] == "nobody answered"
    assert "nobody got it right" not in html
    assert [row[1] for row in rows(section(html, "items"))] == ["tasks-start-order", "tasks-order", "futures-states",
                                                               "tasks-is-future"]


def test_option_text_beside_each_share_whatever_letter_the_variant_showed(good_bank, make_pack, submit, tmp_path):
    html = graded_report(good_bank, make_pack, submit, tmp_path, CLASS)
    options = section(html, "options")
    start = options[options.index("tasks-start-order"):options.index("futures-states")]
    # The bank's order; the students saw them as c), b), a). Shares are of the four who answered.
    assert [row[:3] for row in rows(start)] == [
        ["", "Immediately, before create_task returns", "25.0 %"],
        ["right", "When the creator next yields to the event loop", "25.0 %"],
        ["", "Only when it is awaited", "50.0 %"],
    ]


def test_the_most_common_wrong_outputs_of_a_predict_question(good_bank, make_pack, submit, tmp_path):
    html = graded_report(good_bank, make_pack, submit, tmp_path, CLASS)
    wrong = rows(section(html, "wrong-outputs"))
    assert wrong == [
        # ana's and ben's answers differ only in spacing: one group, shown as ana wrote it
        ["2 (50.0 %)", "child\nmain", "line 1: child where the key has main"],
        ["1 (25.0 %)", "main", "line 2: the answer stops where the key has child"],
    ]


def test_scores_are_printed_from_exact_fractions(tmp_path, submit, thirds_bank):
    bank = thirds_bank
    submit("ana", {"third-1": "a", "third-2": "b", "third-3": "c"})    # a third of a point each: 1 in all
    submit("ben", {"third-1": "a,b"})                                  # two thirds
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["grade", "--bank", str(bank), str(tmp_path / "subs"), "--out", str(out),
                                     "--no-cache"]).exit_code == 0
    summary = unescape(re.sub(r"<[^>]+>", "", section((out / "report.html").read_text(), "summary")))
    assert "Mean score 0.83 / 3 points (27.78 %), median 0.83." in summary
