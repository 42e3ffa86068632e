"""autograder.reuse_vs_duplication: exact copies, fresh duplicates, tied weights, each mix-up named."""

from __future__ import annotations

import functools
import itertools
import re
from types import SimpleNamespace

import numpy as np
import pytest
from test_feedback import VOICE

import autograder as ag
from autograder import keras_errors, reuse_vs_duplication

keras = ag.keras
layers = keras.layers
RNG = np.random.default_rng(7)


def _randomise(model):
    """Give every variable random values (nonzero biases), as a trained model has."""
    model.set_weights([RNG.normal(size=w.shape).astype("float32") for w in model.get_weights()])
    return model


def _encoder(name="encoder"):
    return _randomise(
        keras.Sequential(
            [keras.Input((8,)), layers.Dense(6, activation="relu"), layers.Dense(4)], name=name
        )
    )


def _pair(make_second, *, copy_values=False):
    """Two inputs of 8, an encoder per branch as `make_second(first)` says, a Dense(1) head."""
    a, b = keras.Input((8,)), keras.Input((8,))
    first = layers.Dense(4, activation="relu")
    second = make_second(first)
    out = layers.Dense(1)(layers.Concatenate()([first(a), second(b)]))
    if copy_values:
        second.set_weights(first.get_weights())
    return SimpleNamespace(model=keras.Model([a, b], out), first=first, second=second)


def _towers(encoder, make_second, *, use_given=True):
    a, b = keras.Input((8,)), keras.Input((8,))
    second = make_second(encoder)
    left = (encoder if use_given else make_second(encoder))(a)
    model = keras.Model([a, b], layers.Dense(1)(layers.Concatenate()([left, second(b)])))
    return SimpleNamespace(model=model, second=second)


_TWINS = itertools.count(1)


def _fresh(layer):
    """A duplicate from the layer's configuration, under a name of its own."""
    config = layer.get_config()
    config["name"] = f"{layer.name}_twin_{next(_TWINS)}"
    return type(layer).from_config(config)


