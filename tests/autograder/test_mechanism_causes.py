"""Causes read from the mechanism (issue 21): the model's inputs, the tensors a refused
Concatenate received, a layer left out before a merge, one head per branch added."""

from __future__ import annotations

import re

import pytest

import autograder as ag
from autograder import architecture, causes, keras_errors, raised

keras = ag.keras
layers = keras.layers

# ------------------------------------------------------------------- input shapes


@pytest.mark.parametrize(
    ("expected", "got", "pattern"),
    [
        pytest.param(
            [(None, 4), (None, 6)],
            [(None, 10)],
            r"your model has 1 input, the task has 2: one input of 10 values is the task's 2 "
            r"inputs joined",
            id="joined",
        ),
        pytest.param(
            [(None, 4), (None, 6)], [(None, 4)], r"1 input, the task has 2\.$", id="fewer"
        ),
        pytest.param(
            [(None, 16, 16, 3)], [(None, 3, 16, 16)], r"channels first, as PyTorch", id="channels"
        ),
        pytest.param(
            [(None, 4), (None, 6)], [(None, 4), (None, 8)], r"^input 2 has shape \(8,\)", id="which"
        ),
        pytest.param(
            [(None, 4)],
            [(None, None, 4)],
            r"the batch axis is not given to keras\.Input",
            id="batch",
        ),
    ],
)
def test_a_wrong_input_is_named_from_both_shape_lists(expected, got, pattern):
    cause, step = causes._inputs_differ(expected, got)
    assert re.search(pattern, cause), cause
    assert "keras.Input(shape=" in step


def test_the_same_shapes_say_nothing():
    assert causes._inputs_differ([(None, 4)], [(None, 4)]) == ("", "")


# ------------------------------------------------------ grids Concatenate refused


def _refused(build):
    try:
        build()
    except ValueError as error:
        return error
    raise AssertionError("Keras accepted it")


def _strided():
    image = keras.Input((16, 16, 3))
    a = layers.Conv2D(8, 3, strides=2, padding="same")(image)
    b = layers.Conv2D(4, 1)(image)
    return layers.Concatenate()([a, b])


def _valid():
    image = keras.Input((16, 16, 3))
    return layers.Concatenate()([layers.Conv2D(8, 3)(image), layers.Conv2D(4, 1)(image)])


def _upsampled():
    features = keras.Input((8, 8, 16))
    pixel = layers.Reshape((1, 1, 3))(keras.Input((3,)))
    return layers.Concatenate()([features, layers.UpSampling2D(4)(pixel)])


def _pooled():
    image = keras.Input((16, 16, 3))
    return layers.Concatenate()([layers.MaxPooling2D(2)(image), image])


def _one_pixel():
    features = keras.Input((8, 8, 16))
    return layers.Concatenate()([features, layers.Reshape((1, 1, 3))(keras.Input((3,)))])


@pytest.mark.parametrize(
    ("build", "cause", "step"),
    [
        pytest.param(
            _strided,
            r"the 8×8 map comes from Conv2D \(16×16 → 8×8\): strides=2",
            r"strides at 1",
            id="strides",
        ),
        pytest.param(
            _valid, r"14×14 map .*padding=\"valid\" \(the default\)", r'padding="same"', id="valid"
        ),
        pytest.param(
            _upsampled, r"UpSampling repeats each position size=4", r"size=8", id="upsampling"
        ),
        pytest.param(
            _pooled,
            r"the 8×8 map comes from MaxPooling2D \(16×16 → 8×8\): pooling",
            r"pool the other input",
            id="pooling",
        ),
    ],
)
def test_the_layer_that_changed_the_grid_is_named(build, cause, step):
    found = keras_errors.explain(_refused(build))
    assert re.search(cause, found.cause), found.cause
    assert re.search(step, found.next_step), found.next_step


def test_a_size_one_grid_is_left_to_the_broadcast_words():
    error = _refused(_one_pixel)
    assert raised.grid_mismatch(raised.read(error)) is None
    assert "does not broadcast a size-1 axis" in keras_errors.explain(error).cause


def test_without_the_tensors_the_table_answers():
    message = (
        "A `Concatenate` layer requires inputs with matching shapes except for the "
        "concatenation axis. Received: input_shape=[(None, 14, 14, 8), (None, 16, 16, 4)]"
    )
    assert raised.grid_mismatch(raised.read(message)) is None
    assert "spatial sizes differ" in keras_errors.explain(message).cause


# ------------------------------------------------------------- structure on a task

TASK = ag.architecture("""
    numbers = Input(4)
    text = Input(6)
    numbers_branch = Dense(8, "relu")(numbers)
    text_branch = Dense(8, "relu")(text)
    merged = Concatenate()(numbers_branch, text_branch)
    head = Dense(1)(merged)
""")


def _reference(numbers, text):
    a = layers.Dense(8, activation="relu")(numbers)
    b = layers.Dense(8, activation="relu")(text)
    return layers.Dense(1)(layers.Concatenate()([a, b]))


def _numbers_left_out(numbers, text):
    b = layers.Dense(8, activation="relu")(text)
    return layers.Dense(1)(layers.Concatenate()([numbers, b]))


def _head_per_branch(numbers, text):
    a = layers.Dense(8, activation="relu")(numbers)
    b = layers.Dense(8, activation="relu")(text)
    return layers.Add()([layers.Dense(1)(a), layers.Dense(1)(b)])


def _int_numbers(numbers, text):
    return _reference(keras.ops.cast(numbers, "float32"), text)


