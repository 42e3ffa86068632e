"""autograder.raised: errors raised inside the learner's code, explained from the error and the line.

Every error here is raised for real, by Keras or NumPy, inside code compiled as a
notebook cell is (a file name like ipykernel's, its source in linecache), so the
explanation can read the learner's own line and the cell around it. Each mechanism is
shown explaining the errors it is for, and declining the ones it is not for.
"""

import itertools
import linecache
import re
import textwrap
import warnings

import numpy as np
import pytest

import autograder as ag
from autograder import raised as rd
from autograder.keras_errors import explain
from autograder.quiet import captured_warnings

keras = ag.keras
_cells = itertools.count(1)


def cell(source: str) -> dict:
    """Run `source` as a notebook cell would; returns the names it defines."""
    source = textwrap.dedent(source)
    filename = f"/tmp/ipykernel_5151/{next(_cells)}.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    names = {"keras": keras, "np": np, "warnings": warnings}
    exec(compile(source, filename, "exec"), names)
    return names


C = cell(
    """
    class BatchAxisKernel(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[0] or 3, 2))

        def call(self, x):
            return keras.ops.matmul(x, self.w)

    class TransposedKernel(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(2, input_shape[-1]))

        def call(self, x):
            return keras.ops.matmul(x, self.w)

    class FixedKernel(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(5, 2))

        def call(self, x):
            return x @ self.w

    class OneInputsWidth(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[0][-1], 1))

        def call(self, inputs):
            return keras.ops.matmul(keras.ops.concatenate(inputs, axis=-1), self.w)

    class FixedScale(keras.layers.Layer):
        def build(self, input_shape):
            self.scale = self.add_weight(shape=(3,))

        def call(self, x):
            return x * self.scale

    class AddsTwo(keras.layers.Layer):
        def call(self, inputs):
            return inputs[0] + inputs[1]

    class OneWeightFromListShape(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[-1],), initializer="zeros")

        def call(self, inputs):
            return sum(inputs)

    class UnpacksListShape(keras.layers.Layer):
        def build(self, input_shape):
            batch, width = input_shape
            self.w = self.add_weight(shape=(width,))

        def call(self, inputs):
            return inputs[0]

    class AssignsWeights(keras.layers.Layer):
        def build(self, input_shape):
            self.weights = self.add_weight(shape=(len(input_shape),))

        def call(self, inputs):
            return inputs[0]

    class AssignsTrainableWeights(keras.layers.Layer):
        def build(self, input_shape):
            self.trainable_weights = [self.add_weight(shape=(1,))]

        def call(self, x):
            return x

    class NoSuper(keras.layers.Layer):
        def __init__(self, units=2, **kwargs):
            self.units = units

        def call(self, x):
            return x

    class TwoArguments(keras.layers.Layer):
        def call(self, a, b):
            return a + b

    class NumpyInCall(keras.layers.Layer):
        def call(self, inputs):
            return np.concatenate(inputs, axis=-1)

    def ties_by_assignment(encoder, decoder):
        decoder.kernel = encoder.kernel
        return decoder

    def copies_by_assignment(model):
        copy = keras.models.clone_model(model)
        copy.weights = model.get_weights()
        return copy

    def numpy_gate(both):
        return 1 / (1 + np.exp(-keras.layers.Dense(6)(both)))

    def layer_by_position(base):
        return keras.Model(base.inputs, base.layers[12].output)

    def output_by_name(outputs):
        return outputs["score"]

    def built_without_return():
        model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])

    def uses_what_returned_none():
        model = built_without_return()
        return model.layers

    def numpy_product(a, b):
        return np.asarray(a) @ np.asarray(b)

    def needs_two(model, extra):
        return model

    def warns_itself():
        warnings.warn("the learner's own warning", UserWarning, stacklevel=1)
        return keras.Sequential([keras.layers.Dense(2, input_shape=(3,))])
    """
)

x4, y4 = keras.Input((4,)), keras.Input((4,))
batch4 = np.ones((2, 4), "float32")


def raised(make):
    with pytest.raises(Exception) as caught:
        make()
    return caught.value


