"""autograder.keras_errors: each Keras error raised for real, then explained in plain words."""

import re

import numpy as np
import pytest

import autograder as ag
from autograder.keras_errors import (
    axis_name,
    differing_axes,
    explain,
    first_line,
    parse_shapes,
)

keras = ag.keras
layers = keras.layers


def concat(*shapes, axis=-1):
    return layers.Concatenate(axis=axis)([keras.Input(s) for s in shapes])


def concat_arrays(*shapes):
    return layers.Concatenate()([np.zeros(s, "float32") for s in shapes])


def dense_reused():
    dense = layers.Dense(3)
    dense(keras.Input((4,)))
    dense(keras.Input((6,)))


class Unregistered(layers.Layer):
    """A custom layer neither registered nor passed to load_model."""

    def call(self, x):
        return x


class NoKwargs(layers.Layer):
    """A custom layer whose __init__ does not take Keras's own arguments."""

    def __init__(self, units=2):
        super().__init__()
        self.units = units

    def call(self, x):
        return x


def reload(layer):
    """Save a model holding `layer` as .keras and load it back."""
    import tempfile

    inputs = keras.Input((2,))
    model = keras.Model(inputs, layer(inputs))
    with tempfile.TemporaryDirectory() as folder:
        path = f"{folder}/model.keras"
        model.save(path)
        keras.models.load_model(path, custom_objects={"NoKwargs": NoKwargs})


def reload_unregistered():
    import tempfile

    inputs = keras.Input((2,))
    model = keras.Model(inputs, Unregistered()(inputs))
    with tempfile.TemporaryDirectory() as folder:
        model.save(f"{folder}/model.keras")
        keras.models.load_model(f"{folder}/model.keras")


class AssignsWeights(layers.Layer):
    def build(self, input_shape):
        self.weights = self.add_weight(shape=(2,))

    def call(self, x):
        return x


def not_connected():
    a, b = keras.Input((4,)), keras.Input((4,))
    keras.Model(a, layers.Dense(2)(b))


def output_shape():
    return layers.Dense(3).output_shape


# (what raises, the regex its cause must match, the regex its next step must match)
ERRORS = [
    pytest.param(
        lambda: concat((8, 8, 3), (8, 8, 5), axis=1),
        r"differ only on axis 3 \(channels / features, the last axis\).*another axis",
        r"Concatenate\(axis=-1\).*dim=1",
        id="concat-channels-axis-pytorch-habit",
    ),
    pytest.param(
        lambda: concat((4,), (6,), axis=0),
        r"differ only on axis 1 \(features, the last axis\)",
        r"Concatenate\(axis=-1\)",
        id="concat-features-on-batch-axis",
    ),
    pytest.param(
        lambda: concat((8, 8, 3), (4,)),
        r"different ranks \(\(None, 8, 8, 3\), \(None, 4\)\).*never broadcasts",
        r"Flatten the feature map",
        id="concat-rank-mismatch",
    ),
    pytest.param(
        lambda: concat_arrays((2, 4), (3, 4)),
        r"different numbers of examples \(batch sizes differ\)",
        r"same batch",
        id="concat-batch-axis-mismatch",
    ),
    pytest.param(
        lambda: concat((8, 8, 3), (4, 4, 3)),
        r"spatial sizes differ \(axis 1, axis 2\).*padding='valid'",
        r"padding='same'.*axis=-1",
        id="concat-spatial-mismatch",
    ),
    pytest.param(
        lambda: concat((8, 8, 3), (1, 1, 3)),
        r"one input has size 1 there.*does not broadcast",
        r"UpSampling2D|tile",
        id="concat-size-1-grid",
    ),
    pytest.param(
        lambda: concat((10, 3), (12, 3)),
        r"differ on axis 1; every axis except the concatenation axis must match",
        r"make that axis agree first",
        id="concat-sequence-length",
    ),
    pytest.param(
        lambda: layers.Concatenate()(keras.Input((4,))),
        r"one tensor instead of a list",
        r"Concatenate\(\)\(\[a, b\]\)",
        id="concat-not-a-list",
    ),
    pytest.param(
        lambda: layers.Add()([keras.Input((4,)), keras.Input((6,))]),
        r"element-wise merges .* same size in every input \(or size 1, which Keras repeats\); "
        r"these differ: \(4,\) and \(6,\)",
        r"project the wider input with a Dense",
        id="add-4-and-6",
    ),
    pytest.param(
        dense_reused,
        r"layer 'dense\w*' was built for inputs whose last axis is 4, then called on "
        r"\(None, 6\): one layer instance is reused",
        r"where the task has a layer for each input, create a new layer for each",
        id="dense-reused-on-another-width",
    ),
    pytest.param(
        lambda: layers.Conv2D(3, 3)(keras.Input((4,))),
        r"layer 'conv2d\w*' needs inputs of rank 4 or more .* received rank 2",
        r"print tensor\.shape",
        id="conv2d-on-a-vector",
    ),
    pytest.param(
        lambda: layers.Dense(3, weights=[np.zeros((4, 3))]),
        r"no weights= argument",
        r"set_weights",
        id="weights-kwarg",
    ),
    pytest.param(
        lambda: AssignsWeights()(keras.Input((2,))),
        r"Layer\.weights is a read-only property",
        r"self\.add_weight\(\.\.\.\).*another name",
        id="self-weights-assigned-in-build",
    ),
    pytest.param(
        not_connected,
        r"not computed from the tensors passed as its inputs",
        r"keras\.Input objects",
        id="graph-not-connected",
    ),
    pytest.param(
        lambda: keras.Sequential([layers.Dense(3)]).count_params(),
        r"'sequential\w*' has no weights yet",
        r"keras\.Input\(shape=\.\.\.\)",
        id="count-params-unbuilt",
    ),
    pytest.param(
        lambda: layers.Reshape((5,))(keras.Input((4,))),
        r"Reshape must keep the number of values: \(4,\) cannot become \(5,\)",
        r"multiply to the same total",
        id="reshape-total-size",
    ),
    pytest.param(
        output_shape,
        r"output_shape was removed in Keras 3",
        r"layer\.output\.shape",
        id="output-shape-attribute",
    ),
    pytest.param(
        lambda: keras.Model(
            inputs := keras.Input((2,)),
            layers.Dense(2, name="twin")(layers.Dense(2, name="twin")(inputs)),
        ),
        r"both named 'twin': from_config\(get_config\(\)\) and clone_model keep",
        r'del config\["name"\]',
        id="duplicate-layer-name",
    ),
    pytest.param(
        reload_unregistered,
        r"cannot find the class Unregistered: a class of yours",
        r"register_keras_serializable.*custom_objects=\{'Unregistered': Unregistered\}",
        id="load-unregistered-class",
    ),
    pytest.param(
        lambda: reload(NoKwargs()),
        r"rebuilt with cls\(\*\*config\), and __init__ does not accept '(name|trainable|dtype)'",
        r"\*\*kwargs",
        id="load-init-without-kwargs",
    ),
]


