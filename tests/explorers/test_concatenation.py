"""explorers.concatenation: the result, its explanation, the figure, the widget."""

import re

import keras
import pytest

from explorers import concatenation as explorer

# (shapes as for keras.Input, axis, expected output shape with the batch axis)
JOINED = [
    ([(4,), (6,)], -1, (None, 10)),
    ([(4,), (6,)], 1, (None, 10)),
    ([(4,), (6,), (2,)], -1, (None, 12)),
    ([(16, 16, 8), (16, 16, 4)], -1, (None, 16, 16, 12)),
    ([(16, 16, 8), (16, 16, 4)], 3, (None, 16, 16, 12)),
    ([(16, 16, 8), (16, 16, 4), (16, 16, 2)], -1, (None, 16, 16, 14)),
    ([(16, 16, 8), (16, 16, 8)], 1, (None, 32, 16, 8)),
    ([(16, 16, 8), (16, 16, 8)], -3, (None, 32, 16, 8)),
    ([(10, 8), (5, 8)], 1, (None, 15, 8)),
    ([(None, 8), (5, 8)], 1, (None, None, 8)),
    ([(None, 8), (None, 4)], -1, (None, None, 12)),
    ([(4,), (4,)], 0, (None, 4)),
]

# (shapes, axis, axes that disagree, regex on "cause + next step")
REFUSED = [
    ([(16, 16, 8), (16, 16, 4)], 1, (3,), r"axis 3 \(channels\).*along axis 1.*PyTorch.*axis=-1"),
    ([(16, 16, 8), (16, 16, 4), (16, 16, 2)], 2, (3,), r"differ on axis 3 \(channels\).*axis=-1"),
    ([(16, 16, 8), (14, 14, 4)], -1, (1, 2), r"grids differ.*padding='same'.*Cropping2D\(1\)"),
    ([(16, 16, 8), (8, 8, 4)], -1, (1, 2), r"MaxPooling2D\(2\).*UpSampling2D\(2\)"),
    ([(4,), (6,)], 0, (1,), r"batch axis.*axis 1 \(features\) differs: 4 vs 6.*axis=-1"),
    ([(10, 8), (5, 16)], 1, (2,), r"differ on axis 2 \(features\).*projection \(Dense\(n\)\)"),
    ([(1, 8), (5, 8)], -1, (1,), r"sequence lengths differ.*not stretched to 5"),
    ([(16, 16, 8), (16, 14, 4)], 1, (2, 3), r"axis 2 \(width\) differs.*every other axis agree"),
    (
        [(4,), (8, 8, 3)],
        -1,
        (),
        r"different ranks.*Flatten.*\(None, 192\).*RepeatVector\(64\) then Reshape\(\(8, 8, 4\)\)",
    ),
    ([(5,), (10, 8)], -1, (), r"different ranks.*\(RepeatVector\(10\)\) to join"),
    ([(16, 16, 8), (16, 16, 4), (32,)], -1, (), r"input 3 is \(None, 32\) \(rank 2\)"),
    ([(16, 16, 8), (16, 16, 4)], 4, (), r"axes 0 to 3 \(or -4 to -1\)"),
    ([(16, 16, 8), (16, 16, 4)], -5, (), r"axes 0 to 3 \(or -4 to -1\)"),
]


def case_id(shapes, axis):
    return "+".join("x".join(map(str, s)) for s in shapes) + f"@axis{axis}"


def keras_itself(shapes, axis):
    """The ground truth: Concatenate called on real symbolic inputs."""
    inputs = [keras.Input(shape=s) for s in shapes]
    return tuple(keras.layers.Concatenate(axis=axis)(inputs).shape)


@pytest.mark.parametrize(
    ("shapes", "axis", "expected"), JOINED, ids=[case_id(*case[:2]) for case in JOINED]
)
def test_joined_shapes(shapes, axis, expected):
    result = explorer.concat_result(shapes, axis)
    assert result.ok, result.error
    assert result.output_shape == expected == keras_itself(shapes, axis)
    assert result.width == expected[-1]
    assert "joined along" in result.summary or "batch axis" in result.summary


@pytest.mark.parametrize(
    ("shapes", "axis", "mismatched", "words"), REFUSED, ids=[case_id(*case[:2]) for case in REFUSED]
)
def test_refused_shapes_are_explained(shapes, axis, mismatched, words):
    result = explorer.concat_result(shapes, axis)
    assert not result.ok and result.output_shape is None
    with pytest.raises((ValueError, IndexError)) as raised:
        keras_itself(shapes, axis)
    assert result.error == f"{type(raised.value).__name__}: {raised.value}"
    assert result.mismatched == mismatched
    assert result.summary.startswith("Keras refuses")
    words_found = f"{result.cause} {result.next_step}"
    assert re.search(words, words_found, re.S), words_found


