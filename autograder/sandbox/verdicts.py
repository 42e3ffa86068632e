"""After the kernel has run, outside it: which test cells' results can be trusted.

A test cell scores full marks under nbgrader when it shows no error and
nothing on stderr. Both are what the kernel says, and the kernel ran the
student's code, so `Verdicts` (after `SandboxedExecute`, before
`SaveAutoGrades`) looks again, with nothing of the student's running:

- **stderr is a note, not a failure**: text an honest answer writes to
  stderr (`print(..., file=sys.stderr)`, `logging`, warnings) is moved to
  stdout as "Note (stderr): ..." and costs nothing;
- **a pass needs its pass line**: a test cell that calls `ag.passed("title")`
  earns its points only if its stdout holds that cell's own "✓ title" (other
  threads' text may surround it: `has_pass_line`). A cell that shows no error yet lacks it was stopped or hidden
  by code in the notebook (a patched shell, an exception swallowed): it
  scores 0 and is **flagged for review**;
- **tampering detected in the kernel** (`autograder.integrity` raises
  `TamperingDetected` when the checks, NumPy or the shell were altered)
  scores 0 and is flagged;
- **verdicts that can be recomputed are** (`replay`): models the test cell
  received are checked again, from their saved files, by a process that
  runs no student code; a refuted pass scores 0 and is flagged.

`RecordFlags` (after `SaveAutoGrades`) writes each flag where an instructor
sees it: the formgrader's comment on the answer cell, and "needs manual
grade" on the test cell.
"""

from __future__ import annotations

import ast

from nbgrader.api import Gradebook, MissingEntry
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade, is_solution
from traitlets import Bool

from .flags import FLAGGED, PASS_MARK, flag  # noqa: F401 -- FLAGGED: ckl-grade reads it here


def _init_notebooks_exactly(self) -> None:
    """nbgrader's `BaseConverter.init_notebooks`, with each found folder escaped before it is
    globbed again for its notebooks.

    nbgrader 0.9.6 globs the student id (ckl-grade escapes it: `star[*]` finds exactly
    `submitted/star*/`), then globs `<found folder>/*.ipynb` — where the folder's own
    `*` is a pattern again, so `star*` also took `starling`'s notebook: graded twice at
    once with its classmate, it ended "error" with its score in the gradebook.
    """
    import glob
    import os

    from nbgrader.converters.base import NbGraderException, fuzz

    self.assignments = {}
    self.notebooks = []
    assignment_glob = self._format_source(self.coursedir.assignment_id, self.coursedir.student_id)
    for assignment in glob.glob(assignment_glob):
        notebook_glob = os.path.join(glob.escape(assignment), self.coursedir.notebook_id + ".ipynb")
        found = glob.glob(notebook_glob)
        if len(found) == 0:
            self.log.warning("No notebooks were matched by '%s'", notebook_glob)
            continue
        self.assignments[assignment] = found
    if len(self.assignments) == 0:
        msg = f"No notebooks were matched by '{assignment_glob}'"
        self.log.error(msg)
        found = glob.glob(self._format_source("*", self.coursedir.student_id))
        if found:
            scores = sorted([(fuzz.ratio(assignment_glob, x), x) for x in found])
            self.log.error("Did you mean: %s", scores[-1][1])
        raise NbGraderException(msg)


def _patch_nbgrader() -> None:
    from nbgrader.converters.base import BaseConverter

    if BaseConverter.init_notebooks is not _init_notebooks_exactly:
        BaseConverter.init_notebooks = _init_notebooks_exactly


_patch_nbgrader()  # this module is loaded with the course's autograde pipeline

TAMPERING = "TamperingDetected"  # raised in the kernel by autograder.integrity


