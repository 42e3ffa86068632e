"""autograder.structure: a model's layer graph, whatever its style, and its first difference."""

from __future__ import annotations

import re

import numpy as np
import pytest

import autograder as ag
from autograder import structure as st
from autograder.outputs import chosen_weights

keras = ag.keras
layers = keras.layers


# ------------------------------------------------------------------ the task, many ways


def two_branches(
    merge="Concatenate",
    order=("a", "b"),
    a_act="relu",
    b_act="relu",
    head_act=None,
    b_reads="text",
    head_bias=True,
    extra_head=False,
    b_units=8,
    names=False,
):
    """Task 1 of topic 1, with one thing changed."""
    numbers = keras.Input((4,), name="numbers" if names else None)
    text = keras.Input((6,), name="text" if names else None)
    a = layers.Dense(8, activation=a_act, name="numbers_branch" if names else None)(numbers)
    source = {"text": text, "numbers": numbers, "a": a}[b_reads]
    b = layers.Dense(b_units, activation=b_act, name="text_branch" if names else None)(source)
    parts = [a, b] if order == ("a", "b") else [b, a]
    merged = getattr(layers, merge)()(parts)
    out = layers.Dense(1, activation=head_act, use_bias=head_bias, name="head" if names else None)(
        merged
    )
    if extra_head:
        out = layers.Dense(1)(out)
    return keras.Model([numbers, text], out)


def sequential_branches():
    numbers, text = keras.Input((4,)), keras.Input((6,))
    a = keras.Sequential([layers.Dense(8), layers.Activation("relu")])(numbers)
    b = keras.Sequential([layers.Dense(8, activation="relu")])(text)
    return keras.Model([numbers, text], layers.Dense(1)(layers.concatenate([a, b])))


class Subclassed(keras.Model):
    def __init__(self):
        super().__init__()
        self.head = layers.Dense(1)  # created first: order of creation does not matter
        self.a = layers.Dense(8)
        self.b = layers.Dense(8, activation="relu")

    def call(self, inputs):
        numbers, text = inputs
        return self.head(keras.ops.concatenate([keras.ops.relu(self.a(numbers)), self.b(text)], -1))


