"""Text we write for a spreadsheet, neutralised: no formula, no control character.

A spreadsheet (Excel, LibreOffice, Google Sheets) opening `grades.csv` or
`causes.csv` runs a cell that starts with `=`, `+`, `-` or `@` as a formula —
and a student chooses their id and their layers' names. As OWASP recommends
for CSV injection, such a cell is prefixed with a single quote `'`, which the
spreadsheet shows as text; the same for a cell starting with a tab or a carriage
return, and for the full-width forms of those signs (＝ ＋ － ＠), which some
spreadsheets read as the ASCII ones. Control characters (C0 but tab, DEL, C1,
and the bidirectional overrides that reorder what a reader sees) are written
as `\\xNN` / `\\uNNNN`, so a cell cannot carry terminal escapes or hide text.
Numbers we write ourselves (scores, seconds) are left as they are.
`terminal` escapes the same control characters in text printed to a terminal.
"""

from __future__ import annotations

import csv
import math
import os
import tempfile
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _control(ch: str) -> bool:
    code = ord(ch)
    return (code < 0x20 and ch != "\t") or 0x7F <= code < 0xA0 or ch in BIDI


def cell(value) -> str:
    """One CSV cell's text, safe to open in a spreadsheet. Non-strings (our own numbers) pass."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS):
        value = "'" + value
    return "".join(_escaped(ch) if _control(ch) else ch for ch in value)


def terminal(value) -> str:
    """Text a student chose (an id, a detail), safe to print on a terminal: every control
    character escaped, nothing else changed."""
    return "".join(_escaped(ch) if _control(ch) else ch for ch in str(value))


def row(values):
    """A CSV row (list or dict) with every cell neutralised."""
    if isinstance(values, dict):
        return {key: cell(value) for key, value in values.items()}
    return [cell(value) for value in values]


def rewrite(path: Path, numeric: tuple[str, ...] = ()) -> None:
    """Neutralise, in place, every cell of a CSV file that another function wrote.

    The header row is ours and kept. Columns named in `numeric` hold numbers we
    wrote (scores, seconds): a value there that reads as a finite number is kept
    as it is, anything else is neutralised like every other cell. The file is
    replaced atomically.
    """
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    if not rows:
        return
    header = rows[0]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for values in rows[1:]:
            writer.writerow(
                [
                    value
                    if i < len(header) and header[i] in numeric and _number(value)
                    else cell(value)
                    for i, value in enumerate(values)
                ]
            )
    os.replace(tmp, path)


def _number(text: str) -> bool:
    try:
        return math.isfinite(float(text)) and text == text.strip()
    except ValueError:
        return False
