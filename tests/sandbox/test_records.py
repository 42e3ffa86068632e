"""The records a kernel leaves for the verifier: the grader decides which are a cell's.

A kernel writes `RECORD_DIR/<request id>.<n>.keras|json`; the grader takes every entry
out of the folder when a cell's reply arrives (`replay.take`) and sorts them by its own
rules (`replay.sort_records`): a cell's records are numbered exactly 1..m, found after
its own reply; anything else is charged, as tampering, to the next test cell.
"""

from __future__ import annotations

import os

import nbformat
import pytest

from autograder.sandbox import execute, replay
from autograder.sandbox.verdicts import FLAGGED


def notebook():
    """setup, answer 1, test 1 (builds once), answer 2, test 2 (builds once)."""
    cells = []
    for kind, gid in [
        ("setup", "setup"),
        ("answer", "a1"),
        ("test", "t1"),
        ("answer", "a2"),
        ("test", "t2"),
    ]:
        source = f"model = ag.build(build_{gid})\nag.passed('{gid}')" if kind == "test" else "x = 1"
        cell = nbformat.v4.new_code_cell(source)
        cell.metadata["nbgrader"] = {
            "grade": kind == "test",
            "solution": kind == "answer",
            "locked": kind != "answer",
            "grade_id": gid,
            "points": 1,
        }
        cells.append(cell)
    return nbformat.v4.new_notebook(cells=cells)


REQUESTS = {0: "m0", 1: "m1", 2: "m2", 3: "m3", 4: "m4"}


def sort(entries, nb=None):
    """entries: (name, at, problem)"""
    resources = {
        "ckl_requests": dict(REQUESTS),
        "ckl_taken": [replay.Entry(name, at, b"PK", problem) for name, at, problem in entries],
    }
    found = replay.sort_records(nb or notebook(), resources)
    return (
        {i: sorted(c.records) for i, c in found.items() if c.records},
        {i: c.problems for i, c in found.items() if c.problems},
    )


@pytest.mark.parametrize(
    ("entries", "records", "charged", "why"),
    [
        ([("m2.1.keras", 2, "")], {2: [1]}, set(), ""),  # honest
        ([("m2.1.keras", 2, ""), ("m4.1.json", 4, "")], {2: [1], 4: [1]}, set(), ""),
        ([("m1.1.keras", 1, "")], {1: [1]}, set(), ""),  # ag.build in an answer cell: unused
        ([("m2.0.keras", 2, ""), ("m2.1.keras", 2, "")], {2: [0, 1]}, {2}, "numbered 0, 1"),
        ([("m2.2.keras", 2, "")], {2: [2]}, {2}, "numbered 2"),  # a gap
        ([("m3.0.keras", 3, "")], {3: [0]}, {4}, "numbered 0"),  # in an answer cell
        ([("m2.1.keras", 2, ""), ("m2.1.json", 2, "")], {2: [1]}, {2}, "written twice"),
        # a later cell rewrites an earlier cell's record: charged to the next test cell
        ([("m2.1.keras", 2, ""), ("m2.1.keras", 3, "")], {2: [1]}, {4}, "another cell's id"),
        ([("m4.1.keras", 2, ""), ("m2.1.keras", 2, "")], {2: [1]}, {2}, "another cell's id"),
        ([("zz.1.keras", 2, "")], {}, {2}, "another cell's id"),  # an id no cell had
        ([("m2.1.keras", 1, "")], {}, {2}, "another cell's id"),  # before its cell ran
        ([("m2.1.keras", 2, "a symbolic link, not a file")], {}, {2}, "symbolic link"),
        ([("m1.1.keras", 1, "a folder")], {}, {2}, "a folder"),  # charged to the next test
        ([("m4.1.keras", 4, "larger than 16 MB")], {}, {4}, "larger than"),
        ([("notes.txt", 2, "")], {}, {2}, "no record's name"),
        ([("m2.1.keras.keras", 2, "")], {}, {2}, "no record's name"),
        # after the last reply: a thread rewrote a record of a cell already taken
        ([("m2.1.keras", 2, ""), ("m2.1.keras", None, "")], {2: [1]}, {4}, "another cell"),
        # the executor took nothing at the replies: the final take sorts by id
        ([("m2.1.keras", None, ""), ("m4.1.keras", None, "")], {2: [1], 4: [1]}, set(), ""),
    ],
)
def test_sort_records(entries, records, charged, why):
    found, problems = sort(entries)
    assert found == records
    assert set(problems) == charged
    for reasons in problems.values():
        assert any(why in reason for reason in reasons), reasons


def test_what_appears_after_a_stopped_kernel_is_not_charged():
    nb = notebook()
    nb.cells[4].outputs = [
        nbformat.v4.new_output("error", ename="KernelDied", evalue="", traceback=[])
    ]
    assert sort([("m2.1.keras", 2, ""), ("zz.1.keras", None, "")], nb)[1] == {}
    assert sort([("m2.1.keras", 2, ""), ("zz.1.keras", None, "")])[1] == {
        4: ["a record was written under another cell's id (zz.1.keras)"]
    }


