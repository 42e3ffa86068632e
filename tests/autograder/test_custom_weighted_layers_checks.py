"""autograder.custom_weighted_layers: a learner's layer class made, called, trained, saved, loaded.

The layer classes below are the answers learners really write (see
tests/grading/answers/03_custom_weighted_layers/); each check is run on the
ones it must accept and on the ones it must refuse, and every refusal must
speak in the course's voice.
"""

from __future__ import annotations

import doctest
import re
import warnings

import numpy as np
import pytest

import autograder as ag
from autograder import custom_weighted_layers as cl

keras = ag.keras
ops = keras.ops

X3 = ag.fixed_inputs((4,), (4,), (4,))
LOGITS = [0.5, -1.0, 2.0]

# ---- Layers as learners write them ------------------------------------------------------


class Plain(keras.layers.Layer):
    """One logit per input, made in build(), softmax in call(); no get_config of its own."""

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(s) for s in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"inputs of different shapes: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class Good(Plain):
    """The reference: Plain, with a get_config that records the temperature."""

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


@keras.saving.register_keras_serializable(package="test_custom_weighted_layers_checks")
class Registered(Good):
    pass


class ScalarPerInput(keras.layers.Layer):
    """One scalar variable per input, randomly initialised."""

    def build(self, input_shape):
        self.scores = [self.add_weight(shape=(), initializer="random_normal") for _ in input_shape]

    def call(self, inputs):
        weights = ops.softmax(ops.stack([s.value for s in self.scores]))
        return ops.einsum("...n,n->...", ops.stack(inputs, axis=-1), weights)


