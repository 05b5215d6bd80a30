"""Quiz packs: the file students receive, with no plaintext answer key.

A pack holds one or more *variants* (A, B, C ...). Variant A is the questions drawn from the
instructor's selection; every further variant swaps each question for another one of the
selection with the same topic and difficulty, drawn with the pack's seed: one that no variant has
yet if there is one (the variants are kept as disjoint as the selection allows), else one that
fewest variants have, and of the same type when such a one is left. `overlap` says how far that
went.

Choices are shuffled per variant, and the file holds them in the order shown, nothing more: grading finds each
shown choice's place in the bank by its text (`bank_order`). Where a choice stands in the bank is part of the key,
since authors put the right one first or second more often than not (in the bundled bank, every multi-select
question's first choice is right, and no choice question's fourth): packs used to record each question's
`choice_order` (shown position -> bank position), and picking the choices it put at the bank's first three
places scored 78 % on the bundled bank's multi-select questions without reading them (20 % at random), the first
or second 46 % on its choice questions (25 %). For the same reason the shuffle is not drawn from the seed the file
holds, which replays it, but from the seed and what the file leaves out of the question (which choices are right,
their feedback, the explanation). A pack made before still grades by its `choice_order`, and still gives it away.

The key stays in the bank; a *practice* pack adds salted
SHA-256 hashes of the right answers, so a quiz can tell a student right from wrong without the
file holding the answer in plain text. The hashes hide a program's output or a short answer no one
would guess, but not a letter: trying each letter of a choice question, each set of a multi-select
one, `true` and `false`, finds the right one, as the practice quiz itself does when answered again.
So a practice pack is a key to its choice questions, and grading with one is warned about
(`practice_pack_warning`).
"""

from __future__ import annotations

import hashlib
import random
import string
from collections import Counter
from dataclasses import dataclass, field, replace

from quizzer.bank.model import Choice, Question, Source, shown_letter
from quizzer.grading.compare import normalize_text, normalized_output

PACK_FORMAT = 1


@dataclass
class PackItem:
    id: str
    choice_order: tuple | None = None       # shown position -> index in the bank's choices (a pack being built)
    key_hashes: tuple = ()                  # practice packs: salted hashes of accepted answers
    choices: tuple = ()                     # a pack read from its file: the choices' texts, in this variant's order


@dataclass
class Variant:
    name: str
    items: list = field(default_factory=list)


@dataclass
class Pack:
    title: str
    seed: int
    salt: str | None
    variants: list
    questions: dict = field(default_factory=dict)  # id -> Question as the student sees it (no key)
    python: str | None = None   # the Python version ("3.12") the pack's answers are for

    def shown(self, item: PackItem) -> Question:
        """The question as `item`'s variant shows it. A question in two variants is shuffled for each, and
        `questions` holds it once: a quiz of the second variant showed the first one's order, while grading read
        the letters by the second's, so a student who chose the right texts was marked wrong."""
        question = self.questions[item.id]
        if item.choices:
            return replace(question, choices=tuple(Choice(text) for text in item.choices))
        if item.choice_order:
            return replace(question, choices=tuple(question.choices[index] for index in item.choice_order))
        return question

    @property
    def variant_names(self) -> list[str]:
        return [v.name for v in self.variants]

    def variant(self, name: str | None) -> Variant | None:
        """The variant called `name`, in any case (`b` is B); with no name, the only one if there is one."""
        if name is None:
            return self.variants[0] if len(self.variants) == 1 else None
        return next((v for v in self.variants if v.name.casefold() == name.strip().casefold()), None)


class PackError(Exception):
    """A pack file that cannot be used; the message names the file and the reason."""


