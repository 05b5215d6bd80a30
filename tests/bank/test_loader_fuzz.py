"""Whatever YAML a bank file holds, the loader answers with a Bank or a BankError, never another exception."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzer.bank import BankError, load_bank_text
from quizzer.bank.model import CHOICE_FIELDS, QUESTION_FIELDS, TYPES

FIELD_NAMES = [spec.name for spec in QUESTION_FIELDS + CHOICE_FIELDS] + ["topic", "title", "questions", "x"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True), st.text(max_size=12),
    st.sampled_from(list(TYPES) + ["import asyncio\nprint(1)\n", "def f(:", "(", "a-b", "tasks"]),
)
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(FIELD_NAMES), children, max_size=6),
    ),
    max_leaves=30,
)
documents = st.one_of(
    st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=5),
    st.fixed_dictionaries({"topic": values, "questions": st.lists(values, max_size=4)}),
    values,
)


def _load(text):
    try:
        load_bank_text(text, "fuzz.yaml")
    except BankError as error:
        assert error.problems
        for problem in error.problems:
            assert str(problem).startswith("fuzz.yaml:")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_structured_documents(document):
    _load(yaml.safe_dump(document))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc:- \n\t[]{}&*!|>'\"#%@`,?0123\\")), max_size=80))
def test_arbitrary_text(text):
    _load(text)
