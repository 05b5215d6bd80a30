"""Packs: build one, take it with piped input, grade it; and practice packs that keep their key hashed."""

import random

import yaml
from click.testing import CliRunner

from quizzer.bank.model import letter
from quizzer.classroom.packs import load_pack
from quizzer.cli import main

SELECTION = ["--type", "choice", "--type", "multi", "--type", "truefalse", "--type", "predict"]


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def right_answers(pack, variant_name, bank):
    """What a student who knows everything types, in the variant's shown letters."""
    answers = []
    for item in pack.variant(variant_name).items:
        question = bank.get(item.id)
        if question.choices:   # the pack holds the choices in the order shown: found by their texts
            texts = [choice.text for choice in pack.shown(item).choices]
            shown = sorted(letter(texts.index(c.text)) for c in question.choices if c.correct)
            answers.append(",".join(shown))
        elif question.type == "truefalse":
            answers.append("t" if question.answer else "f")
        else:
            answers.append("main\nchild\n.")
    return "\n".join(answers) + "\n"


def test_pack_take_grade(good_bank, tmp_path):
    from quizzer.bank import load_bank

    bank = load_bank(good_bank)
    pack_file = tmp_path / "pack.yaml"
    built = invoke("pack", "--bank", good_bank, *SELECTION, "--count", "4", "--variants", "2", "--seed", "5",
                   "--out", pack_file)
    assert built.exit_code == 0, built.output
    text = pack_file.read_text()
    assert "correct" not in text and "explanation" not in text and "feedback" not in text
    pack = load_pack(pack_file)
    assert pack.variant_names == ["A", "B"]
    folder = tmp_path / "subs"
    folder.mkdir()
    for student, variant in (("ada", "A"), ("bo", "B")):
        taken = invoke("quiz", "--pack", pack_file, "--variant", variant, "--save", folder / f"{student}.yaml",
                       "--student", student, input=right_answers(pack, variant, bank))
        assert taken.exit_code == 0, taken.output
        saved = yaml.safe_load((folder / f"{student}.yaml").read_text())
        assert saved["variant"] == variant and saved["student"] == student
    graded = invoke("grade", "--bank", good_bank, "--pack", pack_file, folder, "--out", tmp_path / "out",
                    "--cache-dir", tmp_path / "cache")
    assert graded.exit_code == 0, graded.output
    rows = (tmp_path / "out" / "grades.csv").read_text().splitlines()[1:]
    assert [row.split(",")[:4] for row in rows] == [["ada", "4", "4", "100.0"], ["bo", "4", "4", "100.0"]]


def test_wrong_variant_letters_do_not_grade_as_right(good_bank, tmp_path):
    from quizzer.bank import load_bank

    bank = load_bank(good_bank)
    pack_file = tmp_path / "pack.yaml"
    invoke("pack", "--bank", good_bank, "--type", "choice", "--type", "multi", "--count", "2", "--seed", "2",
           "--out", pack_file)
    pack = load_pack(pack_file)
    # The shown order differs from the bank's, so answering with the bank's letters is wrong somewhere.
    bank_letters = [",".join(bank.get(item.id).correct_letters) for item in pack.variants[0].items]
    assert bank_letters != right_answers(pack, "A", bank).split()
    (tmp_path / "s.yaml").write_text(yaml.safe_dump({"student": "x", "variant": "A", "answers": dict(
        zip([i.id for i in pack.variants[0].items], bank_letters))}))
    graded = invoke("grade", "--bank", good_bank, "--pack", pack_file, tmp_path / "s.yaml", "--out", tmp_path / "o")
    assert graded.exit_code == 0
    assert (tmp_path / "o" / "grades.csv").read_text().splitlines()[1].split(",")[1] != "2"


def test_practice_pack_says_right_or_wrong_without_holding_the_key(good_bank, tmp_path):
    pack_file = tmp_path / "practice.yaml"
    built = invoke("pack", "--bank", good_bank, "--type", "predict", "--type", "truefalse", "--count", "2",
                   "--practice-keys", "--seed", "2", "--out", pack_file, "--cache-dir", tmp_path / "cache")
    assert built.exit_code == 0, built.output
    assert "main\n" not in pack_file.read_text() and "answer:" not in pack_file.read_text()
    pack = load_pack(pack_file)
    ids = [item.id for item in pack.variants[0].items]
    answers = {"tasks-order": ("child\nmain\n.", "main\nchild\n."), "tasks-is-future": ("f", "t")}
    wrong = "\n".join(answers[i][0] for i in ids) + "\n"
    right = "\n".join(answers[i][1] for i in ids) + "\n"
    first = invoke("quiz", "--pack", pack_file, "--save", tmp_path / "a.yaml", "--student", "a", input=wrong)
    assert first.stdout.count("Not right.") == 2 and "0 of 2 right" in first.stdout
    second = invoke("quiz", "--pack", pack_file, "--save", tmp_path / "b.yaml", "--student", "b", input=right)
    assert second.stdout.count("Right.") == 2 and "2 of 2 right" in second.stdout


def test_pack_needs_save_and_a_known_variant(good_bank, tmp_path):
    pack_file = tmp_path / "pack.yaml"
    invoke("pack", "--bank", good_bank, "--count", "2", "--variants", "2", "--out", pack_file)
    assert invoke("quiz", "--pack", pack_file, "--variant", "A").exit_code == 2
    missing = invoke("quiz", "--pack", pack_file, "--save", tmp_path / "x.yaml", "--student", "s")
    assert missing.exit_code == 2 and "--variant" in missing.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("just: text\n")
    result = invoke("quiz", "--pack", broken, "--save", tmp_path / "x.yaml", "--student", "s")
    assert result.exit_code == 1 and "not a quizzer pack" in result.stderr


