"""Feedback that reads ✗ first: what each check said, at the top of the feedback page.

nbgrader's feedback shows each test cell as it ran: its source first, its result under
it. A learner looking for what went wrong reads past every cell to find it. `Summary`,
among the feedback preprocessors (`pipeline.FEEDBACK`, after `secrets.Redact` and before
`sanitise.Sanitise`), puts one cell at the top that lists every graded test cell, failed
ones first: its score and what its check said — the ✗ message whole (title, expected,
received, likely cause, next step), or the ✓ line. A cell stopped by its time limit or by
a dead kernel is said in the same voice. The list is text in a fenced block, so nothing
in a message is read as Markdown or HTML (and `Sanitise` cleans the cell like any other).
"""

from __future__ import annotations

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade, is_solution

from .flags import ANSI, time_limit

FENCE = "~~~~~~~~"
STOPPED = {"KeyboardInterrupt": time_limit(), "CellTimeoutError": time_limit()}


def _title(cell, index: int) -> str:
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
    return grade_id.removesuffix("_tests") or f"cell {index}"


def said(cell) -> str:
    """What a graded test cell's check said: the ✗ message, a stop, or its ✓ lines."""
    errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    if errors:
        error = errors[-1]
        value = ANSI.sub("", str(error.get("evalue", ""))).strip()
        if error.get("ename") in STOPPED and not value.startswith("✗"):
            return STOPPED[error["ename"]]
        if value.startswith("✗") or error.get("ename", "").startswith("Kernel"):
            return value
        return f"✗ {error.get('ename', 'Error')}: {value}".strip()
    text = "".join(
        o.get("text", "")
        for o in cell.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stdout"
    )
    passed = [line for line in ANSI.sub("", text).splitlines() if line.startswith("✓")]
    return "\n".join(passed) or "(no result line)"


def _score(cell) -> tuple[float, float]:
    meta = cell.metadata.get("nbgrader", {})
    return float(meta.get("score") or 0), float(meta.get("points") or 0)


class Summary(NbGraderPreprocessor):
    """Put, at the top of the feedback, what each graded check said, failures first."""

    def preprocess(self, nb, resources):
        rows = []
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not is_grade(cell) or is_solution(cell):
                continue
            score, points = _score(cell)
            rows.append((score >= points, index, _title(cell, index), score, points, said(cell)))
        if not rows:
            return nb, resources
        rows.sort(key=lambda row: (row[0], row[1]))  # failures first, then in order
        lines = ["## What your checks said", ""]
        failed = sum(1 for row in rows if not row[0])
        lines.append(
            f"{failed} of {len(rows)} checks failed; each is explained below, then shown "
            "in its place in the notebook."
            if failed
            else f"All {len(rows)} checks passed."
        )
        for _ok, _index, title, score, points, text in rows:
            body = text.replace(FENCE, "~~~")
            lines += ["", f"**{title}** ({score:g} / {points:g})", "", FENCE, body, FENCE]
        summary = nbformat.v4.new_markdown_cell("\n".join(lines))
        summary.metadata["ckl_summary"] = True
        nb.cells.insert(1 if nb.cells and nb.cells[0].cell_type == "markdown" else 0, summary)
        return nb, resources
