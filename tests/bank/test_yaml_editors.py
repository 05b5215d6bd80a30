"""quizzer reads a bank file as editors do: the `yaml` npm package (the parser of yaml-language-server, which
VS Code's YAML extension and Neovim's yamlls run) reads YAML 1.2, and so must quizzer and the schema."""

import json

import jsonschema
import pytest

from quizzer.bank import BankError, default_bank_path, load_bank_text
from quizzer.bank.schema import bank_schema
from quizzer.bank.yaml12 import load

EDITOR_READS = """
const YAML = require('yaml');
let text = '';
process.stdin.on('data', (chunk) => text += chunk);
process.stdin.on('end', () => console.log(JSON.stringify(YAML.parse(text))));
"""

TRICKY = """\
topic: t
questions:
  - id: words
    type: choice
    difficulty: 1
    tags: [yes, on, 2024-01-01, 1_000, "1:30"]
    prompt: Does a coroutine run when it is called?
    choices:
      - text: Yes
      - text: No
        correct: true
      - text: 010
      - text: 1:30
    explanation: Off, on, y, n and ~ are words here, or null.
    points: 1.5
"""
WORDS_ONLY = TRICKY.replace("      - text: 010\n", "")
YAML11_ANSWER = WORDS_ONLY.replace("  - id: words", """\
  - id: yes-answer
    type: truefalse
    difficulty: 1
    prompt: Is a Task a Future?
    answer: yes
    explanation: It is.
  - id: words""")


def editor(node, text):
    return json.loads(node(EDITOR_READS, text, ["yaml"]))


def test_the_editors_parser_and_quizzer_read_every_bundled_bank_file_alike(node):
    for path in sorted(default_bank_path().glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert editor(node, text) == json.loads(json.dumps(load(text))), path.name


def test_words_yaml_1_1_took_for_booleans_and_numbers_read_alike(node):
    assert editor(node, TRICKY) == json.loads(json.dumps(load(TRICKY)))
    choices = load(TRICKY)["questions"][0]["choices"]
    assert [c["text"] for c in choices] == ["Yes", "No", 10, "1:30"]


def test_quizzer_the_schema_and_the_editor_agree_on_what_is_valid(node):
    validator = jsonschema.Draft202012Validator(bank_schema())
    assert not list(validator.iter_errors(editor(node, WORDS_ONLY)))
    (question,) = load_bank_text(WORDS_ONLY, "t.yaml").questions
    assert [c.text for c in question.choices] == ["Yes", "No", "1:30"]
    # `answer: yes`: text to the editor and to quizzer, so refused by both the schema and the loader.
    assert [e.message for e in validator.iter_errors(editor(node, YAML11_ANSWER))
            if list(e.path)[-1:] == ["answer"]] == ["'yes' is not of type 'boolean'"]
    with pytest.raises(BankError) as refused:
        load_bank_text(YAML11_ANSWER, "t.yaml")
    assert [str(problem) for problem in refused.value.problems] == [
        "t.yaml:7: question yes-answer: `answer` must be true or false, got 'yes' (YAML 1.2, which quizzer and "
        "editors read, takes it as text)"]