class TiedDecoder(layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def build(self, input_shape):
        self.bias = self.add_weight(shape=(self.tied_to.kernel.shape[0],), initializer="zeros")

    def call(self, x):
        return keras.ops.matmul(x, keras.ops.transpose(self.tied_to.kernel)) + self.bias


def _autoencoder(decoder="tied"):
    inputs = keras.Input((8,))
    encoder = layers.Dense(3, activation="relu")
    code = encoder(inputs)
    if decoder == "tied":
        out = TiedDecoder(encoder)(code)
        return SimpleNamespace(model=keras.Model(inputs, out), encoder=encoder)
    dense = layers.Dense(8)
    out = dense(code)
    if decoder == "copied":
        dense.set_weights([np.asarray(encoder.kernel.numpy()).T, np.zeros(8, "float32")])
    return SimpleNamespace(model=keras.Model(inputs, out), encoder=encoder)


class Models:
    """Built on first use, then shared; tests must not change them (see conftest.Zoo)."""

    @functools.cached_property
    def encoder(self):
        return _encoder()

    @functools.cached_property
    def exact(self):
        duplicate = keras.models.clone_model(self.encoder)
        duplicate.set_weights(self.encoder.get_weights())
        return duplicate

    @functools.cached_property
    def from_config_copy(self):
        duplicate = keras.Sequential.from_config(self.encoder.get_config())
        duplicate.set_weights(self.encoder.get_weights())
        return duplicate

    @functools.cached_property
    def clone(self):
        return keras.models.clone_model(self.encoder)

    @functools.cached_property
    def partial(self):
        duplicate = keras.models.clone_model(self.encoder)
        duplicate.layers[0].set_weights(self.encoder.layers[0].get_weights())
        return duplicate

    @functools.cached_property
    def same_layers(self):
        return keras.Model(self.encoder.inputs, self.encoder.outputs)

    @functools.cached_property
    def other_sizes(self):
        return keras.Sequential([keras.Input((8,)), layers.Dense(5), layers.Dense(4)])

    @functools.cached_property
    def shared_pair(self):
        return _pair(lambda first: first)

    @functools.cached_property
    def separate_pair(self):
        return _pair(lambda first: layers.Dense(4, activation="relu"))

    @functools.cached_property
    def copied_pair(self):
        return _pair(lambda first: layers.Dense(4, activation="relu"), copy_values=True)

    @functools.cached_property
    def given(self):
        layer = layers.Dense(4, activation="tanh", name="given")
        layer.build((None, 8))
        return layer

    @functools.cached_property
    def towers_fresh(self):
        return _towers(self.given, _fresh)

    @functools.cached_property
    def towers_shared(self):
        return _towers(self.given, lambda given: given)

    @functools.cached_property
    def towers_hand_written(self):
        return _towers(self.given, lambda given: layers.Dense(4))

    @functools.cached_property
    def towers_copied(self):
        towers = _towers(self.given, _fresh)
        towers.second.set_weights(self.given.get_weights())
        return towers

    @functools.cached_property
    def towers_two_duplicates(self):
        given = layers.Dense(4, activation="tanh", name="given_too")
        given.build((None, 8))
        return SimpleNamespace(given=given, **vars(_towers(given, _fresh, use_given=False)))

    @functools.cached_property
    def tied(self):
        return _autoencoder("tied")

    @functools.cached_property
    def untied(self):
        return _autoencoder("untied")

    @functools.cached_property
    def copied_tie(self):
        return _autoencoder("copied")


@pytest.fixture(scope="module")
def m() -> Models:
    return Models()


def fails_with(trigger, m, patterns) -> ag.CheckFailed:
    with pytest.raises(AssertionError) as info:
        trigger(m)
    error = info.value
    assert isinstance(error, ag.CheckFailed), f"{type(error).__name__}: {error}"
    for pattern in patterns:
        assert re.search(pattern, str(error), re.MULTILINE), f"{pattern!r} not in:\n{error}"
    return error


def one_instance(pair):
    return reuse_vs_duplication.check_one_instance(
        pair.model, layers.Dense, kernel_shape=(8, 4), what="the encoder"
    )


PASSING = [
    pytest.param(lambda m: one_instance(m.shared_pair), id="one-instance-shared"),
    pytest.param(
        lambda m: reuse_vs_duplication.check_one_instance(
            m.shared_pair.model, layers.Conv2D, kernel_shape=(3, 3, 1, 1)
        ),
        id="one-instance-none-found",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_fresh_duplicate(m.towers_fresh.model, m.given),
        id="fresh-duplicate-from-config",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_fresh_duplicate(
            _towers(m.given, lambda g: layers.Dense(g.units, activation=g.activation)).model,
            m.given,
        ),
        id="fresh-duplicate-by-hand-same-settings",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(m.exact, m.encoder), id="exact-clone-set"
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(
            m.from_config_copy, m.encoder, what="the given model"
        ),
        id="exact-from-config-set-weights",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_tied(m.tied.model, m.tied.encoder.kernel), id="tied"
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_unchanged(
            reuse_vs_duplication.snapshot(m.encoder), m.encoder
        ),
        id="unchanged",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.find_variable(m.tied.model, (8,)),
        id="find-variable",
    ),
]


@pytest.mark.parametrize("check", PASSING)
def test_copies_check_passes(check, m):
    check(m)


FAILURES = [
    pytest.param(
        lambda m: one_instance(m.separate_pair),
        [
            r"^✗ One instance of the encoder, called on both inputs$",
            r"Expected: +one Dense \(kernel 8×4\) used by both branches",
            r"Received: +2 separate instances: dense\w* \(Dense, kernel 8×4\), dense",
            r"each input got its own instance of the encoder",
            r"create the encoder once and call that same instance on both inputs",
            r"kernel +dense\w*/kernel +differ",
        ],
        id="one-instance-but-two",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_one_instance(
            m.copied_pair.model, layers.Dense, kernel_shape=(8, 4), what="the encoder", code=_pair
        ),
        [
            r"Received: +2 instances holding equal values in separate variables",
            r"Likely cause: set_weights\(get_weights\(\)\) copies values once; it does not share",
            r"keep one instance of the encoder and call that same instance on both inputs",
            r"kernel +dense\w*/kernel +equal",
        ],
        id="one-instance-but-set-weights-copy",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_fresh_duplicate(m.towers_shared.model, m.given),
        [
            r"^✗ A fresh duplicate of the given encoder$",
            r"Received: +no second one: given \(Dense, kernel 8×4\) is the only Dense of its sizes",
            r"the given encoder is called on both inputs \(2 calls\), which shares its variables",
            r'del config\["name"\]',
        ],
        id="fresh-but-shared",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_fresh_duplicate(m.towers_hand_written.model, m.given),
        [
            r"^✗ Configuration of the duplicate of the given encoder$",
            r"Received: +activation='linear' instead of 'tanh'",
            r"written by hand and a setting was left out",
        ],
        id="fresh-but-activation-left-out",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_fresh_duplicate(m.towers_copied.model, m.given),
        [
            r"^✗ Fresh weights of the duplicate of the given encoder$",
            r"Received: +the values of the given encoder, copied into separate variables",
            r"that makes an exact copy, not the fresh duplicate",
            r"given_twin_\d+/kernel +given/kernel +equal",
        ],
        id="fresh-but-values-copied",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_fresh_duplicate(
            m.towers_two_duplicates.model, m.towers_two_duplicates.given
        ),
        [r"Received: +2: given_too_twin", r"more duplicates"],
        id="fresh-but-two-duplicates",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(m.encoder, m.encoder),
        [
            r"^✗ An exact copy of the encoder$",
            r"Received: +encoder \(Sequential\): the encoder itself, the same object",
            r"returning the original makes no copy",
            r"keras\.models\.clone_model\(encoder\), then duplicate\.set_weights\(encoder\.get_weights",
        ],
        id="exact-but-the-original",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(m.same_layers, m.encoder),
        [
            r"Received: +a new object, but 4 of its 4 variables are those of the encoder",
            r"a new model was built around the layers of the encoder",
        ],
        id="exact-but-same-layers",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(m.other_sizes, m.encoder),
        [
            r"^✗ Architecture of the copy of the encoder$",
            r"Expected: +variables of shapes 8×6, 6, 6×4, 4",
            r"Received: +variables of shapes 8×5, 5, 5×4, 4",
        ],
        id="exact-but-other-sizes",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(m.clone, m.encoder),
        [
            r"^✗ Values of the copy of the encoder$",
            r"Received: +every one of its 4 variables holds other values",
            r"clone_model \(like from_config\(get_config\(\)\)\) repeats the architecture with fresh values",
            r"set_weights\(original\.get_weights\(\)\)",
        ],
        id="exact-but-clone",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_exact_copy(m.partial, m.encoder),
        [
            r"Received: +2 of its 4 variables hold other values: \S+/kernel, \S+/bias$",
            r"only part of the values were copied",
            r"^    \S+/kernel +\S+/kernel +equal$",
        ],
        id="exact-but-partial",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_tied(m.untied.model, m.untied.encoder.kernel),
        [
            r"^✗ Tied weights in the decoder$",
            r"Expected: +the decoder to use the encoder's 8×3 kernel itself, transposed",
            r"Received: +a 3×8 kernel of its own \(dense\w*/kernel\)",
            r"an ordinary layer \(dense_\w+ \(Dense, kernel 3×8\)\) with its own kernel",
            r"keras\.ops\.transpose\(self\.encoder\.kernel\)",
        ],
        id="tied-but-own-kernel",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_tied(
            m.copied_tie.model, m.copied_tie.encoder.kernel, code=_autoencoder
        ),
        [
            r"holding the encoder's values, transposed: a copy",
            r"set_weights copies values once; it ties nothing",
        ],
        id="tied-but-set-weights-copy",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.check_unchanged(
            [np.zeros_like(w) for w in m.encoder.get_weights()], m.encoder, what="the encoder"
        ),
        [
            r"^✗ the encoder after training the copy for one step$",
            r"Received: +4 of its 4 variables changed",
            r"share variables",
        ],
        id="unchanged-but-changed",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.find_variable(m.tied.model, (5,), what="the decoder's bias"),
        [r"^✗ Looking for the decoder's bias$", r"Received: +0 among: ", r"a layer is missing"],
        id="find-variable-none",
    ),
    pytest.param(
        lambda m: reuse_vs_duplication.find_variable(m.separate_pair.model, (4,)),
        [r"Received: +2 among", r"more than one layer owns a variable of that shape"],
        id="find-variable-two",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_copies_check_fails(trigger, patterns, m):
    fails_with(trigger, m, patterns)


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_every_failure_speaks_in_one_voice(trigger, patterns, m):
    message = str(fails_with(trigger, m, ()))
    assert VOICE.fullmatch(message), message
    assert "Traceback" not in message and 'File "' not in message


# --------------------------------------------------------------------------- helpers

VALUES = [
    pytest.param(lambda m: (m.exact, m.encoder), True, id="exact-copy"),
    pytest.param(lambda m: (m.encoder, m.encoder), True, id="itself"),
    pytest.param(lambda m: (m.clone, m.encoder), False, id="clone"),
    pytest.param(lambda m: (m.partial, m.encoder), False, id="partial"),
    pytest.param(lambda m: (m.other_sizes, m.encoder), False, id="other-sizes"),
]


@pytest.mark.parametrize(("pair", "equal"), VALUES)
def test_same_values(pair, equal, m):
    assert reuse_vs_duplication.same_values(*pair(m)) is equal


def test_compare_names_each_variable(m):
    assert [verdict for *_, verdict in reuse_vs_duplication.compare(m.exact, m.encoder)] == [
        "equal"
    ] * 4
    assert [verdict for *_, verdict in reuse_vs_duplication.compare(m.same_layers, m.encoder)] == [
        "same object"
    ] * 4
    assert [verdict for *_, verdict in reuse_vs_duplication.compare(m.partial, m.encoder)] == [
        "equal",
        "equal",
        "differ",
        "differ",
    ]


CONFIGS = [
    pytest.param(layers.Dense(4, activation="tanh", name="other"), {}, id="name-aside"),
    pytest.param(layers.Dense(4), {"activation": ("linear", "tanh")}, id="activation"),
    pytest.param(
        layers.Dense(5, activation="tanh", use_bias=False),
        {"units": (5, 4), "use_bias": (False, True)},
        id="units-and-bias",
    ),
]


@pytest.mark.parametrize(("layer", "differences"), CONFIGS)
def test_config_differences(layer, differences, m):
    assert reuse_vs_duplication.config_differences(layer, m.given) == differences


def test_dense_transposed_is_what_a_tied_decoder_outputs(m):
    x = ag.fixed_inputs((8,), batch=3)
    code = ag.ref.dense(x, m.tied.encoder, "relu")
    bias = reuse_vs_duplication.find_variable(m.tied.model, (8,))
    expected = reuse_vs_duplication.dense_transposed(code, m.tied.encoder.kernel, bias)
    np.testing.assert_allclose(np.asarray(m.tied.model(x)), expected, atol=1e-5)
    np.testing.assert_allclose(
        reuse_vs_duplication.dense_transposed(code, m.tied.encoder.kernel),
        expected - bias.numpy(),
        atol=1e-6,
    )


def test_snapshot_is_a_copy_of_the_values():
    encoder = _encoder("snapshot")
    before = reuse_vs_duplication.snapshot(encoder)
    encoder.layers[0].kernel.assign_add(np.ones((8, 6), "float32"))
    with pytest.raises(ag.CheckFailed, match=r"1 of its 4 variables changed: \S+/kernel"):
        reuse_vs_duplication.check_unchanged(before, encoder)


def test_duplicate_name_error_is_explained():
    """Keras 3 refuses two layers of one name; from_config(get_config()) keeps the name."""
    a, b = keras.Input((8,)), keras.Input((8,))
    encoder = layers.Dense(4, name="twice")
    twin = layers.Dense.from_config(encoder.get_config())
    with pytest.raises(ValueError, match='The name "twice" is used 2 times') as info:
        keras.Model([a, b], layers.Concatenate()([encoder(a), twin(b)]))
    explained = keras_errors.explain(info.value)
    assert "both named 'twice'" in explained.cause
    assert 'del config["name"]' in explained.next_step


def test_importing_copies_twice_adds_the_rule_once():
    import importlib

    importlib.reload(reuse_vs_duplication)
    matching = [
        p for p, _ in keras_errors.RULES if p.search('The name "x" is used 2 times in the model.')
    ]
    assert len(matching) == 1


def test_hand_written_duplicate_of_other_sizes_is_named():
    """A duplicate written from the task's example fits one encoder only (issue 12)."""
    given = layers.Dense(6, activation="sigmoid", use_bias=False, name="encoder")
    given.build((None, 8))
    left, right = keras.Input((8,)), keras.Input((8,))
    twin = layers.Dense(4, activation="tanh", name="twin")
    merged = layers.Concatenate()([given(left), twin(right)])
    model = keras.Model([left, right], layers.Dense(1)(merged))
    with pytest.raises(ag.CheckFailed) as info:
        reuse_vs_duplication.check_fresh_duplicate(model, given)
    message = str(info.value)
    assert "units=4 instead of 6, activation='tanh' instead of 'sigmoid'" in message
    assert "settings that fit one encoder only" in message


# ------------------------------------------------- a copy named by what it leaves behind


def _assigned_pair():
    """Two instances; the second receives the first's values with variable.assign."""
    a, b = keras.Input((8,)), keras.Input((8,))
    first, second = layers.Dense(4, activation="relu"), layers.Dense(4, activation="relu")
    out = layers.Dense(1)(layers.Concatenate()([first(a), second(b)]))
    for mine, theirs in zip(second.weights, first.weights, strict=True):
        mine.assign(theirs)
    return SimpleNamespace(model=keras.Model([a, b], out), first=first, second=second)


def _deepcopied_pair():
    import copy

    def make(first):
        first.build((None, 8))
        twin = copy.deepcopy(first)
        twin.name = f"deep_twin_{next(_TWINS)}"
        return twin

    return _pair(make)


def _seeded_pair():
    def seeded(first=None):
        init = keras.initializers.GlorotUniform(seed=11)
        return layers.Dense(4, activation="relu", kernel_initializer=init)

    a, b = keras.Input((8,)), keras.Input((8,))
    first, second = seeded(), seeded()
    out = layers.Dense(1)(layers.Concatenate()([first(a), second(b)]))
    return SimpleNamespace(model=keras.Model([a, b], out), first=first, second=second)


def _copied_by_hand():  # values equal, and nothing in its code or state says how
    pair = _pair(lambda first: layers.Dense(4, activation="relu"))
    pair.second.kernel.assign(pair.first.kernel)
    pair.second.bias.assign(pair.first.bias)
    return pair


MECHANISMS = [
    pytest.param(_assigned_pair, _assigned_pair, "assign", r"variable\.assign wrote", id="assign"),
    pytest.param(_copied_by_hand, None, "", r"holds a copy of the first one's values", id="none"),
    pytest.param(
        _deepcopied_pair, _deepcopied_pair, "object copy", r"copy\.deepcopy made", id="deep"
    ),
    pytest.param(_seeded_pair, None, "seed", r"the same seed \(seed=11\)", id="seed"),
]


@pytest.mark.parametrize(("make", "code", "how", "words"), MECHANISMS)
def test_equal_values_are_named_by_their_mechanism(make, code, how, words):
    pair = make()
    assert reuse_vs_duplication.copy_mechanism(pair.second, pair.first, code) == how
    with pytest.raises(ag.CheckFailed) as info:
        reuse_vs_duplication.check_one_instance(
            pair.model, layers.Dense, kernel_shape=(8, 4), code=code
        )
    message = str(info.value)
    assert re.search(words, message), message
    if how != "set_weights":
        assert "set_weights(get_weights()) copies" not in message


def _helper(layer):
    return layer.set_weights


class _Holder:
    def method(self, module):
        return module.deepcopy


def _uses_them():
    def inner():
        return _Holder

    return _helper, inner


def test_names_used_reads_helpers_and_classes_of_the_learner():
    names = reuse_vs_duplication.names_used(_uses_them)
    assert {"set_weights", "deepcopy"} <= names  # a helper, a class reached from a nested function
    assert "assign" not in names
    assert reuse_vs_duplication.names_used(None) == set()


def test_fresh_duplicate_copied_with_assign_or_deepcopy_is_named(m):
    import copy

    assigned = _towers(m.given, _fresh)
    for mine, theirs in zip(assigned.second.weights, m.given.weights, strict=True):
        mine.assign(theirs)
    with pytest.raises(ag.CheckFailed, match=r"variable\.assign copied the values of the given"):
        reuse_vs_duplication.check_fresh_duplicate(assigned.model, m.given, code=_assigned_pair)

    def deep(given):
        twin = copy.deepcopy(given)
        twin.name = f"deep_{next(_TWINS)}"
        return twin

    deepcopied = _towers(m.given, deep)
    with pytest.raises(ag.CheckFailed, match=r"copy\.deepcopy copies the layer with its values"):
        reuse_vs_duplication.check_fresh_duplicate(deepcopied.model, m.given, code=deep)


def test_given_used_tells_a_shared_duplicate_from_copies(m):
    reuse_vs_duplication.check_given_used(m.towers_fresh.model, m.given)
    a, b = keras.Input((8,)), keras.Input((8,))
    twin = _fresh(m.given)
    shared_twin = keras.Model([a, b], layers.Concatenate()([twin(a), twin(b)]))
    with pytest.raises(
        ag.CheckFailed, match=r"a new layer of the given encoder.s configuration reads both"
    ):
        reuse_vs_duplication.check_given_used(shared_twin, m.given)
    with pytest.raises(ag.CheckFailed, match=r"both inputs go through copies or clones"):
        reuse_vs_duplication.check_given_used(m.towers_two_duplicates.model, m.given)


TOWERS = """
    left = Input(8)
    right = Input(8)
    left_code = Dense(4, "tanh")(left)
    right_code = Dense(4, "tanh")(right)
    merged = Concatenate()(left_code, right_code)
    head = Dense(1)(merged)
"""


def test_in_place_names_a_given_layer_in_another_place(m):
    arch = ag.architecture(TOWERS)
    x = ag.fixed_inputs((8,), (8,), batch=16)
    reuse_vs_duplication.check_in_place(
        m.towers_fresh.model, arch, {"left_code": m.given}, inputs=x
    )
    a, b = keras.Input((8,)), keras.Input((8,))
    twin = _fresh(m.given)
    swapped = keras.Model([a, b], layers.Dense(1)(layers.Concatenate()([twin(a), m.given(b)])))
    with pytest.raises(ag.CheckFailed, match=r"the given encoder does right_code's job"):
        reuse_vs_duplication.check_in_place(swapped, arch, {"left_code": m.given}, inputs=x)


def test_trained_apart_names_a_frozen_copy(m):
    x, y = ag.fixed_inputs((8,), batch=8), ag.fixed_inputs((4,), batch=8, seed=1)
    copy = keras.models.clone_model(m.encoder)
    copy.set_weights(m.encoder.get_weights())
    before = reuse_vs_duplication.snapshot(m.encoder)
    reuse_vs_duplication.check_trained_apart(copy, m.encoder, inputs=x, targets=y)
    frozen = keras.models.clone_model(m.encoder)
    frozen.trainable = False
    with pytest.raises(ag.CheckFailed, match=r"the copy is frozen \(trainable = False\)"):
        reuse_vs_duplication.check_trained_apart(frozen, m.encoder, inputs=x, targets=y)
    assert all(np.array_equal(a, b) for a, b in zip(before, m.encoder.get_weights(), strict=True))
    encoder = _encoder("shared_by_its_copy")  # its own, since this one is trained
    with pytest.raises(ag.CheckFailed, match=r"share variables"):
        reuse_vs_duplication.check_trained_apart(
            keras.Model(encoder.inputs, encoder.outputs), encoder, inputs=x, targets=y
        )


AUTOENCODER = """
    x = Input(8)
    encoder = Dense(3, "relu")
    code = encoder(x)
    decoded = DenseTransposed("encoder")(code)
"""


class _Stale(layers.Layer):
    """A decoder that kept a copy of the transposed kernel (array or tensor) in build()."""

    def __init__(self, tied_to, as_array, **kwargs):
        super().__init__(**kwargs)
        self.tied_to, self.as_array = tied_to, as_array

    def build(self, input_shape):
        kernel_t = keras.ops.transpose(self.tied_to.kernel)
        self.kernel_t = keras.ops.convert_to_numpy(kernel_t) if self.as_array else kernel_t
        self.bias = self.add_weight(shape=(self.tied_to.kernel.shape[0],), initializer="zeros")

    def call(self, x):
        return keras.ops.matmul(x, self.kernel_t) + self.bias


@pytest.mark.parametrize(("as_array", "kind"), [(True, "a NumPy array"), (False, "a tensor")])
def test_follows_names_a_stale_copy_of_the_kernel(as_array, kind, m):
    arch = ag.architecture(AUTOENCODER, ops=reuse_vs_duplication.OPS)
    x = ag.fixed_inputs((8,), batch=16)
    reuse_vs_duplication.check_follows(m.tied.model, arch, inputs=x)
    ag.check_architecture(m.tied.model, arch, inputs=x)
    inputs = keras.Input((8,))
    encoder = layers.Dense(3, activation="relu")
    stale = keras.Model(inputs, _Stale(encoder, as_array)(encoder(inputs)))
    with pytest.raises(ag.CheckFailed) as info:
        reuse_vs_duplication.check_follows(stale, arch, inputs=x)
    assert f"kept that copy of its values ({kind}, self.kernel_t, not the variable)" in str(
        info.value
    )


def test_tied_names_an_assign_and_a_constant_initializer():
    inputs = keras.Input((8,))
    encoder = layers.Dense(3, activation="relu")
    code = encoder(inputs)
    start = keras.ops.convert_to_numpy(keras.ops.transpose(encoder.kernel))
    decoder = layers.Dense(8, kernel_initializer=keras.initializers.Constant(start))
    model = keras.Model(inputs, decoder(code))
    with pytest.raises(ag.CheckFailed, match=r"initialised with Constant\(the encoder's kernel"):
        reuse_vs_duplication.check_tied(model, encoder.kernel)

    def assigned():
        other = layers.Dense(8)
        other.build((None, 3))
        other.kernel.assign(keras.ops.transpose(encoder.kernel))
        return other

    model = keras.Model(inputs, assigned()(code))
    with pytest.raises(ag.CheckFailed, match=r"variable\.assign copies values once"):
        reuse_vs_duplication.check_tied(model, encoder.kernel, code=assigned)


def test_exact_copy_of_other_values_is_named_by_what_made_them(m):
    def seeded():
        keras.utils.set_random_seed(0)
        return keras.models.clone_model(m.encoder)

    with pytest.raises(ag.CheckFailed, match=r"a seed makes a new model's initial values"):
        reuse_vs_duplication.check_exact_copy(seeded(), m.encoder, code=seeded)
    rounded = keras.models.clone_model(m.encoder)
    rounded.set_weights(
        [w.astype("float16").astype("float32") + 1e-3 for w in m.encoder.get_weights()]
    )
    with pytest.raises(ag.CheckFailed, match=r"values close to the encoder's but not equal"):
        reuse_vs_duplication.check_exact_copy(rounded, m.encoder)


def _cloned_pair():
    def clone(first):
        twin = keras.models.clone_model(first)
        twin.name = f"clone_{next(_TWINS)}"
        return twin

    return _pair(clone)


def test_a_clone_where_one_instance_was_asked_is_named_as_a_clone():
    with pytest.raises(ag.CheckFailed, match=r"clone_model made a second layer with new variables"):
        reuse_vs_duplication.check_one_instance(
            _cloned_pair().model, layers.Dense, kernel_shape=(8, 4), code=_cloned_pair
        )


def test_a_kernel_assigned_to_tie_is_explained_in_the_sharing_context():
    decoder = layers.Dense(8)
    decoder.build((None, 3))
    with pytest.raises(AttributeError) as info:
        decoder.kernel = keras.ops.zeros((3, 8))
    explained = keras_errors.explain(info.value, context="sharing")
    assert "kernel is a read-only property" in explained.cause
    assert "inside call()" in explained.next_step


def test_a_name_clash_in_a_copy_task_names_every_way_that_keeps_the_name():
    import copy

    a, b = keras.Input((8,)), keras.Input((8,))
    encoder = layers.Dense(4, name="kept")
    encoder.build((None, 8))
    with pytest.raises(ValueError, match='The name "kept" is used 2 times') as info:
        keras.Model([a, b], layers.Concatenate()([encoder(a), copy.deepcopy(encoder)(b)]))
    explained = keras_errors.explain(info.value, context="copy")
    assert "from_config(get_config()), clone_model, copy.deepcopy or copy.copy" in explained.cause
    assert "both named 'kept'" in explained.cause


# ------------------------------------------------------- a tied embedding, a snapshot, partial sharing


class _TiedEmbedding(layers.Layer):
    def __init__(self, vocabulary, dimension, **kwargs):
        super().__init__(**kwargs)
        self.vocabulary, self.dimension = vocabulary, dimension

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(self.vocabulary, self.dimension))
        self.bias = self.add_weight(shape=(self.vocabulary,), initializer="zeros")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix)) + self.bias
        return keras.ops.take(self.matrix, inputs, axis=0)


