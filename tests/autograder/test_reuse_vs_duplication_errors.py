"""reuse_vs_duplication's mechanisms for errors raised in the learner's code.

Each error is raised for real inside code compiled as a notebook cell is (a file name like
ipykernel's, its source in linecache), then explained in the topic's context ("sharing" or
"copy"): the cause names what the learner's line and cell did. The same error in another
context is left to the general explanations.
"""

import itertools
import linecache
import re
import textwrap

import numpy as np
import pytest

import autograder as ag
from autograder import reuse_vs_duplication  # noqa: F401 -- registers the mechanisms
from autograder.keras_errors import explain

keras = ag.keras
_cells = itertools.count(1)

TIED = """
class Tied(keras.layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary, self.dimension = vocabulary, dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension), name="matrix")
        self.bias = self.add_weight(shape=({bias},), initializer="zeros", name="bias")

    def call(self, inputs, reverse=False):
        if reverse:
            return {scores}
        return {lookup}


def build():
    tokens = keras.Input(shape=(4,){dtype})
    embedding = Tied(20, 5)
    context = keras.layers.GlobalAveragePooling1D()(embedding(tokens))
    hidden = keras.layers.Dense(5, activation="tanh")(context)
    return keras.Model(tokens, {last})
"""
GOOD = {
    "bias": "self.vocabulary",
    "scores": "keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias",
    "lookup": "keras.ops.take(self.matrix, inputs, axis=0)",
    "dtype": ', dtype="int32"',
    "last": "embedding(hidden, reverse=True)",
}


def _tied(**changes):
    return TIED.format(**{**GOOD, **changes})


MONITOR = """
def build(encoder):
    first, second = encoder.layers
    {body}
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
"""


def _monitor(body):
    return MONITOR.format(body=body)


def _encoder():
    return keras.Sequential(
        [keras.Input((8,)), keras.layers.Dense(6, activation="relu"), keras.layers.Dense(4)],
        name="encoder",
    )


def _raise(source, *args):
    source = textwrap.dedent(source)
    filename = f"/tmp/ipykernel_4242/{next(_cells)}.py"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    names = {"keras": keras, "np": np}
    exec(compile(source, filename, "exec"), names)
    with pytest.raises(Exception) as caught:
        names["build"](*args)
    return caught.value


CASES = [
    pytest.param(
        _tied(bias="self.dimension"),
        (),
        "sharing",
        r"self\.bias \(made with shape=\(self\.dimension,\): 5\) is added to a result of shape "
        r"\(None, 20\)",
        id="a bias of the wrong length, not the matrix beside it",
    ),
    pytest.param(
        _tied(scores="keras.ops.matmul(inputs, self.matrix) + self.bias"),
        (),
        "sharing",
        r"self\.matrix \(20×5\) is multiplied as it is.*its transpose \(5×20\) fits",
        id="a matrix also read by the lookup, multiplied untransposed",
    ),
    pytest.param(
        _tied(scores="keras.ops.matmul(inputs, self.matrix.numpy().T) + self.bias"),
        (),
        "sharing",
        r"\.numpy\(\) reads self\.matrix's values.*Keras runs call\(\) on symbolic tensors",
        id="numpy() in call()",
    ),
    pytest.param(
        _tied(dtype=""),
        (),
        "sharing",
        r"they come from keras\.Input\(shape=\(4,\)\), whose dtype is float32",
        id="float ids from an Input without dtype",
    ),
    pytest.param(
        _tied(last="embedding(hidden)"),
        (),
        "sharing",
        r"took the lookup's branch of call\(\): it was called without reverse=True",
        id="vectors looked up: reverse=True left out",
    ),
    pytest.param(
        _tied(last="embedding(hidden, True)"),
        (),
        "sharing",
        r"True was passed by position.*",
        id="a flag passed by position",
    ),
    pytest.param(
        _tied(lookup="keras.ops.take(self.matrix, inputs)"),
        (),
        "sharing",
        r"keras\.ops\.take without axis= reads the matrix as one flat list",
        id="take without axis",
    ),
    pytest.param(
        """
        def build():
            left, right = keras.Input(shape=(10,)), keras.Input(shape=(10,))
            encoder = keras.layers.Dense(6, activation="tanh")
            diff = np.subtract(encoder(left).numpy(), encoder(right).numpy())
            return keras.Model([left, right], diff)
        """,
        (),
        "sharing",
        r"\.numpy\(\) was called on a symbolic tensor.*keras\.ops\.subtract",
        id="numpy on a symbolic tensor",
    ),
    pytest.param(
        """
        def build(encoder):
            stem, top = encoder.layers[1:]
            return stem
        """,
        (_encoder,),
        "copy",
        r"in Keras 3 a model's \.layers lists its layers only.*the slice leaves out a real layer",
        id="layers[1:] unpacked, as in Keras 2",
    ),
    pytest.param(
        _monitor(
            'snapshot = keras.Sequential([keras.Input((8,)), keras.layers.Dense(6, activation="relu"), '
            'keras.layers.Dense(4)], name="snapshot")\n'
            "    snapshot.layers[0].kernel = first.kernel"
        ),
        (_encoder,),
        "copy",
        r"assigns another layer's variable to a layer that is already built.*"
        r"snapshot\.layers\[0\]\.kernel\.assign\(first\.kernel\)",
        id="a variable assigned to a built layer",
    ),
    pytest.param(
        _monitor(
            "clone = keras.models.clone_model(encoder)\n"
            "    snapshot = keras.Model(clone.inputs, clone.outputs, name='snapshot')"
        ),
        (_encoder,),
        "copy",
        r"a model built on clone\.outputs \(a list, even of one tensor\) returns a list",
        id="a model on a list of outputs",
    ),
    pytest.param(
        """
        def build(encoder):
            top, stem = encoder.layers
            q = keras.Input(shape=(8,))
            return keras.Model(q, top(stem(q)))
        """,
        (lambda: _named_encoder(),),
        "copy",
        r"`top, stem = encoder\.layers` gives the names in the order the model lists its "
        r"layers, so `stem` holds the layer named 'top'",
        id="names unpacked from model.layers in another order",
    ),
    pytest.param(
        """
        def build():
            left, right = keras.Input(shape=(10,)), keras.Input(shape=(10,))
            encoder = keras.layers.Dense(6, activation="tanh")
            diff = keras.layers.Subtract()([encoder(left), right])
            return keras.Model([left, right], diff)
        """,
        (),
        "sharing",
        r"`right` goes into Subtract as it is \(10,\), while the other input went through "
        r"encoder.*encoder\(right\)",
        id="one input merged without the shared layer",
    ),
]


