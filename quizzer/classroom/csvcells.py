"""Spreadsheet-safe CSV cells, as OWASP advises against CSV injection.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (tab and carriage return can hide
such a start), so a student named `=HYPERLINK(...)` would run code in the instructor's spreadsheet. Written
text that starts so gets an apostrophe in front, which spreadsheets read as "this is text" and do not show;
`restore` takes it off again when quizzer reads such a cell back.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell):
    """The cell as written: text that a spreadsheet would take for a formula starts with an apostrophe."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """The text a neutralised cell stood for; any other cell unchanged."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
