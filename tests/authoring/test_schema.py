"""The JSON Schema accepts the bundled bank and rejects the bad-bank fixtures it can express.

Files are read as YAML 1.2 reads them, as an editor's language server does before it applies the schema.
"""

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from quizzer.bank import default_bank_path
from quizzer.bank.schema import bank_schema
from quizzer.bank.yaml12 import load as yaml_load
from quizzer.cli import main

BAD = Path(__file__).parent.parent / "fixtures" / "bad"
# Rules only the loader can check: they need Python (does the code compile? does the example match
# the pattern in time? is a case's call an expression?) or the YAML text itself (a key written twice is silently
# merged by any YAML parser before a schema sees the data).
LOADER_ONLY = {"code-syntax", "solution-syntax", "duplicate-key", "short-example-not-accepted", "case-call-statement",
               "python-selects-none", "keys-per-version-with-expected", "regex-backtracks-on-example",
               "code-nested-too-deep"}


def validator():
    return jsonschema.Draft202012Validator(bank_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(bank_schema())


def test_bundled_bank_validates():
    files = sorted(default_bank_path().glob("*.yaml"))
    assert files
    for path in files:
        errors = list(validator().iter_errors(yaml_load(path.read_text())))
        assert not errors, (path, errors[0].message)


def test_good_fixtures_validate(good_bank):
    for path in good_bank.glob("*.yaml"):
        assert not list(validator().iter_errors(yaml_load(path.read_text())))


# Python's jsonschema checks the `regex` format with `re.compile`, which runs out of stack on this fixture's
# pattern: the very problem the loader reports for it.
BEYOND_PYTHONS_SCHEMA_CHECKER = {"regex-nested-too-deep"}


def _yaml_fixtures():
    for path in sorted(BAD.glob("*.yaml")):
        if path.stem in BEYOND_PYTHONS_SCHEMA_CHECKER:
            continue
        try:
            yaml_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue  # not YAML at all: an editor's YAML parser reports it before any schema
        yield path


@pytest.mark.parametrize("path", list(_yaml_fixtures()), ids=lambda p: p.stem)
def test_bad_fixture_rejected(path):
    errors = list(validator().iter_errors(yaml_load(path.read_text())))
    if path.stem in LOADER_ONLY:
        assert not errors, "the schema now catches this rule: move it out of LOADER_ONLY"
    else:
        assert errors, f"{path.name} passes the schema"


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == bank_schema()
