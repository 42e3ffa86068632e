"""The course's files follow the rules DESIGN.md sets for them."""

from __future__ import annotations

import json
import re
import runpy
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(
    p.relative_to(ROOT)
    for folder in ("course", "solutions", "exercises")
    for p in (ROOT / folder).rglob("*.ipynb")
    if ".ipynb_checkpoints" not in p.parts
)


def nbgrader_config():
    class Config(dict):
        def __getattr__(self, name):
            return self.setdefault(name, Config())

        def __setattr__(self, name, value):
            self[name] = value

    config = Config()
    namespace = runpy.run_path(str(ROOT / "nbgrader_config.py"), {"get_config": lambda: config})
    return config, namespace


@pytest.mark.parametrize("path", NOTEBOOKS, ids=str)
def test_notebook_committed_without_outputs(path):
    nb = nbformat.read(ROOT / path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path}: strip outputs"


@pytest.mark.parametrize("path", sorted((ROOT / "course").glob("*.ipynb")), ids=lambda p: p.name)
def test_lesson_names_and_header(path):
    assert re.fullmatch(r"\d\d_[a-z_]+\.ipynb", path.name)
    first = nbformat.read(path, as_version=4).cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    for word in ("goals", "Prerequisites", "time"):
        assert word.lower() in first.source.lower(), f"{path.name}: header lacks '{word}'"


def test_nbgrader_config_maps_the_repository():
    config, namespace = nbgrader_config()
    course = config["CourseDirectory"]
    assert course["source_directory"] == "solutions"
    assert course["release_directory"] == "exercises"
    assert Path(course["root"]) == ROOT
    assert config["Execute"]["timeout"] > 0
    assert re.search(config["IgnorePattern"]["pattern"], "W0000 00:00:1 1 cuda.cc:52] x")
    declared = namespace["ASSIGNMENTS"]
    assert len(set(declared)) == len(declared) >= 5 and declared == sorted(declared)
    present = sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    assert set(present) <= set(declared), "every solutions/ folder must be declared"


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "solutions").iterdir()))
def test_every_answer_cell_has_a_graded_test_cell(name):
    nb = json.loads((ROOT / "solutions" / name / f"{name}.ipynb").read_text())
    meta = [c["metadata"].get("nbgrader", {}) for c in nb["cells"]]
    answers = [m["grade_id"] for m in meta if m.get("solution")]
    tests = {m["grade_id"]: m["points"] for m in meta if m.get("grade")}
    assert len(answers) >= 3
    for gid in answers:
        assert tests.get(f"{gid}_tests", 0) > 0, f"{name}: {gid} has no graded test cell"
    sources = [
        "".join(c["source"]) for c in nb["cells"] if c["metadata"].get("nbgrader", {}).get("grade")
    ]
    assert all("### BEGIN HIDDEN TESTS" in s for s in sources), "every test cell hides some tests"


def test_ci_installs_only_the_system_packages_the_readme_lists():
    ci = (ROOT / ".ci" / "run").read_text()
    installed = {pkg for group in re.findall(r"missing\+=\(([^)]*)\)", ci) for pkg in group.split()}
    readme = (ROOT / "README.md").read_text()
    setup = readme[readme.index("## Set up") :]
    setup = setup[: setup.index("\n## ", 1)]
    (apt,) = re.findall(r"sudo apt-get install (.+)", setup)
    quoted = re.findall(r"`([a-z0-9.+ -]+)`", setup)
    listed = set(apt.split()) | {word for text in quoted for word in text.split()}
    assert installed, "no package found in .ci/run"
    assert installed <= listed, f"installed by .ci/run but not in the README: {installed - listed}"
    assert {"chromium", "postgresql", "make"} <= set(apt.split())
    assert "\nmake test\n" in ci, ".ci/run runs the README's test command"
