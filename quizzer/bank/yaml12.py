"""YAML read as YAML 1.2 reads it, so quizzer, the JSON Schema and an author's editor agree on every value.

PyYAML implements YAML 1.1, where the plain words `yes`, `No`, `on` and `off` are booleans, `010`
is eight, `1:30` is ninety, `1_000` is a thousand and `2024-01-01` is a date. YAML 1.2, which
editors' language servers and JSON Schema validators read, takes each of those as the text written
(and `010` as ten). A bank author who writes `- text: No` means the word, and one who writes
`answer: yes` sees their editor flag it against the schema; read as YAML 1.1, the first would be
refused as "not text" and the second silently accepted. So every YAML file quizzer reads (banks,
packs, submissions) goes through `Loader`: PyYAML's safe loader (its C parser when available) with
the implicit types of YAML 1.2's core schema, and nothing else (no timestamps, no merge keys); an explicit
`!!set` is read as a list.
"""

from __future__ import annotations

import re

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_SafeLoader):
    """The safe loader with YAML 1.2's core schema: only `true`/`false` are booleans, numbers are decimal
    (or `0o`, `0x`), everything else plain is text."""

    yaml_implicit_resolvers: dict = {}   # start empty: none of YAML 1.1's resolvers is inherited


# The core schema's tag resolution (YAML 1.2.2, section 10.3.2): tag, pattern, the characters a match can
# start with ("" for the empty value, which is null).
_CORE_SCHEMA = (
    ("tag:yaml.org,2002:null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    ("tag:yaml.org,2002:int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)",
     list("-+.0123456789")),
)
for _tag, _pattern, _first in _CORE_SCHEMA:
    Loader.add_implicit_resolver(_tag, re.compile(f"^(?:{_pattern})$"), _first)


def _construct_int(loader, node) -> int:
    """Decimal unless prefixed: YAML 1.2 reads `010` as ten, where PyYAML (YAML 1.1) reads eight."""
    text = loader.construct_scalar(node)
    if text[:2] in ("0o", "0x"):
        return int(text, 0)
    return int(text, 10)


Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _construct_set(loader, node) -> list:
    """`!!set` (a YAML 1.1 type outside 1.2's core schema) as the list of its members, in the order written: as a
    Python set they came out in hash order, another in each run, in every file and message that shows them."""
    return list(loader.construct_mapping(node, deep=True))


Loader.add_constructor("tag:yaml.org,2002:set", _construct_set)


def load(text: str):
    """One YAML document as YAML 1.2 reads it; raises yaml.YAMLError for a malformed one."""
    return yaml.load(text, Loader=Loader)