class Column(Good):
    """A (n, 1) variable: still one number per input."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), 1), initializer="ones")

    def call(self, inputs):
        weights = ops.softmax(ops.reshape(self.logits, (-1,)) / self.temperature)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class AutoConfig(Plain):
    """No get_config of its own: Keras 3 records the plain `temperature` itself."""


class SelfWeights(Good):
    def build(self, input_shape):
        self.weights = self.add_weight(shape=(len(input_shape),))


class NumpyWeights(Good):
    def build(self, input_shape):
        self.mix = np.ones(len(input_shape), "float32") / len(input_shape)

    def call(self, inputs):
        return sum(self.mix[i] * t for i, t in enumerate(inputs))


class Frozen(Good):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), trainable=False)


class PerFeature(Good):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]))

    def call(self, inputs):
        weights = ops.softmax(self.logits, axis=0)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class FixedInInit(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.logits = self.add_weight(shape=(3,), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class Raw(Good):
    def call(self, inputs):
        return sum(self.logits[i] * t for i, t in enumerate(inputs))


class DividedBySum(Good):
    def call(self, inputs):
        weights = self.logits / ops.sum(self.logits)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class NoTemperature(Good):
    def call(self, inputs):
        weights = ops.softmax(self.logits)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class Reversed(Good):
    def call(self, inputs):
        weights = ops.softmax(self.logits)
        return sum(weights[i] * t for i, t in enumerate(inputs[::-1]))


class Stale(Good):
    def build(self, input_shape):
        super().build(input_shape)
        self.mix = ops.softmax(self.logits)

    def call(self, inputs):
        return sum(self.mix[i] * t for i, t in enumerate(inputs))


class BreaksInTraining(Good):
    def call(self, inputs, training=False):
        if training:
            raise RuntimeError("only works in inference")
        return super().call(inputs)


class NotWritten(Good):
    def build(self, input_shape):
        raise NotImplementedError()


class CallNotWritten(Good):
    def call(self, inputs):
        raise NotImplementedError()


class ReturnsList(Good):
    def call(self, inputs):
        return list(inputs)


class NoValidation(Good):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


class VagueMessage(Good):
    def build(self, input_shape):
        if len({tuple(s) for s in input_shape}) != 1:
            raise ValueError("the inputs must have the same shape")
        super().build(input_shape)


class WrongErrorType(Good):
    def build(self, input_shape):
        if len({tuple(s) for s in input_shape}) != 1:
            raise TypeError(f"inputs of different shapes: {input_shape}")
        super().build(input_shape)


class ValidatesInCall(NoValidation):
    def call(self, inputs):
        shapes = [tuple(t.shape) for t in inputs]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge: inputs of different shapes {shapes}")
        return super().call(inputs)


class LostTemperature(Plain):
    def get_config(self):
        return super().get_config()


class NoKwargs(Good):
    def __init__(self, temperature=1.0):
        super().__init__()
        self.temperature = temperature


class ConfigNotWritten(Good):
    def get_config(self):
        raise NotImplementedError()


class ArrayArgument(keras.layers.Layer):
    """An argument that is not a plain value and no get_config: Keras cannot save it."""

    def __init__(self, start=None, **kwargs):
        super().__init__(**kwargs)
        self.start = start

    def call(self, inputs):
        return inputs[0]


class InitNotWritten(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        raise NotImplementedError()


class BadInit(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.size = kwargs["size"]


class NotALayer:
    pass


def model_of(cls, shapes=((4,), (4,), (4,)), **kwargs):
    layer = cl.make(cls, **kwargs)
    return layer, cl.merge_model(layer, list(shapes))


def mixed_model_of(cls, **kwargs):
    """A 3-input model whose weights are not all equal (equal ones hide the temperature)."""
    layer, model = model_of(cls, **kwargs)
    cl.set_logits(layer, LOGITS)
    return model


def loader(cls):
    def load_merge_model(path):
        return keras.saving.load_model(path, custom_objects={cls.__name__: cls})

    return load_merge_model


def plain_loader(path):
    return keras.saving.load_model(path)


def loader_not_written(path):
    raise NotImplementedError()


def loader_without_return(path):
    keras.saving.load_model(path, custom_objects={"Good": Good})


# ---- The reference computations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("logits", "temperature", "weights"),
    [
        ([0.0, 0.0], 1.0, [0.5, 0.5]),
        ([0.0, 0.0, 0.0, 0.0], 1.0, [0.25] * 4),
        ([np.log(3.0), 0.0], 1.0, [0.75, 0.25]),
        ([2 * np.log(3.0), 0.0], 2.0, [0.75, 0.25]),
        ([1000.0, 0.0], 1.0, [1.0, 0.0]),  # stable for large logits
    ],
)
def test_softmax(logits, temperature, weights):
    assert cl.softmax(logits, temperature) == pytest.approx(weights)


def test_weighted_sum_is_what_keras_computes():
    layer, model = model_of(Good, temperature=0.5)
    cl.set_logits(layer, LOGITS)
    expected = cl.weighted_sum(X3, LOGITS, temperature=0.5)
    assert np.allclose(model(X3), expected, atol=1e-6)


@pytest.mark.parametrize(
    ("shapes", "words"),
    [
        ([(None, 4), (None, 4)], None),
        ([(None, 2, 3)] * 3, None),
        ([(None, 4), (None, 1)], "input 2 has shape (None, 1), input 1 has shape (None, 4)"),
        ([(None, 4), (None, 4), (None, 5)], "input 3 has shape (None, 5)"),
        ([(None, 4)], "1 input; a merge needs 2 or more"),
    ],
)
def test_mismatch(shapes, words):
    assert cl.mismatch(shapes) == words or words in cl.mismatch(shapes)


# ---- The course's own WeightedMerge -------------------------------------------------------


@pytest.mark.parametrize(("n", "temperature"), [(2, 1.0), (3, 0.5), (4, 2.0)])
def test_course_weighted_merge(n, temperature):
    x = ag.fixed_inputs(*[(2, 3)] * n)
    merge = cl.WeightedMerge(temperature=temperature)
    model = cl.merge_model(merge, [(2, 3)] * n)
    assert model.count_params() == n
    logits = np.linspace(-1, 1.5, n)
    cl.set_logits(merge, logits)
    assert np.allclose(model(x), cl.weighted_sum(x, logits, temperature), atol=1e-6)
    assert cl.WeightedMerge.from_config(merge.get_config()).temperature == temperature


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda m: m(cl.inputs((4,), (1,))), r"Received: input 2 has shape \(None, 1\)"),
        (lambda m: m(cl.inputs((4,))), r"1 input; a merge needs 2 or more"),
        (lambda m: m(keras.Input((4,))), r"called on a list of tensors"),
    ],
)
def test_course_weighted_merge_refuses(call, words):
    with pytest.raises(ValueError, match=words):
        call(cl.WeightedMerge())


def test_course_weighted_merge_round_trips_without_custom_objects():
    merge = cl.WeightedMerge(temperature=0.5)
    model = cl.merge_model(merge, [(4,)] * 3)
    cl.set_logits(merge, LOGITS)
    loaded = cl.check_round_trip(model, X3)
    assert type(loaded.layers[-1]) is cl.WeightedMerge


def test_docstring_examples_hold():
    assert doctest.testmod(cl).failed == 0


# ---- Every check, passing ------------------------------------------------------------------


PASSING = [
    pytest.param(lambda: cl.make(Good), id="make"),
    pytest.param(lambda: model_of(ScalarPerInput), id="merge-model-scalar-variables"),
    pytest.param(
        lambda: cl.check_one_weight_per_input(model_of(Good)[0], inputs=3, width=4),
        id="one-weight-per-input",
    ),
    pytest.param(
        lambda: cl.check_one_weight_per_input(model_of(ScalarPerInput)[0], inputs=3),
        id="one-weight-per-input-scalars",
    ),
    pytest.param(
        lambda: cl.check_one_weight_per_input(model_of(Column, [(2, 3)] * 2)[0], inputs=2, width=3),
        id="one-weight-per-input-column",
    ),
    pytest.param(
        lambda: cl.check_weighted_sum(*model_of(Good)[::-1], X3, logits=LOGITS),
        id="weighted-sum",
    ),
    pytest.param(
        lambda: cl.check_weighted_sum(
            *model_of(Column, temperature=0.5)[::-1], X3, logits=LOGITS, temperature=0.5
        ),
        id="weighted-sum-column-temperature",
    ),
    pytest.param(
        lambda: cl.check_weighted_sum(*model_of(ScalarPerInput)[::-1], X3, logits=LOGITS),
        id="weighted-sum-scalars",
    ),
    pytest.param(lambda: cl.check_learns(model_of(Good)[0], X3), id="learns"),
    pytest.param(
        lambda: cl.check_rejects(
            lambda: cl.make(Good)(cl.inputs((4,), (1,))), mentions=[(None, 4), (None, 1)]
        ),
        id="rejects",
    ),
    pytest.param(
        lambda: cl.check_rejects(
            lambda: cl.make(ValidatesInCall)(cl.inputs((4,), (1,))),
            mentions=[(None, 4), (None, 1)],
        ),
        id="rejects-in-call",
    ),
    pytest.param(
        lambda: cl.check_round_trip(mixed_model_of(Registered, temperature=0.5), X3),
        id="round-trip-registered",
    ),
    pytest.param(
        lambda: cl.check_round_trip(model_of(Good)[1], X3, load=loader(Good)),
        id="round-trip-custom-objects",
    ),
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(AutoConfig, temperature=0.5), X3, load=loader(AutoConfig)
        ),
        id="round-trip-auto-config",
    ),
]


@pytest.mark.parametrize("check", PASSING)
def test_check_passes(check):
    check()


def test_round_trip_writes_where_it_is_told(tmp_path):
    _, model = model_of(Good)
    loaded = cl.check_round_trip(model, X3, tmp_path, load=loader(Good), filename="merge.keras")
    assert (tmp_path / "merge.keras").is_file()
    assert loaded is not model


def test_set_logits_and_logits_agree_whatever_the_variables_shapes():
    for cls in (Good, Column, ScalarPerInput):
        layer, _ = model_of(cls)
        cl.set_logits(layer, LOGITS)
        assert cl.logits(layer) == pytest.approx(LOGITS)
    with pytest.raises(ValueError, match="holds 3 numbers, not 2"):
        cl.set_logits(layer, [1.0, 2.0])


# ---- Every check, failing -------------------------------------------------------------------

# (trigger, regexes its message must match)
FAILURES = [
    pytest.param(
        lambda z: cl.make(NotALayer),
        [r"✗ Your layer class NotALayer", r"does not inherit", r"keras\.layers\.Layer\):"],
        id="make-not-a-layer",
    ),
    pytest.param(lambda z: cl.make(len), [r"a function \(len\)"], id="make-a-function"),
    pytest.param(
        lambda z: cl.make(cl.WeightedMerge),
        [r"the course's WeightedMerge", r"write the class yourself"],
        id="make-the-course-layer",
    ),
    pytest.param(
        lambda z: cl.make(InitNotWritten),
        [r"✗ InitNotWritten\(\) is not written yet"],
        id="init-blank",
    ),
    pytest.param(
        lambda z: cl.make(BadInit), [r"InitNotWritten|KeyError: 'size'"], id="init-raises"
    ),
    pytest.param(
        lambda z: model_of(NotWritten),
        [r"✗ NotWritten\.build\(\) is not written yet"],
        id="build-blank",
    ),
    pytest.param(
        lambda z: model_of(CallNotWritten),
        [r"✗ CallNotWritten\.call\(\) is not written yet"],
        id="call-blank",
    ),
    pytest.param(
        lambda z: model_of(SelfWeights),
        [
            r"✗ Calling SelfWeights on 3 inputs of shape \(None, 4\), \(None, 4\), \(None, 4\)",
            r"Received: +AttributeError: property 'weights' of 'SelfWeights' object has no setter",
            r"Layer\.weights is a read-only property",
        ],
        id="self-weights",
    ),
    pytest.param(
        lambda z: model_of(ReturnsList), [r"Received: +a list", r"one tensor"], id="returns-list"
    ),
    pytest.param(
        lambda z: model_of(Good, [(4,), (5,)]),
        [r"Received: +ValueError: inputs of different shapes"],
        id="own-validation-in-merge-model",
    ),
    pytest.param(
        lambda z: model_of(NoValidation, [(4,), (5,)]),
        [r"Received: +ValueError: Dimensions must be equal, but are 4 and 5"],
        id="keras-wrapped-error-unwrapped",
    ),
    pytest.param(
        lambda z: cl.check_one_weight_per_input(model_of(NumpyWeights)[0], inputs=3),
        [r"Received: +0 parameters", r"no variable: its weights are a plain array"],
        id="numpy-weights",
    ),
    pytest.param(
        lambda z: cl.check_one_weight_per_input(model_of(Frozen)[0], inputs=3),
        [r"Received: +3 parameters, 0 trainable", r"trainable=False", r"not trainable$"],
        id="frozen",
    ),
    pytest.param(
        lambda z: cl.check_one_weight_per_input(model_of(PerFeature)[0], inputs=3, width=4),
        [r"Received: +12 parameters", r"one weight per input value \(shape \(3, 4\)\)"],
        id="per-feature",
    ),
    pytest.param(
        lambda z: cl.check_one_weight_per_input(model_of(FixedInInit, [(4,), (4,)])[0], inputs=2),
        [r"Expected: +2 trainable parameters", r"3 weights for 2 inputs: the size is fixed"],
        id="fixed-in-init",
    ),
    pytest.param(
        lambda z: cl.check_weighted_sum(*model_of(Raw)[::-1], X3, logits=LOGITS),
        [r"raw logits used as weights", r"keras\.ops\.softmax"],
        id="raw-logits",
    ),
    pytest.param(
        lambda z: cl.check_weighted_sum(*model_of(DividedBySum)[::-1], X3, logits=LOGITS),
        [r"divided by their sum", r"one of them is -0\.67"],
        id="divided-by-sum",
    ),
    pytest.param(
        lambda z: cl.check_weighted_sum(
            *model_of(NoTemperature, temperature=0.5)[::-1], X3, logits=LOGITS, temperature=0.5
        ),
        [r"temperature left out", r"divide the logits by self\.temperature"],
        id="temperature-ignored",
    ),
    pytest.param(
        lambda z: cl.check_weighted_sum(*model_of(Reversed)[::-1], X3, logits=LOGITS),
        [r"different values", r"the right weights, given to the inputs in another order"],
        id="reversed",
    ),
    pytest.param(
        lambda z: cl.check_weighted_sum(*model_of(PerFeature)[::-1], X3, logits=LOGITS),
        [r"Expected: +3 numbers, one logit per input", r"Received: +12 numbers, not 3"],
        id="weighted-sum-wrong-variables",
    ),
    pytest.param(
        lambda z: cl.check_learns(model_of(Stale)[0], X3),
        [r"Received: +no change", r"computed once"],
        id="stale-softmax",
    ),
    pytest.param(
        lambda z: cl.check_learns(model_of(BreaksInTraining)[0], X3),
        [r"✗ One training step", r"Received: +RuntimeError: only works in inference"],
        id="learns-raises",
    ),
    pytest.param(
        lambda z: cl.check_rejects(
            lambda: cl.make(NoValidation)(cl.inputs((4,), (1,))),
            mentions=[(None, 4), (None, 1)],
            accepted_cause="Keras broadcasts the size-1 axis.",
        ),
        [r"Received: +no error: the inputs were accepted", r"broadcasts the size-1 axis"],
        id="rejects-accepted",
    ),
    pytest.param(
        lambda z: cl.check_rejects(
            lambda: cl.make(NoValidation)(cl.inputs((4,), (5,))), mentions=[(None, 4), (None, 5)]
        ),
        [
            r"refusing inputs it cannot merge",
            r"own check let them through; Keras failed later: Dimensions must be equal",
            r"does not check its inputs' shapes",
        ],
        id="rejects-keras-own-error",
    ),
    pytest.param(
        lambda z: cl.check_rejects(
            lambda: cl.make(VagueMessage)(cl.inputs((4,), (1,))), mentions=[(None, 4), (None, 1)]
        ),
        [r"Received: +ValueError: the inputs must have the same shape", r"does not name"],
        id="rejects-vague-message",
    ),
    pytest.param(
        lambda z: cl.check_rejects(lambda: cl.make(WrongErrorType)(cl.inputs((4,), (1,)))),
        [r"Received: +TypeError: inputs of different shapes", r"not ValueError"],
        id="rejects-wrong-type",
    ),
    pytest.param(
        lambda z: cl.check_rejects(lambda: cl.make(NotWritten)(cl.inputs((4,), (1,)))),
        [r"not written yet"],
        id="rejects-blank",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(Good)[1], X3),
        [
            r"✗ Loading the saved model$",
            r"Received: +TypeError: Could not locate class 'Good'",
            r"registered or passed to load_model",
            r"custom_objects=\{'Good': Good\}",
        ],
        id="round-trip-unregistered",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(Good)[1], X3, load=plain_loader),
        [r"✗ Loading the saved model with plain_loader\(\)", r"Raised in|Could not locate"],
        id="round-trip-loader-unregistered",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(NoKwargs)[1], X3, load=loader(NoKwargs)),
        [r"unexpected keyword argument 'name'", r"super\(\)\.__init__\(\*\*kwargs\)"],
        id="round-trip-init-without-kwargs",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(
            mixed_model_of(LostTemperature, temperature=0.5), X3, load=loader(LostTemperature)
        ),
        [
            r"Received: +different outputs \(temperature: 0\.5 before saving, 1\.0 after loading\)",
            r"get_config\(\) leaves out temperature",
        ],
        id="round-trip-lost-argument",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(ConfigNotWritten)[1], X3),
        [r"✗ Saving a model", r"get_config\(\) still holds the placeholder"],
        id="round-trip-config-blank",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(
            cl.merge_model(cl.make(ArrayArgument, start=np.zeros(2)), [(4,), (4,)]),
            ag.fixed_inputs((4,), (4,)),
        ),
        [r"✗ Saving a model", r"only when they are plain values"],
        id="round-trip-unserializable-argument",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(Good)[1], X3, load=loader_not_written),
        [r"✗ loader_not_written\(\) is not written yet"],
        id="round-trip-loader-blank",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(Good)[1], X3, load=loader_without_return),
        [r"What loader_without_return\(\) returns", r"Received: +None", r"without `return`"],
        id="round-trip-loader-returns-none",
    ),
    pytest.param(
        lambda z: cl.check_round_trip(model_of(Good)[1], X3, load="model.keras"),
        [r"Received: +a str"],
        id="round-trip-loader-not-callable",
    ),
    pytest.param(
        lambda z: cl.build_model(
            lambda merge: keras.Model(*(lambda i: (i, merge(i)))(cl.inputs((3,), (5,)))),
            cl.WeightedMerge(),
        ),
        [
            r"Received: +ValueError: WeightedMerge needs 2 or more inputs of one shape",
            r"merge was called on tensors of different shapes",
        ],
        id="build-model-refused-merge",
    ),
    pytest.param(
        lambda z: cl.build_model(lambda merge: merge, cl.WeightedMerge()),
        [r"What <lambda>\(\) returns"],
        id="build-model-other-failure-unchanged",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_check_fails_with_its_message(trigger, patterns, fails):
    fails(trigger, patterns)


VOICE = re.compile(
    r"✗ \S.*\n"
    r"  Expected: {5}\S.*\n"
    r"  Received: {5}\S.*\n"
    r"  Likely cause: \S.*\n"
    r"  Next step: {4}\S.*"
    r"(\n  .*)*"
)


@pytest.mark.parametrize("trigger", [case.values[0] for case in FAILURES], ids=lambda _: "")
def test_every_failure_speaks_in_one_voice(trigger, fails):
    message = str(fails(trigger))
    assert VOICE.fullmatch(message), message
    assert "Traceback" not in message and 'File "' not in message
    assert "\x1b[" not in message


# ---- How a learner may write a shape in an error message ------------------------------------

SHAPES = [
    ((None, 4), "Received: (None, 4)", True),
    ((None, 4), "Received: [None, 4]", True),
    ((None, 4), "shapes [(4,), (1,)]", True),
    ((None, 4), "TensorShape([None, 4])", True),
    ((None, 4), "got (2, 4) and (2, 1)", True),  # called eagerly: a concrete batch size
    ((None, 4), "Received: (None, 44)", False),
    ((None, 4), "with input shapes: [?,4], [?,1]", False),
    ((None, 2, 3), "shapes (None, 2, 3) and (None, 3, 2)", True),
    ((None, 2, 3), "shapes (None, 3, 2)", False),
]


@pytest.mark.parametrize(("shape", "text", "named"), SHAPES)
def test_shape_pattern(shape, text, named):
    assert bool(re.search(cl._shape_pattern(shape), text)) is named


def test_message_core_drops_the_arguments_keras_lists():
    with pytest.raises(ValueError) as info:
        cl.make(NoValidation)(cl.inputs((4,), (5,)))
    assert "(None, 4)" in str(info.value)  # in Keras's list of the call's arguments
    assert "(None, 4)" not in cl._message_core(info.value)


# ---- Nothing reaches stderr, where nbgrader would count it as a failure ----------------------


class Warns(Good):
    def build(self, input_shape):

        warnings.warn("a learner's own warning", UserWarning, stacklevel=1)
        super().build(input_shape)


def test_a_warning_in_the_learners_layer_is_a_note_on_stdout(capfd):
    model_of(Warns)
    out, err = capfd.readouterr()
    assert "Note: while Warns ran, Python warned: a learner's own warning" in out
    assert err == ""


def test_round_trip_of_a_trained_model_writes_nothing_to_stderr(capfd):
    _, model = model_of(Registered)
    model.compile(optimizer="sgd", loss="mse")
    model.fit(X3, np.ones((2, 4), "float32"), verbose=0)
    cl.check_round_trip(model, X3)
    assert capfd.readouterr().err == ""


# ---- Issue 12: validation on three layouts, the whole configuration, implied weights --


class ChecksFirstTwo(Good):
    def build(self, input_shape):
        if tuple(input_shape[0]) != tuple(input_shape[1]):
            raise ValueError(f"inputs of different shapes: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


class ChecksSizes(Good):
    def build(self, input_shape):
        if len({int(np.prod(s[1:])) for s in input_shape}) != 1:
            raise ValueError(f"inputs of different sizes: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


class ChecksLastAxis(Good):
    def build(self, input_shape):
        if len({s[-1] for s in input_shape}) != 1:
            raise ValueError(f"inputs of different widths: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


class ConfigWithoutSuper(Plain):
    def get_config(self):
        return {"temperature": self.temperature}


class ColumnLogits(NoValidation):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), 1), initializer="zeros")


class Flipped(Good):
    def call(self, inputs):
        weights = ops.flip(ops.softmax(self.logits), axis=0)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class TemperatureTimes(Good):
    def call(self, inputs):
        weights = ops.softmax(self.logits * self.temperature)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class ChecksRanks(Good):
    def build(self, input_shape):
        if len({len(shape) for shape in input_shape}) != 1:
            raise ValueError(f"inputs of different ranks: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


CASES = [[(4,), (4,), (1,)], [(2, 3), (3, 2)], [(3, 4), (4, 4), (3, 4)]]


def test_check_validates_passes_a_whole_shape_check():
    cl.check_validates(Good, CASES)


@pytest.mark.parametrize(
    ("cls", "pattern"),
    [
        (ChecksFirstTwo, r"inputs 1 and 2 agree and input 3 has another shape"),
        (ChecksSizes, r"hold as many values but are laid out differently"),
        (ChecksLastAxis, r"agree on the last axis only"),
        # read from the probes it refuses, not from the accepted case's layout
        (NoValidation, r"(?s)no error: the inputs were accepted.*does not compare .* at all"),
        (ChecksRanks, r"compares only the number of axes \(ranks\)"),
    ],
    ids=["first-two", "sizes", "last-axis", "none", "ranks"],
)
def test_check_validates_names_what_the_validation_compares(cls, pattern):
    with pytest.raises(ag.CheckFailed) as info:
        cl.check_validates(cls, CASES)
    assert re.search(pattern, str(info.value)), str(info.value)


def test_round_trip_keeps_name_trainable_and_dtype():
    layer = cl.make(Good, temperature=2.0, name="sharp", trainable=False, dtype="float64")
    model = cl.merge_model(layer, [(2, 3), (2, 3)])
    cl.set_logits(layer, [1.5, -0.25])
    cl.check_round_trip(model, ag.fixed_inputs((2, 3), (2, 3)), load=loader(Good))


def test_round_trip_names_a_get_config_without_super():
    layer = cl.make(ConfigWithoutSuper, temperature=2.0, name="sharp", trainable=False)
    model = cl.merge_model(layer, [(4,), (4,)])
    cl.set_logits(layer, [1.5, -0.25])
    with pytest.raises(ag.CheckFailed) as info:
        cl.check_round_trip(model, ag.fixed_inputs((4,), (4,)), load=loader(ConfigWithoutSuper))
    message = str(info.value)
    assert "name: 'sharp' before saving" in message
    assert "trainable: False before saving, True after loading" in message
    assert "it drops super().get_config()" in message


@pytest.mark.parametrize(
    ("cls", "temperature", "pattern"),
    [
        (Flipped, 1.0, r"the right weights, given to the inputs in another order"),
        (TemperatureTimes, 0.5, r"multiplied by the temperature \(0.5\), not divided"),
    ],
    ids=["flipped", "temperature-multiplied"],
)
def test_weighted_sum_explained_from_implied_weights(cls, temperature, pattern):
    layer, model = model_of(cls, temperature=temperature)
    with pytest.raises(ag.CheckFailed) as info:
        cl.check_weighted_sum(model, layer, X3, logits=LOGITS, temperature=temperature)
    assert re.search(pattern, str(info.value)), str(info.value)


def test_implied_weights_reads_each_inputs_weight():
    layer, model = model_of(Good)
    cl.set_logits(layer, LOGITS)
    assert np.allclose(cl.implied_weights(model, X3), cl.softmax(LOGITS), atol=1e-5)


def test_check_learns_names_a_softmax_over_a_size_one_axis():
    layer, _ = model_of(ColumnLogits)
    with pytest.raises(ag.CheckFailed) as info:
        cl.check_learns(layer, X3)
    assert "your logits have shape (3, 1), and the softmax runs over its axis of size 1" in str(
        info.value
    )


# ---- Issue 21: errors inside the learner's layer, and the weights' mechanism --------------------


class PerFeatureVector(keras.layers.Layer):
    """One weight per feature (input_shape[0][-1]), as a Dense layer sizes its kernel."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[0][-1],), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class SelfFrozen(Plain):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trainable = False


