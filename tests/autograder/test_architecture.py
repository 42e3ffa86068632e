"""ag.architecture and ag.check_architecture: the task's model stated as data, checked on the
learner's weights, a mismatch named by the one change that explains it."""

from __future__ import annotations

import importlib
import re

import numpy as np
import pytest

import autograder as ag

A = importlib.import_module("autograder.architecture")


def test_the_module_is_the_parser():
    """`ag.architecture(text)` parses, whichever way the module was imported first."""
    from autograder import architecture

    assert architecture is A is ag.architecture
    assert isinstance(ag.architecture("x = Input(2)\ny = Dense(1)(x)"), A.Architecture)


keras = ag.keras
L = keras.layers

TWO_BRANCHES = """
    numbers = Input(4)
    text = Input(6)
    numbers_branch = Dense(8, "relu")(numbers)
    text_branch = Dense(8, "relu")(text)
    merged = Concatenate()(numbers_branch, text_branch)
    head = Dense(1)(merged)
"""
SIAMESE = """
    left = Input(5)
    right = Input(5)
    tower = Dense(3, "tanh")
    a = tower(left)
    b = tower(right)
    diff = Subtract()(a, b)
    head = Dense(1, activation="sigmoid")(diff)
"""


def two_branches(order=False, act="relu", head_act=None, merge="concat", text_act="relu"):
    n, t = keras.Input((4,)), keras.Input((6,))
    a = L.Dense(8, activation=act)(n)
    b = L.Dense(8, activation=text_act)(t)
    m = L.Concatenate()([b, a] if order else [a, b]) if merge == "concat" else L.Add()([a, b])
    return keras.Model([n, t], L.Dense(1, activation=head_act)(m))


def siamese(shared=True, op="subtract", swap=False):
    left, right = keras.Input((5,)), keras.Input((5,))
    tower = L.Dense(3, activation="tanh")
    other = tower if shared else L.Dense(3, activation="tanh")
    a, b = tower(left), other(right)
    pair = [b, a] if swap else [a, b]
    merged = L.Subtract()(pair) if op == "subtract" else getattr(L, op)()(pair)
    return keras.Model([left, right], L.Dense(1, activation="sigmoid")(merged))


def test_parse_shapes_and_layers():
    arch = ag.architecture(TWO_BRANCHES)
    assert arch.shapes["merged"] == (16,)
    assert {n: v[1] for n, v in arch.layers().items()} == {
        "numbers_branch": (4, 8),
        "text_branch": (6, 8),
        "head": (16, 1),
    }
    shared = ag.architecture(SIAMESE)
    assert list(shared.layers()) == ["tower", "head"]  # one described layer, called twice


@pytest.mark.parametrize(
    "text",
    [
        "x = Input(3)\ny = __import__('os').system('true')",  # not a layer: refused, never run
        "x = Input(3)\ny = Dense(2)(x)\nimport os",
        "x = Input(3)\ny = Dense(len('ab'))(x)",  # only literal arguments
        "x = Input(3)\ny = Bogus(2)(x)",
    ],
)
def test_a_description_is_data_not_code(text):
    with pytest.raises(A.ArchitectureError):
        ag.architecture(text)


def test_a_description_cannot_build_a_model():
    """No way from a description to a Keras model: it would hand out the answer."""
    arch = ag.architecture(TWO_BRANCHES)
    assert not any(isinstance(getattr(arch, name, None), keras.Model) for name in dir(arch))
    assert not [name for name in dir(A) if "build" in name.lower() or name.lower() == "model"]


@pytest.mark.parametrize(
    "model, passes",
    [
        (two_branches, True),
        (lambda: keras.Sequential([keras.Input((4,)), L.Dense(1)]), False),
    ],
)
def test_any_correct_model_passes(model, passes):
    arch = ag.architecture(TWO_BRANCHES)
    x = ag.fixed_inputs((4,), (6,), batch=16)
    if passes:
        ag.check_architecture(model(), arch, inputs=x)
    else:
        with pytest.raises(ag.CheckFailed):
            ag.check_architecture(model(), arch, inputs=x if passes else x[0])