# (what raises, cause regex, next-step regex, what the advice must not say)
EXPLAINED = [
    pytest.param(
        lambda: C["BatchAxisKernel"]()(x4),
        r"inside BatchAxisKernel\.call\(\), two tensors of incompatible shapes meet \(4 and 3\)"
        r"[\s\S]*`return keras\.ops\.matmul\(x, self\.w\)`[\s\S]*shape=\(input_shape\[0\] or 3, 2\)"
        r"[\s\S]*input_shape\[0\] is the batch axis",
        r"input_shape\[-1\]",
        r"input_shape\[0\]",
        id="product-weight-from-batch-axis",
    ),
    pytest.param(
        lambda: C["BatchAxisKernel"]()(batch4),
        r"\[2,4\] and \[2,2\][\s\S]*batch axis",
        r"input_shape\[-1\]",
        r"input_shape\[0\]",
        id="product-weight-from-batch-axis-eager",
    ),
    pytest.param(
        lambda: C["TransposedKernel"]()(x4),
        r"it is transposed, \(units, features\)",
        r"shape=\(input_shape\[-1\], units\)",
        r"shape=\(2, input_shape",
        id="product-weight-transposed",
    ),
    pytest.param(
        lambda: C["FixedKernel"]()(x4),
        r"last axis \(4\) to equal the second's first axis \(5\)[\s\S]*a fixed size, not the 4 "
        r"features",
        r"from input_shape\[-1\]",
        r"shape=\(5",
        id="product-fixed-size",
    ),
    pytest.param(
        lambda: C["OneInputsWidth"]()([x4, y4]),
        r"reads 2 inputs side by side \(8 = 2 × 4\)",
        r"sum of the inputs' last axes",
        r"input_shape\[0\]\[-1\]",
        id="product-one-inputs-width-for-concatenation",
    ),
    pytest.param(
        lambda: C["FixedScale"]()(x4),
        r"inside FixedScale\.call\(\), two tensors of incompatible shapes meet[\s\S]*element-wise"
        r"[\s\S]*self\.scale was made with shape=\(3,\)",
        r"input_shape\[-1\] for one value per feature, len\(input_shape\) for one per input",
        r"shape=\(3,\)",
        id="elementwise-weight-fixed",
    ),
    pytest.param(
        lambda: C["AddsTwo"]()([np.ones((2, 3), "float32"), np.ones((2, 5), "float32")]),
        r"inside AddsTwo\.call\(\), two tensors of incompatible shapes meet \(\[2,3\] and \[2,5\]\)"
        r"[\s\S]*`return inputs\[0\] \+ inputs\[1\]`[\s\S]*differ on axis 1 \(the last\)",
        r"print the shapes",
        r"build\(\)",
        id="elementwise-inputs-of-two-widths",
    ),
    pytest.param(
        lambda: C["numpy_gate"](keras.Input((24,))),
        r"function was called on a symbolic tensor in numpy_gate\(\) \(`return 1 / \(1 \+ np\.exp",
        r"keras\.ops\.exp\(\.\.\.\)",
        r"^$",
        id="numpy-on-symbolic-in-a-function",
    ),
    pytest.param(
        lambda: C["layer_by_position"](
            keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
        ),
        r"`base\.layers\[12\]` asks for an item that base\.layers does not have",
        r'base\.get_layer\("name"\)',
        r"layers\[",
        id="index-error",
    ),
    pytest.param(
        lambda: C["output_by_name"]({"kind": 1}),
        r"`return outputs\[\"score\"\]` looks up 'score'",
        r"print the keys",
        r"^$",
        id="key-error",
    ),
    pytest.param(
        lambda: C["uses_what_returned_none"](),
        r"`return model\.layers` uses a value that is None \(asked for \.layers\)",
        r"return \(or keep\) the object",
        r"^$",
        id="none-where-a-value-was-expected",
    ),
    pytest.param(
        lambda: C["numpy_product"](np.ones((2, 4)), np.ones((3, 2))),
        r"in numpy_product\(\), two tensors of incompatible shapes meet \(4 and 3\)",
        r"print both operands' shapes",
        r"build\(\)",
        id="numpy-product",
    ),
    pytest.param(
        lambda: C["OneWeightFromListShape"]()([x4, y4]),
        r"inside OneWeightFromListShape\.build\(\), `self\.w = self\.add_weight\(shape=\("
        r"input_shape\[-1\],\)[\s\S]*receives a list of shapes, one per input — an element is "
        r"the whole shape \(None, 4\)",
        r"len\(input_shape\) is the number of inputs and input_shape\[0\]\[-1\] the width",
        r"from input_shape\[-1\]",
        id="list-shape-as-one-shape",
    ),
    pytest.param(
        lambda: C["UnpacksListShape"]()([x4, y4, keras.Input((4,))]),
        r"`batch, width = input_shape` reads input_shape as one shape",
        r"len\(input_shape\)",
        r"^$",
        id="list-shape-unpacked",
    ),
    pytest.param(
        lambda: C["AssignsTrainableWeights"]()(x4),
        r"AssignsTrainableWeights\.trainable_weights is a read-only property[\s\S]*"
        r"`self\.trainable_weights = \[self\.add_weight\(shape=\(1,\)\)\]` assigns to it",
        r"self\.my_trainable_weights",
        r"^$",
        id="read-only-property",
    ),
    pytest.param(
        lambda: C["NoSuper"]()(x4),
        r"NoSuper\.__init__\(\) does not call super\(\)\.__init__\(\*\*kwargs\)",
        r"first line",
        r"^$",
        id="no-super-init",
    ),
    pytest.param(
        lambda: C["TwoArguments"]()([x4, y4]),
        r"call\(\) asks for 'b' separately",
        r"call\(self, inputs\)[\s\S]*a, b = inputs",
        r"^$",
        id="call-with-two-parameters",
    ),
    pytest.param(
        lambda: C["needs_two"](keras.Sequential()),
        r"needs_two\(\) also needs 'extra': the check calls it with the arguments the task",
        r"parameters the task's statement shows",
        r"^$",
        id="function-signature",
    ),
    pytest.param(
        lambda: C["NumpyInCall"]()([x4, y4]),
        r"a NumPy \(or TensorFlow\) function was called on a symbolic tensor inside "
        r"NumpyInCall\.call\(\) \(`return np\.concatenate\(inputs, axis=-1\)`\)",
        r"keras\.ops\.concatenate\(\.\.\.\)",
        r"^$",
        id="numpy-on-symbolic-in-call",
    ),
]