class HalfPrecision(Plain):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape),), initializer="zeros", dtype="float16"
        )


class HalfPrecisionCast(HalfPrecision):
    def call(self, inputs):
        weights = ops.cast(ops.softmax(self.logits), "float32")
        return sum(weights[i] * t for i, t in enumerate(inputs))


class WholeShape(Plain):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[-1],), initializer="zeros")


class StackedFirstAxis(Plain):
    def call(self, inputs):
        return ops.sum(ops.stack(inputs, axis=0) * ops.softmax(self.logits), axis=0)


class NumpyInCall(Plain):
    def call(self, inputs):
        e = np.exp(self.logits)
        return sum(e[i] * t for i, t in enumerate(inputs))


class ListShape(Plain):
    def call(self, inputs):
        return inputs * ops.softmax(self.logits)[0] if inputs.shape else inputs


class TypoAttribute(Plain):
    def call(self, inputs):
        weights = ops.softmax(self.logit)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class MixOnce(Plain):
    def build(self, input_shape):
        super().build(input_shape)
        self.mix = ops.softmax(self.logits)

    def call(self, inputs):
        return sum(self.mix[i] * t for i, t in enumerate(inputs))


MECHANISMS = [
    pytest.param(
        lambda: cl.check_one_weight_per_input(model_of(PerFeatureVector)[0], inputs=3, width=4),
        [r"one weight per feature \(4, the inputs' last axis", r"shape=\(len\(input_shape\),\)"],
        id="per-feature",
    ),
    pytest.param(
        lambda: cl.check_one_weight_per_input(
            model_of(FixedInInit, [(3,), (3,)])[0], inputs=2, width=3
        ),
        [r"3 weights for 2 inputs: the size is fixed — the variable is made in __init__"],
        id="fixed-in-init-not-per-feature",
    ),
    pytest.param(
        lambda: cl.check_one_weight_per_input(model_of(SelfFrozen)[0], inputs=3, width=4),
        [r"the layer itself is frozen", r"remove self\.trainable = False"],
        id="layer-frozen",
    ),
    pytest.param(
        lambda: cl.check_one_weight_per_input(model_of(HalfPrecisionCast)[0], inputs=3, width=4),
        [r"stored as float16", r"dtype='float16': float16 keeps about 3 significant digits"],
        id="float16",
    ),
    pytest.param(
        lambda: model_of(HalfPrecision),
        [r"a float32 tensor and a float16 one meet", r"the layer's variable is float16"],
        id="float16-meets-float32",
    ),
    pytest.param(
        lambda: model_of(WholeShape),
        [r"add_weight was given a whole shape, \(None, 4\)", r"len\(input_shape\)"],
        id="input-shape-last-is-a-shape",
    ),
    pytest.param(
        lambda: model_of(StackedFirstAxis),
        [r"the 3 mixing weights, one per input, meet the features' axis \(4 values\)"],
        id="weights-broadcast-on-features",
    ),
    pytest.param(
        lambda: model_of(NumpyInCall),
        [r"NumPy was used on the layer's variable", r"`e = np\.exp\(self\.logits\)`"],
        id="numpy-in-call-is-not-a-placeholder",
    ),
    pytest.param(
        lambda: model_of(TypoAttribute),
        [r"TypoAttribute reads self\.logit, which none", r"the layer has self\.logits"],
        id="attribute-under-another-name",
    ),
    pytest.param(
        lambda: cl.check_learns(model_of(MixOnce)[0], X3),
        [r"self\.mix holds the mixing weights computed once"],
        id="mix-stored-once",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), MECHANISMS)