@pytest.mark.parametrize(
    "kwargs, pattern",
    [
        ({"order": True}, r"merged joins \[text_branch, numbers_branch\] where the task says"),
        ({"act": None}, r"numbers_branch \(Dense\(8\) on numbers\) has no activation where the "),
        ({"act": "tanh"}, r"numbers_branch .* has a tanh where the task asks for a relu"),
        ({"head_act": "relu"}, r"head .* has a relu where the task asks for no activation"),
        ({"act": None, "text_act": None}, r"numbers_branch and text_branch have no activation"),
    ],
)
def test_a_mismatch_is_named_by_the_change_that_explains_it(kwargs, pattern):
    arch = ag.architecture(TWO_BRANCHES)
    x = ag.fixed_inputs((4,), (6,), batch=16)
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_architecture(two_branches(**kwargs), arch, inputs=x)
    assert re.search(pattern, str(failed.value)), str(failed.value)


def test_notes_replace_the_words_of_a_named_change():
    arch = ag.architecture(TWO_BRANCHES)
    x = ag.fixed_inputs((4,), (6,), batch=16)
    key = ("order", "merged", ("text_branch", "numbers_branch"))
    with pytest.raises(ag.CheckFailed, match="in the other order, said by the topic"):
        ag.check_architecture(
            two_branches(order=True),
            arch,
            inputs=x,
            notes={key: ("in the other order, said by the topic", "swap them")},
        )


@pytest.mark.parametrize(
    "kwargs, pattern",
    [
        ({}, None),
        ({"swap": True}, r"diff subtracts \[b, a\] where the task says \[a, b\]"),
        ({"op": "Add"}, r"diff merges a and b with Add where the task asks for Subtract"),
        ({"shared": False}, r"."),  # two towers: outputs differ, no single change explains
    ],
)
def test_shared_layers(kwargs, pattern):
    arch = ag.architecture(SIAMESE)
    x = ag.fixed_inputs((5,), (5,), batch=16)
    if pattern is None:
        ag.check_architecture(siamese(**kwargs), arch, inputs=x)
        return
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_architecture(siamese(**kwargs), arch, inputs=x)
    assert re.search(pattern, str(failed.value)), str(failed.value)


def test_the_learners_weights_come_back():
    model = two_branches()
    before = [np.array(v) for v in model.get_weights()]
    x = ag.fixed_inputs((4,), (6,), batch=16)
    ag.check_architecture(model, ag.architecture(TWO_BRANCHES), inputs=x)
    assert all(np.array_equal(a, b) for a, b in zip(before, model.get_weights(), strict=True))


def test_a_missing_layer_is_looked_for_by_its_description():
    arch = ag.architecture(TWO_BRANCHES)
    x = ag.fixed_inputs((4,), (6,), batch=16)
    with pytest.raises(ag.CheckFailed, match=r"Looking for head, Dense\(1\) on merged"):
        ag.check_architecture(two_branches(merge="add"), arch, inputs=x)


def test_expect_with_a_description_explains_counts():
    """ag.expect(model, TASK): check_counts names the structural difference."""
    arch = ag.architecture(TWO_BRANCHES)
    model = two_branches(merge="add")
    ag.expect(model, arch)
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_counts(model, trainable=113)
    assert "Likely cause" in str(failed.value)
    assert "a layer has another size than the task asks" not in str(failed.value)


# --- an activation moved, a 16-bit model, a named misconception stated as an architecture

BLOCK = """
    x = Input(6)
    branch = Dense(4)(x)
    projection = Dense(4)(x)
    summed = Add()(branch, projection)
    merged = Activation("relu")(summed)
    head = Dense(2)(merged)
"""


def block(relu_on="sum", dtype=None, softmax_after=False):
    x = keras.Input((6,))
    branch = L.Dense(4, dtype=dtype)(x)
    summed = L.Add()([branch, L.Dense(4)(x)])
    merged = L.Activation("relu")(summed) if relu_on == "sum" else summed
    head = L.Dense(2, activation="relu" if relu_on == "head" else None)(merged)
    return keras.Model(x, L.Softmax()(head) if softmax_after else head)


def test_a_moved_activation_is_named_as_moved_not_missing():
    x = ag.fixed_inputs((6,), batch=16)
    arch = ag.architecture(BLOCK)
    ag.check_architecture(block(), arch, inputs=x)
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_architecture(block(relu_on="head"), arch, inputs=x)
    message = str(failed.value)
    assert "the relu that the task puts after summed is on head in your model" in message
    assert "remove the activation from head, and apply relu after summed" in message


