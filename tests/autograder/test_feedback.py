"""autograder.feedback: one voice for every failure, and no traceback from inside the checker."""

import re
import sys
import types
from pathlib import Path

import nbformat
import pytest
import test_custom_weighted_layers_checks
import test_identity
import test_layers
import test_learner
import test_outputs
import test_parameters
import test_shapes

import autograder as ag
from autograder.feedback import (
    Feedback,
    _show_check_failed,
    compare_counts,
    count,
    fail,
    install_ipython_handler,
)

ROOT = Path(ag.__file__).resolve().parent.parent


def test_render_has_the_four_parts_aligned():
    feedback = Feedback(
        "Parameter count of the model",
        "113 trainable parameters",
        "105 trainable parameters (8 fewer)",
        "the branches were added, not concatenated.",
        "merge the branches with keras.layers.Concatenate().",
        ["Your model, layer by layer:", "  dense  Dense  40"],
    )
    assert feedback.render() == (
        "✗ Parameter count of the model\n"
        "  Expected:     113 trainable parameters\n"
        "  Received:     105 trainable parameters (8 fewer)\n"
        "  Likely cause: the branches were added, not concatenated.\n"
        "  Next step:    merge the branches with keras.layers.Concatenate().\n"
        "  Your model, layer by layer:\n"
        "    dense  Dense  40"
    )


def test_render_leaves_out_empty_parts():
    assert Feedback("Title", "this", "that").render() == (
        "✗ Title\n  Expected:     this\n  Received:     that"
    )


def test_fail_raises_check_failed_an_assertion_error():
    with pytest.raises(AssertionError) as info:
        fail("Title", "this", "that", "because", "do so", details=["one"])
    error = info.value
    assert isinstance(error, ag.CheckFailed)
    assert error.feedback == Feedback("Title", "this", "that", "because", "do so", ["one"])
    assert str(error) == error.feedback.render()


COUNTS = [
    pytest.param(0, "0", id="zero"),
    pytest.param(650, "650", id="hundreds"),
    pytest.param(1290, "1,290", id="thousands"),
    pytest.param(1234567, "1,234,567", id="millions"),
]


@pytest.mark.parametrize(("n", "text"), COUNTS)
def test_count(n, text):
    assert count(n) == text


COMPARE = [
    pytest.param(113, 113, "as expected", id="equal"),
    pytest.param(650, 1300, "twice as many", id="twice"),
    pytest.param(100, 300, "3 times as many", id="three-times"),
    pytest.param(1300, 650, "half as many", id="half"),
    pytest.param(900, 300, "1/3 as many", id="a-third"),
    pytest.param(113, 105, "8 fewer", id="fewer"),
    pytest.param(105, 113, "8 more", id="more"),
    pytest.param(1000, 3500, "2,500 more", id="more-thousands"),
    pytest.param(0, 6, "6 more", id="none-expected"),
    pytest.param(6, 0, "6 fewer", id="none-received"),
    pytest.param(
        650,
        1290,
        "twice as many",
        id="design-example-nearly-twice",
    ),
]


@pytest.mark.parametrize(("expected", "received", "words"), COMPARE)
def test_compare_counts(expected, received, words):
    assert words in compare_counts(expected, received)


def test_passed_prints_one_line_on_stdout(capsys):
    ag.passed("Two branches, one head")
    assert capsys.readouterr() == ("✓ Two branches, one head\n", "")


# ---- The IPython handler -------------------------------------------------------------


class _Shell:
    def __init__(self):
        self.custom, self.shown = None, []

    def set_custom_exc(self, types_, handler):
        self.custom = (types_, handler)

    def _showtraceback(self, etype, value, stb):
        self.shown.append((etype, value, stb))


def _fake_ipython(shell):
    return types.SimpleNamespace(get_ipython=lambda: shell)


INSTALL = [
    pytest.param(None, False, id="ipython-not-imported"),
    pytest.param(_fake_ipython(None), False, id="ipython-imported-no-shell"),
    pytest.param(_fake_ipython(_Shell()), True, id="in-a-shell"),
]


@pytest.mark.parametrize(("module", "installed"), INSTALL)
def test_install_ipython_handler(module, installed, monkeypatch):
    monkeypatch.setitem(sys.modules, "IPython", module)
    assert install_ipython_handler() is installed
    if installed:
        assert module.get_ipython().custom == ((ag.CheckFailed,), _show_check_failed)


def test_install_ipython_handler_outside_ipython():
    assert install_ipython_handler() is False


def test_handler_shows_the_message_and_no_frames():
    shell = _Shell()
    try:
        fail("Title", "this", "that", "because", "do so")
    except ag.CheckFailed as error:
        _show_check_failed(shell, type(error), error, error.__traceback__)
    [(etype, value, stb)] = shell.shown
    assert etype is ag.CheckFailed
    assert stb == [f"\x1b[0;31m{value}\x1b[0m"]


