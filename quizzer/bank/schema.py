"""The bank format as a JSON Schema (draft 2020-12), generated from the loader's own field tables.

Editors with a YAML language server use it to complete field names and flag mistakes while an
author types. It expresses the structural rules (fields per type, value kinds, exactly one correct
choice); what JSON Schema cannot say (code that compiles, a valid regular expression, ids unique
across files) is left to `quizzer check`.
"""

from __future__ import annotations

from quizzer.bank.model import CASE_FIELDS, CHOICE_FIELDS, QUESTION_FIELDS, REPEAT_LIMIT, SLUG_PATTERN, TYPES
from quizzer.bank.pyversions import SPECIFIER_PATTERN

SCHEMA_ID = "https://quizzer.invalid/schema/bank.json"

_KINDS = {
    "text": {"type": "string", "pattern": r"\S"},
    "code": {"type": "string", "pattern": r"\S"},
    "regex": {"type": "string", "format": "regex"},
    "bool": {"type": "boolean"},
    "number": {"type": "number", "exclusiveMinimum": 0},
    "difficulty": {"type": "integer", "enum": [1, 2, 3]},
    "id": {"type": "string", "pattern": f"^{SLUG_PATTERN}$"},
    "strlist": {"type": "array", "items": {"type": "string", "pattern": r"\S"}},
    "expr": {"type": "string", "pattern": r"\S"},
    "count": {"type": "integer", "minimum": 1},
    "repeat": {"type": "integer", "minimum": 1, "maximum": REPEAT_LIMIT},
    "seconds": {"type": "number", "minimum": 0},
    "limit": {"oneOf": [{"type": "number", "exclusiveMinimum": 0}, {"const": "reference"}]},
    "names": {"oneOf": [{"$ref": "#/$defs/name"},
                        {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/name"}}]},
    "pyversions": {"type": "string", "pattern": SPECIFIER_PATTERN},
}


def _value_schema(kind: str) -> dict:
    if kind.startswith("enum:"):
        return {"enum": kind[5:].split("|")}
    if kind == "choices":
        return {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/choice"}}
    if kind == "cases":
        return {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/case"}}
    return dict(_KINDS[kind])


def _with_doc(schema: dict, doc: str) -> dict:
    return {**schema, "description": doc} if doc else schema


def _mapping_schema(fields) -> dict:
    return {
        "type": "object", "additionalProperties": False,
        "required": [spec.name for spec in fields if spec.required],
        "properties": {spec.name: _with_doc(_value_schema(spec.kind), spec.doc) for spec in fields},
    }


def bank_schema() -> dict:
    properties = {spec.name: _with_doc(_value_schema(spec.kind), spec.doc) for spec in QUESTION_FIELDS}
    per_type = []
    for qtype in TYPES:
        allowed = [spec.name for spec in QUESTION_FIELDS if qtype in spec.allowed]
        required = [spec.name for spec in QUESTION_FIELDS if qtype in spec.required]
        then = {"required": required, "propertyNames": {"enum": allowed}}
        if qtype == "short":
            then["anyOf"] = [{"required": ["accept"]}, {"required": ["pattern"]}]
        if qtype == "write":
            # Graded by cases (`entry` with `cases`, maybe `fixtures`) or by output (`expected`, `max_virtual_time`).
            then["dependentRequired"] = {"entry": ["cases"], "cases": ["entry"], "fixtures": ["cases"]}
            then["dependentSchemas"] = {"cases": {"not": {"anyOf": [{"required": ["expected"]},
                                                                    {"required": ["max_virtual_time"]}]}}}
        if qtype in ("choice", "multi"):
            correct = {"type": "object", "required": ["correct"], "properties": {"correct": {"const": True}}}
            counts = {"minContains": 1, "maxContains": 1} if qtype == "choice" else {"minContains": 1}
            then["properties"] = {"choices": {"contains": correct, **counts}}
        per_type.append({"if": {"properties": {"type": {"const": qtype}}, "required": ["type"]}, "then": then})
    choice, case = (_mapping_schema(fields) for fields in (CHOICE_FIELDS, CASE_FIELDS))
    case["dependentRequired"] = {"repeat": ["given"], "cancel_grace": ["cancel_at"]}
    question = {
        "type": "object", "additionalProperties": False,
        "required": [spec.name for spec in QUESTION_FIELDS if spec.required == frozenset(TYPES)],
        "properties": properties, "allOf": per_type,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "quizzer question bank file",
        "description": "One topic of a quizzer question bank. See docs/bank-format.md.",
        "type": "object", "additionalProperties": False, "required": ["topic", "questions"],
        "properties": {
            "topic": {"type": "string", "pattern": f"^{SLUG_PATTERN}$", "description": "The topic slug."},
            "title": {"type": "string", "description": "The topic's display name."},
            "questions": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/question"}},
        },
        "$defs": {"question": question, "choice": choice, "case": case,
                  "name": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$"}},
    }