def test_concatenating_on_the_batch_axis_is_accepted_but_flagged():
    result = explorer.concat_result([(4,), (4,)], axis=0)
    assert result.ok
    assert "stacked" in result.summary
    assert "batch axis" in result.cause
    assert "axis=-1" in result.next_step


def test_negative_axis_is_named_by_its_position():
    result = explorer.concat_result([(16, 16, 8), (16, 16, 4)], axis=-1)
    assert result.axis_index == 3
    assert result.summary.startswith("joined along axis 3 (channels), as axis=-1 counts")
    assert result.parts == (8, 4)


def test_str_reads_as_a_report():
    text = str(explorer.concat_result([(16, 16, 8), (16, 16, 4)], axis=1))
    assert text.splitlines()[0] == "Concatenate(axis=1) on (None, 16, 16, 8), (None, 16, 16, 4)"
    assert "✗ Keras: ValueError: A `Concatenate` layer requires" in text
    assert "Why: " in text and "Next step: " in text


@pytest.mark.parametrize(
    ("shapes", "message"),
    [
        ([(4,)], "give 2 to 6 shapes"),
        ([(4,)] * 7, "give 2 to 6 shapes"),
        ([(4,), ()], "at least one axis"),
        ([(4,), (0,)], "positive integers or None"),
        ([(4,), (2.5,)], "positive integers or None"),
    ],
)
def test_bad_shapes_are_rejected(shapes, message):
    with pytest.raises(ValueError, match=message):
        explorer.concat_result(shapes)


@pytest.mark.parametrize(("width", "units", "expected"), [(10, 3, 33), (12, 10, 130), (1, 1, 2)])
def test_head_params_match_keras(width, units, expected):
    assert explorer.head_params(width, units) == expected
    model = keras.Sequential([keras.Input(shape=(width,)), keras.layers.Dense(units)])
    assert model.count_params() == expected


@pytest.mark.parametrize(("width", "units"), [(None, 3), (0, 3), (4, 0)])
def test_head_params_refuses_what_dense_refuses(width, units):
    with pytest.raises(ValueError):
        explorer.head_params(width, units)


@pytest.mark.parametrize(
    ("shapes", "axis", "words"),
    [
        (
            [(4,), (6,)],
            -1,
            "sees 4 + 6 = 10 values on the last axis: 10 × 3 weights + 3 biases = 33",
        ),
        ([(16, 16, 8), (16, 16, 8)], 1, "8 values (this merge leaves the last axis as it was)"),
        ([(4,), (6,)], 0, "no parameter count"),
        ([(4, None), (4, None)], 1, "cannot be built"),
    ],
)
def test_describe_head(shapes, axis, words):
    assert words in explorer.describe_head(explorer.concat_result(shapes, axis), units=3)


def blocks(figure, kind):
    return [p for p in figure.axes[0].patches if (p.get_gid() or "").startswith(kind)]


def texts(figure):
    return " ".join(t.get_text() for t in figure.axes[0].texts)


@pytest.mark.parametrize(
    ("shapes", "axis", "results"),
    [
        ([(4,), (6,)], -1, 2),
        ([(16, 16, 8), (16, 16, 4), (16, 16, 2)], -1, 3),
        ([(16, 16, 8), (14, 14, 4)], -1, 0),
        ([(4,), (8, 8, 3)], -1, 0),
    ],
)
def test_draw_one_block_per_input_and_result_part(shapes, axis, results):
    result = explorer.concat_result(shapes, axis)
    figure = explorer.draw(result, units=3)
    assert len(blocks(figure, "input-")) == len(shapes)
    assert len(blocks(figure, "result-")) == results
    assert f"Concatenate(axis={axis})" in texts(figure)
    assert explorer.describe_head(result, 3) in texts(figure)
    assert figure._repr_mimebundle_()["image/svg+xml"].lstrip().startswith("<?xml")


def test_draw_result_blocks_keep_the_inputs_colours_and_widths():
    figure = explorer.draw(explorer.concat_result([(16, 16, 8), (16, 16, 4)]))
    inputs, parts = blocks(figure, "input-"), blocks(figure, "result-")
    for a, b in zip(inputs, parts, strict=True):
        assert a.get_facecolor() == b.get_facecolor()
        assert a.get_width() == pytest.approx(b.get_width())
    assert inputs[0].get_width() == pytest.approx(2 * inputs[1].get_width())


def test_draw_names_the_disagreeing_axis_in_words():
    figure = explorer.draw(explorer.concat_result([(16, 16, 8), (14, 14, 4)]))
    assert "axis 1 (height) differs: 16 vs 14" in texts(figure)
    assert "no result" in texts(figure)