def test_a_mistake_is_named_by_its_mechanism(trigger, patterns):
    with pytest.raises(ag.CheckFailed) as info:
        trigger()
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), f"{pattern!r} not in:\n{message}"
    assert VOICE.fullmatch(message), message
    # advice never repeats the bug: a merge's weights are never sized from input_shape[-1]
    assert "from input_shape[-1]" not in message


def test_a_broadcast_error_that_is_not_the_weights_is_not_called_so():
    error = ValueError("Dimensions must be equal, but are 5 and 7 for '{{node mul}}'")
    cause, _ = cl.explain_layer_error(error, inputs=[(4,), (4,), (4,)])
    assert "mixing weights" not in cause
    assert cl.explain_layer_error(ValueError("something else"), inputs=[(4,)]) is None


def test_a_good_layer_in_float64_keeps_its_own_dtype():
    layer, _ = model_of(Good, dtype="float64")
    cl.check_one_weight_per_input(layer, inputs=3, width=4)


# ---- The weighted merge in a layer graph (ag.architecture, ops=OPS) ------------------------------

FUSION = """
    accelerometer = Input(3)
    gyroscope = Input(5)
    magnetometer = Input(7)
    accelerometer_branch = Dense(4, "relu")(accelerometer)
    gyroscope_branch = Dense(4, "relu")(gyroscope)
    magnetometer_branch = Dense(4, "relu")(magnetometer)
    fused = WeightedMerge()(accelerometer_branch, gyroscope_branch, magnetometer_branch)
    head = Dense(1)(fused)
"""


