"""The README's instructor path, as written, on a fresh copy of the course.

The copy holds what a clone holds of the course — nbgrader_config.py, solutions/ and
the committed exercises/ (nbgrader's release folder) — and no gradebook; its packages
come from the environment, installed from this checkout. The commands are read from
the README's own code blocks and run as they are written: the first grading step
must record the assignment (with exercises/ committed, `nbgrader generate_assignment`
without --force records nothing, and ckl-grade used to answer "Generate it first"
with that very command). Then ckl-grade grades a class in which one notebook was
saved as a copy: the summary names that student and the fix, the fix works, and the
feedback needs no network.
"""

from __future__ import annotations

import re
import shlex
import shutil

import pytest
from conftest import ASSIGNMENT, ROOT, harness, nbgrader, run, submit
from nbgrader.api import Gradebook

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]


def readme_command(section: str, starts: str) -> list[str]:
    """The first command of `section`'s bash blocks that starts with `starts`, as argv."""
    text = (ROOT / "README.md").read_text()
    body = text.split(f"\n{section}\n", 1)[1].split("\n#", 1)[0]
    for block in re.findall(r"```bash\n(.*?)```", body, re.S):
        for line in block.splitlines():
            if line.startswith(starts):
                return shlex.split(line, comments=True)
    raise AssertionError(f"no command starting {starts!r} under {section!r}")


def test_the_readme_path_on_a_fresh_copy(tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    shutil.copy(ROOT / "nbgrader_config.py", course)
    for folder in ("solutions", "exercises"):
        shutil.copytree(ROOT / folder / ASSIGNMENT, course / folder / ASSIGNMENT)
    release = sorted(p.name for p in (course / "exercises" / ASSIGNMENT).iterdir())

    generate = readme_command("## How an instructor runs a class", "nbgrader generate_assignment")
    assert generate[:3] == ["nbgrader", "generate_assignment", ASSIGNMENT]
    done = nbgrader(*generate[1:], cwd=course)
    assert "Skipping existing assignment" not in done.stdout + done.stderr
    assert sorted(p.name for p in (course / "exercises" / ASSIGNMENT).iterdir()) == release
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        assert [n.name for n in gradebook.find_assignment(ASSIGNMENT).notebooks] == [ASSIGNMENT]

    # what `nbgrader collect` would put in submitted/: one notebook saved as a copy
    for student in ("ada", "bob"):
        submit(course, student, "reference")
        stamp = course / "submitted" / student / ASSIGNMENT / "timestamp.txt"
        stamp.write_text("2026-12-05 10:00:00.000000 UTC")  # as nbgrader collect writes it
    folder = course / "submitted" / "bob" / ASSIGNMENT
    (folder / f"{ASSIGNMENT}.ipynb").rename(folder / f"{ASSIGNMENT}-Copy1.ipynb")

    grade = readme_command("### Grading a whole class in parallel: `ckl-grade`", "ckl-grade")
    assert grade == ["ckl-grade", ASSIGNMENT]
    argv = [str(ROOT / ".venv" / "bin" / "ckl-grade"), *grade[1:]]
    first = run(argv, course)
    assert "ckl-grade: set-up checked" in first.stderr  # and what kind of kernels grade
    assert f"{ASSIGNMENT}: 2 submissions — 1 graded, 1 invalid notebook" in first.stdout
    bob = next(line for line in first.stdout.splitlines() if line.startswith("  bob: "))
    assert f"holds {ASSIGNMENT}-Copy1.ipynb instead" in bob
    assert f"rename it to {ASSIGNMENT}.ipynb in submitted/bob/{ASSIGNMENT}/" in bob
    assert bob.endswith("and run ckl-grade again.")

    # the fix, as the summary says: rename, run the same command again
    (folder / f"{ASSIGNMENT}-Copy1.ipynb").rename(folder / f"{ASSIGNMENT}.ipynb")
    second = run(argv, course)
    assert f"{ASSIGNMENT}: 2 submissions — 2 graded" in second.stdout
    assert "  bob: " not in second.stdout
    full = sum(t.points for t in harness.load(ASSIGNMENT).tasks.values())
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        for student in ("ada", "bob"):
            assert gradebook.find_submission(ASSIGNMENT, student).score == full, student

    # feedback renders offline: nothing it would load from the network, no script
    page = (course / "feedback" / "bob" / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "<script" not in page.lower()
    loads = re.findall(
        r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?(?:https?:)?//""", page, re.I
    )
    assert loads == [], loads
    assert "✓" in page
