"""Every lesson runs top to bottom in a fresh kernel: no error, nothing on stderr.

A lesson's first cell imports `explorers`, which imports Keras with
TensorFlow's start-up log silenced. The kernel here inherits no TF_* setting
from the test run, so a lesson that let a log line through would fail.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import nbclient
import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "course").glob("*.ipynb"))
CELL_TIMEOUT = 60


def execute(path: Path, workdir: Path) -> nbformat.NotebookNode:
    """Run a copy of the notebook in workdir with a fresh python3 kernel."""
    copy = workdir / path.name
    shutil.copy(path, copy)
    notebook = nbformat.read(copy, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        allow_errors=True,  # collect every error below instead of stopping at the first
        resources={"metadata": {"path": str(workdir)}},
    )
    client.execute()
    return notebook


def problems(notebook: nbformat.NotebookNode) -> list[str]:
    """Error outputs and stderr streams, each with its cell's number and first line."""
    found = []
    for number, cell in enumerate(notebook.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                found.append(f"cell {number}: {output.ename}: {output.evalue}")
            elif output.output_type == "stream" and output.name == "stderr":
                found.append(f"cell {number}: stderr: {output.text.strip()[:500]}")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_runs_without_errors_or_stderr(path, tmp_path, monkeypatch):
    for name in [n for n in os.environ if n.startswith("TF_")]:
        monkeypatch.delenv(name)
    # The kernel finds the course's packages even where the project is not installed.
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in paths if p))
    notebook = execute(path, tmp_path)
    assert problems(notebook) == []


def header_minutes(path: Path) -> int:
    """The minutes in the lesson header's '**Estimated time.** N minutes'."""
    header = nbformat.read(path, as_version=4).cells[0].source
    found = re.search(r"\*\*Estimated time\.\*\* (\d+) minutes", header)
    assert found, f"{path.name}: no '**Estimated time.** N minutes' in the header cell"
    return int(found.group(1))


def readme_minutes(path: Path) -> int | None:
    """The lesson's time in the README's topic table ('| ... | `course/x` | ... | N min + M min |')."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in readme.splitlines():
        if line.startswith("|") and f"`course/{path.name}`" in line:
            found = re.search(r"\| (\d+) min \+ \d+ min \|\s*$", line)
            return int(found.group(1)) if found else None
    return None


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_readme_gives_the_lessons_own_time(path):
    """The README's topic table lists every lesson, with the time its header gives."""
    assert readme_minutes(path) == header_minutes(path), (
        f"README's topic table says {readme_minutes(path)} min for {path.name}, "
        f"its header {header_minutes(path)} minutes"
    )


def section_numbers(path: Path) -> list[tuple[int, int | None]]:
    """The lesson's numbered headings in order: (N, None) for '## N.', (N, k) for '### N.k'."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if section := re.match(r"## (\d+)\. ", line):
                found.append((int(section.group(1)), None))
            elif subsection := re.match(r"### (\d+)\.(\d+) ", line):
                found.append((int(subsection.group(1)), int(subsection.group(2))))
    return found


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_sections_are_numbered_in_order(path):
    """'## 1.', '## 2.', ... with no gap or repeat; a '### N.k' sits under section N, k = 1, 2, ..."""
    sections = [n for n, sub in section_numbers(path) if sub is None]
    assert sections == list(range(1, len(sections) + 1)), f"{path.name}: sections {sections}"
    current, last_sub = 0, 0
    for number, sub in section_numbers(path):
        if sub is None:
            current, last_sub = number, 0
        else:
            assert (number, sub) == (current, last_sub + 1), (
                f"{path.name}: '### {number}.{sub}' under section {current}"
            )
            last_sub = sub
