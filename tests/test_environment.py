"""environment.yml (the conda route) asks for exactly the versions pyproject.toml pins."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^(?P<name>[A-Za-z0-9_.-]+)==(?P<version>[^\s;]+)$")


def pins(requirements) -> dict[str, str]:
    out = {}
    for line in requirements:
        match = PIN.match(line.strip())
        assert match, f"not pinned with ==: {line!r}"
        out[match["name"].lower()] = match["version"]
    return out


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return pins(project["dependencies"] + project["optional-dependencies"]["dev"])


def environment_pins() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    (pip,) = [d["pip"] for d in env["dependencies"] if isinstance(d, dict)]
    assert "python=3.11" in env["dependencies"]
    return pins(line for line in pip if not line.startswith("-e"))


def test_same_versions_in_both_files():
    assert environment_pins() == pyproject_pins()


def test_the_stack_is_the_one_the_course_is_written_for():
    stack = pyproject_pins()
    assert stack["tensorflow"].startswith("2.21.")
    assert stack["keras"].startswith("3.15.")
    assert stack["jupyterlab"].startswith("4.6.")
    assert stack["nbgrader"] == "0.9.6"
    assert stack["ipywidgets"].startswith("8.")
    assert "matplotlib" in stack
