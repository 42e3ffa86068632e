"""Grade answers against an assignment's test cells, in this process or with nbgrader.

An assignment is read from its nbgrader source notebook (solutions/): its
setup cells, and for each task the answer cell (grade_id NAME, solution) and
the test cell (grade_id NAME_tests, graded, with hidden tests). An answer is
the source of an answer cell: the reference, the blank from exercises/, or a
file under tests/grading/answers/ASSIGNMENT/TASK/.

In-process grading runs exactly the test cells' code, as nbgrader autograde
does; tests/grading/test_nbgrader_autograde.py proves the scores agree.
"""

from __future__ import annotations

import contextlib
import io
import linecache
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
ANSWERS = Path(__file__).resolve().parent / "answers"


@dataclass
class Task:
    name: str
    answer: str  # the reference answer cell's source
    tests: str  # the test cell's source, hidden tests included
    points: float

    @property
    def visible_tests(self) -> str:
        """The test cell as the learner sees it: the hidden regions removed."""
        return visible(self.tests)


@dataclass
class Assignment:
    name: str
    notebook: Path
    setup: list[str]
    tasks: dict[str, Task]


@dataclass
class Outcome:
    points: float
    max_points: float
    message: str  # the failure message ('' when it passed)
    stdout: str


@dataclass
class Variant:
    """An answer file: a learner's answer cell, and what grading it must give."""

    path: Path
    assignment: str
    task: str
    source: str
    passes: bool
    message: str  # regex the failure message must match ('' for passing ones)

    @property
    def id(self) -> str:
        return f"{self.assignment}/{self.task}/{self.path.stem}"


_HIDDEN = re.compile(
    r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?", re.S | re.M
)


def visible(source: str) -> str:
    """A test cell's source without its hidden tests, as nbgrader's student version has it."""
    return _HIDDEN.sub("", source)


def _nbgrader(cell) -> dict:
    return cell.metadata.get("nbgrader", {})


def load(name: str, root: Path = ROOT) -> Assignment:
    """Read solutions/NAME/NAME.ipynb into setup cells and tasks."""
    path = root / "solutions" / name / f"{name}.ipynb"
    nb = nbformat.read(path, as_version=4)
    setup, answers, tests = [], {}, {}
    for cell in nb.cells:
        meta = _nbgrader(cell)
        if cell.cell_type != "code":
            continue
        gid = meta.get("grade_id", "")
        if meta.get("solution"):
            answers[gid] = cell.source
        elif meta.get("grade"):
            tests[gid.removesuffix("_tests")] = (cell.source, float(meta["points"]))
        elif not answers:
            setup.append(cell.source)
    tasks = {
        gid: Task(gid, answers[gid], *tests[gid])
        for gid in answers
        if gid in tests  # every answer cell has its test cell (tested elsewhere)
    }
    return Assignment(name, path, setup, tasks)


def blank_answers(name: str, root: Path = ROOT) -> dict[str, str]:
    """The answer cells of the generated student version (exercises/)."""
    nb = nbformat.read(root / "exercises" / name / f"{name}.ipynb", as_version=4)
    return {_nbgrader(c)["grade_id"]: c.source for c in nb.cells if _nbgrader(c).get("solution")}


_EXPECT = re.compile(r'^# Expect: (?P<kind>pass|fail)(?: "(?P<message>.+)")?\s*$', re.M)


def variants(assignment: str, answers: Path = ANSWERS) -> list[Variant]:
    """Every answer file of an assignment: wrong_*.py must fail, alt_*.py pass.

    `answers` is the catalogue's folder, or another laid out the same way
    (ASSIGNMENT/TASK/*.py), such as a set of answers held out of the repository.
    """
    out = []
    for path in sorted((answers / assignment).glob("*/*.py")):
        source = path.read_text()
        match = _EXPECT.search(source)
        if not match:
            raise ValueError(f"{path}: no '# Expect: pass' or '# Expect: fail \"regex\"' line")
        out.append(
            Variant(
                path,
                assignment,
                path.parent.name,
                source,
                match["kind"] == "pass",
                match["message"] or "",
            )
        )
    return out


class Grader:
    """Runs an assignment's setup once, then grades answers task by task."""

    def __init__(self, assignment: Assignment):
        self.assignment = assignment
        self.namespace: dict = {"__name__": "__main__"}
        for i, source in enumerate(assignment.setup):
            _run_cell(source, f"<cell setup {i}>", self.namespace)

    def grade(self, task: str, answer: str, *, visible_only: bool = False) -> Outcome:
        """Run `answer` then the task's test cell, in a copy of the setup namespace.

        With `visible_only`, the test cell as the learner sees it (its visible check).
        """
        spec = self.assignment.tasks[task]
        tests = spec.visible_tests if visible_only else spec.tests
        namespace = dict(self.namespace)
        out = io.StringIO()
        message = ""
        with contextlib.redirect_stdout(out):
            try:
                _run_cell(answer, f"<cell {task}>", namespace)
                _new_cell()
                _run_cell(tests, f"<cell {task}_tests>", namespace)
            except Exception as exc:  # any error in a test cell scores it zero
                message = f"{type(exc).__name__}: {exc}"
        return Outcome(0.0 if message else spec.points, spec.points, message, out.getvalue())


def _new_cell() -> None:
    """What IPython does before each cell (autograder's pre_run_cell hook): a task context ends."""
    from autograder import keras_errors

    keras_errors.reset_context()


def _run_cell(source: str, filename: str, namespace: dict) -> None:
    """Execute a cell's source; like IPython, keep its lines for tracebacks."""
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)


def fill(name: str, answers: dict[str, str], root: Path = ROOT):
    """The student notebook of `name` with some answer cells replaced."""
    nb = nbformat.read(root / "exercises" / name / f"{name}.ipynb", as_version=4)
    for cell in nb.cells:
        gid = _nbgrader(cell).get("grade_id")
        if _nbgrader(cell).get("solution") and gid in answers:
            cell.source = answers[gid]
    return nb
