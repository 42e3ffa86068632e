"""The learner's own lines in a traceback: the frames that come from notebook cells."""

from __future__ import annotations

import traceback

# Frames of the learner's own code: notebook cells (ipykernel or plain IPython).
CELL_MARKERS = ("ipykernel_", "<ipython-input-", "<cell")


def in_cell(filename: str) -> bool:
    """True for a file name that is a notebook cell's."""
    return any(marker in (filename or "") for marker in CELL_MARKERS)


def learner_frames(error: BaseException) -> list[traceback.FrameSummary]:
    """The frames of the error's traceback that come from notebook cells, outermost first."""
    return [f for f in traceback.extract_tb(error.__traceback__) if in_cell(f.filename)]


def learner_lines(error: BaseException) -> list[str]:
    """'in build(), line 3: merged = ...' for each of the learner's frames."""
    lines = []
    for frame in learner_frames(error):
        where = f"in {frame.name}()" if frame.name != "<module>" else "in the cell"
        lines.append(f"{where}, line {frame.lineno}: {(frame.line or '').strip()}")
    return lines