def _language_model(two_matrices=False):
    tokens = keras.Input((3,), dtype="int32")
    lookup = _TiedEmbedding(7, 4)
    scores = _TiedEmbedding(7, 4) if two_matrices else lookup
    hidden = layers.Dense(4, activation="tanh")(layers.GlobalAveragePooling1D()(lookup(tokens)))
    return keras.Model(tokens, scores(hidden, reverse=True))


LANGUAGE = ag.architecture(
    """
    tokens = Input(3)
    embedding = TiedEmbedding(7, 4)
    vectors = embedding(tokens)
    context = GlobalAveragePooling1D()(vectors)
    hidden = Dense(4, "tanh")(context)
    scores = embedding(hidden)
    """,
    ops=reuse_vs_duplication.OPS,
)


def test_token_ids_use_every_id_and_are_repeatable():
    ids = reuse_vs_duplication.token_ids(vocabulary=7, length=3, batch=8)
    assert ids.shape == (8, 3) and ids.dtype == np.int32
    assert set(ids.ravel()) == set(range(7))
    assert np.array_equal(ids, reuse_vs_duplication.token_ids(vocabulary=7, length=3, batch=8))


def test_a_tied_embedding_is_checked_on_its_own_weights():
    model = _language_model()
    x = reuse_vs_duplication.token_ids(vocabulary=7, length=3, batch=8)
    matrix = reuse_vs_duplication.check_one_matrix(model, (7, 4))
    reuse_vs_duplication.check_tied(model, matrix, source="the embedding", attribute="matrix")
    reuse_vs_duplication.check_follows(model, LANGUAGE, inputs=x, tied="scores", matrix="matrix")
    ag.check_architecture(model, LANGUAGE, inputs=x)