@pytest.mark.parametrize("kind", sorted(execute.STOPPED))
def test_every_way_the_executor_stops_a_kernel_counts(kind):
    nb = notebook()
    ename = execute.STOPPED[kind]
    nb.cells[4].outputs = [nbformat.v4.new_output("error", ename=ename, evalue="", traceback=[])]
    assert sort([("zz.1.keras", None, "")], nb)[1] == {}


def test_take_reads_files_and_refuses_the_rest(tmp_path):
    folder = tmp_path / "rec"
    folder.mkdir()
    (folder / "m2.1.keras").write_bytes(b"PK model")
    os.symlink("/dev/zero", folder / "m2.2.keras")
    os.symlink(folder / "m2.1.keras", folder / "m2.3.keras")
    os.mkfifo(folder / "m2.4.keras")  # a FIFO would block a reader that opened it plainly
    (folder / "m2.5.keras").mkdir()
    (folder / "m2.5.keras" / "inner").write_text("x")
    with open(folder / "m2.6.keras", "wb") as handle:  # sparse: 65 MB on paper
        handle.truncate(replay.MAX_RECORD_BYTES + 1)
    resources = {"ckl_records": str(folder)}
    replay.take(resources, 2)
    got = {e.name: (e.data, e.problem) for e in resources["ckl_taken"]}
    assert got["m2.1.keras"] == (b"PK model", "")
    assert got["m2.2.keras"] == (b"", "a symbolic link, not a file")
    assert got["m2.3.keras"] == (b"", "a symbolic link, not a file")
    assert got["m2.4.keras"] == (b"", "not a regular file")
    assert got["m2.5.keras"] == (b"", "a folder")
    assert got["m2.6.keras"] == (b"", f"larger than {replay.MAX_RECORD_BYTES // 2**20} MB")
    assert os.listdir(folder) == []  # out of the kernel's reach
    assert all(e.at == 2 for e in resources["ckl_taken"])


def test_take_holds_at_most_its_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(replay, "MAX_TAKEN_BYTES", 10)
    (tmp_path / "m2.1.keras").write_bytes(b"123456")
    (tmp_path / "m2.2.keras").write_bytes(b"123456")
    resources = {"ckl_records": str(tmp_path)}
    replay.take(resources, 2)
    problems = [e.problem for e in resources["ckl_taken"]]
    assert problems == ["", "larger than 0 MB"]


@pytest.mark.parametrize(
    ("source", "count", "certain"),
    [
        ("model = ag.build(f)\nag.passed('T')", 1, True),
        ("a = ag.build(f)\nb = ag.call(g, x)", 2, True),
        ("m = ag.custom_weighted_layers.build_model(f, x)", 1, True),
        ("for s in (1, 2):\n    m = ag.build(f)", 1, False),
        ("ms = [ag.build(f) for _ in range(2)]", 1, False),
        ("def h():\n    return ag.build(f)\nh()", 1, False),
        ("x = ag.fixed_inputs((4,))", 0, True),
    ],
)
def test_record_calls(source, count, certain):
    assert replay.record_calls(source) == (count, certain)


def run_verify(tmp_path, files):
    """verify() on the notebook whose test 1 ran as request m2, with `files` in the folder."""
    nb = notebook()
    nb.cells[2].outputs = [nbformat.v4.new_output("stream", name="stdout", text="✓ t1\n")]
    nb.cells[4].outputs = [nbformat.v4.new_output("error", ename="CheckFailed", evalue="x")]
    folder = tmp_path / "rec"
    folder.mkdir()
    for name in files:
        (folder / name).write_bytes(b"PK")
    resources = {
        "ckl_records": str(folder),
        "ckl_sandboxed": True,
        "ckl_requests": dict(REQUESTS),
    }
    replay.verify(nb, resources, log=None)
    assert not folder.exists()
    return nb, resources.get("ckl_flags", {})


@pytest.mark.parametrize(
    ("files", "why"),
    [
        ([], "was not recorded"),
        (["m2.0.keras", "m2.1.keras"], "numbered 0, 1"),
        (["m2.1.keras", "m2.2.keras"], "2 records for a test cell that builds 1 model"),
        (["m2.1.keras", "m4.7.json"], None),  # test 2 failed anyway, yet its record is odd
    ],
)
def test_verify_flags_before_any_replay(tmp_path, files, why):
    nb, flags = run_verify(tmp_path, files)
    if why is None:
        assert "t2" in flags and "numbered 7" in flags["t2"]
        assert nb.cells[4].outputs[-1]["ename"] == FLAGGED
        return
    assert list(flags) == ["t1"] and why in flags["t1"]
    assert nb.cells[2].outputs[-1]["ename"] == FLAGGED


# ------------------------------------------------------------ records the verifier cannot load


def answers_notebook(*sources):
    cells = []
    for n, source in enumerate(sources):
        cell = nbformat.v4.new_code_cell(source)
        cell.metadata["nbgrader"] = {"solution": True, "locked": False, "grade_id": f"a{n}"}
        cells.append(cell)
    locked = nbformat.v4.new_code_cell("class Locked:\n    pass\n")
    locked.metadata["nbgrader"] = {"grade": False, "locked": True, "grade_id": "setup"}
    return nbformat.v4.new_notebook(cells=[locked, *cells])


