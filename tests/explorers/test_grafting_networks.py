"""explorers.grafting_networks: the worked-out graft against Keras, the figure, the widget."""

import doctest
import re

import pytest
from matplotlib.colors import to_rgba

import autograder as ag
from explorers import grafting_networks as explorer

keras = ag.keras

ALL = explorer.FREEZE_ALL
TOP_BLOCK_TRAINABLE = ("conv1", "bn1", "conv2", "bn2")  # conv3 and dense fine-tuned

# (cut, head, units, frozen) -> (junction, output shape, trainable, non-trainable)
GRAFTS = [
    ("conv3", "pool", 5, ALL, (None, 8, 8, 32), (None, 5), 165, 6128),
    ("conv3", "flatten", 5, ALL, (None, 8, 8, 32), (None, 5), 10245, 6128),
    ("conv3", "project", 5, ALL, (None, 8, 8, 32), (None, 5), 528 + 85, 6128),
    ("conv3", "dense", 5, ALL, (None, 8, 8, 32), (None, 8, 8, 5), 165, 6128),
    ("conv3", "pool", 5, TOP_BLOCK_TRAINABLE, (None, 8, 8, 32), (None, 5), 4640 + 165, 1488),
    ("conv3", "pool", 5, (), (None, 8, 8, 32), (None, 5), 6080 + 165, 48),
    ("pool2", "pool", 3, ("conv1", "bn1"), (None, 8, 8, 16), (None, 3), 1168 + 32 + 51, 256 + 32),
    ("dense", "dense", 2, ALL, (None, 64), (None, 2), 130, 8240),
    ("dense", "flatten", 2, ALL, (None, 64), (None, 2), 130, 8240),
    ("dense", "project", 2, ALL, (None, 64), (None, 2), 1040 + 34, 8240),
    ("gap", "dense", 10, ALL, (None, 32), (None, 10), 330, 6128),
    ("old_head", "dense", 2, ALL, (None, 10), (None, 2), 22, 8890),
    ("conv1", "pool", 4, ("conv1", "dense", "old_head"), (None, 32, 32, 8), (None, 4), 36, 224),
]


def graft_id(case):
    cut, head, units, frozen = case[:4]
    return f"{cut}-{head}-{units}-frozen{len(frozen)}"


@pytest.mark.parametrize(
    ("cut", "head", "units", "frozen", "junction", "output", "trainable", "non_trainable"),
    GRAFTS,
    ids=[graft_id(c) for c in GRAFTS],
)
def test_graft_matches_keras(cut, head, units, frozen, junction, output, trainable, non_trainable):
    result = explorer.graft_result(cut, head, units, frozen)
    assert result.ok
    assert result.junction == junction
    assert result.output_shape == output
    assert (result.trainable, result.non_trainable) == (trainable, non_trainable)
    model = explorer.keras_model(result)  # the ground truth: Keras builds it and counts
    counts = ag.counts(model)
    assert tuple(model.output.shape) == output
    assert (counts.trainable, counts.non_trainable) == (trainable, non_trainable)


@pytest.mark.parametrize("cut", ["gap", "dense", "old_head"])
def test_pooling_a_vector_is_refused_as_keras_refuses(cut):
    result = explorer.graft_result(cut, "pool", 5)
    assert not result.ok and result.output_shape is None
    assert result.error.startswith("GlobalAveragePooling2D needs a feature map")
    assert f"found ndim={len(result.junction)}" in result.error
    with pytest.raises(ValueError, match=r"expected ndim=4, found ndim=2"):
        explorer.keras_model(result)


def test_the_base_is_keras_own():
    base = explorer.keras_base()
    rows = explorer.base_rows()
    assert [layer.name for layer in base.layers[1:]] == list(explorer.NAMES)
    for layer, row in zip(base.layers[1:], rows, strict=True):
        assert tuple(layer.output.shape) == row.shape
        assert layer.count_params() == row.params


# (cut, head, frozen, regex on the notes)
NOTES = [
    ("conv3", "dense", ALL, r"not one vector of 5 scores.*Dense acts on the last axis only"),
    ("conv3", "flatten", ALL, r"Flatten keeps all 2,048 values.*10,245 parameters.*165 after"),
    ("old_head", "dense", ALL, r"keeps the old head.*10 class probabilities"),
    ("conv3", "pool", ("conv1", "conv2"), r"bn1, bn2 trainable.*training=False \(Keras 3\)"),
    ("conv3", "pool", ALL, r"Feature extraction: only the new head learns"),
    ("conv3", "pool", TOP_BLOCK_TRAINABLE, r"Fine-tuning: conv3 will learn too.*Compile \(again\)"),
]


@pytest.mark.parametrize(("cut", "head", "frozen", "words"), NOTES)
def test_notes_name_what_to_watch_for(cut, head, frozen, words):
    result = explorer.graft_result(cut, head, 5, frozen)
    assert re.search(words, " ".join(result.notes)), result.notes


def test_frozen_flags_above_the_cut_change_nothing():
    low = explorer.graft_result("pool2", "pool", 5, ("conv1", "bn1", "conv2", "bn2"))
    more = explorer.graft_result("pool2", "pool", 5, ("conv1", "bn1", "conv2", "bn2", "conv3"))
    assert (low.trainable, low.non_trainable) == (more.trainable, more.non_trainable)
    assert [r.part for r in low.rows[:7]] == ["base"] * 6 + ["dropped"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"cut": "conv4"}, "cut must be one of the base's layers"),
        ({"head": "maxpool"}, "head must be one of"),
        ({"units": 0}, "units must be at least 1"),
    ],
)
def test_bad_choices_are_rejected(args, message):
    with pytest.raises(ValueError, match=message):
        explorer.graft_result(**args)