def test_two_matrices_are_named_as_nothing_tied():
    with pytest.raises(ag.CheckFailed, match=r"the lookup and the scores each use a matrix of"):
        reuse_vs_duplication.check_one_matrix(_language_model(two_matrices=True), (7, 4))


def test_a_matrix_of_another_shape_is_named():
    with pytest.raises(ag.CheckFailed, match=r"vocabulary first, then dimension"):
        reuse_vs_duplication.check_one_matrix(_language_model(), (4, 7))


def _monitor(encoder, make_snapshot):
    snapshot = make_snapshot(encoder)
    x = keras.Input((8,))
    return keras.Model(x, layers.Subtract()([encoder(x), snapshot(x)]))


def _snapshot(encoder, *, values=True, frozen=True):
    snapshot = keras.models.clone_model(encoder)
    if values:
        snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = not frozen
    return snapshot


def test_a_frozen_exact_snapshot_passes():
    encoder = _encoder()
    model = _monitor(encoder, _snapshot)
    assert len(reuse_vs_duplication.check_snapshot(model, encoder)) == 4


@pytest.mark.parametrize(
    ("make", "pattern"),
    [
        (lambda e: e, r"the snapshot is the encoder itself, called a second time"),
        (lambda e: _snapshot(e, values=False), r"clone_model \(like from_config\) repeats"),
        (lambda e: _snapshot(e, frozen=False), r"the snapshot is not frozen"),
    ],
    ids=["the encoder itself", "fresh values", "not frozen"],
)
def test_a_snapshot_mix_up_is_named(make, pattern):
    encoder = _encoder()
    with pytest.raises(ag.CheckFailed, match=pattern):
        reuse_vs_duplication.check_snapshot(_monitor(encoder, make), encoder)


