"""Values read from symbolic tensors, None sizes given to add_weight, and sizes a learner's
build() read from input_shape where the task's size is another (issue 21).

Every error is raised for real inside code compiled as a notebook cell is, so the
mechanisms read the learner's own line, the cell around it and the frame's names; each
is shown explaining what it is for (the advice never repeating the learner's bug) and
declining what it is not for.
"""

import itertools
import linecache
import re
import textwrap

import numpy as np
import pytest

import autograder as ag
from autograder import build_sizes
from autograder import custom_weighted_layers as cwl
from autograder import raised as rd
from autograder.keras_errors import explain

keras = ag.keras
_cells = itertools.count(1)


def cell(source: str) -> dict:
    source = textwrap.dedent(source)
    filename = f"/tmp/ipykernel_6161/{next(_cells)}.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    names = {"keras": keras, "np": np}
    exec(compile(source, filename, "exec"), names)
    return names


C = cell(
    """
    def dense_to_numpy():
        x = keras.Input((3,))
        return keras.layers.Dense(2)(x).numpy()

    def tiled_to_list():
        m = keras.Input((3,))
        return keras.ops.tile(m, (1, 2)).tolist()

    class InputToNumpy(keras.layers.Layer):
        def call(self, x):
            return np.tanh(x.numpy())

    class VariableToNumpy(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[-1],))

        def call(self, x):
            return x * self.w.numpy()

    class StacksNumpy(keras.layers.Layer):
        def call(self, inputs):
            return np.stack([x.numpy() for x in inputs])

    def lambda_to_numpy():
        x = keras.Input((3,))
        return keras.layers.Lambda(lambda t: t.numpy() * 2)(x)

    def float_of_a_tensor():
        x = keras.Input((3,))
        return x * float(keras.ops.max(x))

    def if_on_a_tensor():
        x = keras.Input((3,))
        if keras.ops.max(x) > 0:
            return x
        return -x

    class FloatInCall(keras.layers.Layer):
        def call(self, x):
            return x * float(keras.ops.mean(x))

    class IfInCall(keras.layers.Layer):
        def call(self, x):
            if keras.ops.mean(x) > 0:
                return x
            return -x

    class WidthFromFirstCall(keras.layers.Layer):
        def __init__(self, vocabulary, dimension, **kwargs):
            super().__init__(**kwargs)
            self.vocabulary = vocabulary
            self.dimension = dimension

        def build(self, input_shape):
            self.matrix = self.add_weight(shape=(self.vocabulary, input_shape[-1]))

        def call(self, x, reverse=False):
            if reverse:
                return keras.ops.matmul(x, keras.ops.transpose(self.matrix))
            return keras.ops.take(self.matrix, keras.ops.cast(x, "int32"), axis=0)

    def width_from_first_call():
        tied = WidthFromFirstCall(20, 5)
        tied(keras.Input((4,), dtype="int32"))
        return tied(keras.Input((5,)), reverse=True)

    class BatchAxisFeatures(keras.layers.Layer):
        def build(self, input_shape):
            self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][0]))

        def call(self, inputs):
            return sum(inputs)

    class CountFromBatch(keras.layers.Layer):
        def build(self, input_shape):
            count = input_shape[0][0]
            self.logits = self.add_weight(
                shape=(count,),
                initializer="zeros",
            )

        def call(self, inputs):
            return sum(inputs)

    class WholeShape(keras.layers.Layer):
        def build(self, input_shape):
            self.scale = self.add_weight(shape=input_shape, initializer="ones")

        def call(self, x):
            return x * self.scale

    class BiasFromBatch(keras.layers.Layer):
        def __init__(self, vocabulary, **kwargs):
            super().__init__(**kwargs)
            self.vocabulary = vocabulary

        def build(self, input_shape):
            self.bias = self.add_weight(shape=(input_shape[0],))

        def call(self, x):
            return x

    class OpenLength(keras.layers.Layer):
        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[1], input_shape[-1]))

        def call(self, x):
            return x * self.w
    """
)

x3 = keras.Input((3,))


def raised(make):
    with pytest.raises(Exception) as caught:
        make()
    return caught.value