def test_draw_reuses_the_figure_it_is_given():
    figure = explorer.draw(explorer.concat_result([(4,), (6,)]))
    again = explorer.draw(explorer.concat_result([(4,), (6,), (2,)]), figure=figure)
    assert again is figure
    assert len(figure.axes) == 1
    assert len(blocks(figure, "input-")) == 3


# (control changes, result label, explanation words)
WIDGET = [
    ({}, "Result shape: (None, 16, 16, 12)", "joined along axis 3 (channels)"),
    ({"axis": 1}, "Result shape: none, Keras raises ValueError", "PyTorch"),
    ({"inputs": 3}, "Result shape: (None, 16, 16, 14)", "8 + 4 + 2 = 14"),
    ({"shape2": "8,8,4"}, "Result shape: none, Keras raises ValueError", "MaxPooling2D(2)"),
    ({"shape1": "4", "shape2": "6"}, "Result shape: (None, 10)", "4 + 6 = 10"),
    ({"shape2": "16,16,8", "axis": 0}, "Result shape: (None, 16, 16, 8)", "stacked"),
    ({"shape2": "16,,8"}, "Result shape: none, a shape cannot be read", "cannot read"),
]


@pytest.mark.parametrize(("change", "label", "words"), WIDGET)
def test_widget_shows_the_result_of_its_controls(change, label, words):
    widget = explorer.ConcatenationExplorer()
    for name, value in change.items():
        widget.controls[name].value = value  # as a learner would, one control at a time
    assert widget.result_label.value == label
    assert words in widget.explanation.value
    assert "ckl-result" in widget.result_label._dom_classes


def test_widget_offers_the_axes_of_the_inputs_rank():
    widget = explorer.ConcatenationExplorer(axis=3)
    assert [v for _, v in widget.controls["axis"].options] == [-1, -2, -3, -4, 0, 1, 2, 3]
    widget.apply({"shape1": "4", "shape2": "6"})
    assert [v for _, v in widget.controls["axis"].options] == [-1, -2, 0, 1]
    assert widget.controls["axis"].value == -1  # axis 3 no longer exists
    assert widget.result_label.value == "Result shape: (None, 10)"


def test_widget_keeps_a_valid_axis_when_the_rank_changes():
    widget = explorer.ConcatenationExplorer(axis=1)
    widget.apply({"shape1": "4", "shape2": "4"})
    assert widget.controls["axis"].value == 1
    assert widget.result_label.value == "Result shape: (None, 8)"


def test_one_control_change_redraws_once():
    widget = explorer.ConcatenationExplorer()
    before = widget.redraws
    widget.controls["shape2"].value = "4"  # changes the rank: the axis options are rebuilt too
    assert widget.redraws == before + 1


def test_widget_units_update_the_parameters_without_redrawing_the_figure():
    widget = explorer.ConcatenationExplorer()
    image = widget.image.svg
    widget.controls["units"].value = 3
    assert "12 × 3 weights + 3 biases = 39 parameters" in widget.params.value
    assert widget.image.svg == image
    widget.controls["axis"].value = 1
    assert widget.image.svg != image


def test_third_shape_shows_only_with_three_inputs():
    widget = explorer.ConcatenationExplorer()
    assert widget.controls["shape3"].layout.display == "none"
    widget.controls["inputs"].value = 3
    assert widget.controls["shape3"].layout.display is None


def test_widget_displays_as_its_box():
    bundle = explorer.ConcatenationExplorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


@pytest.mark.parametrize(
    ("shapes", "units"), [([(4,), (6,)], 3), ([(16, 16, 8), (16, 16, 4), (16, 16, 2)], 10)]
)
def test_draw_head_gives_each_input_its_rows(shapes, units):
    result = explorer.concat_result(shapes)
    figure = explorer.draw_head(result, units)
    kernel = blocks(figure, "kernel-")
    assert len(kernel) == len(shapes) and len(blocks(figure, "bias")) == 1
    rows = [s[-1] for s in shapes]
    for block, size in zip(kernel, rows, strict=True):
        assert block.get_height() == pytest.approx(kernel[0].get_height() * size / rows[0])
    assert f"= {explorer.head_params(sum(rows), units):,} parameters" in texts(figure)


@pytest.mark.parametrize(("shapes", "axis"), [([(4,), (6,)], 0), ([(16, 16, 8), (14, 14, 4)], -1)])
def test_draw_head_needs_a_join_along_the_last_axis(shapes, axis):
    with pytest.raises(ValueError, match="along the last axis"):
        explorer.draw_head(explorer.concat_result(shapes, axis), units=3)