def test_the_encoder_frozen_instead_of_the_snapshot_is_named():
    encoder = _encoder()
    model = _monitor(encoder, lambda e: _snapshot(e, frozen=False))
    encoder.trainable = False
    with pytest.raises(ag.CheckFailed, match=r"was frozen \(encoder.trainable = False\) instead"):
        reuse_vs_duplication.check_snapshot(model, encoder)


def test_a_duplicate_written_by_hand_behind_a_shared_stem_is_recognised():
    stem, top = layers.Dense(6, activation="relu"), layers.Dense(3, activation="sigmoid")
    a, b = keras.Input((8,)), keras.Input((8,))
    by_hand = layers.Dense(2, activation="tanh")  # the sizes of one top, not of this one
    merged = layers.Concatenate()([top(stem(a)), by_hand(stem(b))])
    model = keras.Model([a, b], layers.Dense(1)(merged))
    with pytest.raises(ag.CheckFailed, match=r"written by hand, with settings that fit one"):
        reuse_vs_duplication.check_fresh_duplicate(model, top, what="the given top")


def _built_anew(encoder):
    """A snapshot of new layers: the architecture repeated, no value copied."""
    return keras.Sequential(
        [keras.Input((8,)), layers.Dense(6, activation="relu"), layers.Dense(4)], name="snapshot"
    )