# (what raises, cause regex, next-step regex, what the advice must not say)
EXPLAINED = [
    pytest.param(
        C["dense_to_numpy"],
        r"^\.numpy\(\) asks `keras\.layers\.Dense\(2\)\(x\)` for its values in dense_to_numpy\(\)"
        r"[\s\S]*while a functional model is built",
        r"compute with `keras\.layers\.Dense\(2\)\(x\)` itself",
        r"\.numpy\(\)",
        id="numpy-in-a-function",
    ),
    pytest.param(
        C["tiled_to_list"],
        r"^\.tolist\(\) asks `keras\.ops\.tile\(m, \(1, 2\)\)` for its values",
        r"keras\.ops functions and Keras layers take symbolic tensors",
        r"\.tolist\(\)",
        id="tolist-in-a-function",
    ),
    pytest.param(
        lambda: C["InputToNumpy"]()(x3),
        r"asks `x` for its values inside InputToNumpy\.call\(\)[\s\S]*training cannot follow "
        r"back to the layers before it",
        r"keras\.ops\.tanh\(\.\.\.\) in place of np\.tanh",
        r"\.numpy\(\)",
        id="numpy-on-the-input-in-call",
    ),
    pytest.param(
        lambda: C["VariableToNumpy"]()(x3),
        r"asks `self\.w` for its values inside VariableToNumpy\.call\(\)[\s\S]*back to the "
        r"variable",
        r"compute with `self\.w` itself",
        r"\.numpy\(\)",
        id="numpy-on-a-variable-in-call",
    ),
    pytest.param(
        lambda: C["StacksNumpy"]()([x3, x3]),
        r"asks `x` for its values inside StacksNumpy\.call\(\)",  # not <listcomp>
        r"keras\.ops\.stack",
        r"\.numpy\(\)",
        id="numpy-in-a-comprehension",
    ),
    pytest.param(
        C["lambda_to_numpy"],
        r"Lambda's function[\s\S]*\.numpy\(\) asks `t` for its values in the lambda function",
        r"compute with `t` itself",
        r"\.numpy\(\)",
        id="numpy-in-a-lambda",
    ),
    pytest.param(
        C["float_of_a_tensor"],
        r"^float\(\) asks a symbolic tensor for one Python number in float_of_a_tensor\(\)",
        r"keep the value a tensor",
        r"float\(",
        id="float-of-a-tensor-in-a-function",
    ),
    pytest.param(
        lambda: C["FloatInCall"]()(x3),
        r"^float\(\) asks a symbolic tensor for one Python number inside FloatInCall\.call\(\)",
        r"keep the value a tensor",
        r"float\(",
        id="float-of-a-tensor-in-call",
    ),
    pytest.param(
        C["if_on_a_tensor"],
        r"^Python's `if` \(or and/or/not\) was given a symbolic tensor in if_on_a_tensor\(\)",
        r"keras\.ops\.where\(condition, a, b\)",
        r"\bif\b",
        id="if-on-a-tensor-in-a-function",
    ),
    pytest.param(
        lambda: C["IfInCall"]()(x3),
        r"^Python's `if` \(or and/or/not\) was given a symbolic tensor inside IfInCall\.call\(\)",
        r"keras\.ops\.where",
        r"\bif\b",
        id="if-on-a-tensor-in-call",
    ),
    pytest.param(
        C["width_from_first_call"],
        r"self\.matrix was made with shape=\(self\.vocabulary, input_shape\[-1\]\): "
        r"input_shape is the shape of what the layer was first called on \(\(None, 4\)\)"
        r"[\s\S]*has 5 features — the size the layer holds as self\.dimension",
        r"make that size of self\.matrix self\.dimension",
        r"input_shape\[-1\]",
        id="a-shared-layers-width-read-from-its-first-call",
    ),
    pytest.param(
        lambda: C["BatchAxisFeatures"]()([x3, x3]),
        r"inside BatchAxisFeatures\.build\(\), add_weight\(shape=\(len\(input_shape\), "
        r"input_shape\[0\]\[0\]\)\): its second size, `input_shape\[0\]\[0\]`, is None: it is "
        r"axis 0 of the shape of input 0, \(None, 3\): the batch axis",
        r"input_shape\[0\]\[-1\] \(3\)[\s\S]*any input serves[\s\S]*len\(input_shape\)",
        r"\[0\]\[0\]",
        id="batch-axis-of-a-list-as-features",
    ),
    pytest.param(
        lambda: C["CountFromBatch"]()([x3, x3]),
        r"its first size, `count = input_shape\[0\]\[0\]`, is None: it is axis 0",
        r"len\(input_shape\)",
        r"\[0\]\[0\]",
        id="batch-axis-named-then-used-multiline",
    ),
    pytest.param(
        lambda: C["WholeShape"]()(x3),
        r"add_weight\(shape=input_shape\) gives the weight a whole input shape, \(None, 3\), "
        r"batch axis included",
        r"\(input_shape\[-1\],\)[\s\S]*input_shape\[1:\][\s\S]*__init__",
        r"shape=input_shape\)",
        id="whole-input-shape",
    ),
    pytest.param(
        lambda: C["BiasFromBatch"](20)(x3),
        r"its first size, `input_shape\[0\]`, is None: it is axis 0 of the input's shape, "
        r"\(None, 3\): the batch axis",
        r"input_shape\[-1\] \(3\), or a size the layer was given \(self\.vocabulary = 20\)",
        r"input_shape\[0\]",
        id="batch-axis-of-one-input-and-the-sizes-held",
    ),
    pytest.param(
        lambda: C["OpenLength"]()(keras.Input((None, 3))),
        r"`input_shape\[1\]`, is None: it is axis 1 of the input's shape, \(None, None, 3\), a "
        r"length the input leaves open",
        r"input_shape\[-1\] \(3\)",
        r"input_shape\[1\]",
        id="an-axis-of-open-length",
    ),
]


