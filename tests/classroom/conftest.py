import json

import pytest


@pytest.fixture
def make_pack(good_bank, tmp_path):
    """Write a pack with chosen variants: {name: [(question id, choice order or None), ...]}; returns its path."""
    from quizzer.bank import load_bank
    from quizzer.classroom.packs import Pack, PackItem, Variant, pack_to_yaml

    bank = load_bank(good_bank)

    def write(variants: dict, title="Week 3", name="pack.yaml"):
        pack = Pack(title, 7, None, [])
        for variant_name, items in variants.items():
            variant = Variant(variant_name)
            for qid, order in items:
                variant.items.append(PackItem(qid, tuple(order) if order else None))
                pack.questions[qid] = bank.get(qid)
            pack.variants.append(variant)
        path = tmp_path / name
        path.write_text(pack_to_yaml(pack))
        return path

    return write


@pytest.fixture
def submit(tmp_path):
    """Write one student's submission into a folder (created on first use); returns the file."""
    def write(student, answers, variant=None, folder="subs"):
        target = tmp_path / folder
        target.mkdir(exist_ok=True)
        data = {"student": student, "answers": answers}
        if variant is not None:
            data["variant"] = variant
        path = target / f"{student}.json"
        path.write_text(json.dumps(data))
        return path

    return write


THIRDS = """\
topic: thirds
questions:
""" + "".join(f"""\
  - id: third-{n}
    type: multi
    difficulty: 1
    prompt: Pick the right ones.
    choices:
      - text: x{n}
        correct: true
      - text: y{n}
        correct: true
      - text: z{n}
        correct: true
      - text: w{n}
    explanation: x, y and z.
""" for n in (1, 2, 3))


@pytest.fixture
def thirds_bank(tmp_path):
    """Three multi questions of three right options each: one right letter earns a third of a point."""
    path = tmp_path / "thirds.yaml"
    path.write_text(THIRDS)
    return path
