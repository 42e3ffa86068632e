"""autograder.learner: calling the learner's function turns whatever it does into feedback.

The learner's functions here are compiled as notebook cells are (a filename
like ipykernel's, the source in linecache), so the feedback can quote the
learner's own line, as it does in a real notebook.
"""

import itertools
import linecache
import re
import textwrap

import pytest

import autograder as ag

keras = ag.keras

_cells = itertools.count(1)


def cell(source: str) -> dict:
    """Run `source` as a notebook cell would; returns the names it defines."""
    source = textwrap.dedent(source)
    filename = f"/tmp/ipykernel_4242/{next(_cells)}.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    names = {"keras": keras}
    exec(compile(source, filename, "exec"), names)
    return names


CELLS = cell(
    """
    def build_model():
        inputs = keras.Input((4,))
        return keras.Model(inputs, keras.layers.Dense(1)(inputs))

    def build_blank():
        # YOUR CODE HERE
        raise NotImplementedError()

    def build_mismatched():
        a, b = keras.Input((8, 8, 3)), keras.Input((4,))
        merged = keras.layers.Concatenate()([a, b])
        return keras.Model([a, b], merged)

    def build_failing():
        return {}["model"]

    def build_without_return():
        inputs = keras.Input((4,))
        model = keras.Model(inputs, keras.layers.Dense(1)(inputs))

    def build_tensor():
        inputs = keras.Input((4,))
        return keras.layers.Dense(1)(inputs)

    def build_with_input_shape():
        return keras.Sequential([keras.layers.Dense(4, input_shape=(3,))])

    def add(a, b=0):
        return a + b

    def build_dividing():
        return 1 / 0
    """
)


# Keras raises NotImplementedError with a message of its own; only the placeholder's is empty
KERAS2_CELLS = cell(
    """
    def build_with_backend_relu():
        inputs = keras.Input((4,))
        relu = keras.layers.Lambda(lambda t: keras.backend.relu(t))(inputs)
        return keras.Model(inputs, relu)
    """
)


def test_call_returns_what_the_function_returns():
    assert ag.call(CELLS["add"], 2, b=3) == 5
    assert ag.call(CELLS["add"], 2, returns=int) == 2


def test_build_returns_the_model(capsys):
    model = ag.build(CELLS["build_model"])
    assert isinstance(model, keras.Model)
    assert capsys.readouterr() == ("", "")