@pytest.mark.parametrize("context", [None, "custom_layer"])
@pytest.mark.parametrize(("make", "cause", "step", "never"), EXPLAINED)
def test_values_of_symbolic_tensors_and_none_sizes_are_explained(make, cause, step, never, context):
    found = explain(raised(make), context=context)
    assert found is not None
    assert re.search(cause, found.cause), found.cause
    assert re.search(step, found.next_step), found.next_step
    assert not re.search(never, found.next_step), f"the advice repeats the bug: {found.next_step}"


DECLINED = [
    pytest.param(
        "'KerasTensor' object has no attribute 'numpy'", "values_of_symbolic", True, id="keras"
    ),
    pytest.param(
        "'SymbolicTensor' object has no attribute 'numpy'", "values_of_symbolic", True, id="tf"
    ),
    pytest.param(
        "numpy() is only available when eager execution is enabled.",
        "values_of_symbolic",
        True,
        id="eager-only",
    ),
    pytest.param(
        "'KerasTensor' object has no attribute 'kernel'", "values_of_symbolic", False, id="other"
    ),
    pytest.param(
        "'Dense' object has no attribute 'numpy'", "values_of_symbolic", False, id="a-layer"
    ),
    pytest.param(
        "A KerasTensor is symbolic: it's a placeholder for a shape an a dtype. It doesn't have "
        "any actual numerical value. You cannot convert it to a float.",
        "python_value_of_symbolic",
        True,
        id="float",
    ),
    pytest.param(
        "A KerasTensor is symbolic: it's a placeholder for a shape an a dtype. It doesn't have "
        "any actual numerical value. You cannot convert it to a float.",
        "numpy_on_symbolic",
        False,
        id="float-is-not-numpy",
    ),
    pytest.param(
        "A symbolic KerasTensor cannot be used as a boolean.",
        "python_value_of_symbolic",
        True,
        id="bool",
    ),
    pytest.param(
        "could not convert string to float: 'a'", "python_value_of_symbolic", False, id="str"
    ),
    pytest.param(
        # no learner's line holding add_weight: nothing to read the size from
        "Shapes used to initialize variables must be fully-defined (no `None` dimensions). "
        "Received: shape=(3, None) for variable path='m/variable'",
        "none_in_weight_shape",
        False,
        id="none-size-without-a-line",
    ),
    pytest.param(
        "Dimensions must be equal, but are 4 and 3", "none_in_weight_shape", False, id="dims"
    ),
]


@pytest.mark.parametrize(("message", "mechanism", "applies"), DECLINED)
def test_each_mechanism_explains_only_what_it_is_for(message, mechanism, applies):
    found = getattr(rd, mechanism)(rd.read(message))
    assert (found is not None) is applies


def test_a_tensors_numpy_in_a_merge_is_not_an_attribute_the_layer_forgot():
    """custom_weighted_layers reads `'X' object has no attribute 'a'` as the learner's own
    layer lacking self.a only when the line reads self.a: a tensor's .numpy() is not one."""
    error = raised(lambda: C["StacksNumpy"]()([x3, x3]))
    assert cwl.explain_layer_error(error, inputs=[(3,), (3,)]) is None


# ------------------------------------------------------------- sizes from input_shape