def test_a_16_bit_layer_is_named_when_it_only_rounds():
    x = ag.fixed_inputs((6,), batch=16)
    with pytest.raises(ag.CheckFailed, match=r"in half precision: layer \w+ \(float16\) computes"):
        ag.check_architecture(block(dtype="float16"), ag.architecture(BLOCK), inputs=x)
    # a wrong architecture in 16 bits is not called a rounding
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_architecture(
            block(relu_on="head", dtype="float16"), ag.architecture(BLOCK), inputs=x
        )
    assert "half precision" not in str(failed.value)


def test_known_names_a_misconception_that_no_single_change_reaches():
    x = ag.fixed_inputs((6,), batch=16)
    softmaxed = ag.architecture(BLOCK + '\n    probs = Activation("softmax")(head)')
    arch = ag.architecture(BLOCK.replace("Dense(2)(merged)", 'Dense(2, "softmax")(merged)'))
    model = block(relu_on="head", softmax_after=True)  # relu moved to the head, then softmax
    known = {
        "moved and softmaxed": (
            ag.architecture(
                BLOCK.replace('merged = Activation("relu")(summed)', "").replace(
                    "Dense(2)(merged)", 'Dense(2, "relu")(summed)'
                )
                + '\n    probs = Activation("softmax")(head)'
            ),
            "the topic's words for it",
            "its next step",
        )
    }
    with pytest.raises(ag.CheckFailed, match="the topic's words for it"):
        ag.check_architecture(model, arch, inputs=x, known=known)
    with pytest.raises(ag.CheckFailed) as failed:  # without it: not that cause
        ag.check_architecture(model, arch, inputs=x)
    assert "the topic's words for it" not in str(failed.value)
    ag.check_architecture(block(softmax_after=True), softmaxed, inputs=x, known=known)


# --- a topic's op whose weights are not one layer's kernel and bias (Op.find/select/weights_of)


class _Transposed(A.Op):
    """`Transposed("enc")`: x @ encᵀ + a bias of its own: the decoder of a tied autoencoder."""

    def find(self, model, step, arch):
        width = arch.shapes[step.name][-1]
        return [v for v in model.weights if tuple(v.shape) == (width,)]

    def weights_of(self, obj):
        return (None, np.asarray(obj, "float64"))

    def select(self, step, weights):
        tied, own = weights.get(step.args["_pos"][0]), weights.get(step.layer)
        return (tied[0] if tied else None, own[1] if own else None)

    def evaluate(self, args, xs, weights):
        kernel, bias = weights
        return xs[0] @ kernel.T + (bias if bias is not None else 0.0)

    def forms(self, step, arch):
        return []


TIED_OPS = {"Transposed": _Transposed("Transposed", weighted=True)}
TIED = """
    x = Input(6)
    enc = Dense(3, "relu")
    code = enc(x)
    out = Transposed("enc")(code)
"""


class _Decoder(L.Layer):
    def __init__(self, tied_to, relu=False, **kwargs):
        super().__init__(**kwargs)
        self.tied_to, self.relu = tied_to, relu

    def build(self, input_shape):
        self.b = self.add_weight(shape=(self.tied_to.kernel.shape[0],), initializer="zeros")

    def call(self, code):
        out = keras.ops.matmul(code, keras.ops.transpose(self.tied_to.kernel)) + self.b
        return keras.ops.relu(out) if self.relu else out


def tied(relu=False):
    x = keras.Input((6,))
    enc = L.Dense(3, activation="relu")
    return keras.Model(x, _Decoder(enc, relu)(enc(x)))


def test_an_op_may_read_another_described_layers_weights():
    arch = ag.architecture(TIED, ops=TIED_OPS)
    assert arch.shapes["out"] == (6,)
    assert arch.layers()["out"][1] is None  # no kernel of its own
    x = ag.fixed_inputs((6,), batch=16)
    ag.check_architecture(tied(), arch, inputs=x)
    with pytest.raises(ag.CheckFailed, match=r"out \(Transposed\('enc'\) on code\) has a relu"):
        ag.check_architecture(tied(relu=True), arch, inputs=x)
    inputs = keras.Input((6,))
    untied = keras.Model(inputs, L.Dense(6)(L.Dense(3, activation="relu")(inputs)))
    with pytest.raises(ag.CheckFailed) as failed:  # the bias is there: a Dense(6)'s
        ag.check_architecture(untied, arch, inputs=x)
    assert "(kernel None)" not in str(failed.value)


# ---- A topic's op whose inputs' order matters, written with a layer class of its own ----------