def fusion(merge, order=(0, 1, 2), act="relu"):
    sensors = [keras.Input((n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation=act)(s) for s in sensors]
    return keras.Model(sensors, keras.layers.Dense(1)(merge([branches[i] for i in order])))


def test_the_weighted_merge_op_computes_the_course_merge_on_the_learners_logits():
    arch = ag.architecture(FUSION, ops=cl.OPS)
    x = ag.fixed_inputs((3,), (5,), (7,), batch=16)
    ag.check_architecture(fusion(cl.WeightedMerge()), arch, inputs=x)
    ag.check_architecture(fusion(Good()), arch, inputs=x)  # any layer with one logit per input


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"order": (2, 1, 0)}, r"passed to the merge in another order \(\[magnetometer_branch"),
        ({"order": (1, 0, 2)}, r"another order \(\[gyroscope_branch, accelerometer_branch"),
        ({"act": None}, r"the branches have no activation"),
    ],
)
def test_a_fusion_mistake_is_named_by_the_change_that_explains_it(kwargs, pattern):
    arch = ag.architecture(FUSION, ops=cl.OPS)
    x = ag.fixed_inputs((3,), (5,), (7,), batch=16)
    with pytest.raises(ag.CheckFailed, match=pattern):
        ag.check_architecture(
            fusion(cl.WeightedMerge(), **kwargs), arch, inputs=x, notes=cl.NOTES["fusion_model"]
        )


def test_check_given_merge_refuses_a_new_instance_of_the_same_class():
    given = cl.WeightedMerge()
    cl.check_given_merge(fusion(given), given)
    with pytest.raises(ag.CheckFailed, match="a new instance, even of the same class"):
        cl.check_given_merge(fusion(cl.WeightedMerge()), given)


# ---- Task 3's mechanisms: the configuration, the Keras arguments, an assert ----------------------


