"""Grading checks itself before it grades: a broken set-up stops with exit 2, never zeros.

Two set-ups broken as they are on instructors' machines, each graded with the
README's command: a fresh clone of the course graded with an environment installed
from another checkout (this repository's), and a memory limit too small for a kernel
that imports Keras. Before this check, the first recorded every submission as an
"error" and the second as "kernel died" (final: a rerun kept it), and both exited 0.
"""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest
from conftest import ASSIGNMENT, BIN, ROOT, ckl_grade, env, make_course, submit

from autograder.classroom import preflight


def executed(*outputs_per_cell):
    nb = preflight.notebook()
    for cell, outputs in zip(nb.cells, outputs_per_cell, strict=True):
        cell.outputs = [nbformat.v4.new_output(**o) for o in outputs]
    return nb


STDOUT = {"output_type": "stream", "name": "stdout"}


@pytest.mark.parametrize(
    ("outputs", "problem"),
    [
        (
            [
                [{**STDOUT, "text": f"{preflight.WHERE}/x/autograder/__init__.py\n"}],
                [{**STDOUT, "text": f"✓ {preflight.TITLE}\n"}],
            ],
            "",
        ),
        (
            [
                [
                    {
                        "output_type": "error",
                        "ename": "ModuleNotFoundError",
                        "evalue": "No module named 'autograder'",
                        "traceback": [],
                    }
                ],
                [],
            ],
            "a grading kernel failed to import the course's checks: ModuleNotFoundError: "
            "No module named 'autograder'",
        ),
        (
            [
                [],
                [
                    {
                        "output_type": "error",
                        "ename": "AttributeError",
                        "evalue": "module 'autograder' has no attribute 'check_counts'",
                        "traceback": [],
                    }
                ],
            ],
            "a grading kernel failed to run the course's checks: AttributeError",
        ),
        (
            [[], [{**STDOUT, "text": "\x1b[31mhello"}]],
            "gave no result line (it printed: \\x1b[31mhello)",
        ),
    ],
    ids=["passes", "import fails", "check fails", "no result line"],
)
def test_the_check_reads_what_the_kernel_did(outputs, problem):
    found = preflight.judge(executed(*outputs))
    assert problem in found if problem else found == ""


def test_a_course_with_its_own_package_must_be_the_one_installed(tmp_path):
    assert preflight.mismatch(tmp_path) == ""  # no package of its own: the installed one
    assert preflight.installed_package() == str((ROOT / "autograder").resolve())
    (tmp_path / "autograder").mkdir()
    (tmp_path / "autograder" / "__init__.py").write_text("")
    problem = preflight.mismatch(tmp_path)
    assert f"this course directory has its own ({tmp_path / 'autograder'})" in problem
    assert f"installs the autograder package from {ROOT / 'autograder'}" in problem
    assert f"pip install -e {tmp_path}" in problem


def nothing_recorded(course):
    assert not (course / "grades" / ASSIGNMENT / "status.json").exists()
    assert not (course / "autograded").exists()
    assert not (course / "feedback").exists()


@pytest.mark.slow
@pytest.mark.sandbox
def test_a_clone_graded_with_another_checkouts_environment_stops(tmp_path):
    course = make_course(tmp_path / "clone")
    for package in ("autograder", "explorers"):  # a clone has the course's own packages
        shutil.copytree(
            ROOT / package, course / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    submit(course, "ada", "reference")
    result = ckl_grade(ASSIGNMENT, "--no-progress", cwd=course, check=False)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "the set-up check failed" in result.stderr and "nothing was graded" in result.stderr
    assert f"this course directory has its own ({course / 'autograder'})" in result.stderr
    assert f"pip install -e {course}" in result.stderr
    assert "Traceback" not in result.stderr
    nothing_recorded(course)


@pytest.mark.slow
@pytest.mark.sandbox
def test_a_kernel_that_cannot_start_stops_grading(tmp_path):
    """The very kind of kernel that grades is started: under a 0.5 GB limit it cannot
    import Keras (a fork of the warm template, or a cold kernel, alike)."""
    course = make_course(tmp_path / "course")
    submit(course, "ada", "reference")
    submit(course, "bob", "blank")
    result = ckl_grade(ASSIGNMENT, "--memory-limit", "0.5", cwd=course, check=False)
    assert result.returncode == 2, result.stdout + result.stderr
    err = result.stderr
    assert "the set-up check failed (kernels: " in err  # warm here: a fork that died
    assert "nothing was graded: a grading kernel" in err
    assert "Each kernel may use 0.5 GB (--memory-limit)" in err
    nothing_recorded(course)
    with (course / "gradebook.db").open("rb"):  # the gradebook holds students, no scores
        from nbgrader.api import Gradebook

        with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
            assert gradebook.find_assignment(ASSIGNMENT).submissions == []
    assert json.dumps(result.stdout).count("graded") == 0


@pytest.mark.sandbox
def test_a_shadowing_pythonpath_is_named_instead_of_blaming_user_namespaces(tmp_path):
    """PYTHONPATH pointing at another copy of the course: the sandbox's own start (which
    imports the installed package) fails; the message says why, and what to do."""
    import os
    import subprocess

    course = make_course(tmp_path / "course")
    submit(course, "ada", "blank")
    shadow = tmp_path / "other-checkout"
    for package in ("autograder", "explorers"):
        shutil.copytree(
            ROOT / package, shadow / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    result = subprocess.run(
        [str(BIN / "ckl-grade"), ASSIGNMENT, "--no-progress"],
        cwd=course,
        env={**env(), "PYTHONPATH": str(shadow)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"ckl-grade imports it from {shadow / 'autograder'}" in result.stderr
    assert f"PYTHONPATH points at another copy of the course ({shadow})" in result.stderr
    assert "unset PYTHONPATH" in result.stderr
    assert "user namespaces" not in result.stderr and "--no-sandbox" not in result.stderr
    assert not os.path.exists(course / "grades" / ASSIGNMENT / "status.json")