@pytest.mark.parametrize(
    ("snapshot_of", "code", "pattern"),
    [
        (
            lambda e, x, live: layers.Lambda(lambda t: keras.ops.stop_gradient(t))(live),
            None,
            r"the encoder runs once, and the other side of the drift holds no variables",
        ),
        (
            lambda e, x, live: layers.Lambda(lambda t: t @ np.ones((8, 4), "float32"))(x),
            None,
            r"values kept as constants, or stop_gradient",
        ),
        (
            lambda e, x, live: _built_anew(e)(x),
            _built_anew,
            r"the snapshot's layers were made anew",
        ),
        (
            lambda e, x, live: _snapshot(e, values=False)(x),
            _snapshot,
            r"clone_model \(like from_config\) repeats",
        ),
    ],
    ids=["stop_gradient", "constants", "layers made anew", "clone without values"],
)
def test_what_stands_for_the_snapshot_is_named_from_the_model_and_the_code(
    snapshot_of, code, pattern
):
    encoder = _encoder()
    x = keras.Input((8,))
    live = encoder(x)
    model = keras.Model(x, layers.Subtract()([live, snapshot_of(encoder, x, live)]))
    with pytest.raises(ag.CheckFailed, match=pattern):
        reuse_vs_duplication.check_snapshot(model, encoder, code=code)