def import_module(name):
    import importlib

    return importlib.import_module(name)


def compiled_sgd():
    model = keras.Sequential([keras.Input((2,)), layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    return model.optimizer


# pre-Keras-3 code from tutorials (issue 13: the "repair the tutorial" tasks meet each)
ERRORS += [
    pytest.param(
        lambda: layers.merge.concatenate([keras.Input((4,)), keras.Input((6,))]),
        r"keras\.layers\.merge, is gone in Keras 3",
        r"keras\.layers\.Concatenate\(\)\(\[a, b\]\)",
        id="keras2-layers-merge",
    ),
    pytest.param(
        lambda: import_module("keras.layers.merge"),
        r"keras\.layers\.merge, is gone in Keras 3",
        r"import keras",
        id="keras2-import-layers-merge",
    ),
    pytest.param(
        lambda: import_module("keras.engine.topology"),
        r"keras\.engine .* is gone in Keras 3",
        r"import keras",
        id="keras2-import-engine",
    ),
    pytest.param(
        lambda: layers.Divide(),
        r"Keras 3 has no Divide layer",
        r"keras\.ops\.divide",
        id="keras2-divide-layer",
    ),
    pytest.param(
        lambda: layers.Conv3DTransposeOld,
        r"keras\.layers has no Conv3DTransposeOld in Keras 3",
        r"keras\.io/api/layers",
        id="keras2-other-layer-name",
    ),
    pytest.param(
        lambda: keras.backend.softmax(keras.Input((3,))),
        r"keras\.backend .* no longer holds math functions such as K\.softmax",
        r"keras\.ops\.softmax",
        id="keras2-backend-softmax",
    ),
    pytest.param(
        lambda: keras.backend.set_value,
        r"such as K\.set_value",
        r"variable\.assign\(value\)",
        id="keras2-backend-set-value",
    ),
    pytest.param(
        lambda: layers.Lambda(lambda t: keras.backend.relu(t))(keras.Input((4,))),
        r"ran the Lambda's function on a symbolic tensor.*\(AttributeError\).*K\.relu",
        r"keras\.ops\.relu\(",
        id="lambda-whose-function-fails",
    ),
    pytest.param(  # the function's own error, chained under Keras's, is the one explained
        lambda: layers.Lambda(lambda t: keras.backend.max(t, axis=1))(keras.Input((5, 5))),
        r"ran the Lambda's function on a symbolic tensor.*\(AttributeError\).*such as K\.max",
        r"keras\.ops\.max\(",
        id="lambda-whose-function-fails-read-from-the-chained-error",
    ),
    pytest.param(  # Keras 2's habit of popping the head of a network
        lambda: keras.Model(x := keras.Input((3,)), layers.Dense(2)(x)).pop(),
        r"pop\(\) removes the last layer of a Sequential model only",
        r"keras\.Model\(base\.inputs, base\.get_layer\(NAME\)\.output\)",
        id="keras2-pop-on-a-functional-model",
    ),
    pytest.param(
        lambda: keras.optimizers.SGD(lr=1e-4),
        r"refuse Keras 2's keyword lr=: the rate is given as learning_rate=",
        r"learning_rate=0\.0001",
        id="keras2-optimizer-lr-keyword",
    ),
    pytest.param(
        lambda: layers.Concatenate()(keras.Input((4,)), keras.Input((6,))),
        r"called on separate tensors, Layer\(\)\(a, b\)",
        r"Concatenate\(\)\(\[a, b\]\)",
        id="merge-called-on-separate-tensors",
    ),
    pytest.param(
        lambda: keras.Model(input=(x := keras.Input((2,))), output=layers.Dense(1)(x)),
        r"inputs= and outputs= \(plural\)",
        r"keras\.Model\(inputs=",
        id="keras1-model-input-output-kwargs",
    ),
    pytest.param(
        lambda: layers.Dense(6).set_weights([np.zeros((8, 6)), np.zeros(6)]),
        r"set_weights was called on layer 'dense\w*' before it was built: .* the 2 arrays",
        r"build the layer first .* then call set_weights",
        id="set-weights-before-build",
    ),
    pytest.param(
        lambda: compiled_sgd().lr,
        r"SGD has no 'lr'.*learning_rate",
        r"compile again",
        id="keras2-optimizer-lr",
    ),
]


def raised(make) -> Exception:
    with pytest.raises(Exception) as info:
        make()
    return info.value


@pytest.mark.parametrize(("make", "cause", "next_step"), ERRORS)
def test_explain_real_keras_errors(make, cause, next_step):
    error = raised(make)
    explained = explain(error)
    assert explained is not None, f"no rule for: {error}"
    assert re.search(cause, explained.cause), explained.cause
    assert re.search(next_step, explained.next_step), explained.next_step
    if error.__context__ is None:  # a message alone works as well as the exception
        assert explain(str(error)) == explained


UNKNOWN = [
    pytest.param(ValueError("something else entirely"), id="other-value-error"),
    pytest.param(ZeroDivisionError("division by zero"), id="python-error"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("error", UNKNOWN)
def test_explain_unknown_gives_none(error):
    assert explain(error) is None


def test_unreadable_concat_shapes_still_explained():
    explained = explain(
        "A `Concatenate` layer requires inputs with matching shapes except for the "
        "concatenation axis. Received: input_shape=[TensorShape(?)]"
    )
    assert re.search(r"disagree on an axis other than the concatenation axis", explained.cause)


PARSE = [
    pytest.param("[(None, 4), (None, 6)]", [(None, 4), (None, 6)], id="list"),
    pytest.param("(None, 4)", [(None, 4)], id="one-shape"),
    pytest.param("[[2, 4], (3, 4)]", [(2, 4), (3, 4)], id="lists-inside"),
    pytest.param("[(None, 4), 7]", [(None, 4)], id="non-shapes-dropped"),
    pytest.param("[TensorShape([4])]", [], id="unreadable"),
    pytest.param("(None, 4", [], id="syntax-error"),
]


@pytest.mark.parametrize(("text", "shapes"), PARSE)
def test_parse_shapes(text, shapes):
    assert parse_shapes(text) == shapes


AXES = [
    pytest.param(0, 2, "axis 0 (the batch axis)", id="batch"),
    pytest.param(1, 2, "axis 1 (features, the last axis)", id="features"),
    pytest.param(3, 4, "axis 3 (channels / features, the last axis)", id="channels"),
    pytest.param(1, 4, "axis 1", id="spatial"),
]


@pytest.mark.parametrize(("axis", "rank", "name"), AXES)
def test_axis_name(axis, rank, name):
    assert axis_name(axis, rank) == name


DIFFERING = [
    pytest.param([(None, 8, 8, 3), (None, 8, 8, 5)], [3], id="channels"),
    pytest.param([(2, 4), (3, 4)], [0], id="batch"),
    pytest.param([(None, 4), (2, 4)], [], id="none-matches-anything"),
    pytest.param([(None, 8, 8, 3), (None, 4, 4, 3)], [1, 2], id="grid"),
]


@pytest.mark.parametrize(("shapes", "axes"), DIFFERING)
def test_differing_axes(shapes, axes):
    assert differing_axes(shapes) == axes


FIRST_LINE = [
    pytest.param("one line", "one line", id="plain"),
    pytest.param("first\nsecond", "first", id="first-of-two"),
    pytest.param("\n\n  padded  \n", "padded", id="blank-lines"),
    pytest.param("\x1b[1mbold\x1b[0m rest", "bold rest", id="ansi-removed"),
    pytest.param(
        "Exception encountered when calling Reshape.call().\n\n\x1b[1mThe real one\x1b[0m\nmore",
        "The real one",
        id="keras-wrapper-skipped",
    ),
    pytest.param("", "", id="empty"),
]


@pytest.mark.parametrize(("message", "line"), FIRST_LINE)
def test_first_line(message, line):
    assert first_line(message) == line


def test_first_line_of_a_real_wrapped_error():
    error = raised(lambda: layers.Reshape((5,))(keras.Input((4,))))
    assert str(error).startswith("Exception encountered when calling")
    assert first_line(error).startswith("The total size of the tensor must be unchanged.")


# ---------------------------------------------------- errors common in these tasks, in context


class LayerMadeInCall(layers.Layer):
    def call(self, x):
        self.dense = layers.Dense(2)  # state created after build
        return self.dense(x)


class WrongKernel(layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(shape=(4, 2))

    def call(self, x):
        return keras.ops.matmul(x, self.w)


class AddsTwo(layers.Layer):
    def call(self, inputs):
        return inputs[0] + inputs[1]


def _raise(make):
    with pytest.raises(Exception) as caught:
        make()
    return caught.value


TASK_ERRORS = [
    pytest.param(
        lambda: keras.Model(i := keras.Input((3,)), LayerMadeInCall()(i)),
        None,
        r"created after the layer was built",
        r"in __init__\(\)",
        id="state-tracking",
    ),
    pytest.param(
        lambda: np.concatenate([keras.Input((3,)), keras.Input((3,))], axis=-1),
        None,
        r"NumPy .* symbolic tensor",
        r"keras\.ops\.concatenate",
        id="numpy-on-symbolic",
    ),
    pytest.param(
        lambda: keras.Model(i := keras.Input((3,)), WrongKernel()(i)),
        None,
        r"inside WrongKernel\.call\(\), .*\(3 and 4\)",
        r"input_shape\[-1\]",
        id="matmul-shapes-symbolic",
    ),
    pytest.param(
        lambda: WrongKernel()(np.ones((2, 3), "float32")),
        None,
        r"inside WrongKernel\.call\(\), .*\[2,3\] and \[4,2\]",
        r"build\(\)",
        id="matmul-shapes-eager",
    ),
    pytest.param(
        lambda: AddsTwo()([np.ones((2, 3), "float32"), np.ones((2, 5), "float32")]),
        None,
        r"inside AddsTwo\.call\(\)",
        r"print the shapes",
        id="add-shapes-eager",
    ),
    pytest.param(
        lambda: layers.Dense(2, weights=[np.ones((3, 2))]),
        "sharing",
        r"same layer instance",
        r"call that one instance twice",
        id="weights-keyword-sharing",
    ),
    pytest.param(
        lambda: layers.Dense(2, weights=[np.ones((3, 2))]),
        "copy",
        r"no weights= argument",
        r"set_weights\(old\.get_weights\(\)\)",
        id="weights-keyword-copy",
    ),
]


@pytest.mark.parametrize(("make", "context", "cause", "step"), TASK_ERRORS)
def test_task_errors_explained_in_context(make, context, cause, step):
    found = explain(_raise(make), context=context)
    assert found is not None
    assert re.search(cause, found.cause), found.cause
    assert re.search(step, found.next_step), found.next_step


def test_sharing_context_never_advises_set_weights():
    error = _raise(lambda: layers.Dense(2, weights=[np.ones((3, 2))]))
    found = explain(error, context="sharing")
    assert "set_weights" not in found.cause + found.next_step


def test_context_set_for_a_cell_is_used_then_reset():
    error = _raise(lambda: layers.Dense(2, weights=[np.ones((3, 2))]))
    ag.context("sharing")
    try:
        assert "call that one instance twice" in explain(error).next_step
    finally:
        ag.passed("resets the task context")
    assert "call that one instance twice" not in explain(error).next_step


def test_unknown_context_is_refused():
    with pytest.raises(ValueError, match="unknown task context"):
        ag.context("shraing")
