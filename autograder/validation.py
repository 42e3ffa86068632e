"""Validate reads ✗ first: what the check said, then the cell it said it in.

nbgrader's Validate (the toolbar button in JupyterLab, and `nbgrader validate`) shows a
failed cell's whole source first and the error under it; a learner reads past the test
cell's checks before reaching the one line that matters. `install()`, called from the
course's `nbgrader_config.py` (so wherever nbgrader reads it: `nbgrader validate` in the
course folder, and the Validate button of a server started there, as `make lab` does),
swaps the two in nbgrader's results: the dialog's "The following cell failed:" is then
followed by the check's ✗ message (what was expected, what was received, the likely
cause, the next step), and the cell's source comes after it. Nothing else changes:
which cells failed, and whether the notebook passed, are nbgrader's own.
"""

from __future__ import annotations

import re
import textwrap

from nbconvert.filters.ansi import ansi2html
from nbgrader.validator import Validator

from .sandbox.flags import ANSI, time_limit

LABEL = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+)?:\s+")  # "  Likely cause:   "
TIMED_OUT = re.compile(r"KeyboardInterrupt|CellTimeoutError|Timeout waiting for (execute )?reply")
_ORIGINAL = {"validate": Validator.validate, "print": Validator._print_error}


def validate(self, filename):
    """nbgrader's results, each failed cell's message first and its source after it."""
    results = _ORIGINAL["validate"](self, filename)
    for entry in results.get("failed", []):
        message, source = entry.get("raw_error", ""), entry.get("source", "")
        if TIMED_OUT.search(message) and "✗" not in message:
            message = time_limit(self.timeout if hasattr(self, "timeout") else None)
        entry["source"] = ANSI.sub("", message).strip() or "(the cell failed without a message)"
        entry["raw_error"] = source
        entry["error"] = ansi2html(source)  # escaped: the dialog renders it as HTML
    return results


def _print_error(self, message: str, source: str) -> None:
    """`nbgrader validate`'s text: the check's message, then the cell."""
    self.stream.write("\n" + "=" * self.width + "\n")
    self.stream.write("A check failed:\n\n")
    self.stream.write(wrapped(message, self.width) + "\n\n")
    self.stream.write("in this cell:\n\n")
    self.stream.write(self._indent(source) + "\n\n")


def wrapped(message: str, width: int) -> str:
    """The message indented and wrapped, never cut (nbgrader cuts long lines with '...');
    a labelled line ('  Likely cause: ...') goes on under its text, not under its label."""
    out = []
    for line in ANSI.sub("", message).splitlines():
        label = LABEL.match(line)
        hang = " " * (4 + (label.end() if label else len(line) - len(line.lstrip())))
        out.append(
            textwrap.fill(
                line.strip(),
                width=width - 1,
                initial_indent=" " * (4 + len(line) - len(line.lstrip())),
                subsequent_indent=hang,
            )
        )
    return "\n".join(out)


def install() -> None:
    """Make nbgrader's Validator show each failed check's message before its cell."""
    Validator.validate = validate
    Validator._print_error = _print_error