DRIFT = """
    x = Input(8)
    hidden = Dense(6, "relu")(x)
    code = Dense(4)(hidden)
    snapshot_hidden = Dense(6, "relu")(x)
    snapshot_code = Dense(4)(snapshot_hidden)
    drift = Subtract()(code, snapshot_code)
"""


@pytest.mark.parametrize("reverse", [False, True], ids=["encoder − snapshot", "snapshot − encoder"])
def test_branches_that_trade_places_through_a_merge_are_named_as_its_order(reverse):
    encoder = _encoder()
    first, second = encoder.layers
    snapshot = _snapshot(encoder)
    x = keras.Input((8,))
    pair = [snapshot(x), encoder(x)] if reverse else [encoder(x), snapshot(x)]
    model = keras.Model(x, layers.Subtract()(pair))
    arch = ag.architecture(DRIFT)
    inputs = ag.fixed_inputs((8,), batch=16)
    check = functools.partial(
        reuse_vs_duplication.check_in_place,
        model,
        arch,
        {"hidden": first, "code": second},
        inputs=inputs,
        what="the encoder",
    )
    if not reverse:
        check()
        return
    with pytest.raises(ag.CheckFailed, match=r"Subtract's inputs are in the other order"):
        check()


class _TwoMatrices(layers.Layer):
    """A lookup and (with `own=True`) scores that read a matrix of their own: nothing tied."""

    def __init__(self, own=True, **kwargs):
        super().__init__(**kwargs)
        self.own = own

    def build(self, input_shape):
        self.matrix = self.add_weight(shape=(7, 4), name="matrix")
        if self.own:
            self.out_matrix = self.add_weight(shape=(4, 7), name="out_matrix")

    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, self.out_matrix)
        return keras.ops.take(self.matrix, inputs, axis=0)