def _named_encoder():
    return keras.Sequential(
        [
            keras.Input((8,)),
            keras.layers.Dense(6, activation="relu", name="stem"),
            keras.layers.Dense(4, activation="tanh", name="top"),
        ],
        name="encoder",
    )


@pytest.mark.parametrize(("source", "args", "context", "pattern"), CASES)
def test_an_error_in_the_learners_code_is_explained_from_it(source, args, context, pattern):
    error = _raise(source, *(a() for a in args))
    found = explain(error, context=context)
    assert found is not None
    assert re.search(pattern, f"{found.cause} {found.next_step}", re.S)


@pytest.mark.parametrize(("source", "args", "context", "pattern"), CASES)
def test_other_contexts_keep_the_general_explanation(source, args, context, pattern):
    error = _raise(source, *(a() for a in args))
    found = explain(error, context="custom_layer")
    text = f"{found.cause} {found.next_step}" if found else ""
    assert not re.search(pattern, text, re.S)


def test_a_good_tied_embedding_raises_nothing():
    source = textwrap.dedent(_tied())
    names = {"keras": keras, "np": np}
    exec(compile(source, "/tmp/ipykernel_4242/good.py", "exec"), names)
    assert names["build"]().output.shape == (None, 20)


# ------------------------------------------------------- a duplicate that Keras refuses by name
# reuse_vs_duplication._name_clash: the objects of one name are read from the graph Keras was
# building, how the second was made from the learner's code, and what the task needs from the
# context and the graph (a shared object; a fresh duplicate; or a snapshot, whose name alone
# is the mistake).

PAIR = """
{imports}
def build({arg}):
    left, right = keras.Input(shape=(8,)), keras.Input(shape=({width},))
    {body}
    return keras.Model([left, right], keras.layers.Concatenate()([first(left), second({other})]))
"""


def _pair(body, *, imports="", arg="", other="right", width=8):
    return PAIR.format(imports=imports, arg=arg, body=body, other=other, width=width)


def _given_top():
    return keras.layers.Dense(4, activation="tanh", name="top")


def _built_top():
    top = _given_top()
    top.build((None, 8))
    return top