@keras.saving.register_keras_serializable(package="test_architecture")
class _Scaled(L.Layer):
    """A topic's weighted layer with no kernel: one scale per input, a weighted sum."""

    def build(self, input_shape):
        self.scales = self.add_weight(shape=(len(input_shape),), initializer="ones")

    def call(self, inputs):
        return sum(self.scales[i] * x for i, x in enumerate(inputs))


class _ScaledOp(A.Op):
    def kernel_shape(self, args, shapes):
        return (len(shapes),)

    def find(self, model, step, arch):
        return [layer for layer in A.all_layers(model) if isinstance(layer, _Scaled)]

    def weights_of(self, obj):
        return (np.asarray(obj.scales.numpy(), "float64"), None)

    def evaluate(self, args, xs, weights):
        return sum(w * x for w, x in zip(weights[0], xs, strict=True))

    def forms(self, step, arch):
        return [[(_Scaled, {}, arch.shapes[step.name])]]


SCALED = """
    a = Input(3)
    b = Input(3)
    mixed = Scaled()(a, b)
    head = Dense(1)(mixed)
"""


def _scaled_model(swap=False, units=1):
    a, b = keras.Input((3,)), keras.Input((3,))
    mixed = _Scaled()([b, a] if swap else [a, b])
    return keras.Model([a, b], L.Dense(units)(mixed))


def test_an_ordered_op_has_its_inputs_order_changed():
    arch = ag.architecture(SCALED, ops={"Scaled": _ScaledOp("Scaled", weighted=True, ordered=True)})
    x = ag.fixed_inputs((3,), (3,), batch=8)
    A.check_architecture(_scaled_model(), arch, inputs=x)
    with pytest.raises(
        ag.CheckFailed, match=r"mixed receives \[b, a\] where the task says \[a, b\]"
    ):
        A.check_architecture(_scaled_model(swap=True), arch, inputs=x)
    unordered = ag.architecture(SCALED, ops={"Scaled": _ScaledOp("Scaled", weighted=True)})
    assert not any(m.key[0] == "order" for _arch, m in A.mutations(unordered))


def test_a_form_may_be_a_layer_class_of_the_topic():
    arch = ag.architecture(SCALED, ops={"Scaled": _ScaledOp("Scaled", weighted=True, ordered=True)})
    (graph,) = A.graphs(arch)
    assert "_Scaled" in {node.kind for node in graph.nodes}
    # so that a structural difference elsewhere is still explained
    x = ag.fixed_inputs((3,), (3,), batch=8)
    assert A.difference(_scaled_model(), arch, x) is None
    assert A.difference(_scaled_model(units=2), arch, x) is not None


def test_an_op_without_a_keras_form_still_gives_a_graph():
    """A topic's op no Keras layer writes is a node computed in code: the rest of the
    description still explains a structural difference."""

    class Halve(A.Op):
        def evaluate(self, args, xs, weights):
            return xs[0] / 2

        def forms(self, step, arch):
            return []

    arch = ag.architecture(
        "x = Input(4)\nh = Dense(3)(x)\nhalf = Halve()(h)\ny = Dense(2)(half)",
        ops={"Halve": Halve("Halve")},
    )
    kinds = [[n.kind for n in graph.nodes] for graph in A.graphs(arch)]
    assert kinds == [
        ["Input", "Dense", "Halve", "Dense", "Output"],  # a layer class of that name
        ["Input", "Dense", "code", "Dense", "Output"],  # or a tensor computed in code
    ]


# --- a described layer may be frozen (a snapshot beside the layers it copies)

FROZEN_HEAD = """
    x = Input(6)
    hidden = Dense(4, "relu")(x)
    head = Dense(2{flag})(hidden)
"""


def _head_model(trainable):
    x = keras.Input((6,))
    head = L.Dense(2, trainable=trainable)
    return keras.Model(x, head(L.Dense(4, activation="relu")(x)))


@pytest.mark.parametrize(
    ("flag", "trainable", "differs"),
    [
        (", trainable=False", False, False),  # frozen where the description freezes it
        (", trainable=False", True, True),  # trainable where it is described frozen
        ("", True, False),
        ("", False, True),  # frozen where the description trains it
    ],
    ids=["frozen as described", "not frozen", "trainable as described", "frozen, not described"],
)
def test_a_described_layer_may_be_frozen(flag, trainable, differs):
    arch = ag.architecture(FROZEN_HEAD.format(flag=flag))
    diff = A.difference(_head_model(trainable), arch, ag.fixed_inputs((6,), batch=16))
    assert (diff is not None and diff.what == "trainable") == differs