def _built(units, width):
    layer = keras.layers.Dense(units)
    layer.build((None, width))
    return layer


# The same error, explained in the task's context (autograder.task.CONTEXTS)
IN_CONTEXT = [
    pytest.param(None, r"decoder\.kernel\.assign\(value\)", id="no-context"),
    pytest.param(
        "sharing", r"call the same layer instance[\s\S]*keras\.ops\.transpose", id="sharing"
    ),
    pytest.param("copy", r"decoder\.set_weights\(original\.get_weights\(\)\)", id="copy"),
]


def test_a_models_weights_assigned_from_outside_gets_no_advice_about_build():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    error = raised(lambda: C["copies_by_assignment"](model))
    ag.context(None)  # no task context: keras_errors' general table and these mechanisms
    for found in (
        explain(error),  # before keras_errors' general entry for `self.weights = ...`
        rd.read_only_property(rd.read(error), "copy"),  # a topic may word its context itself
    ):
        assert "Sequential.weights is a read-only property" in found.cause
        assert "build()" not in found.next_step
    assert "copy.set_weights(original.get_weights())" in found.next_step


@pytest.mark.parametrize(("context", "step"), IN_CONTEXT)
def test_assigning_another_layers_property_is_explained_in_the_tasks_context(context, step):
    error = raised(lambda: C["ties_by_assignment"](_built(2, 3), keras.layers.Dense(3)))
    found = rd.read_only_property(rd.read(error), context)  # a topic's own rules may come first
    assert re.search(
        r"Dense\.kernel is a read-only property[\s\S]*`decoder\.kernel = encoder", found.cause
    )
    assert re.search(step, found.next_step), found.next_step
    assert "self.my_kernel" not in found.next_step  # not inside a class of the learner's


@pytest.mark.parametrize(("make", "cause", "step", "never"), EXPLAINED)
def test_an_error_in_the_learners_code_is_explained_from_it(make, cause, step, never):
    found = explain(raised(make), context="custom_layer")
    assert found is not None
    assert re.search(cause, found.cause), found.cause
    assert re.search(step, found.next_step), found.next_step
    assert not re.search(never, found.next_step), f"the advice repeats the bug: {found.next_step}"