def test_str_reads_as_a_report():
    text = str(explorer.graft_result("conv3", "pool", 5))
    assert text.splitlines()[0] == (
        "Cut after 'conv3': junction (None, 8, 8, 32); head GlobalAveragePooling2D → Dense(5)"
    )
    assert "→ output (None, 5); 165 trainable, 6,128 non-trainable parameters" in text
    assert "✗ GlobalAveragePooling2D needs" in str(explorer.graft_result("gap", "pool"))


def blocks(figure, kind):
    return [p for p in figure.axes[0].patches if (p.get_gid() or "").startswith(kind)]


def texts(figure):
    return " ".join(t.get_text() for t in figure.axes[0].texts)


@pytest.mark.parametrize(
    ("cut", "head", "kept", "head_blocks"),
    [
        ("conv3", "pool", 7, 2),
        ("conv3", "project", 7, 3),
        ("dense", "dense", 9, 1),
        ("gap", "pool", 8, 0),
    ],
)
def test_draw_one_block_per_layer(cut, head, kept, head_blocks):
    result = explorer.graft_result(cut, head, 5)
    figure = explorer.draw(result)
    assert len(blocks(figure, "base-")) == kept
    assert len(blocks(figure, "dropped-")) == len(explorer.NAMES) - kept
    assert len(blocks(figure, "head-")) - len(blocks(figure, "head-refused")) == head_blocks
    assert bool(blocks(figure, "head-refused")) is not result.ok
    assert f"junction {explorer.shape_text(result.junction)}" in texts(figure)
    assert figure._repr_mimebundle_()["image/svg+xml"].lstrip().startswith("<?xml")


def _colour(figure, gid):
    (artist,) = [p for p in figure.axes[0].patches if p.get_gid() == gid]
    return artist.get_facecolor()


def test_draw_marks_frozen_trainable_and_weightless_layers():
    figure = explorer.draw(explorer.graft_result("conv3", "pool", 5, TOP_BLOCK_TRAINABLE))
    assert _colour(figure, "base-conv1") == to_rgba(explorer.FROZEN_FILL)
    assert _colour(figure, "base-conv3") == to_rgba(explorer.TRAINABLE)
    assert _colour(figure, "base-pool1") == to_rgba("white")
    assert _colour(figure, "head-new_head") == to_rgba(explorer.HEAD)


def _word_frozen_shown(figure, index):
    """Whether the word "frozen" is written in the block of base layer `index`."""
    left = 1 + index * explorer._STEP
    return any(
        t.get_text() == "frozen" and left <= t.get_position()[0] <= left + explorer._WIDTH
        for t in figure.axes[0].texts
    )


def test_draw_writes_frozen_only_in_frozen_blocks():
    figure = explorer.draw(explorer.graft_result("conv3", "pool", 5, ("conv1", "bn2")))
    shown = [_word_frozen_shown(figure, i) for i in range(len(explorer.NAMES))]
    assert shown == [n in ("conv1", "bn2") for n in explorer.NAMES]


def test_every_layer_is_named_in_text():
    words = {t.get_text() for t in explorer.draw(explorer.graft_result()).axes[0].texts}
    assert set(explorer.NAMES) <= words


def test_draw_reuses_the_figure_it_is_given():
    figure = explorer.draw(explorer.graft_result())
    again = explorer.draw(explorer.graft_result("dense", "dense", 3), figure=figure)
    assert again is figure and len(figure.axes) == 1
    assert len(blocks(figure, "base-")) == 9
    assert len(figure.axes[0].lines) == 1  # one cut line, the old one removed


# (control changes, result label, words in the explanation)
WIDGET = [
    ({}, "Grafted model → (None, 5): 165 trainable, 6,128 non-trainable", "Feature extraction"),
    (
        {"head": "flatten"},
        "Grafted model → (None, 5): 10,245 trainable, 6,128 non-trainable",
        "Flatten keeps",
    ),
    ({"cut": "gap"}, "Grafted model: none, Keras raises ValueError", "✗ Keras refuses"),
    (
        {"frozen": ("conv1",)},
        "Grafted model → (None, 5): 6,021 trainable, 272 non-trainable",
        "bn1, bn2 trainable",
    ),
    (
        {"units": 2},
        "Grafted model → (None, 2): 66 trainable, 6,128 non-trainable",
        "new_head (Dense(2), new head)",
    ),
]


@pytest.mark.parametrize(("change", "label", "words"), WIDGET)
def test_widget_shows_the_result_of_its_controls(change, label, words):
    widget = explorer.GraftingExplorer()
    for name, value in change.items():
        widget.controls[name].value = value
    assert widget.result_label.value == label
    assert words in widget.explanation.value
    assert "ckl-result" in widget.result_label._dom_classes
    assert widget.image.svg.lstrip().startswith("<?xml")


def test_one_control_change_redraws_once_and_changes_the_picture():
    widget = explorer.GraftingExplorer()
    before, image = widget.redraws, widget.image.svg
    widget.controls["frozen"].value = ("conv1", "bn1")
    assert widget.redraws == before + 1
    assert widget.image.svg != image


def test_widget_table_lists_kept_and_head_layers():
    widget = explorer.GraftingExplorer()
    table = widget.explanation.value
    assert table.count("<tr>") == 1 + 7 + 2  # header, conv1..conv3, pooling and new head
    assert "conv3 (Conv2D(32), base, frozen)" in table


def test_docstring_examples_hold():
    assert doctest.testmod(explorer).failed == 0