def pass_titles(source: str) -> list[str]:
    """The titles of the `...passed("title")` calls of a (trusted) test cell's source."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    titles = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "passed"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            titles.append(node.args[0].value)
    return titles


def _stdout(cell) -> str:
    return "".join(
        o.get("text", "")
        for o in cell.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stdout"
    )


def has_pass_line(stdout: str, title: str) -> bool:
    """Whether the cell's stdout holds the pass line "✓ title".

    `print` writes the line and its newline separately, and a thread of the
    learner's may write between them or just before: "✓ titlenoise" or
    "noise✓ title" are the pass line with another thread's text around it.
    So the mark is looked for anywhere in stdout, not as a whole line. This
    is no weaker than a whole line: the pass line was never proof on its own
    (any code can print it); it says the checks reached their end, and a
    cell whose checks stopped or whose error was hidden still lacks it.
    """
    return f"{PASS_MARK}{title}" in stdout


def _errors(cell) -> list:
    return [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def stderr_as_note(cell) -> None:
    """stderr streams become stdout notes (nbgrader would score stderr as a failure)."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            text = output.get("text", "")
            output["name"] = "stdout"
            output["text"] = "".join(
                f"Note (stderr): {line}" for line in text.splitlines(keepends=True)
            )


class Verdicts(NbGraderPreprocessor):
    """stderr to notes; test cells without their pass line, or tampered with, flagged."""

    recompute = Bool(
        True,
        help="Check again, outside the kernel, the verdicts that can be recomputed from the "
        "models the test cells received (replay). Off only to measure its cost.",
    ).tag(config=True)

    def preprocess(self, nb, resources):
        resources.setdefault("ckl_flags", {})
        from . import replay  # Keras is imported only when there is something to replay

        nb, resources = super().preprocess(nb, resources)
        if not self.recompute:
            resources["ckl_sandboxed"] = False  # nothing is replayed
        replay.verify(nb, resources, self.log)
        return nb, resources

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        printed = _stdout(cell)  # before stderr becomes notes: a pass line is never from stderr
        stderr_as_note(cell)
        if not is_grade(cell):
            return cell, resources
        errors = _errors(cell)
        tampered = [e for e in errors if e.get("ename") == TAMPERING]
        if tampered:
            flag(
                cell, f"the checks were tampered with ({tampered[0].get('evalue', '')})", resources
            )
            return cell, resources
        if errors:
            return cell, resources  # a failure is a failure: nothing to trust or distrust
        missing = [t for t in pass_titles(cell.source) if not has_pass_line(printed, t)]
        if missing:
            flag(
                cell,
                f"this test cell ended without its result line ('{PASS_MARK}{missing[0]}'): "
                "code in the notebook stopped the checks or hid their errors.",
                resources,
            )
        return cell, resources


def _answer_cell_ids(nb) -> dict[str, str]:
    """Each test cell's grade_id -> the grade_id of the answer cell before it."""
    out, last = {}, None
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if is_solution(cell):
            last = meta.get("grade_id")
        elif is_grade(cell) and last:
            out[meta.get("grade_id")] = last
    return out


class RecordFlags(NbGraderPreprocessor):
    """Flags into the gradebook: a comment on the answer cell, the test cell to be reviewed."""

    def preprocess(self, nb, resources):
        flags = resources.get("ckl_flags") or {}
        if not flags:
            return nb, resources
        info = resources["nbgrader"]
        notebook, assignment, student = info["notebook"], info["assignment"], info["student"]
        answers = _answer_cell_ids(nb)
        with Gradebook(info["db_url"]) as gb:
            for gid, reason in flags.items():
                try:
                    grade = gb.find_grade(gid, notebook, assignment, student)
                    grade.needs_manual_grade = True
                    answer = answers.get(gid)
                    if answer:
                        comment = gb.find_comment(answer, notebook, assignment, student)
                        comment.auto_comment = f"⚑ Flagged for review ({gid}): {reason}"
                except MissingEntry:
                    self.log.warning("flagged cell %s is not in the gradebook", gid)
            gb.db.commit()
        return nb, resources