def variant_name(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < 26 else f"V{index + 1}"


def build_pack(pool: list[Question], chosen: list[Question], *, variants: int = 1, seed: int = 0,
               shuffle: bool = True, practice_keys: bool = False, expected_outputs: dict | None = None,
               title: str = "Quiz", python: str | None = None) -> Pack:
    """`chosen` (drawn from `pool`, the instructor's selection) is variant A; further variants draw from `pool`.
    `python` is the version the answers (and `expected_outputs`) are for."""
    rng = random.Random(seed)
    salt = f"{rng.getrandbits(64):016x}" if practice_keys else None
    pack = Pack(title, seed, salt, [], python=python)
    uses = Counter(question.id for question in chosen)   # question id -> variants that have it so far
    for index in range(variants):
        questions = chosen if index == 0 else _swap_questions(pool, chosen, rng, uses)
        variant = Variant(variant_name(index))
        for question in questions:
            order = None
            if question.choices:
                order = list(range(len(question.choices)))
                if shuffle:
                    _shuffler(seed, index, question).shuffle(order)
                order = tuple(order)
            hashes = _key_hashes(question, order, salt, (expected_outputs or {}).get(question.id)) if salt else ()
            variant.items.append(PackItem(question.id, order, hashes))
            pack.questions[question.id] = question
        pack.variants.append(variant)
    return pack


def _shuffler(seed: int, variant_index: int, question: Question) -> random.Random:
    """The random numbers that shuffle `question`'s choices in one variant: drawn from the seed and what a pack leaves
    out of the question, so that a student holding the pack (and its seed) cannot replay the shuffle to learn
    where each choice stands in the bank."""
    hidden = (seed, variant_index, question.id, question.explanation,
              [(choice.text, choice.correct, choice.feedback) for choice in question.choices])
    return random.Random(hashlib.sha256(repr(hidden).encode()).digest())


def bank_order(shown: Question, question: Question) -> tuple:
    """Shown position -> the bank's choice index, for `shown` (the question as a pack holds it) and `question` (the
    bank's): each shown choice is the bank's first one of that text not yet taken. PackError when the texts differ
    (the bank's choices were edited after the pack was made): no letter can then be mapped with certainty."""
    texts = [choice.text for choice in question.choices]
    order = []
    for choice in shown.choices:
        found = next((index for index, text in enumerate(texts) if text == choice.text and index not in order), None)
        if found is None:
            break
        order.append(found)
    if len(order) != len(texts) or len(shown.choices) != len(texts):
        raise PackError(f"the pack's question {question.id} shows choices the bank's does not have (were they "
                        "edited after the pack was made?): its letters cannot be mapped to the bank's")
    return tuple(order)


def _swap_questions(pool, chosen, rng, uses: Counter) -> list[Question]:
    """A question for every slot of `chosen`: of the same topic and difficulty, none twice in the variant,
    in the fewest variants so far (`uses`, updated), then of the same type; a seeded draw among the best.

    A slot always finds one: its topic and difficulty have at least as many questions as slots.
    """
    taken = set()
    swapped = []
    for question in chosen:
        alike = [q for q in pool if q.topic == question.topic and q.difficulty == question.difficulty
                 and q.id not in taken]

        def rank(candidate, slot=question):
            return uses[candidate.id], candidate.type != slot.type

        best = min(map(rank, alike))
        pick = rng.choice([q for q in alike if rank(q) == best])
        taken.add(pick.id)
        uses[pick.id] += 1
        swapped.append(pick)
    return swapped


@dataclass(frozen=True)
class Overlap:
    """How far a pack's variants share questions."""

    repeated: int                  # questions in more than one variant
    most_shared: int               # the most questions any two variants share
    pair: tuple[str, str] | None   # two variants sharing that many (None when no two share any)


def overlap(pack: Pack) -> Overlap:
    variants = [(variant.name, {item.id for item in variant.items}) for variant in pack.variants]
    counts = Counter(question_id for _, ids in variants for question_id in ids)
    most, pair = 0, None
    for index, (name, ids) in enumerate(variants):
        for other, other_ids in variants[index + 1:]:
            if len(ids & other_ids) > most:
                most, pair = len(ids & other_ids), (name, other)
    return Overlap(sum(1 for count in counts.values() if count > 1), most, pair)


def practice_pack_warning(pack_path) -> str:
    """What `grade` and `autograder` say when the pack they grade with carries practice keys."""
    return (f"warning: {pack_path} is a practice pack: anyone holding it finds the right answer of each choice, "
            "multi-select and true/false question by trying every letter against its hashes (as its quiz tells "
            "right from wrong), so grades on those questions show little; hand out a pack built without "
            "--practice-keys for a graded quiz")


def _hash(salt: str, question_id: str, text: str) -> str:
    return hashlib.sha256(f"{salt}\0{question_id}\0{text}".encode()).hexdigest()


def _key_hashes(question, order, salt, expected_output) -> tuple:
    if question.type in ("choice", "multi"):
        shown = sorted(shown_letter(i, order) for i, c in enumerate(question.choices) if c.correct)
        return (_hash(salt, question.id, ",".join(shown)),)
    if question.type == "truefalse":
        return (_hash(salt, question.id, "true" if question.answer else "false"),)
    if question.type == "short":
        return tuple(_hash(salt, question.id, normalize_text(a)) for a in question.accept)
    if question.type == "predict" and expected_output is not None:
        return (_hash(salt, question.id, normalized_output(expected_output)),)
    return ()


def practice_check(pack: Pack, item: PackItem, readings: tuple[str, ...]) -> bool | None:
    """Right or wrong by the pack's hashes, for an answer read each way it may be meant (normalized as the hashes
    were made); None when the pack cannot tell (no hashes for it)."""
    if not pack.salt or not item.key_hashes:
        return None
    return any(_hash(pack.salt, item.id, reading) in item.key_hashes for reading in readings)


def pack_to_data(pack: Pack) -> dict:
    data = {"quizzer_pack": PACK_FORMAT, "title": pack.title, "seed": pack.seed, "variants": []}
    if pack.python:
        data["python"] = pack.python
    if pack.salt:
        data["salt"] = pack.salt
    for variant in pack.variants:
        items = []
        for item in variant.items:
            question = pack.questions[item.id]
            entry = {"id": question.id, "topic": question.topic, "type": question.type,
                     "difficulty": question.difficulty, "points": question.points, "prompt": _pack_prompt(question)}
            code = question.starter if question.type == "write" else question.code
            if code:
                entry["code"] = code
            if item.choice_order is not None:   # the shown order only: see the module's docstring
                entry["choices"] = [question.choices[i].text for i in item.choice_order]
            if item.key_hashes:
                entry["key_hashes"] = list(item.key_hashes)
            items.append(entry)
        data["variants"].append({"name": variant.name, "questions": items})
    return data


def _pack_prompt(question) -> str:
    """The prompt as the pack shows it: a write question graded by cases says how (its visible cases, and the
    limits of its hidden ones, whose inputs stay in the bank)."""
    if not question.cases:
        return question.prompt
    from quizzer.ui.render import case_lines

    return question.prompt.rstrip() + "\n\n" + "\n".join(case_lines(question)) + "\n"


def pack_to_yaml(pack: Pack) -> str:
    import yaml

    return yaml.safe_dump(pack_to_data(pack), sort_keys=False, allow_unicode=True, width=100)


def load_pack(path) -> Pack:
    """Read a pack file; the questions come back as the student sees them (no choice is marked correct)."""
    import yaml

    from quizzer.bank import yaml12

    try:
        with open(path, encoding="utf-8") as stream:
            data = yaml12.load(stream.read())
    except OSError as error:
        raise PackError(f"{path}: cannot read the pack: {error.strerror or error}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise PackError(f"{path}: not a valid pack file: {str(error).splitlines()[0]}") from None
    if not isinstance(data, dict) or data.get("quizzer_pack") != PACK_FORMAT:
        raise PackError(f"{path}: not a quizzer pack (no `quizzer_pack: {PACK_FORMAT}`)")
    try:
        pack = Pack(str(data.get("title", "Quiz")), int(data.get("seed", 0)), data.get("salt"), [],
                    python=str(data["python"]) if data.get("python") else None)
        for variant_data in data["variants"]:
            variant = Variant(str(variant_data["name"]))
            for entry in variant_data["questions"]:
                order = tuple(entry["choice_order"]) if "choice_order" in entry else None
                variant.items.append(PackItem(entry["id"], order, tuple(entry.get("key_hashes", ())),
                                              tuple(map(str, entry.get("choices", ())))))
                pack.questions.setdefault(entry["id"], _student_question(entry, str(path)))
            pack.variants.append(variant)
    except (KeyError, TypeError, ValueError) as error:
        raise PackError(f"{path}: malformed pack: {error!r}") from None
    if not pack.variants:
        raise PackError(f"{path}: the pack has no variants")
    return pack


def _student_question(entry: dict, path: str) -> Question:
    is_write = entry["type"] == "write"
    choices = tuple(Choice(text) for text in entry.get("choices", ()))
    return Question(id=entry["id"], type=entry["type"], topic=entry["topic"], difficulty=int(entry["difficulty"]),
                    prompt=entry["prompt"], explanation="", source=Source(path, 0), points=entry.get("points", 1),
                    code=None if is_write else entry.get("code"), starter=entry.get("code") if is_write else None,
                    choices=choices)