class ConfigUpdateNone(Good):
    def get_config(self):
        config = super().get_config().update({"temperature": self.temperature})
        return config


class ConfigKeyDiffers(Good):
    def get_config(self):
        return {**super().get_config(), "temp": self.temperature}


class KwargsSwallowed(Good):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__()
        self.temperature = temperature


class AssertsShapes(Good):
    def build(self, input_shape):
        assert len({tuple(s) for s in input_shape}) == 1, f"shapes differ: {input_shape}"
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


SAVING = [
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(ConfigUpdateNone), X3, load=loader(ConfigUpdateNone)
        ),
        [r"get_config\(\) returns None, not a dict: dict\.update\(\)"],
        id="get-config-update-returns-none",
    ),
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(ConfigKeyDiffers), X3, load=loader(ConfigKeyDiffers)
        ),
        [
            r"records 'temp' \(__init__ calls it 'temperature'\)",
            r"'temperature': self\.temperature",
        ],
        id="config-key-is-not-an-init-argument",
    ),
    pytest.param(
        lambda: cl.make(KwargsSwallowed, name="sharp", trainable=False),
        [r"name: 'sharp' given", r"super\(\)\.__init__\(\) is called without \*\*kwargs"],
        id="kwargs-swallowed-at-make",
    ),
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(KwargsSwallowed), X3, load=loader(KwargsSwallowed)
        ),
        [r"super\(\)\.__init__\(\) is called without \*\*kwargs"],
        id="kwargs-swallowed-at-round-trip",
    ),
    pytest.param(
        lambda: cl.check_validates(AssertsShapes, CASES),
        [r"refused by an assert statement", r"skipped altogether when Python runs with -O"],
        id="assert",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), SAVING)
def test_a_saving_mistake_is_named_by_its_mechanism(trigger, patterns):
    with pytest.raises(ag.CheckFailed) as info:
        trigger()
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), f"{pattern!r} not in:\n{message}"
    assert VOICE.fullmatch(message), message


def test_a_name_not_defined_in_a_method_is_explained():
    error = NameError("name 'shapes' is not defined")
    cause, step = cl.explain_layer_error(error)
    assert "the name shapes is not defined where it is used" in cause
    assert "self.shapes" in step


def test_a_layer_the_check_made_frozen_is_counted_whole():
    layer, _ = model_of(Good, [(2, 3), (2, 3)], trainable=False, name="frozen_on_purpose")
    cl.check_one_weight_per_input(layer, inputs=2, width=3)
    mine, _ = model_of(SelfFrozen, [(2, 3), (2, 3)])
    with pytest.raises(ag.CheckFailed, match="the layer itself is frozen"):
        cl.check_one_weight_per_input(mine, inputs=2, width=3)


class SigmoidWeights(Good):
    def call(self, inputs):
        weights = ops.sigmoid(self.logits / self.temperature)
        return sum(weights[i] * t for i, t in enumerate(inputs))


class MeanOfWeighted(Good):
    def call(self, inputs):
        weights = ops.softmax(self.logits / self.temperature)
        return ops.mean(ops.stack(inputs, axis=-1) * weights, axis=-1)


class TemperatureAfter(Good):
    def call(self, inputs):
        weights = ops.softmax(self.logits) / self.temperature
        return sum(weights[i] * t for i, t in enumerate(inputs))


class TemperatureVariable(Good):
    def build(self, input_shape):
        super().build(input_shape)
        self.temp = self.add_weight(shape=(), initializer="ones", name="temp")


class RaisesTypeError(Good):
    def build(self, input_shape):
        if len({tuple(s) for s in input_shape}) != 1:
            raise TypeError(f"inputs of different shapes: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")


@pytest.mark.parametrize(
    ("cls", "temperature", "pattern"),
    [
        (SigmoidWeights, 1.0, r"each weight is the sigmoid of its logit"),
        (
            MeanOfWeighted,
            1.0,
            r"divided by 3, the number of inputs: the weighted inputs are averaged",
        ),
        (TemperatureAfter, 0.5, r"the softmax is divided by the temperature \(0\.5\) after it"),
    ],
)
def test_the_weights_form_is_named(cls, temperature, pattern):
    layer, model = model_of(cls, temperature=temperature)
    with pytest.raises(ag.CheckFailed, match=pattern):
        cl.check_weighted_sum(model, layer, X3, logits=LOGITS, temperature=temperature)


def test_a_variable_besides_the_logits_is_named():
    layer, _ = model_of(TemperatureVariable)
    with pytest.raises(ag.CheckFailed, match=r"other variables: temp \(shape \(\)\)"):
        cl.check_one_weight_per_input(layer, inputs=3, width=4)


def test_a_type_error_the_layer_raises_itself_is_named():
    with pytest.raises(ag.CheckFailed, match=r"refuses the inputs itself, but raises TypeError"):
        cl.check_validates(RaisesTypeError, CASES)


def test_a_relu_moved_after_the_merge_is_named_by_known():
    sensors = [keras.Input((n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4)(s) for s in sensors]
    bent = keras.layers.ReLU()(cl.WeightedMerge()(branches))
    model = keras.Model(sensors, keras.layers.Dense(1)(bent))
    arch = ag.architecture(FUSION, ops=cl.OPS)
    x = ag.fixed_inputs((3,), (5,), (7,), batch=16)
    with pytest.raises(ag.CheckFailed, match="the relu is applied once, after the merge"):
        ag.check_architecture(model, arch, inputs=x, known=cl.KNOWN["fusion_model"])
    # and the task's own model is not taken for it
    ag.check_architecture(
        fusion(cl.WeightedMerge()), arch, inputs=x, known=cl.KNOWN["fusion_model"]
    )


# --------------------------------------------------------------------------- per feature


class _PerFeature(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]))

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=self.axis)
        return sum(weights[i] * x for i, x in enumerate(inputs))

    axis = 0


class _OverFeatures(_PerFeature):
    axis = -1


class _PerInput(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),))

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * x for i, x in enumerate(inputs))


FEATURE_LOGITS = [[0.5, -1.0, 2.0, 0.0], [1.5, 0.25, -0.5, 1.0], [-1.0, 0.75, 0.5, -2.0]]


def test_feature_weighted_sum_is_a_softmax_across_the_inputs():
    x = ag.fixed_inputs((4,), (4,), (4,))
    weights = cl.feature_softmax(FEATURE_LOGITS)
    assert np.allclose(weights.sum(axis=0), 1.0)
    want = sum(w * a for w, a in zip(weights, x, strict=True))
    assert np.allclose(cl.feature_weighted_sum(x, FEATURE_LOGITS), want)


def test_a_per_feature_merge_passes():
    x = ag.fixed_inputs((4,), (4,), (4,))
    merge = cl.make(_PerFeature)
    model = cl.merge_model(merge, [(4,), (4,), (4,)])
    cl.check_weights_per_feature(merge, inputs=3, width=4)
    cl.check_feature_weighted_sum(model, merge, x, logits=FEATURE_LOGITS)


def test_the_lessons_one_weight_per_input_is_named():
    merge = cl.make(_PerInput)
    cl.merge_model(merge, [(4,), (4,), (4,)])
    with pytest.raises(ag.CheckFailed, match=r"one weight per input \(3\), as the lesson's"):
        cl.check_weights_per_feature(merge, inputs=3, width=4)