NAME_CLASHES = [
    pytest.param(
        _pair(
            "first = keras.layers.Dense(6, name='encoder')\n    first.build((None, 8))\n"
            "    second = copy.deepcopy(first)",
            imports="import copy",
        ),
        (),
        "sharing",
        r"copy\.deepcopy made a second copy of Dense layer 'encoder', the same values, in "
        r"variables of its own, where the task shares one layer, called on every input.*"
        r"call that same instance on each input",
        id="sharing: a deep copy for the second input",
    ),
    pytest.param(
        _pair(
            "first = keras.Sequential([keras.Input((8,)), keras.layers.Dense(6)], name='enc')\n"
            "    second = keras.models.clone_model(first)"
        ),
        (),
        "sharing",
        r"clone_model made a second copy of model 'enc' \(\w+\), with variables and values of "
        r"its own, where the task shares one model",
        id="sharing: a clone of a model",
    ),
    pytest.param(
        _pair(
            "first = keras.layers.Dense(6, name='twin')\n"
            "    second = keras.layers.Dense(6, name='twin')"
        ),
        (),
        "sharing",
        r"a second layer of the same name stands beside Dense layer 'twin'.*renamed they would "
        r"still be two layers",
        id="sharing: two instances given one name",
    ),
    pytest.param(
        _pair(
            "first = keras.layers.Dense(6, name='trunk')\n"
            "    second = keras.layers.Dense.from_config(first.get_config())",
            other="left",
        ),
        (),
        "grafting",
        r"from_config\(get_config\(\)\) made a second copy of Dense layer 'trunk'.*one layer "
        r"whose one output every branch reads.*give its output to every branch",
        id="grafting: a duplicate reading the same input as its original",
    ),
    pytest.param(
        _pair(
            "first = top\n    second = shallow(top)",
            imports="from copy import copy as shallow",
            arg="top",
        ),
        (_built_top,),
        "copy",
        r"`shallow\(top\)` \(copy\.copy\) copied .top. \(Dense layer .top.\) with its values.*exact copy, where the "
        r"task asks for a fresh duplicate.*from_config\(config\)",
        id="copy: a shallow copy, under an alias, for another input",
    ),
    pytest.param(
        _pair(
            "first = top\n    second = type(top).from_config(top.get_config())\n"
            "    second.build((None, 8))\n    second.set_weights(top.get_weights())",
            arg="top",
        ),
        (_built_top,),
        "copy",
        r"from_config and set_weights\(get_weights\(\)\) copied 'top'",
        id="copy: values copied into a rebuilt layer",
    ),
]

# the name is the only mistake, or nothing says what the task needs: the name's own words
NAME_ONLY = [
    pytest.param(
        _pair(
            "first = top\n    second = type(top).from_config(top.get_config())",
            arg="top",
        ),
        (_built_top,),
        "copy",
        r"two layers \(or models\) in the model are both named 'top': from_config\(get_config"
        r"\(\)\) keeps the name",
        id="copy: a fresh duplicate that kept the name",
    ),
    pytest.param(
        _pair(
            "first = top\n    second = copy.deepcopy(top)",
            imports="import copy",
            arg="top",
            other="left",
        ),
        (_built_top,),
        "copy",
        r"both named 'top': copy\.deepcopy copies the name",
        id="copy: a snapshot on the same input, only its name wrong",
    ),
    pytest.param(
        _pair(
            "first = keras.layers.Dense(6, name='part')\n"
            "    second = keras.layers.Dense(6, name='part')"
        ),
        (),
        "grafting",
        r"both named 'part': from_config\(get_config\(\)\) and clone_model keep",
        id="grafting: two layers on different inputs, nothing shared said",
    ),
    pytest.param(
        _pair(
            "first = keras.layers.Dense(6, name='x')\n    second = copy.deepcopy(first)",
            imports="import copy",
        ),
        (),
        None,
        r"both named 'x': from_config\(get_config\(\)\) and clone_model keep",
        id="no context: the general words",
    ),
]


@pytest.mark.parametrize(("source", "args", "context", "pattern"), NAME_CLASHES + NAME_ONLY)
def test_a_name_clash_is_explained_by_what_the_task_needs(source, args, context, pattern):
    error = _raise(source, *(a() for a in args))
    found = explain(error, context=context)
    assert found is not None
    assert re.search(pattern, f"{found.cause} {found.next_step}", re.S)


@pytest.mark.parametrize(
    ("body", "imports"),
    [
        ("first = second = keras.layers.Dense(6, name='encoder')", ""),
        (
            "first = keras.layers.Dense(6)\n    second = copy.deepcopy(first)\n"
            "    second.name = 'renamed'",
            "import copy",
        ),
    ],
    ids=["one shared instance", "a renamed copy"],
)
def test_the_fixes_the_advice_names_build(body, imports):
    source = textwrap.dedent(_pair(body, imports=imports))
    names = {"keras": keras, "np": np}
    exec(compile(source, f"/tmp/ipykernel_4242/fix{next(_cells)}.py", "exec"), names)
    assert names["build"]().output.shape[-1] == 12
