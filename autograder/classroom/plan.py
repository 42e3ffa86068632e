"""What there is to grade: the course, the assignment, the submissions.

Bad input from the instructor (no nbgrader_config.py, an unknown assignment,
nothing submitted) raises `PlanError` with a message that says what to do;
the command prints it and exits non-zero.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import nbformat


class PlanError(Exception):
    """The instructor's input cannot be graded as it is; str() says why and what to do."""


@dataclass(frozen=True)
class Submission:
    student: str
    folder: Path
    stamp: str  # what identifies this version of the submission (timestamp.txt, mtimes)
    problem: str = ""  # set when it cannot be graded at all (e.g. not a notebook)


@dataclass(frozen=True)
class Plan:
    course: Path
    assignment: str
    notebooks: list[str]  # notebook names (without .ipynb) of the assignment
    submissions: list[Submission]


def _stamp(folder: Path) -> str:
    """This version of the submission: its timestamp.txt (nbgrader collect's) and its
    notebooks' names and times, so that a notebook renamed or repaired by the instructor
    (as an "invalid notebook" detail suggests) is a new version, graded by the next run."""
    mtimes = ";".join(sorted(f"{p.name}:{p.stat().st_mtime_ns}" for p in folder.glob("*.ipynb")))
    timestamp = folder / "timestamp.txt"
    if timestamp.is_file():
        return f"{timestamp.read_text().strip()}|{mtimes}"
    return mtimes


def _missing(folder: Path, name: str) -> str:
    """What to tell the instructor when `name`.ipynb is not in a submission's folder:
    what was found instead, the likely cause, and what to do."""
    wanted = f"{name}.ipynb"
    found = sorted(p.name for p in folder.glob("*.ipynb") if p.name != wanted)
    where = folder.relative_to(folder.parents[2]) if len(folder.parents) > 2 else folder
    if not found:
        others = sorted(p.name for p in folder.iterdir())[:5] if folder.is_dir() else []
        held = f" (it holds {', '.join(others)})" if others else " (it is empty)"
        return (
            f"missing notebook {wanted}: {where}/ has no notebook at all{held}. "
            "Likely cause: the student submitted before saving, or from another folder. "
            f"Next step: ask them to submit again, then nbgrader collect and ckl-grade again."
        )
    like = [f for f in found if f.lower().startswith(name.lower())] or found
    return (
        f"missing notebook {wanted}: {where}/ holds {', '.join(found)} instead. "
        f"Likely cause: the notebook was copied or renamed before it was submitted "
        f"(JupyterLab names a copy {name}-Copy1.ipynb). Next step: if {like[0]} is the "
        f"student's work, rename it to {wanted} in {where}/ and run ckl-grade again."
    )


def _problem(folder: Path, notebooks: list[str]) -> str:
    """Why this submission cannot be run at all, or ''."""
    for name in notebooks:
        path = folder / f"{name}.ipynb"
        if not path.is_file():
            return _missing(folder, name)
        try:
            nbformat.read(path, as_version=4)
        except (json.JSONDecodeError, nbformat.reader.NotJSONError, UnicodeDecodeError) as exc:
            return f"{name}.ipynb is not valid notebook JSON ({type(exc).__name__})"
        except Exception as exc:  # nbformat raises several kinds on malformed input
            return f"{name}.ipynb cannot be read as a notebook ({type(exc).__name__}: {exc})"
    return ""


def make_plan(course: Path, assignment: str) -> Plan:
    """Check the course directory and list the submissions of `assignment`."""
    course = course.resolve()
    if not (course / "nbgrader_config.py").is_file():
        raise PlanError(
            f"No nbgrader_config.py in {course}.\n"
            "Run the command from the course directory (the repository's root), "
            "or give it with --course DIR."
        )
    source = course / "solutions" / assignment
    if not source.is_dir():
        known = sorted(p.name for p in (course / "solutions").glob("*") if p.is_dir())
        raise PlanError(
            f"Unknown assignment {assignment!r}: there is no solutions/{assignment}/.\n"
            f"Assignments of this course: {', '.join(known) or 'none'}."
        )
    notebooks = sorted(p.stem for p in source.glob("*.ipynb"))
    submitted = course / "submitted"
    folders = sorted(p for p in submitted.glob(f"*/{assignment}") if p.is_dir())
    if not folders:
        raise PlanError(
            f"Nothing to grade: no submitted/*/{assignment}/ folder in {course}.\n"
            f"Collect the submissions first: nbgrader collect {assignment}"
        )
    submissions = [Submission(p.parent.name, p, _stamp(p), _problem(p, notebooks)) for p in folders]
    return Plan(course, assignment, notebooks, submissions)


def db_url(course: Path, override: str = "") -> str:
    """The gradebook's URL: the override, else nbgrader_config.py's, else nbgrader's default."""
    if override:
        return override
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    return CourseDirectory(config=config).db_url


def register(course: Path, url: str, assignment: str) -> str:
    """Record `assignment` in the gradebook from its source (solutions/ASSIGNMENT), as
    `nbgrader generate_assignment --force` does, but into a scratch release folder:
    exercises/ (committed, the release folder) is left as it is. Returns what was done.

    (`nbgrader generate_assignment NAME` without --force skips an assignment whose
    release folder exists, as exercises/ does on a fresh clone, and records nothing.)
    """
    import tempfile

    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config()
    config.CourseDirectory.root = str(course)
    config.CourseDirectory.db_url = url
    with tempfile.TemporaryDirectory(prefix="ckl-release-") as scratch:
        config.CourseDirectory.release_directory = scratch
        api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
        result = api.generate_assignment(assignment, force=True, create=True)
    if not result.get("success"):
        why = (result.get("error") or result.get("log") or "no reason given").strip()
        raise PlanError(
            f"The gradebook ({url}) has no assignment {assignment!r}, and recording it from "
            f"solutions/{assignment}/ failed:\n{why[-1500:]}\n"
            f"Fix the source notebook, then run: nbgrader generate_assignment {assignment} --force"
        )
    return (
        f"recorded {assignment} in the gradebook from solutions/{assignment}/ "
        f"(as nbgrader generate_assignment {assignment} --force would; exercises/ untouched)"
    )


def prepare_gradebook(url: str, plan: Plan) -> str:
    """The assignment must be in the gradebook, with its notebooks: recorded from its
    source if it is not (`register`); every student is added before workers start.
    Returns what was done to the gradebook ('' when nothing but students).

    (Adding students here, one at a time, keeps parallel workers from racing
    to create the same rows.)
    """
    from nbgrader.api import Gradebook, MissingEntry

    with Gradebook(url) as gradebook:
        try:
            recorded = bool(gradebook.find_assignment(plan.assignment).notebooks)
        except MissingEntry:
            recorded = False
    done = "" if recorded else register(plan.course, url, plan.assignment)
    with Gradebook(url) as gradebook:
        for submission in plan.submissions:
            gradebook.update_or_create_student(submission.student)
    return done