CUSTOM = """
class Branch(keras.layers.Layer):
    def build(self, shape):
        self.inner = Inner()

class Inner(keras.layers.Layer):
    pass

def helper(x):
    return Branch()(x)

def build_model():
    return keras.Model(x, helper(x))
"""
DECOY = """
class Passthrough(keras.layers.Layer):
    def call(self, x):
        return x

def build_model():
    raise NotImplementedError()
"""


@pytest.mark.parametrize(
    ("sources", "function", "uses", "not_uses"),
    [
        ([CUSTOM], "build_model", {"Branch", "Inner", "helper"}, set()),
        ([DECOY], "build_model", {"NotImplementedError"}, {"Passthrough"}),
        (["LAYER = 'Branch'\n", "def f():\n    return make(LAYER)\n"], "f", {"Branch"}, set()),
        (["def f():\n    return keras.layers.Lambda(g)\n"], "f", {"Lambda"}, set()),
        (["def f():\n    return Locked()\n"], "f", {"Locked"}, set()),  # mentioned, at least
        (["def g():\n    return Hidden()\n"], "f", {"f"}, {"Hidden"}),  # f not defined
    ],
)
def test_reachable(sources, function, uses, not_uses):
    found = replay.reachable(answers_notebook(*sources), function)
    assert uses <= found and not (not_uses & found)


def test_learner_classes_are_the_unlocked_cells():
    assert replay.learner_classes(answers_notebook(CUSTOM)) == {"Branch", "Inner"}


def test_built_functions_in_the_order_of_the_source():
    source = "b = ag.build(second)\na = ag.build(first)\nc = ag.build(f, x)\nag.passed('T')"
    assert replay.built_functions(source.replace("second", "zeta")) == ["zeta", "first"]


@pytest.mark.parametrize(
    ("sources", "answer", "why"),
    [
        ([CUSTOM], {"classes": ["Branch", "Inner"]}, ""),
        ([CUSTOM], {"classes": ["Lambda"]}, "holds Lambda"),
        ([DECOY], {"classes": ["Passthrough"]}, "holds Passthrough, which build_model() never"),
        ([CUSTOM], {"classes": [], "unreadable": True, "reason": "cannot be read"}, "not a saved"),
    ],
)
def test_an_unverifiable_record_must_be_made_of_what_the_function_uses(sources, answer, why):
    found = replay._not_its_own(answers_notebook(*sources), answer, ["build_model"])
    assert (why in found) if why else found == ""


def test_the_verifier_names_every_class_it_will_not_load(tmp_path):
    import json
    import zipfile

    from autograder.sandbox import replay_worker

    config = {
        "class_name": "Functional",
        "module": "keras",
        "config": {
            "layers": [
                {"class_name": "Passthrough", "module": None, "registered_name": "Passthrough"},
                {"class_name": "Other", "module": "__main__", "config": {}},
                {"class_name": "__keras_tensor__", "module": None, "registered_name": None},
                {"class_name": "Lambda", "module": "keras.layers", "config": {}},
                {"class_name": "function", "module": "builtins", "config": "tile"},
                {"class_name": "Mine", "module": None, "registered_name": "pkg>Mine"},
            ]
        },
    }
    path = tmp_path / "m.keras"
    with zipfile.ZipFile(path, "w") as handle:
        handle.writestr("config.json", json.dumps(config))
    with pytest.raises(replay_worker.Unverifiable) as caught:
        replay_worker.load(str(path))
    assert caught.value.classes == ["Passthrough", "Other", "Lambda", "tile", "Mine"]
    assert str(caught.value) == "custom class Passthrough (the notebook)"
    (tmp_path / "junk.keras").write_bytes(b"not a zip")
    with pytest.raises(replay_worker.Unverifiable, match="cannot be read"):
        replay_worker.load(str(tmp_path / "junk.keras"))


def test_a_class_saved_from_a_notebook_is_named(tmp_path):
    """Keras saves a class defined in a notebook with no module: it is still the learner's."""
    from autograder.quiet import import_keras
    from autograder.sandbox import replay_worker

    keras = import_keras()

    class Passthrough(keras.layers.Layer):
        def call(self, x):
            return x

    inputs = keras.Input((4,))
    path = str(tmp_path / "decoy.keras")
    keras.Model(inputs, Passthrough()(inputs)).save(path)
    with pytest.raises(replay_worker.Unverifiable) as caught:
        replay_worker.load(path)
    assert caught.value.classes == ["Passthrough"]

    def tile(x):
        return x * 2

    lambdas = str(tmp_path / "lambda.keras")  # a named function: saved as builtins.function
    keras.Model(inputs, keras.layers.Lambda(tile)(inputs)).save(lambdas)
    with pytest.raises(replay_worker.Unverifiable) as caught:
        replay_worker.load(lambdas)
    assert caught.value.classes == ["Lambda", "tile"]
    plain = str(tmp_path / "plain.keras")
    keras.Model(inputs, keras.layers.Dense(2)(inputs)).save(plain)
    assert replay_worker.load(plain).count_params() == 10