MECHANISMS = {m.__name__: m for m in rd.MECHANISMS}
# (a message, and for each mechanism whether it applies to it)
DECLINED = [
    pytest.param("Dimensions must be equal, but are 4 and 3", "shape_mismatch", True, id="dims"),
    pytest.param("list index out of range", "shape_mismatch", False, id="dims-no"),
    pytest.param(
        "Cannot convert '((None, 4),)' to a shape. Found invalid dimension '(None, 4)' of "
        "type '<class 'tuple'>'.",
        "list_input_shape",
        True,
        id="list-shape",
    ),
    pytest.param(
        "too many values to unpack (expected 2)", "list_input_shape", False, id="unpack-elsewhere"
    ),
    pytest.param(
        "property 'kernel' of 'Dense' object has no setter",
        "read_only_property",
        True,
        id="property",
    ),
    pytest.param(
        "'Dense' object has no attribute 'kernal'", "read_only_property", False, id="property-no"
    ),
    pytest.param(
        "In layer 'Mine', you forgot to call `super().__init__()` as the first statement in the "
        "`__init__()` method. Go add it!",
        "missing_super",
        True,
        id="super",
    ),
    pytest.param("unexpected keyword argument 'name'", "missing_super", False, id="super-no"),
    pytest.param("missing a required argument: 'b'", "call_signature", True, id="signature"),
    pytest.param(
        "f() takes 1 positional argument but 2 were given", "call_signature", True, id="takes"
    ),
    pytest.param(
        "unsupported operand type(s) for +: 'int' and 'str'",
        "call_signature",
        False,
        id="signature-no",
    ),
    pytest.param(
        "A KerasTensor is symbolic: it's a placeholder", "numpy_on_symbolic", True, id="symbolic"
    ),
    pytest.param(
        "could not convert string to float: 'a'", "numpy_on_symbolic", False, id="symbolic-no"
    ),
    pytest.param(
        'Layer "dense" expects 1 input(s), but it received 2 input tensors.',
        "input_count",
        True,
        id="inputs",
    ),
    pytest.param("Layer dense was never built", "input_count", False, id="inputs-no"),
    pytest.param(
        "Attempt to convert a value (None) with an unsupported type (<class 'NoneType'>) "
        "to a Tensor.",
        "none_size",
        True,
        id="none-size",
    ),
    pytest.param("Attempt to convert a value (3.5) to a Tensor", "none_size", False, id="none-no"),
]


def test_a_layer_called_on_a_list_is_not_a_merge():
    """Raised for real by Keras: a Dense called on two tensors."""
    made = cell(
        """
        def build():
            a, b = keras.Input((4,)), keras.Input((6,))
            return keras.layers.Dense(8)([a, b])
        """
    )
    with pytest.raises(ValueError) as raised:
        made["build"]()
    found = rd.explain(raised.value)
    assert "a layer that reads one tensor was given 2 ((None, 4), (None, 6))" in found.cause
    assert "is not a merge" in found.cause and "Concatenate" in found.next_step


@pytest.mark.parametrize(("message", "mechanism", "applies"), DECLINED)
def test_a_mechanism_explains_only_what_it_is_for(message, mechanism, applies):
    found = MECHANISMS[mechanism](rd.read(message))
    assert (found is not None) is applies


def test_a_learners_error_reads_its_own_line():
    error = raised(lambda: C["FixedKernel"]()(x4))
    got = rd.read(error)
    assert (got.layer, got.method, got.line) == ("FixedKernel", "call", "return x @ self.w")
    assert rd.weight_shape(got, "w") == "(5, 2)"
    assert "Arguments received by" not in got.message


@pytest.mark.parametrize(
    ("text", "real"),
    [
        pytest.param(
            "Exception encountered when calling X.call().\n\nCould not automatically infer the "
            "output shape. Error encountered:\n\nDimensions must be equal\n\nArguments received "
            "by X.call():\n  • x=...",
            "Dimensions must be equal",
            id="shape-inference-wrapper",
        ),
        pytest.param(
            "Exception encountered when calling X.call().\n\nIncompatible shapes\n\nArguments "
            "received by X.call():",
            "Incompatible shapes",
            id="call-wrapper",
        ),
        pytest.param("plain message", "plain message", id="plain"),
    ],
)
def test_real_message_leaves_out_keras_wrapping(text, real):
    assert rd.real_message(text) == real