class Branches(layers.Layer):
    """A custom layer holding both branches."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.a = layers.Dense(8, activation="relu")
        self.b = layers.Dense(8, activation="relu")

    def call(self, inputs):
        return layers.concatenate([self.a(inputs[0]), self.b(inputs[1])])


def custom_layer_branches():
    numbers, text = keras.Input((4,)), keras.Input((6,))
    return keras.Model([numbers, text], layers.Dense(1)(Branches()([numbers, text])))


X = ag.fixed_inputs((4,), (6,), batch=8, seed=7)


def graph(model):
    with chosen_weights(model):
        return st.describe(model, X)


@pytest.fixture(scope="module")
def reference():
    return graph(two_branches(names=True))


SAME = [
    pytest.param(two_branches, id="functional"),
    pytest.param(sequential_branches, id="sequential-branches-activation-layer"),
    pytest.param(lambda: Subclassed(), id="subclassed-ops-in-code"),
    pytest.param(custom_layer_branches, id="custom-layer-holding-dense"),
]


@pytest.mark.parametrize("make", SAME)
def test_styles_give_the_same_graph(make, reference):
    model = make()
    model(X)
    assert st.compare(reference, graph(model)) is None


DIFFERENT = [
    pytest.param({"merge": "Add"}, "kind", r"is Add, the task asks for Concatenate", id="add"),
    pytest.param(
        {"merge": "Subtract"}, "kind", r"Subtract subtracts the second input", id="subtract"
    ),
    pytest.param({"merge": "Maximum"}, "kind", r"is Maximum.*larger value", id="maximum"),
    pytest.param(
        {"order": ("b", "a")}, "order", r"\[the text branch, the numbers branch\]", id="order"
    ),
    pytest.param(
        {"head_act": "relu"}, "activation", r"head .*relu.*happen to be positive", id="head-relu"
    ),
    pytest.param(
        {"a_act": None},
        "activation",
        r"numbers branch .*linear, the task asks for relu",
        id="no-relu",
    ),
    pytest.param({"b_act": "tanh"}, "activation", r"text branch .*tanh", id="tanh"),
    pytest.param({"head_bias": False}, "use_bias", r"no bias \(use_bias=False\)", id="no-bias"),
    pytest.param({"extra_head": True}, "extra", r"ends with an extra Dense\(1\)", id="extra-layer"),
    pytest.param({"b_reads": "a"}, "series", r"in series", id="series"),
    pytest.param(
        {"b_reads": "numbers", "b_units": 8}, "wiring", r"reads .*numbers input", id="wrong-input"
    ),
    pytest.param({"b_units": 12}, "units", r"12 units, the task asks for 8", id="units"),
]


@pytest.mark.parametrize(("change", "what", "words"), DIFFERENT)
def test_first_difference_is_named(change, what, words, reference):
    found = st.compare(reference, graph(two_branches(**change)))
    assert found is not None
    assert found.what == what
    assert re.search(words, found.cause), found.cause
    assert found.next_step


def gated(swap=False, merge="Multiply"):
    signal, context = keras.Input((12,), name="signal"), keras.Input((5,), name="context")
    f_in, g_in = (context, signal) if swap else (signal, context)
    features = layers.Dense(8, activation="tanh", name="features")(f_in)
    gate = layers.Dense(8, activation="sigmoid", name="gate")(g_in)
    return keras.Model(
        [signal, context], layers.Dense(1)(getattr(layers, merge)()([features, gate]))
    )


def test_swapped_inputs_are_named_as_a_swap():
    xs = ag.fixed_inputs((12,), (5,), batch=8, seed=7)
    want = st.describe(gated(), xs)
    found = st.compare(want, st.describe(gated(swap=True), xs))
    assert found.what == "swap"
    assert "the other way round" in found.cause and "signal" in found.cause


def test_commutative_merge_ignores_order_but_not_kind():
    xs = ag.fixed_inputs((12,), (5,), batch=8, seed=7)
    want = st.describe(gated(), xs)
    signal, context = keras.Input((12,)), keras.Input((5,))
    gate = layers.Dense(8, activation="sigmoid")(context)
    features = layers.Dense(8, activation="tanh")(signal)
    reordered = keras.Model([signal, context], layers.Dense(1)(layers.Multiply()([gate, features])))
    assert st.compare(want, st.describe(reordered, xs)) is None
    assert st.compare(want, st.describe(gated(merge="Add"), xs)).what == "kind"


def conv_block(kernel_b=1, padding_a="same", series=False, strides_b=1):
    image = keras.Input((16, 16, 3))
    a = layers.Conv2D(8, 3, padding=padding_a, activation="relu")(image)
    b = layers.Conv2D(
        4,
        kernel_b,
        padding="same" if kernel_b > 1 else "valid",
        strides=strides_b,
        activation="relu",
    )(a if series else image)
    return keras.Model(image, layers.Conv2D(2, 1)(layers.Concatenate(axis=-1)([a, b])))


CONV = [
    pytest.param({"kernel_b": 3}, "kernel_size", r"3×3 kernel, the task asks for 1×1", id="kernel"),
    pytest.param({"series": True}, "series", r"in series", id="series"),
]


@pytest.mark.parametrize(("change", "what", "words"), CONV)
def test_convolution_differences(change, what, words):
    x = ag.fixed_inputs((16, 16, 3), batch=2, seed=7)
    want = st.describe(conv_block(), x)
    found = st.compare(want, st.describe(conv_block(**change), x))
    assert found.what == what and re.search(words, found.cause), found.cause


def test_axis_written_positive_is_the_same_axis():
    x = ag.fixed_inputs((16, 16, 3), batch=2, seed=7)
    image = keras.Input((16, 16, 3))
    a = layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = layers.Conv2D(4, 1, activation="relu")(image)
    positive = keras.Model(image, layers.Conv2D(2, 1)(layers.Concatenate(axis=3)([a, b])))
    assert st.compare(st.describe(conv_block(), x), st.describe(positive, x)) is None


def test_trainable_and_shared_are_differences():
    x = ag.fixed_inputs((4,), (4,), batch=4, seed=7)

    def pair(shared=False, frozen=False):
        a, b = keras.Input((4,)), keras.Input((4,))
        left = layers.Dense(3)
        right = left if shared else layers.Dense(3)
        right.trainable = not frozen
        return keras.Model([a, b], layers.Add()([left(a), right(b)]))

    want = st.describe(pair(), x)
    assert st.compare(want, st.describe(pair(shared=True), x)).what == "shared"
    assert st.compare(want, st.describe(pair(frozen=True), x)).what == "trainable"


def test_expect_and_explain_on_a_failing_check():
    model = two_branches(merge="Add")
    ag.expect(model, lambda: two_branches(names=True))
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_counts(model, trainable=113)
    assert "is Add, the task asks for Concatenate" in str(failed.value)


def test_table_entry_comes_before_structure():
    model = two_branches(merge="Add")
    ag.expect(model, lambda: two_branches(names=True))
    with pytest.raises(ag.CheckFailed) as failed:
        ag.check_counts(model, trainable=113, causes={105: ("named misconception", "fix it")})
    assert "named misconception" in str(failed.value)


def test_expectation_is_for_one_model_only():
    model, other = two_branches(merge="Add"), two_branches(merge="Add")
    ag.expect(model, lambda: two_branches(names=True))
    assert st.explain(model) is not None
    assert st.explain(other) is None


def test_building_the_reference_leaves_random_state_alone():
    np.random.seed(3)
    before = np.random.get_state()[1].copy()
    model = two_branches(head_act="relu")
    ag.expect(model, lambda: two_branches(names=True))
    st.explain(model)
    assert (np.random.get_state()[1] == before).all()


def test_closest_reference_is_used():
    model = two_branches(head_act="relu")
    other = lambda: two_branches(merge="Add", names=True)  # noqa: E731
    ag.expect(model, other, lambda: two_branches(names=True))
    assert st.difference(model).what == "activation"


def test_a_model_that_does_not_run_gets_no_structural_word():
    class Broken(keras.Model):
        def call(self, inputs):
            raise RuntimeError("no")

    model = Broken()
    ag.expect(model, lambda: two_branches(names=True))
    assert st.explain(model) is None


def test_chosen_weights_restore_the_learners():
    model = two_branches()
    before = [ag.structure._numpy(v) for v in model.weights]
    with chosen_weights(model):
        during = [ag.structure._numpy(v) for v in model.weights]
    after = [ag.structure._numpy(v) for v in model.weights]
    assert any(not np.allclose(a, b) for a, b in zip(before, during, strict=True))
    assert all(np.array_equal(a, b) for a, b in zip(before, after, strict=True))


def test_chosen_weights_do_not_depend_on_initial_weights():
    outs = []
    for seed in (1, 2):
        keras.utils.set_random_seed(seed)
        model = two_branches()
        with chosen_weights(model):
            outs.append(ag.run(model, X))
    np.testing.assert_allclose(outs[0], outs[1], rtol=1e-6)


def test_chosen_weights_expose_a_relu_on_the_head():
    """On check-chosen weights and 16 examples, a ReLU head changes the output."""
    x = ag.fixed_inputs((4,), (6,), batch=16)
    plain, relu = two_branches(), two_branches(head_act="relu")
    relu.set_weights(plain.get_weights())
    with chosen_weights(plain):
        want = ag.run(plain, x)
    with chosen_weights(relu):
        got = ag.run(relu, x)
    assert (want < 0).any() and not np.allclose(want, got)


def chain(first_relu=True, score_relu=False, relu_layer=False):
    """Input(6) -> Dense(8) -> Dense(3), the ReLU where asked, as activation= or a layer."""
    x = ag.keras.Input((6,))
    h = ag.keras.layers.Dense(8, activation="relu" if first_relu else None)(x)
    y = ag.keras.layers.Dense(3, activation="relu" if score_relu else None)(h)
    if relu_layer:
        y = ag.keras.layers.ReLU()(y)
    return ag.keras.Model(x, y)


@pytest.mark.parametrize(
    ("change", "words", "step"),
    [
        (
            dict(first_relu=False, score_relu=True),
            r"the relu sits on the next layer, Dense\(3.*where the task has it on Dense\(8",
            r"activation=\"relu\" and take it off",
        ),
        (
            dict(relu_layer=True),
            r"is as the task has it, but a separate relu layer .* follows it",
            r"remove that activation layer after it",
        ),
    ],
    ids=["activation moved one layer later", "activation layer after the layer"],
)
def test_activations_moved_or_added_as_a_layer_are_named_as_such(change, words, step):
    x = ag.fixed_inputs((6,), batch=8, seed=3)
    want = st.describe(chain(), x)
    found = st.compare(want, st.describe(chain(**change), x))
    assert found is not None and re.search(words, found.cause), found.cause
    assert re.search(step, found.next_step), found.next_step


def _members(shared_head=False, fitted=False, hidden_shared=False):
    """Two members on Input(6), averaged: Dense(5, relu) -> Dense(4, softmax), and
    Dense(4, softmax) on the input (with a Dense(5) in front when `fitted`)."""
    x = keras.Input((6,))
    hidden = layers.Dense(5, activation="relu")
    head = layers.Dense(4, activation="softmax")
    other = head if shared_head else layers.Dense(4, activation="softmax")
    second = other(layers.Dense(5)(x) if fitted else x)
    first = head(hidden(x))
    if hidden_shared:  # both members the same network: the hidden layer is shared too
        second = head(hidden(x))
    return keras.Model(x, layers.Average()([first, second]))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            dict(shared_head=True, fitted=True),
            r"Dense\(4, activation=\"softmax\"\) is shared: one layer instance serves 2 places"
            r".*the task has a Dense\(4, activation=\"softmax\"\) of its own in each place.*That "
            r"is why your model has a Dense\(5\) reading input 1 \(6 values\)",
        ),
        # the task has one hidden layer: sharing it is not "a layer for each place" (the
        # attribute difference names it)
        (dict(hidden_shared=True), r"one layer instance called 2 times"),
        (dict(fitted=True), r"^(?!.*shared)"),  # nothing shared: the extra layer is named
        (dict(), None),
    ],
)
def test_a_layer_shared_where_the_task_has_one_per_place_is_named(change, words):
    x = ag.fixed_inputs((6,), batch=4, seed=3)
    want = st.describe(_members(), x)
    found = st.compare(want, st.describe(_members(**change), x))
    if words is None:
        assert found is None
        return
    assert found is not None and re.search(words, found.cause), found.cause
    if "shared_head" in change:
        assert "the Dense(5) in front is not needed" in found.next_step
