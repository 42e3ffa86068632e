"""The replay: which test cells it checks again, and what the verifier refuses to load."""

from __future__ import annotations

import json
import zipfile

import pytest

from autograder.sandbox import replay, replay_worker


@pytest.mark.parametrize(
    ("source", "count"),
    [
        ("model = ag.build(build_model)", 1),
        ("a = ag.build(f)\nb = ag.build(g)", 2),
        ("model = ag.build(copy_encoder, encoder)", 0),  # given arguments: not replayed
        ("model = ag.call(f)", 0),
        ("model = ag.build(lambda: f())", 0),
    ],
)
def test_builds(source, count):
    assert replay.builds(source) == count


def archive(tmp_path, config) -> str:
    path = tmp_path / "m.keras"
    with zipfile.ZipFile(path, "w") as handle:
        handle.writestr("config.json", json.dumps(config))
    return str(path)


@pytest.mark.parametrize(
    ("config", "why"),
    [
        ({"class_name": "Evil", "module": "__main__", "config": {}}, "custom class"),
        (
            {
                "class_name": "Functional",
                "module": "keras",
                "config": {
                    "layers": [{"class_name": "Lambda", "module": "keras.layers", "config": {}}]
                },
            },
            "Lambda",
        ),
        (
            {"class_name": "Dense", "module": "keras.layers", "registered_name": "my>Dense"},
            "registered",
        ),
    ],
)
def test_verifier_never_loads_custom_code(tmp_path, config, why):
    with pytest.raises(replay_worker.Unverifiable, match=why):
        replay_worker.load(archive(tmp_path, config))


def test_free_names_are_the_students():
    source = "x = ag.fixed_inputs((4,))\nmodel = ag.build(build_two_branch_model)\nag.passed('T')"
    assert replay_worker._free_names(source) == {"ag", "build_two_branch_model"}


def test_a_pass_that_was_not_rechecked_says_so():
    import nbformat

    cell = nbformat.v4.new_code_cell("ag.passed('T')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="✓ T\n")]
    replay.note_unchecked(cell, "your model uses a class of your own")
    assert replay.UNCHECKED_MARK in cell.outputs[-1]["text"]
    from nbgrader.utils import determine_grade

    cell.metadata["nbgrader"] = {"grade": True, "grade_id": "t", "points": 2}
    assert determine_grade(cell) == (2.0, 2.0)  # a note, not a penalty