@pytest.mark.parametrize(
    ("body", "dtype", "pattern"),
    [
        pytest.param(_reference, "float32", None, id="reference"),
        pytest.param(
            _numbers_left_out,
            "float32",
            r"the numbers branch \(Dense\(8, activation=\"relu\"\)\) is missing between the "
            r"numbers input \(4 values\) and the Concatenate",
            id="branch-left-out",
        ),
        pytest.param(
            _head_per_branch,
            "float32",
            r"a Dense head of its own and adds their outputs \(Add\).* one bias where your 2 "
            r"heads have 2",
            id="head-per-branch",
        ),
        pytest.param(
            _int_numbers,
            "int32",
            r"the numbers input \(4 values\) is made with dtype=int32",
            id="int-input",
        ),
    ],
)
def test_the_difference_is_named_from_the_mechanism(body, dtype, pattern):
    numbers = keras.Input((4,), dtype=dtype, name="numbers")
    text = keras.Input((6,), name="text")
    model = keras.Model([numbers, text], body(numbers, text))
    x = ag.fixed_inputs((4,), (6,), batch=16)
    found = architecture.difference(model, TASK, x)
    if pattern is None:
        assert found is None
    else:
        assert found is not None and re.search(pattern, found.cause), found and found.cause


def test_whole_numbers_fed_to_an_int_input_are_not_blamed():
    """Token ids are whole numbers: an int input that receives them is right."""
    numbers = keras.Input((4,), dtype="int32")
    text = keras.Input((6,))
    model = keras.Model([numbers, text], _reference(keras.ops.cast(numbers, "float32"), text))
    x = [a.round() for a in ag.fixed_inputs((4,), (6,), batch=16)]
    found = architecture.difference(model, TASK, x)
    assert found is None or "dtype" not in found.cause


def _relu_moved_to_head(numbers, text):
    a = layers.Dense(8)(numbers)
    b = layers.Dense(8)(text)
    return layers.Dense(1, activation="relu")(layers.Concatenate()([a, b]))


def _stacked(numbers, text):
    a = layers.Dense(8, activation="relu")(numbers)
    b = layers.Dense(8, activation="relu")(text)
    return layers.Dense(1)(layers.Flatten()(keras.ops.stack([a, b], axis=-1)))


@pytest.mark.parametrize(
    ("body", "pattern"),
    [
        pytest.param(
            _relu_moved_to_head,
            r"the relu that the task puts on each of numbers_branch and text_branch is on head",
            id="group-moved",
        ),
        pytest.param(_reference, None, id="reference"),
    ],
)
def test_an_activation_moved_from_both_branches_to_the_head(body, pattern):
    numbers, text = keras.Input((4,)), keras.Input((6,))
    model = keras.Model([numbers, text], body(numbers, text))
    x = ag.fixed_inputs((4,), (6,), batch=16)
    if pattern is None:
        ag.check_architecture(model, TASK, inputs=x)
        return
    with pytest.raises(AssertionError, match=pattern):
        ag.check_architecture(model, TASK, inputs=x)


def test_a_stack_is_recognised_from_its_values():
    numbers, text = keras.Input((4,)), keras.Input((6,))
    model = keras.Model([numbers, text], _stacked(numbers, text))
    found = architecture.difference(model, TASK, ag.fixed_inputs((4,), (6,), batch=16))
    assert found is not None and "keras.ops.stack(..., axis=2)" in found.cause, found


def _maps(axis, b_filters):
    image = keras.Input((16, 16, 3))
    a = layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = layers.Conv2D(b_filters, 1, activation="relu")(image)
    return keras.Model(image, layers.Conv2D(2, 1)(layers.Concatenate(axis=axis)([a, b])))


@pytest.mark.parametrize(
    ("axis", "expected", "pattern"),
    [
        pytest.param(
            1, (None, 16, 16, 2), r"joins along axis 1 \(the height.*16 \+ 16 = 32", id="height"
        ),
        pytest.param(2, (None, 16, 16, 2), r"joins along axis 2 \(the width", id="width"),
        pytest.param(-1, (None, 16, 16, 2), None, id="channels"),
        pytest.param(-1, (None, 16, 16, 3), None, id="another-difference"),
    ],
)
def test_a_concatenation_along_another_axis_explains_the_output_shape(axis, expected, pattern):
    from autograder import structure

    found = structure.merge_axis(_maps(axis, 8), expected)
    if pattern is None:
        assert found is None
    else:
        assert found is not None and re.search(pattern, found.cause), found


INCEPTION = ag.architecture("""
    image = Input(16, 16, 3)
    branch_a = Conv2D(8, 3, padding="same", activation="relu")(image)
    branch_b = Conv2D(4, 1, activation="relu")(image)
    stacked = Concatenate(axis=-1)(branch_a, branch_b)
    head = Conv2D(2, 1)(stacked)
""")


@pytest.mark.parametrize(
    ("merge", "b_filters", "pattern"),
    [
        pytest.param(
            "Add",
            8,
            r"merges \[the branch a, the branch b\] with Add, the task concatenates them.*which "
            r"is why the branch b has 8 filters",
            id="widened-for-add",
        ),
        pytest.param(
            "Concatenate", 8, r"^the branch b \(Conv2D\) .* has 8 filters", id="only-wider"
        ),
    ],
)
def test_a_width_changed_for_an_elementwise_merge_names_the_merge(merge, b_filters, pattern):
    image = keras.Input((16, 16, 3))
    a = layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = layers.Conv2D(b_filters, 1, activation="relu")(image)
    model = keras.Model(image, layers.Conv2D(2, 1)(getattr(layers, merge)()([a, b])))
    found = architecture.difference(model, INCEPTION, ag.fixed_inputs((16, 16, 3), batch=4))
    assert found is not None and re.search(pattern, found.cause), found and found.cause
