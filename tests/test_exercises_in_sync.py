"""exercises/ is exactly what nbgrader generates from solutions/ (never edited by hand)."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from autograder import release

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_exercises_are_generated_from_solutions(tmp_path):
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "solutions", tmp_path / "solutions")
    release.generate(tmp_path)
    generated, committed = tmp_path / "exercises", ROOT / "exercises"
    assert _files(generated) == _files(committed), "run `make exercises` and commit exercises/"
    for name in sorted(_files(generated)):
        same = filecmp.cmp(generated / name, committed / name, shallow=False)
        assert same, f"exercises/{name} differs from what nbgrader generates: run `make exercises`"


def test_every_solution_has_an_exercise():
    assert release.assignments(ROOT) == sorted(p.name for p in (ROOT / "exercises").iterdir())
