"""explorers (the registry) and explorers.base: every explorer can be made and driven."""

import doctest
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import explorers

ROOT = Path(__file__).resolve().parents[2]
SPECS = list(explorers.EXPLORERS.values())


@pytest.mark.parametrize("spec", SPECS, ids=[s.name for s in SPECS])
def test_each_change_sets_one_control_and_redraws_once(spec):
    explorer = spec.make()
    start = {name: control.value for name, control in explorer.controls.items()}
    for change in spec.changes:
        assert len(change) == 1 and set(change) <= set(explorer.controls), change
        before = explorer.redraws
        explorer.apply(change)
        assert explorer.redraws == before + 1, f"{change} did not redraw exactly once"
    end = {name: control.value for name, control in explorer.controls.items()}
    assert end == start, "the cycle of changes must end where it started"


def test_apply_several_controls_redraws_once():
    explorer = explorers.EXPLORERS["concatenation"].make()
    before = explorer.redraws
    explorer.apply({"shape1": "4", "shape2": "6", "axis": 1})
    assert explorer.redraws == before + 1
    assert explorer.result.output_shape == (None, 10)


def test_hold_suspends_refresh():
    explorer = explorers.EXPLORERS["concatenation"].make()
    before = explorer.redraws
    with explorer.hold():
        explorer.controls["axis"].value = 1
    assert explorer.redraws == before
    explorer.refresh()
    assert not explorer.result.ok


@pytest.mark.parametrize(
    "module", ["explorers", "explorers.axes", "explorers.base", *(s.module for s in SPECS)]
)
def test_docstring_examples_hold(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0


@pytest.mark.slow
def test_importing_explorers_prints_nothing_to_stderr():
    env = {k: v for k, v in os.environ.items() if not k.startswith("TF_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    code = "import explorers, keras; from explorers import concatenation; keras.ops.ones(2)"
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
