"""The grader reads the records a kernel left as regular files only (no kernel needed).

The record folder is writable from inside the sandbox; what the host reads
from it after the kernel has gone must not be a link to one of its own files
(the gradebook, /dev/zero) or a FIFO that blocks it.
"""

from __future__ import annotations

import os

from autograder.sandbox import replay


def test_only_regular_files_are_records(tmp_path):
    (tmp_path / "m1.1.keras").write_bytes(b"PK")
    (tmp_path / "m1.2.json").write_text("{}")
    os.symlink("/dev/zero", tmp_path / "m1.3.keras")
    os.symlink(tmp_path / "m1.1.keras", tmp_path / "m1.4.keras")
    os.mkfifo(tmp_path / "m1.5.keras")
    (tmp_path / "m1.x.keras").write_bytes(b"PK")
    (tmp_path / "m2.1.keras").write_bytes(b"PK")
    resources = {"ckl_records": str(tmp_path)}
    replay.take(resources, 0)
    readable = [e.name for e in resources["ckl_taken"] if not e.problem]
    assert readable == ["m1.1.keras", "m1.2.json", "m1.x.keras", "m2.1.keras"]
    assert not list(tmp_path.iterdir())  # taken: the kernel can no longer change them


def test_answers_with_classes_or_lambda_may_be_unverifiable():
    import nbformat

    def nb(source):
        cell = nbformat.v4.new_code_cell(source)
        cell.metadata["nbgrader"] = {"solution": True, "grade": False, "grade_id": "a"}
        return nbformat.v4.new_notebook(cells=[cell])

    assert not replay.may_be_unverifiable(nb("def f():\n    return keras.Model(x, y)\n"))
    assert not replay.may_be_unverifiable(nb("exec('class X: pass')\n"))
    assert replay.may_be_unverifiable(nb("class Merge(keras.layers.Layer):\n    pass\n"))
    assert replay.may_be_unverifiable(nb("y = keras.layers.Lambda(lambda t: t)(x)\n"))