def test_a_softmax_over_the_features_is_named():
    x = ag.fixed_inputs((4,), (4,), (4,))
    merge = cl.make(_OverFeatures)
    model = cl.merge_model(merge, [(4,), (4,), (4,)])
    with pytest.raises(ag.CheckFailed, match=r"the softmax runs over the features"):
        cl.check_feature_weighted_sum(model, merge, x, logits=FEATURE_LOGITS)


# ---- Issue 21, a held-out set: mechanisms read from the layer, its output and its error ---------


class _StackNotSummed(_PerFeature):
    def call(self, inputs):
        return ops.stack(inputs, axis=1) * ops.softmax(self.logits, axis=0)


class _SummedOverFeatures(_PerFeature):
    def call(self, inputs):
        return ops.sum(ops.stack(inputs, axis=1) * ops.softmax(self.logits, axis=0), axis=-1)


class _ExtraBias(_PerFeature):
    def build(self, input_shape):
        super().build(input_shape)
        self.bias = self.add_weight(shape=(input_shape[0][-1],), initializer="zeros")

    def call(self, inputs):
        return super().call(inputs) + self.bias


class _FixedTableInInit(_PerFeature):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.logits = self.add_weight(shape=(3, 4), initializer="zeros")

    def build(self, input_shape):
        pass


class _WeightsFromData(_PerFeature):
    def call(self, inputs):
        stacked = ops.stack(inputs, axis=0)
        scores = ops.softmax(stacked * self.logits[:, None, :], axis=0)
        return ops.sum(scores * stacked, axis=0)


class _ReadsOtherFeatures(_PerFeature):
    def call(self, inputs):
        out = super().call(inputs)
        return out + ops.sum(out, axis=-1, keepdims=True)


class _DtypeReplaced(Good):
    def __init__(self, temperature=1.0, **kwargs):
        kwargs.pop("dtype", None)
        super().__init__(temperature, dtype="float32", **kwargs)


class _FixedTableInBuild(_PerFeature):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(3, 4), initializer="zeros")


class _ThreeByNumber(_PerFeature):
    def call(self, inputs):
        w = ops.softmax(self.logits, axis=0)
        return w[0] * inputs[0] + w[1] * inputs[1] + w[2] * inputs[2]


class _ThreeByRange(_PerFeature):
    def call(self, inputs):
        w = ops.softmax(self.logits, axis=0)
        return sum(w[i] * inputs[i] for i in range(3))


class _TensorFlowVariable(_PerFeature):
    def build(self, input_shape):
        import tensorflow as tf

        self.logits = tf.Variable(tf.zeros((len(input_shape), input_shape[0][-1])))


@keras.saving.register_keras_serializable
class _BareDecorator(Good):
    pass


class _RequiredRecordedElsewhere(Good):
    def __init__(self, temperature, **kwargs):
        super().__init__(temperature, **kwargs)

    def get_config(self):
        config = keras.layers.Layer.get_config(self)
        config["temp"] = self.temperature
        return config


class _SecondShapeAsFeatures(_PerFeature):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[1]))


class _SoftmaxOfTheData(_PerFeature):
    def call(self, inputs):
        stacked = ops.stack(inputs, axis=1)
        return ops.sum(ops.softmax(stacked * self.logits, axis=-1), axis=1)


class _LogSoftmax(_PerFeature):
    def call(self, inputs):
        weights = ops.log_softmax(self.logits, axis=0)
        return sum(weights[i] * x for i, x in enumerate(inputs))


class _ConfigHoldsLogits(Good):
    def get_config(self):
        return {**super().get_config(), "logits": ops.convert_to_numpy(self.logits).tolist()}


class _TemperatureTensor(Good):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = ops.convert_to_tensor(temperature, dtype="float32")


class _OnlyNameToParent(Good):
    def __init__(self, temperature=1.0, name=None, **kwargs):
        super().__init__(temperature, name=name)


class _RanksThenStack(Good):
    def build(self, input_shape):
        if len({len(shape) for shape in input_shape}) > 1:
            raise ValueError(f"inputs of different ranks: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits / self.temperature)
        return ops.tensordot(weights, ops.stack(inputs, axis=0), axes=1)


def _wrong_key_loader(path):
    return keras.saving.load_model(path, custom_objects={"good": Good})


def _right_key_loader(path):
    return keras.saving.load_model(path, custom_objects={"Good": Good})


def _per_feature_model(cls, shapes=((4,), (4,), (4,))):
    merge = cl.make(cls)
    return merge, cl.merge_model(merge, list(shapes))


def _feature_sum(cls):
    merge, model = _per_feature_model(cls)
    cl.check_feature_weighted_sum(model, merge, X3, logits=FEATURE_LOGITS)


HELD_OUT = [
    pytest.param(
        lambda: _per_feature_model(_StackNotSummed),
        [r"returns the 3 weighted inputs side by side, \(None, 3, 4\)", r"not summed across it"],
        id="stack-not-summed",
    ),
    pytest.param(
        lambda: _per_feature_model(_SummedOverFeatures),
        [r"returns \(None, 3\): one value per input \(3\)", r"summed over the features' axis"],
        id="summed-over-features",
    ),
    pytest.param(
        lambda: cl.check_weights_per_feature(_per_feature_model(_ExtraBias)[0], inputs=3, width=4),
        [r"besides the 3 × 4 logits, the layer holds other variables: \w+ \(shape \(4,\)\)"],
        id="extra-variable",
    ),
    pytest.param(
        lambda: _per_feature_model(_FixedTableInInit, [(3,), (3,)]),
        [
            r"variables were made in __init__, before it saw any input, with a fixed shape \(\(3, 4\)\)"
        ],
        id="table-made-in-init",
    ),
    pytest.param(
        lambda: _feature_sum(_WeightsFromData),
        [r"twice the inputs do not give twice the output: the weights applied change"],
        id="weights-from-the-data",
    ),
    pytest.param(
        lambda: _feature_sum(_ReadsOtherFeatures),
        [r"changes other features of the output"],
        id="reads-other-features",
    ),
    pytest.param(
        lambda: cl.make(_DtypeReplaced, name="sharp", trainable=False, dtype="float64"),
        [r"name and trainable came through but dtype did not", r"`kwargs\.pop\(\"dtype\", None\)`"],
        id="dtype-replaced",
    ),
    pytest.param(
        lambda: _per_feature_model(_FixedTableInBuild, [(3,), (3,)]),
        [r"build\(\) made a variable of shape \(3, 4\), a size these inputs do not have"],
        id="table-sized-in-code",
    ),
    pytest.param(
        lambda: _per_feature_model(_ThreeByNumber, [(3,), (3,)]),
        [r"call\(\) reads entry 2 by its number", r"called on 2 inputs"],
        id="inputs-by-number",
    ),
    pytest.param(
        lambda: _per_feature_model(_ThreeByRange, [(3,), (3,)]),
        [r"call\(\) reads entry 2 by its number", r"range\(3\)"],
        id="inputs-by-range",
    ),
    pytest.param(
        lambda: cl.check_weights_per_feature(
            _per_feature_model(_TensorFlowVariable)[0], inputs=3, width=4
        ),
        [r"self\.logits is a tf\.Variable, not a Keras variable"],
        id="tf-variable",
    ),
    pytest.param(
        lambda: cl.make(_BareDecorator),
        [r"inner function of register_keras_serializable\(\)", r"with parentheses"],
        id="decorator-without-parentheses",
    ),
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(_RequiredRecordedElsewhere, temperature=1.0),
            X3,
            load=loader(_RequiredRecordedElsewhere),
        ),
        [r"get_config\(\) records 'temp', and __init__ requires 'temperature'"],
        id="required-argument-recorded-under-another-key",
    ),
    pytest.param(
        lambda: _per_feature_model(_SecondShapeAsFeatures),
        [
            r"so input_shape\[1\] is the shape of input 1, not a number",
            r"add_weight\(shape=\(len\(input_shape\), input_shape\[0\]\[-1\]\)\)",
        ],
        id="second-shape-as-features",
    ),
    pytest.param(
        lambda: _feature_sum(_SoftmaxOfTheData),
        [r"twice the inputs do not give twice the output"],
        id="softmax-of-the-data-a-constant-on-zeros-too",
    ),
    pytest.param(
        lambda: _feature_sum(_LogSoftmax),
        [r"the log of its softmax weight \(a log_softmax\)"],
        id="log-softmax",
    ),
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(_ConfigHoldsLogits), X3, load=loader(_ConfigHoldsLogits)
        ),
        [r"records 'logits', the layer's own variable", r"leave 'logits' out of get_config"],
        id="config-holds-a-variable",
    ),
    pytest.param(
        lambda: cl.check_round_trip(
            mixed_model_of(_TemperatureTensor, temperature=0.5),
            X3,
            load=loader(_TemperatureTensor),
        ),
        [r"records 'temperature' as a tensor, not a plain number"],
        id="config-holds-a-tensor",
    ),
    pytest.param(
        lambda: cl.make(_OnlyNameToParent, name="sharp", trainable=False, dtype="float64"),
        [r"name came through but trainable and dtype did not", r"not \*\*kwargs"],
        id="only-the-name-to-the-parent",
    ),
    pytest.param(
        lambda: cl.check_validates(_RanksThenStack, [[(4,), (1,)]]),
        [
            r"the layer's own check let them through; Keras failed later",
            r"the layer compares only the number of axes \(ranks\)",
        ],
        id="an-error-from-an-operation-is-not-the-layers-refusal",
    ),
    pytest.param(
        lambda: cl.check_round_trip(mixed_model_of(Good), X3, load=_wrong_key_loader),
        [r"custom_objects was given \('good'\), but not under the name", r"'Good': Good"],
        id="custom-objects-key",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), HELD_OUT)
