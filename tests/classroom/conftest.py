"""A throwaway course directory, with submissions, for the class-grading tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "grading"))

import harness  # noqa: E402

ASSIGNMENT = "01_concatenation"
BIN = Path(sys.executable).parent


def env() -> dict:
    """The environment of a command run as an instructor would (venv on PATH)."""
    return {**os.environ, "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")])}


def run(args, cwd, check=True, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, env=env(), timeout=1200, **kwargs
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def nbgrader(*args, cwd, check=True):
    return run([sys.executable, "-m", "nbgrader", *args], cwd, check=check)


def ckl_grade(*args, cwd, check=True):
    return run([str(BIN / "ckl-grade"), *args], cwd, check=check)


def make_course(path: Path, *db: str) -> Path:
    """A course directory with the repository's config and the assignment generated.

    `db` may be `--db=URL` for a gradebook other than the SQLite default.
    """
    path.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nbgrader_config.py", path)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, path / "solutions" / ASSIGNMENT)
    nbgrader("generate_assignment", ASSIGNMENT, "--force", *db, cwd=path)
    return path


def answers(kind: str) -> dict[str, str]:
    """The answer cells of one kind of learner."""
    assignment = harness.load(ASSIGNMENT)
    reference = {t: task.answer for t, task in assignment.tasks.items()}
    variants = harness.variants(ASSIGNMENT)
    first_wrong = {}
    for v in variants:
        if not v.passes:
            first_wrong.setdefault(v.task, v.source)
    pathological = {
        "loop": ("two_branches", "def build_two_branch_model():\n    while True:\n        pass\n"),
        "killer": (
            "inception_block",
            "import os, signal\n\n\ndef build_inception_block():\n"
            "    os.kill(os.getpid(), signal.SIGKILL)\n",
        ),
        "hog": (
            "tiled_metadata",
            "def build_tiled_metadata_model():\n    blocks = []\n    while True:\n"
            "        blocks.append(bytearray(2**28))\n",
        ),
    }
    if kind == "reference":
        return reference
    if kind == "blank":
        return harness.blank_answers(ASSIGNMENT)
    if kind == "wrong":
        return first_wrong
    task, source = pathological[kind]
    return {**reference, task: source}


def submit(course: Path, student: str, kind: str) -> None:
    """Put a submission where `nbgrader collect` would: submitted/STUDENT/ASSIGNMENT/."""
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{ASSIGNMENT}.ipynb"
    if kind == "broken":
        target.write_text("{ this is not a notebook")
        return
    nbformat.write(harness.fill(ASSIGNMENT, answers(kind)), target)


def expected_points(kind: str) -> dict[str, float]:
    """Points per task that in-process grading gives this kind of learner."""
    grader = harness.Grader(harness.load(ASSIGNMENT))
    return {t: grader.grade(t, a).points for t, a in answers(kind).items()}


@pytest.fixture(scope="session")
def postgres_bin() -> Path:
    """The folder of PostgreSQL's server programs (Debian's postgresql package)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        reason = "PostgreSQL server not installed (Debian: apt-get install postgresql)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found[-1].parent