def test_through_the_check_the_cause_is_specific(fails):
    error = fails(
        lambda z: ag.call(C["TransposedKernel"]().__call__, x4),
        [r"Likely cause: +inside TransposedKernel\.call\(\)", r"Raised in call\(\), line \d+"],
    )
    assert "see the error message" not in str(error)


def test_notes_keep_the_learners_warnings_and_drop_the_librarys(capsys):
    ag.build(C["warns_itself"])
    out, err = capsys.readouterr()
    assert err == ""
    assert "Python warned: the learner's own warning" in out
    assert "Python warned: Do not pass an `input_shape`" in out  # Keras, about the learner's line


def _as_library(source: str) -> dict:
    """Functions compiled as if they were NumPy's own code."""
    names = {"warnings": warnings}
    exec(compile(textwrap.dedent(source), np.__file__, "exec"), names)
    return names


LIBRARY = _as_library(
    """
    def warns():
        warnings.warn("raised in the library", DeprecationWarning, stacklevel=1)

    def calls_what_warns():
        warns()
    """
)


@pytest.mark.parametrize(
    ("make", "noted"),
    [
        pytest.param(lambda: LIBRARY["warns"](), True, id="library-called-by-the-learner"),
        pytest.param(lambda: LIBRARY["calls_what_warns"](), False, id="deep-inside-the-library"),
        pytest.param(
            lambda: warnings.warn("own", UserWarning, stacklevel=1), True, id="the-learners-own"
        ),
    ],
)
def test_a_warning_is_a_note_only_when_the_learners_code_raised_it(make, noted):
    with captured_warnings() as caught:
        make()
    assert bool(caught) is noted


def test_a_subclassed_model_built_by_shape_without_its_layers_is_named():
    names = cell(
        """
        class Holder(keras.Model):
            def __init__(self):
                super().__init__()
                self.inner = keras.layers.Dense(3, name="inner_dense")

            def call(self, x):
                return self.inner(x)

        def fill():
            model = Holder()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model.build((None, 4))
            model.inner.set_weights([np.zeros((4, 3)), np.zeros(3)])
        """
    )
    with pytest.raises(ValueError) as caught:
        names["fill"]()
    found = explain(caught.value)
    assert found is not None and re.search(
        r"Holder is marked built, but its layer 'inner_dense' is not", found.cause
    ), found
    assert "model(keras.Input(shape=...))" in found.next_step


# --------------------------------------------------------------------------- a layer called with ()

EMPTY = cell(
    """
    def made_then_called(merge):
        a, b = keras.Input((4,)), keras.Input((4,))
        return merge()([a, b])

    def alias_called(encoder):
        copy = encoder
        return copy()

    def class_called(merge):
        a, b = keras.Input((4,)), keras.Input((4,))
        return merge()([a, b])

    class Forgets(keras.layers.Layer):
        def call(self, x, y):
            return x + y

    def two_arguments():
        a = keras.Input((4,))
        return Forgets()([a, a])
    """
)


@pytest.mark.parametrize(
    ("function", "argument", "pattern"),
    [
        (
            "made_then_called",
            lambda: keras.layers.Add(),
            r"`merge` is already a layer \(an Add object.*`merge\(\)\(\.\.\.\)` would make a new "
            r"layer only if merge were the class",
        ),
        (
            "alias_called",
            lambda: keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)]),
            r"`copy` is already a layer \(a Sequential object.*calls that layer with no input",
        ),
        # the class itself, called to make a layer: no such mistake, nothing raised
        ("class_called", lambda: keras.layers.Add, None),
        # call() asking for a second argument: the signature's cause, not this one
        ("two_arguments", None, r"call\(\) asks for 'y' separately as well"),
    ],
)
def test_a_layer_called_with_nothing_is_named_from_the_line_and_frame(function, argument, pattern):
    """raised._layer_called_empty: `name()` on the learner's line, where name holds a layer
    object in the learner's frame."""
    args = () if argument is None else (argument(),)
    if pattern is None:
        EMPTY[function](*args)
        return
    with pytest.raises(TypeError) as info:
        EMPTY[function](*args)
    said = explain(info.value)
    assert said is not None
    assert re.search(pattern, f"{said.cause} {said.next_step}", re.S), said
    if function == "two_arguments":
        assert "already a layer" not in said.cause