def test_variants_draw_other_questions_of_the_same_topic_and_difficulty(tmp_path):
    pack_file = tmp_path / "pack.yaml"
    assert invoke("pack", "--count", "8", "--variants", "3", "--seed", "11", "--type", "choice",
                  "--out", pack_file).exit_code == 0
    pack = load_pack(pack_file)
    slots = list(zip(*(variant.items for variant in pack.variants)))
    assert len(slots) == 8
    for slot in slots:
        questions = [pack.questions[item.id] for item in slot]
        assert len({(q.topic, q.difficulty, q.type) for q in questions}) == 1
    assert sum(len({item.id for item in slot}) > 1 for slot in slots) >= 4   # some slots have one candidate
    for variant in pack.variants:
        assert len({item.id for item in variant.items}) == 8      # no question twice in a variant
    again = tmp_path / "again.yaml"
    invoke("pack", "--count", "8", "--variants", "3", "--seed", "11", "--type", "choice", "--out", again)
    assert again.read_bytes() == pack_file.read_bytes()


FIRST_IS_RIGHT = "topic: t\nquestions:\n" + "".join(f"""\
  - id: q{n}
    type: choice
    difficulty: 1
    prompt: Which one?
    choices:
      - text: right {n}
        correct: true
      - text: wrong {n}
      - text: other {n}
      - text: none {n}
    explanation: The first, where its author puts the right one.
""" for n in range(20))


def test_a_pack_does_not_tell_where_each_choice_stands_in_the_bank(tmp_path):
    """Authors put the right choice first more often than not: a pack that records where each shown choice stands in
    the bank (`choice_order`), or whose shuffle its own seed replays, gives the key away to every student holding it.
    Grading still maps the letters shown back to the bank's choices."""
    bank_file = tmp_path / "bank.yaml"
    bank_file.write_text(FIRST_IS_RIGHT)
    pack_file = tmp_path / "pack.yaml"
    assert invoke("pack", "--bank", bank_file, "--count", "20", "--out", pack_file).exit_code == 0
    data = yaml.safe_load(pack_file.read_text())
    entries = data["variants"][0]["questions"]
    recorded = [entry["choices"][entry["choice_order"].index(0)] for entry in entries if "choice_order" in entry]
    rng, replayed = random.Random(data["seed"]), []
    for entry in entries:
        order = list(range(len(entry["choices"])))
        rng.shuffle(order)
        replayed.append(entry["choices"][order.index(0)])
    assert recorded == []
    assert sum(text.startswith("right") for text in replayed) < len(entries) / 2   # a quarter, by chance
    # The shown letters of the right choices still grade as right.
    shown = [entry["choices"] for entry in entries]
    letters = ["abcd"[next(i for i, text in enumerate(choices) if text.startswith("right"))] for choices in shown]
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "ada.yaml").write_text(yaml.safe_dump({"student": "ada", "answers": dict(
        zip([entry["id"] for entry in entries], letters))}))
    graded = invoke("grade", "--bank", bank_file, "--pack", pack_file, tmp_path / "subs", "--out", tmp_path / "out")
    assert graded.exit_code == 0, graded.output
    assert (tmp_path / "out" / "grades.csv").read_text().splitlines()[1].split(",")[:4] == ["ada", "20", "20", "100.0"]


def test_a_question_in_two_variants_shows_and_grades_each_variants_order(good_bank, make_pack, tmp_path):
    """The quiz of variant B showed futures-states in variant A's order while grading read B's letters by B's order:
    a student who chose the right texts was marked wrong, one who chose wrong ones right."""
    pack_file = make_pack({"A": [("futures-states", (2, 0, 1))], "B": [("futures-states", (1, 2, 0))]})
    (tmp_path / "subs").mkdir()
    # A done future holds a result or an exception; variant B shows a) An exception b) A running coroutine c) A result.
    for student, letters in (("ben", "b,c"), ("cy", "a,c")):
        taken = invoke("quiz", "--pack", pack_file, "--variant", "B", "--save", tmp_path / "subs" / f"{student}.yaml",
                       "--student", student, input=f"{letters}\n")
        assert taken.exit_code == 0, taken.output
        assert "a) An exception\nb) A running coroutine\nc) A result\n" in taken.output
    graded = invoke("grade", "--bank", good_bank, "--pack", pack_file, tmp_path / "subs", "--out", tmp_path / "out")
    assert graded.exit_code == 0, graded.output
    rows = (tmp_path / "out" / "grades.csv").read_text().splitlines()[1:]
    assert [row.split(",")[:2] for row in rows] == [["ben", "0"], ["cy", "1"]]


def test_a_choice_edited_after_the_pack_was_made_is_named_not_guessed(good_bank, make_pack, tmp_path):
    import shutil

    pack_file = make_pack({"A": [("futures-states", (2, 0, 1))]})
    edited = tmp_path / "edited"
    shutil.copytree(good_bank, edited)
    for path in edited.glob("*.yaml"):
        path.write_text(path.read_text().replace("A running coroutine", "A coroutine still running"))
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "ada.yaml").write_text("student: ada\nvariant: A\nanswers: {futures-states: 'b,c'}\n")
    graded = invoke("grade", "--bank", edited, "--pack", pack_file, tmp_path / "subs", "--out", tmp_path / "out")
    assert graded.exit_code == 1
    assert "the pack's question futures-states shows choices the bank's does not have" in \
        (tmp_path / "out" / "errors.txt").read_text()