@pytest.mark.parametrize(
    ("second", "pattern"),
    [
        ("own layer", r"makes a second matrix, \S+/out_matrix \(4×7\), beside \S+/matrix"),
        ("dense", r"an ordinary layer \(dense\w* \(Dense, kernel 4×7\)\)"),
    ],
)
def test_an_untied_score_matrix_is_named_by_the_layer_that_owns_it(second, pattern):
    tokens = keras.Input((3,), dtype="int32")
    lookup = _TwoMatrices(own=second == "own layer")
    hidden = layers.GlobalAveragePooling1D()(lookup(tokens))
    scores = lookup(hidden, reverse=True) if second == "own layer" else layers.Dense(7)(hidden)
    model = keras.Model(tokens, scores)
    with pytest.raises(ag.CheckFailed, match=pattern):
        reuse_vs_duplication.check_tied(
            model, lookup.matrix, source="the embedding", attribute="matrix"
        )


def _clone_and_set_weights(encoder):
    twin = keras.models.clone_model(encoder)
    twin.set_weights(encoder.get_weights())
    return twin


@pytest.mark.parametrize(
    ("code", "mechanism"),
    [(None, "object copy"), (_clone_and_set_weights, "set_weights")],
    ids=["no code: the paths tell", "clone_model then set_weights"],
)
def test_a_clone_keeps_paths_so_the_code_names_the_copy(code, mechanism):
    encoder = _encoder()
    twin = _clone_and_set_weights(encoder)
    assert reuse_vs_duplication.copy_mechanism(twin, encoder, code) == mechanism


class _BiasNeverAdded(_TiedEmbedding):
    def call(self, inputs, reverse=False):
        if reverse:
            return keras.ops.matmul(inputs, keras.ops.transpose(self.matrix))
        return keras.ops.take(self.matrix, inputs, axis=0)


@pytest.mark.parametrize(("cls", "fails"), [(_TiedEmbedding, False), (_BiasNeverAdded, True)])
def test_a_bias_made_but_never_added_is_named(cls, fails):
    tokens = keras.Input((3,), dtype="int32")
    lookup = cls(7, 4)
    hidden = layers.Dense(4, activation="tanh")(layers.GlobalAveragePooling1D()(lookup(tokens)))
    model = keras.Model(tokens, lookup(hidden, reverse=True))
    x = reuse_vs_duplication.token_ids(vocabulary=7, length=3, batch=8)
    check = functools.partial(
        reuse_vs_duplication.check_follows,
        model,
        LANGUAGE,
        inputs=x,
        tied="scores",
        what="the scores",
        matrix="matrix",
    )
    if not fails:
        check()
        return
    with pytest.raises(ag.CheckFailed, match=r"the embedding layer makes a bias .* but never adds"):
        check()


SIAMESE = """
    left = Input(10)
    right = Input(10)
    encoder = Dense(6, "tanh")
    left_code = encoder(left)
    right_code = encoder(right)
    difference = Subtract()(left_code, right_code)
    head = Dense(1, "sigmoid")(difference)
"""


def _siamese(listed, subtracted):
    ins = {n: keras.Input((10,), name=n) for n in ("left", "right")}
    encoder = layers.Dense(6, activation="tanh")
    codes = {n: encoder(t) for n, t in ins.items()}
    diff = layers.Subtract()([codes[n] for n in subtracted])
    return keras.Model([ins[n] for n in listed], layers.Dense(1, activation="sigmoid")(diff))


@pytest.mark.parametrize(
    ("listed", "subtracted", "fails"),
    [
        (("left", "right"), ("left", "right"), False),
        (("right", "left"), ("left", "right"), True),  # the list given to keras.Model swapped
        (("left", "right"), ("right", "left"), False),  # the merge swapped: the note names it
    ],
    ids=["as the task", "inputs listed swapped", "merge swapped"],
)
def test_inputs_listed_in_another_order_are_named_from_their_names(listed, subtracted, fails):
    model = _siamese(listed, subtracted)
    x = ag.fixed_inputs((10,), (10,), batch=16)
    check = functools.partial(
        reuse_vs_duplication.check_input_order, model, ag.architecture(SIAMESE), inputs=x
    )
    if not fails:
        check()
        return
    with pytest.raises(ag.CheckFailed, match=r"the model lists its inputs in another order"):
        check()