FAILURES = [
    pytest.param(
        lambda z: ag.build(CELLS["build_blank"]),
        [
            r"✗ build_blank\(\) is not written yet",
            r"Expected: +your code in place of raise NotImplementedError\(\)",
            r"Received: +raise NotImplementedError\(\)",
            r"still holds the placeholder",
            r"replace the placeholder line with your code",
        ],
        id="not-written-yet",
    ),
    pytest.param(
        lambda z: ag.build(CELLS["build_mismatched"]),
        [
            r"✗ build_mismatched\(\) raised ValueError",
            r"Expected: +build_mismatched\(\) to return a keras\.Model",
            r"Received: +ValueError: A `Concatenate` layer requires inputs with matching shapes",
            r"Likely cause: the inputs have different ranks",
            r"Next step: +give the inputs the same rank first",
            r"Raised in build_mismatched\(\), line 12: "
            r"merged = keras\.layers\.Concatenate\(\)\(\[a, b\]\)$",
        ],
        id="keras-error-explained-with-the-line",
    ),
    pytest.param(
        lambda z: ag.call(CELLS["build_failing"]),
        [
            r"Received: +KeyError: 'model'",
            r"Expected: +build_failing\(\) to return a result",
            r"Likely cause: +in build_failing\(\), `return \{\}\[\"model\"\]` looks up 'model'",
            r"Next step: +print the keys",
            r"Raised in build_failing\(\), line 16: return \{\}\[\"model\"\]",
        ],
        id="python-error-explained-from-the-line",
    ),
    pytest.param(
        lambda z: ag.call(CELLS["build_dividing"]),
        [
            r"Received: +ZeroDivisionError: division by zero",
            r"see the error message and the line it points to",
            r"run the function on its own in a new cell",
            r"Raised in build_dividing\(\), line \d+: return 1 / 0",
        ],
        id="other-error",
    ),
    pytest.param(
        lambda z: ag.build(KERAS2_CELLS["build_with_backend_relu"]),
        [
            r"✗ build_with_backend_relu\(\) raised NotImplementedError",
            r"Received: +NotImplementedError: We could not automatically infer the shape",
            r"Likely cause: Keras ran the Lambda's function on a symbolic tensor",
            r"keras\.ops\.relu",
        ],
        id="keras-not-implemented-is-an-error-not-a-placeholder",
    ),
    pytest.param(
        lambda z: ag.build(CELLS["build_without_return"]),
        [
            r"✗ What build_without_return\(\) returns",
            r"Expected: +a keras\.Model",
            r"Received: +None",
            r"Likely cause: the function ends without `return`\.",
            r"Next step: +end the function with `return model`\.",
        ],
        id="without-return",
    ),
    pytest.param(
        lambda z: ag.build(CELLS["build_tensor"]),
        [r"✗ What build_tensor\(\) returns", r"Expected: +a keras\.Model", r"Received: +a \w+"],
        id="wrong-type",
    ),
    pytest.param(
        lambda z: ag.call(CELLS["add"], 1, returns=str),
        [r"Expected: +a builtins\.str", r"Received: +an int"],
        id="wrong-type-named-from-returns",
    ),
    pytest.param(
        lambda z: ag.call(CELLS["add"], 1, returns=(str, list), what="some text"),
        [r"Expected: +some text$"],
        id="wrong-type-what",
    ),
    pytest.param(
        lambda z: ag.build(42),
        [
            r"✗ Calling your function",
            r"Expected: +a function",
            r"Received: +an int",
            r"define it with `?def",
        ],
        id="not-a-function",
    ),
    pytest.param(
        lambda z: ag.call(None),
        [r"Received: +None", r"the name was given a value, not a function"],
        id="none-not-a-function",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_call_fails(trigger, patterns, fails):
    fails(trigger, patterns)


def test_warnings_become_a_note_on_stdout(capsys):
    model = ag.build(CELLS["build_with_input_shape"])
    assert isinstance(model, keras.Sequential)
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("Note: while build_with_input_shape() ran, Python warned: ")
    assert "input_shape" in out


WARN_THEN_FAIL = cell(
    """
    def build_warns_then_fails():
        keras.Sequential([keras.layers.Dense(4, input_shape=(3,))])
        return [][0]

    def build_warns_then_stops():
        keras.Sequential([keras.layers.Dense(4, input_shape=(3,))])
        raise NotImplementedError()
    """
)

NOTED = [
    pytest.param("build_warns_then_fails", r"raised IndexError", id="then-raises"),
    pytest.param(
        "build_warns_then_stops",
        r"not written yet",
        id="then-not-written",
    ),
]


@pytest.mark.parametrize(("name", "pattern"), NOTED)
def test_warnings_are_noted_before_a_failure(name, pattern, capsys, fails):
    fails(lambda z: ag.build(WARN_THEN_FAIL[name]), [pattern])
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"Note: while {name}() ran, Python warned: ")


def test_no_learner_line_outside_a_notebook(fails):
    def failing():
        raise ValueError("plain")

    error = fails(lambda z: ag.call(failing))
    assert error.feedback.details == []


def test_not_a_function_next_step_is_valid_python(fails):
    error = fails(lambda z: ag.call(42))
    assert "def your function" not in error.feedback.next_step


# ---- what the learner's function is given, it must not change (issue 12) ---------------


def _encoder():
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(6), keras.layers.Dense(4)])
    for i, v in enumerate(model.weights):
        v.assign(keras.ops.ones(v.shape) * (i + 1))
    return model


def copy_right(encoder):
    duplicate = keras.models.clone_model(encoder)
    duplicate.set_weights(encoder.get_weights())
    return duplicate


def copy_backwards(encoder):
    duplicate = keras.models.clone_model(encoder)
    encoder.set_weights(duplicate.get_weights())
    return duplicate


def trains_it(encoder):
    encoder.compile(optimizer="sgd", loss="mse")
    encoder.fit(keras.ops.ones((4, 8)), keras.ops.zeros((4, 4)), verbose=0)
    return encoder


def test_call_accepts_a_function_that_only_reads_its_argument():
    ag.call(copy_right, _encoder(), returns=keras.Model)


def test_call_accepts_building_an_unbuilt_argument():
    layer = keras.layers.Dense(2)
    ag.call(lambda d: keras.Model(i := keras.Input((3,)), d(i)), layer, returns=keras.Model)


@pytest.mark.parametrize(
    ("function", "patterns"),
    [
        (
            copy_backwards,
            [
                r"What copy_backwards\(\) did to its argument encoder",
                r"4 of its 4 variables hold other values",
                r"the values went the wrong way: encoder.set_weights\(new.get_weights\(\)\)",
            ],
        ),
        (trains_it, [r"hold other values", r"it trained it \(fit, train_on_batch\)"]),
    ],
    ids=["set-weights-backwards", "trained"],
)
def test_call_fails_when_the_argument_was_changed(function, patterns):
    with pytest.raises(ag.CheckFailed) as info:
        ag.call(function, _encoder(), returns=keras.Model)
    for pattern in patterns:
        assert re.search(pattern, str(info.value)), str(info.value)