# ---- One voice for every failure ------------------------------------------------------

# Failing cases that do not end in a voiced CheckFailed, and why (bugs, see each module).


def _every_failure():
    modules = {
        "custom_weighted_layers": test_custom_weighted_layers_checks,
        "identity": test_identity,
        "layers": test_layers,
        "learner": test_learner,
        "outputs": test_outputs,
        "parameters": test_parameters,
        "shapes": test_shapes,
    }
    for name, module in modules.items():
        for case in module.FAILURES:
            case_id = f"{name}-{case.id}"
            yield pytest.param(case.values[0], id=case_id)


VOICE = re.compile(
    r"✗ \S.*\n"
    r"  Expected: {5}\S.*\n"
    r"  Received: {5}\S.*\n"
    r"  Likely cause: \S.*\n"
    r"  Next step: {4}\S.*"
    r"(\n  .*)*"
)


@pytest.mark.parametrize("trigger", list(_every_failure()))
def test_every_failure_speaks_in_one_voice(trigger, fails):
    message = str(fails(trigger))
    assert VOICE.fullmatch(message), message
    assert "Traceback" not in message and 'File "' not in message


# ---- No raw traceback in a real notebook ----------------------------------------------

NOTEBOOK = [
    "import autograder as ag\nkeras = ag.keras",
    # 1: a failing check
    "a, b = keras.Input((4,)), keras.Input((4,))\n"
    "left, right = keras.layers.Dense(3), keras.layers.Dense(3)\n"
    "model = keras.Model([a, b], keras.layers.Concatenate()([left(a), right(b)]))\n"
    "ag.check_shared(left, right)",
    # 2: the learner's function raises a Keras error
    "def build():\n"
    "    a, b = keras.Input((8, 8, 3)), keras.Input((4,))\n"
    "    merged = keras.layers.Concatenate()([a, b])\n"
    "    return keras.Model([a, b], merged)\n"
    "\n"
    "ag.build(build)",
    # 3: the learner's function is not written yet
    "def build():\n    # YOUR CODE HERE\n    raise NotImplementedError()\n\nag.build(build)",
    # 4: the learner's function makes Keras warn, and works
    "def build():\n"
    "    return keras.Sequential([keras.layers.Dense(4, input_shape=(3,))])\n"
    "\n"
    "ag.build(build)",
    # 5: a check that passes
    "ag.check_shared(left, left)\nag.passed('Shared')",
]


@pytest.fixture(scope="module")
def notebook():
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in NOTEBOOK])
    NotebookClient(
        nb,
        kernel_name="python3",
        allow_errors=True,
        timeout=120,
        resources={"metadata": {"path": str(ROOT)}},
    ).execute()
    return nb


def _errors(cell) -> list:
    return [o for o in cell.outputs if o.output_type == "error"]


def _error(cell) -> tuple[str, str]:
    [error] = _errors(cell)
    return error.ename, "\n".join(error.traceback)


NOTEBOOK_ERRORS = [
    pytest.param(
        1,
        [r"✗ Shared weights between the two branches", r"Next step: +create the layer once"],
        id="failing-check",
    ),
    pytest.param(
        2,
        [
            r"✗ build\(\) raised ValueError",
            r"Likely cause: the inputs have different ranks",
            r"Raised in build\(\), line 3: merged = keras\.layers\.Concatenate\(\)\(\[a, b\]\)",
        ],
        id="learner-keras-error",
    ),
    pytest.param(3, [r"✗ build\(\) is not written yet"], id="not-written-yet"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("index", "patterns"), NOTEBOOK_ERRORS)
def test_notebook_shows_feedback_not_a_traceback(index, patterns, notebook):
    ename, text = _error(notebook.cells[index])
    assert ename == "CheckFailed"
    for pattern in patterns:
        assert re.search(pattern, text, re.MULTILINE), text
    assert "autograder/" not in text
    assert 'File "' not in text
    assert "Traceback" not in text


@pytest.mark.slow
def test_notebook_writes_nothing_to_stderr(notebook):
    streams = [o for cell in notebook.cells for o in cell.outputs if o.output_type == "stream"]
    assert [o.text for o in streams if o.name == "stderr"] == []
    stdout = [
        "".join(o.text for o in c.outputs if o.get("name") == "stdout") for c in notebook.cells
    ]
    assert stdout[4].startswith(
        "Note: while build() ran, Python warned: Do not pass an `input_shape`"
    )
    assert stdout[5] == "✓ Shared\n"
    assert [i for i, c in enumerate(notebook.cells) if _errors(c)] == [1, 2, 3]
