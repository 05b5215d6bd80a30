"""Case reports read as hostile data: a line an answer forged with the nonce is a report only if the harness could
have written it, and nothing it prints stops the grader."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzer.grading.reports import parse_reports, well_formed_value
from quizzer.grading.values import same_value, show_value
from quizzer.sandbox.harness import VALUE_DEPTH_LIMIT, encode_or_too_large

HONEST = {"case": 0, "outcome": "returned", "value": ["A", "B"], "observed": {"tuple": [1, 2.5]}, "elapsed": 0.3,
          "peak_tasks": 3, "leftover": 0, "longest_step": 0.0, "longest_step_in": None}


def nested_lists(depth: int):
    value = []
    for _ in range(depth - 1):
        value = [value]
    return value


def output(*reports) -> str:
    return "".join(f"N {report if isinstance(report, str) else json.dumps(report)}\n" for report in reports)


def test_an_honest_report_is_read_and_the_first_report_of_a_case_counts():
    second = HONEST | {"value": ["other"]}
    reports, done = parse_reports(output(HONEST, second, {"done": 1}), "N")
    assert reports == {0: HONEST} and done


@pytest.mark.parametrize("forged", [
    "[" * 200_000,                                                         # deeper than json can parse
    json.dumps(HONEST | {"value": nested_lists(VALUE_DEPTH_LIMIT + 1)}),  # parses, deeper than the harness writes
    json.dumps(HONEST | {"observed": {"dict": [[1]]}}),                    # a dict entry that is not a pair
    json.dumps(HONEST | {"value": {"a": 1, "b": 2}}),                      # not a tag
    json.dumps(HONEST | {"value": {"bytes": 7}}),                          # a tag holding the wrong type
    json.dumps(HONEST | {"value": {"too-large": "yes"}}),
    json.dumps(HONEST | {"elapsed": "0.1"}),                               # a time that is text
    json.dumps(HONEST | {"elapsed": True}),
    json.dumps(HONEST | {"elapsed": 10 ** 400}),                           # beyond a float: formatting it overflows
    json.dumps(HONEST | {"value": 10 ** 400}),                             # the harness writes such an int as text
    json.dumps(HONEST | {"value": {"bytes": "\u20ac"}}),                   # no byte: showing it fails to encode
    json.dumps(HONEST | {"peak_tasks": -1}),
    json.dumps(HONEST | {"longest_step_in": ["a"]}),
    json.dumps(HONEST | {"case": "0"}),
    json.dumps(HONEST | {"outcome": "passed"}),
    json.dumps(HONEST | {"verdict": "pass"}),                              # a field the harness never writes
    json.dumps(HONEST | {"outcome": "raised"}),                            # raised, but no exception to show
    json.dumps(HONEST | {"outcome": "raised", "exception": {"type": "E"}}),
    json.dumps(HONEST | {"outcome": "raised", "exception": {"type": "E", "message": "m", "leaves": [{}]}}),
    json.dumps(HONEST | {"outcome": "missing", "names": [1]}),
    json.dumps(HONEST | {"steps": 5} | {"elapsed": None}),
    '{"case": 0, "outcome": "returned", "elapsed": NaN}',
    json.dumps([HONEST]),
])
def test_a_forged_report_is_left_out_and_an_honest_one_after_it_still_counts(forged):
    reports, _ = parse_reports(output(forged, HONEST), "N")
    assert reports == {0: HONEST}


def test_a_value_as_deep_as_the_harness_writes_is_read_and_shown():
    deepest = nested_lists(VALUE_DEPTH_LIMIT)
    reports, _ = parse_reports(output(HONEST | {"value": deepest}), "N")
    assert reports[0]["value"] == deepest
    assert show_value(reports[0]["value"]).startswith("[[[")
    assert same_value(reports[0]["value"], deepest)


python_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5) | st.binary(max_size=5),
    lambda inner: (st.lists(inner, max_size=3) | st.tuples(inner, inner)
                   | st.frozensets(st.integers() | st.text(max_size=3), max_size=3)
                   | st.dictionaries(st.text(max_size=3), inner, max_size=3)),
    max_leaves=20)


@given(python_values)
def test_whatever_the_harness_encodes_the_grader_reads(value):
    assert well_formed_value(encode_or_too_large(value))


@pytest.mark.parametrize("depth", [VALUE_DEPTH_LIMIT - 1, VALUE_DEPTH_LIMIT, VALUE_DEPTH_LIMIT + 1, 5000])
def test_a_value_too_deep_for_the_grader_is_reported_as_too_large(depth):
    encoded = encode_or_too_large(nested_lists(depth))
    assert well_formed_value(encoded)
    assert (encoded == {"too-large": True}) == (depth > VALUE_DEPTH_LIMIT)