def test_a_held_out_mistake_is_named_by_its_mechanism(trigger, patterns):
    with pytest.raises(ag.CheckFailed) as info:
        trigger()
    message = str(info.value)
    for pattern in patterns:
        assert re.search(pattern, message), f"{pattern!r} not in:\n{message}"
    assert VOICE.fullmatch(message), message


@pytest.mark.parametrize(
    "passes",
    [
        pytest.param(lambda: _per_feature_model(_PerFeature), id="per-feature-shape"),
        pytest.param(lambda: _per_feature_model(_PerFeature, [(2, 3), (2, 3)]), id="rank-3"),
        pytest.param(lambda: model_of(Good), id="one-per-input-shape"),
        pytest.param(lambda: cl.make(Good, name="sharp", trainable=False, dtype="float64")),
        pytest.param(
            lambda: cl.check_round_trip(mixed_model_of(Good), X3, load=_right_key_loader),
            id="custom-objects-right-key",
        ),
    ],
)
def test_the_held_out_mechanisms_pass_a_correct_layer(passes):
    passes()


def test_odd_inputs_names_the_tensor_of_another_shape():
    said = cl._odd_inputs("... (input_shape=[(None, 3), (None, 4), (None, 4)])")
    assert "tensor 1 of the list has shape (None, 3), where the others have (None, 4)" in said
    assert cl._odd_inputs("... (input_shape=[(None, 3), (None, 4)])") is None  # no majority


def test_check_learns_moves_a_merge_whose_feature_sum_is_constant():
    """A softmax over the features sums to one: a head summing the features equally would
    see no gradient, so the check's head weighs them unequally and the mistake is left to
    the output check, which names it."""
    merge, _ = _per_feature_model(_SoftmaxOfTheData)
    cl.check_learns(merge, X3)


class _FeaturesFirst(_PerFeature):
    """The same mix, its logits laid out (features, inputs): not the task's layout."""

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[0][-1], len(input_shape)))

    def call(self, inputs):
        weights = ops.transpose(ops.softmax(self.logits, axis=-1))
        return sum(weights[i] * x for i, x in enumerate(inputs))


def test_logits_laid_out_features_first_are_named_from_the_variables_shape():
    """The count and the mix are right (the check gives it its logits transposed)."""
    x = ag.fixed_inputs((4,), (4,), (4,))
    merge = cl.make(_FeaturesFirst)
    model = cl.merge_model(merge, [(4,), (4,), (4,)])
    cl.check_weights_per_feature(merge, inputs=3, width=4)
    with pytest.raises(ag.CheckFailed, match=r"laid out the other way round, \(features, inputs\)"):
        cl.check_feature_weighted_sum(model, merge, x, logits=FEATURE_LOGITS)


def test_a_square_layout_is_not_told_apart():
    """Three inputs of three features: (inputs, features) and its transpose look alike."""
    x = ag.fixed_inputs((3,), (3,), (3,))
    merge = cl.make(_FeaturesFirst)
    model = cl.merge_model(merge, [(3,), (3,), (3,)])
    square = np.asarray(FEATURE_LOGITS)[:, :3]
    logits = square + square.T  # symmetric: either layout reads the same mix
    cl.check_weights_per_feature(merge, inputs=3, width=3)
    cl.check_feature_weighted_sum(model, merge, x, logits=logits)


class _Tempered(keras.layers.Layer):
    """A layer with a temperature whose get_config() records it `how`."""

    how = "own"

    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature
        self.default_temperature = 1.0

    def call(self, inputs):
        return inputs / self.temperature

    def get_config(self):
        value = {
            "own": self.temperature,
            "constant": 1.0,
            "inverse": 1 / self.temperature,
            "other attribute": self.default_temperature,
        }[self.how]
        return {**super().get_config(), "temperature": value}


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("own", []),
        ("constant", [("temperature", 0.5, 1.0, True)]),
        ("inverse", [("temperature", 0.5, 2.0, False)]),
        ("other attribute", [("temperature", 0.5, 1.0, "default_temperature")]),
    ],
)
def test_a_config_that_records_another_value_than_the_layers_own_is_read(how, expected):
    layer = type("Layer" + how.title().replace(" ", ""), (_Tempered,), {"how": how})(0.5)
    model = keras.Sequential([keras.Input((3,)), layer])
    assert cl._config_not_own(model) == expected
    assert layer.temperature == 0.5 and layer.default_temperature == 1.0  # put back
