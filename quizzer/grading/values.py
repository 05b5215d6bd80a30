"""Values a case reports, as the harness encodes them (see `quizzer.sandbox.harness.encode`): compared and shown.

Lists are JSON arrays; every JSON object is a tag: `{"tuple": [...]}`, `{"dict": [[key, value], ...]}`,
`{"set": [...]}`, `{"bytes": "latin-1 text"}`, `{"float": "nan"}`, `{"int": "digits"}`,
`{"exception": {"type", "message"}}`, `{"object": "type name"}`, `{"too-large": true}`.
"""

from __future__ import annotations

import math

# Two floats closer than this are the same value: virtual times computed along different paths may differ in
# their last bits.
FLOAT_TOLERANCE = 1e-6
SHOWN_LENGTH = 300


def same_value(a, b) -> bool:
    """Equal as Python would say, with floats compared to FLOAT_TOLERANCE (1 and 1.0 are equal, True and 1 not)."""
    if _is_number(a) and _is_number(b):
        if isinstance(a, float) or isinstance(b, float):
            return math.isclose(a, b, rel_tol=0, abs_tol=FLOAT_TOLERANCE)
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        if a.keys() != b.keys():
            return False
        if "dict" in a:
            return _same_mapping(a["dict"], b["dict"])
        return all(same_value(a[key], b[key]) for key in a)
    return a == b


def _same_mapping(a: list, b: list) -> bool:
    if len(a) != len(b):
        return False
    return all(any(same_value(k1, k2) and same_value(v1, v2) for k2, v2 in b) for k1, v1 in a)


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def show_value(value, limit: int = SHOWN_LENGTH) -> str:
    """A value as Python would print its repr (shortened to `limit` characters)."""
    text = _show(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show(item) for item in value) + "]"
    if not isinstance(value, dict):
        return repr(value)
    (tag, inner), = value.items()
    if tag == "tuple":
        items = [_show(item) for item in inner]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if tag == "dict":
        return "{" + ", ".join(f"{_show(k)}: {_show(v)}" for k, v in inner) + "}"
    if tag == "set":
        return "{" + ", ".join(_show(item) for item in inner) + "}" if inner else "set()"
    if tag == "bytes":
        return repr(inner.encode("latin-1"))
    if tag == "float":
        return f"float({inner!r})"
    if tag == "int":
        return inner
    if tag == "exception":
        return f"{inner['type']}({inner['message']!r})"
    if tag == "object":
        return f"<{inner} object>"
    return "<a value too large to show>"


def show_exception(record: dict) -> str:
    """`ValueError: boom`, as a traceback's last line."""
    return f"{record['type']}: {record['message']}" if record.get("message") else record["type"]


def same_exception(a: dict, b: dict) -> bool:
    """Same class, same message, and for an exception group the same leaves (class and message), in any order."""
    return a.get("type") == b.get("type") and a.get("message") == b.get("message") \
        and a.get("leaves") == b.get("leaves")