S = cell(
    """
    class Tied(keras.layers.Layer):
        def __init__(self, vocabulary, dimension, **kwargs):
            super().__init__(**kwargs)
            self.vocabulary = vocabulary
            self.dimension = dimension

        def build(self, input_shape):
            self.matrix = self.add_weight(shape=(input_shape[-1], self.dimension))
            self.bias = self.add_weight(shape=(input_shape[-1],))

        def call(self, x, reverse=False):
            if reverse:
                return x @ keras.ops.transpose(self.matrix) + self.bias
            return keras.ops.take(self.matrix, keras.ops.cast(x, "int32"), axis=0)

    class Head(keras.layers.Layer):
        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units = units

        def build(self, input_shape):
            width = input_shape[-1]
            self.kernel = self.add_weight(shape=(width, width))

        def call(self, x):
            return x @ self.kernel

    class RightHead(keras.layers.Layer):
        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)
            self.units = units

        def build(self, input_shape):
            self.kernel = self.add_weight(shape=(input_shape[-1], self.units))

        def call(self, x):
            return x @ self.kernel
    """
)


def _tied():
    ids = keras.Input((4,), dtype="int32")
    tied = S["Tied"](20, 5)
    x = keras.layers.Dense(5)(keras.layers.GlobalAveragePooling1D()(tied(ids)))
    return keras.Model(ids, tied(x, reverse=True))


def _head(layer):
    x = keras.Input((16,))
    return keras.Model(x, layer(x))


# (a model, the size the check measured, the task's, the cause's regex or None: no word)
SIZES = [
    pytest.param(
        _tied,
        4,
        20,
        r"Tied\.build\(\) makes self\.bias with shape=\(input_shape\[-1\],\), \(4,\) and "
        r"self\.matrix with shape=\(input_shape\[-1\], self\.dimension\), \(4, 5\): the size "
        r"`input_shape\[-1\]` \(self\.bias's first\) is read from input_shape[\s\S]*\(None, 4\)"
        r"[\s\S]*the layer holds 20 as self\.vocabulary",
        id="vocabulary-from-the-ids-length",
    ),
    pytest.param(
        lambda: _head(S["Head"](1)),
        16,
        1,
        r"the size `width = input_shape\[-1\]` \(self\.kernel's second\)[\s\S]*output has 16 "
        r"values, not 1; the layer holds 1 as self\.units",
        id="units-from-the-width-that-arrives",
    ),
    pytest.param(lambda: _head(S["RightHead"](3)), 3, 5, None, id="units-from-init-no-word"),
    pytest.param(lambda: _head(keras.layers.Dense(3)), 3, 5, None, id="keras-layer-no-word"),
    pytest.param(_tied, 20, 20, None, id="the-right-size-no-word"),
]


@pytest.mark.parametrize(("make", "got", "want", "cause"), SIZES)
def test_a_size_read_from_input_shape_is_named_from_build(make, got, want, cause):
    found = build_sizes.wrong_size(make(), got, want)
    if cause is None:
        assert found is None
        return
    assert re.search(cause, found.cause), found.cause
    assert "input_shape[-1]" not in found.next_step  # the advice never repeats the bug
    assert re.search(r"make that size self\.\w+", found.next_step), found.next_step


# ------------------------------------------------------------------------- grammar


@pytest.mark.parametrize(
    ("n", "word", "said"),
    [
        pytest.param(1, "units", "1 unit", id="one-unit"),
        pytest.param(8, "units", "8 units", id="units"),
        pytest.param(1, "filters", "1 filter", id="one-filter"),
        pytest.param(1, "values", "1 value", id="one-value"),
        pytest.param(0, "values", "0 values", id="no-values"),
    ],
)
def test_a_count_of_one_is_singular(n, word, said):
    from autograder import structure

    assert structure.count(n, word) == said


def test_a_shape_of_one_value_and_a_layer_of_one_unit_read_in_the_singular():
    from autograder import structure

    assert structure._shape_words((1,)) == "1 value"
    assert structure._shape_words((6,)) == "6 values"
    assert rd._grid_words((None, 1)) == "1 value"
    want = structure.Node("Dense", [], config={"units": 1}, role="head", shape=(1,))
    got = structure.Node("Dense", [], config={"units": 2}, role="head", shape=(2,))
    found = structure._config_difference("units", want, got, "on merged")
    assert "has 1 unit," in found.cause and "give it 2 units." in found.next_step
