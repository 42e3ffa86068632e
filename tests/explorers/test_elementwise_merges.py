"""explorers.elementwise_merges: the result, its explanation, the numbers, the figure, the widget."""

import doctest
import re

import keras
import numpy as np
import pytest

from explorers import elementwise_merges as explorer

ELEMENTWISE = ["Add", "Subtract", "Multiply", "Average", "Maximum", "Minimum"]

# (merge, shapes as for keras.Input, expected output shape with the batch axis)
ACCEPTED = [
    *[(m, [(4,), (4,)], (None, 4)) for m in ELEMENTWISE],
    ("Add", [(16, 16, 8), (16, 16, 8)], (None, 16, 16, 8)),
    ("Add", [(4,), (1,)], (None, 4)),
    ("Multiply", [(1,), (4,)], (None, 4)),
    ("Multiply", [(8, 8, 3), (8, 8, 1)], (None, 8, 8, 3)),
    ("Add", [(8, 8, 3), (1, 1, 3)], (None, 8, 8, 3)),
    ("Add", [(8, 8, 3), (3,)], (None, 8, 8, 3)),
    ("Average", [(4,), (4, 4)], (None, 4, 4)),
    ("Add", [(None, 4), (5, 4)], (None, None, 4)),
    ("Add", [(None,), (6,)], (None, None)),
    ("Add", [(4,), (4,), (4,)], (None, 4)),
    ("Average", [(4,), (4,), (4,)], (None, 4)),
]

# (shapes, axes, normalize, expected output shape)
DOTS = [
    ([(4,), (4,)], -1, False, (None, 1)),
    ([(4,), (4,)], 1, True, (None, 1)),
    ([(5, 4), (6, 4)], 2, False, (None, 5, 6)),
    ([(5, 4), (6, 4)], (2, 2), False, (None, 5, 6)),
    ([(5, 4), (5, 6)], 1, False, (None, 4, 6)),
    ([(4,), (4, 5)], 1, False, (None, 5)),
]

# (merge, shapes, axes, axes that disagree, regex on "cause + next step")
REFUSED = [
    (
        "Add",
        [(4,), (6,)],
        -1,
        (1,),
        r"last axis, axis 1 \(features\), differs: 4 vs 6.*Dense\(4\) on input 2 \(6 → 4\)",
    ),
    (
        "Add",
        [(256,), (32,)],
        -1,
        (1,),
        r"no axis whose sizes may differ.*Dense\(32\) on input 1 \(256 → 32\).*shortcut",
    ),
    ("Multiply", [(8, 8, 16), (8, 8, 8)], -1, (3,), r"Conv2D\(8, 1\) on input 1 \(16 → 8\)"),
    ("Average", [(16, 16, 8), (14, 14, 8)], -1, (1, 2), r"grids or sequence lengths differ"),
    ("Maximum", [(10, 8), (5, 8)], -1, (1,), r"axis 1 \(steps\) differs: 10 vs 5.*pooling"),
    (
        "Minimum",
        [(8, 8, 3), (4,)],
        -1,
        (3,),
        r"axis 3 \(channels\), differs: 3 vs 4.*Dense\(3\) on input 2 \(4 → 3\)",
    ),
    ("Add", [(16, 16, 8), (8, 8, 4)], -1, (1, 2, 3), r"make the shapes equal first"),
    ("Subtract", [(4,), (4,), (4,)], -1, (), r"exactly 2 inputs|two at a time"),
    ("Dot", [(4,), (6,)], -1, (1,), r"4 ≠ 6. Dot never broadcasts.*Dense\(4\)"),
    ("Dot", [(4,), (1,)], -1, (1,), r"4 ≠ 1. Dot never broadcasts"),
    ("Dot", [(5, 4), (6, 4)], 1, (1,), r"5 ≠ 6.*axes=\(i, j\)"),
    ("Dot", [(8, 8, 4), (4,)], 3, (), r"ranks 4 and 2.*axes=-1"),
    ("Dot", [(4,), (4,), (4,)], -1, (), r"two inputs at a time"),
]


def case_id(merge, shapes, axes=-1):
    return merge + ":" + "+".join("x".join(map(str, s)) for s in shapes) + f"@{axes}"


def layer(merge, axes=-1, normalize=False):
    if merge == "Dot":
        return keras.layers.Dot(axes=axes, normalize=normalize)
    return getattr(keras.layers, merge)()


def keras_itself(merge, shapes, axes=-1, normalize=False):
    """The ground truth: the layer called on real symbolic inputs."""
    inputs = [keras.Input(shape=s) for s in shapes]
    return tuple(layer(merge, axes, normalize)(inputs).shape)


@pytest.mark.parametrize(
    ("merge", "shapes", "expected"), ACCEPTED, ids=[case_id(*c[:2]) for c in ACCEPTED]
)
def test_accepted_shapes(merge, shapes, expected):
    result = explorer.merge_result(merge, shapes)
    assert result.ok, result.error
    assert result.output_shape == expected == keras_itself(merge, shapes)
    assert result.params == 0
    assert result.summary.startswith("each value of the result is")


@pytest.mark.parametrize(
    ("shapes", "axes", "normalize", "expected"),
    DOTS,
    ids=[case_id("Dot", c[0], c[1]) for c in DOTS],
)
def test_dot_shapes(shapes, axes, normalize, expected):
    result = explorer.merge_result("Dot", shapes, axes, normalize)
    assert result.ok, result.error
    assert result.output_shape == expected == keras_itself("Dot", shapes, axes, normalize)
    assert result.summary.startswith("multiplies along")
    assert ("cosine similarity" in result.summary) is normalize


@pytest.mark.parametrize(
    ("merge", "shapes", "axes", "mismatched", "words"),
    REFUSED,
    ids=[case_id(*c[:3]) for c in REFUSED],
)
def test_refused_shapes_are_explained(merge, shapes, axes, mismatched, words):
    result = explorer.merge_result(merge, shapes, axes)
    assert not result.ok and result.output_shape is None
    with pytest.raises((ValueError, IndexError)) as raised:
        keras_itself(merge, shapes, axes)
    assert result.error == f"{type(raised.value).__name__}: {raised.value}"
    assert result.mismatched == mismatched
    assert result.summary.startswith("Keras refuses")
    found = f"{result.cause} {result.next_step}"
    assert re.search(words, found, re.S), found


def test_dot_over_the_batch_axis_fails_when_data_arrives():
    """Keras builds Dot(axes=0) on symbolic inputs; it fails only on data."""
    result = explorer.merge_result("Dot", [(4,), (4,)], axes=0)
    symbolic = [keras.Input(shape=(4,)), keras.Input(shape=(4,))]
    keras.layers.Dot(axes=0)(symbolic)  # no error here
    with pytest.raises(ValueError, match="Cannot perform batch_dot over axis 0"):
        keras.layers.Dot(axes=0)([np.zeros((2, 4)), np.zeros((2, 4))])
    assert not result.ok
    assert result.error.startswith("ValueError: Cannot perform batch_dot over axis 0")
    assert "batch axis" in result.cause and "only when data arrives" in result.cause


@pytest.mark.parametrize(
    ("merge", "shapes", "notes"),
    [
        ("Multiply", [(4,), (1,)], ["input 2 has size 1 on axis 1 (features): Keras repeats it 4"]),
        ("Add", [(1,), (4,)], ["input 1 has size 1 on axis 1 (features)"]),
        ("Add", [(8, 8, 3), (8, 8, 1)], ["input 2 has size 1 on axis 3 (channels)"]),
        ("Add", [(8, 8, 3), (3,)], ["input 2 has rank 2, not 4", "axis 1 (height), axis 2"]),
        (
            "Add",
            [(8, 8, 3), (1, 1, 3)],
            ["input 2 has size 1 on axis 1 (height)", "input 2 has size 1 on axis 2 (width)"],
        ),
        ("Add", [(4,), (4,)], []),
        ("Add", [(None,), (4,)], []),
    ],
)
def test_broadcast_axes_are_named(merge, shapes, notes):
    result = explorer.merge_result(merge, shapes)
    text = " | ".join(result.stretched)
    for note in notes:
        assert note in text, text
    assert bool(result.stretched) == bool(notes)
    assert ("check that you meant it" in result.cause) == bool(notes)


def test_free_size_matches_any_size():
    result = explorer.merge_result("Add", [(None,), (6,)])
    assert "None (a size not fixed yet) matches any size" in result.summary


def test_str_reads_as_a_report():
    text = str(explorer.merge_result("Add", [(256,), (32,)]))
    assert text.splitlines()[0] == "Add() on (None, 256), (None, 32)"
    assert "✗ Keras: ValueError: Inputs have incompatible shapes." in text
    assert "Why: " in text and "Next step: " in text
    dot = str(explorer.merge_result("Dot", [(4,), (4,)], 1, True))
    assert dot.splitlines()[:2] == [
        "Dot(axes=1, normalize=True) on (None, 4), (None, 4)",
        "→ (None, 1)",
    ]


@pytest.mark.parametrize(
    ("merge", "shapes", "message"),
    [
        ("Concatenate", [(4,), (4,)], "merge must be one of"),
        ("Add", [(4,)], "give 2 to 6 shapes"),
        ("Add", [(4,)] * 7, "give 2 to 6 shapes"),
        ("Add", [(4,), ()], "at least one axis"),
        ("Add", [(4,), (0,)], "positive integers or None"),
        ("Add", [(4,), (2.5,)], "positive integers or None"),
    ],
)
def test_bad_arguments_are_rejected(merge, shapes, message):
    with pytest.raises(ValueError, match=message):
        explorer.merge_result(merge, shapes)


@pytest.mark.parametrize("merge", [*ELEMENTWISE, "Dot"])
def test_merge_layers_have_no_parameters(merge):
    merging = layer(merge, axes=1)
    merging([keras.Input((4,)), keras.Input((4,))])
    assert merging.count_params() == 0 == explorer.merge_result(merge, [(4,), (4,)], 1).params


@pytest.mark.parametrize(("width_in", "width_out"), [(256, 32), (16, 32), (8, 16), (1, 1)])
def test_projection_params_match_keras(width_in, width_out):
    dense = keras.Sequential([keras.Input((width_in,)), keras.layers.Dense(width_out)])
    conv = keras.Sequential([keras.Input((4, 4, width_in)), keras.layers.Conv2D(width_out, 1)])
    expected = explorer.projection_params(width_in, width_out)
    assert dense.count_params() == conv.count_params() == expected


@pytest.mark.parametrize(("width_in", "width_out"), [(0, 3), (4, 0), (None, 3), (2.5, 3)])
def test_projection_params_refuses_what_dense_refuses(width_in, width_out):
    with pytest.raises(ValueError):
        explorer.projection_params(width_in, width_out)


@pytest.mark.parametrize(
    ("shapes", "words"),
    [
        (
            [(256,), (32,)],
            "Dense(32) on input 1 (256 → 32), has 256 × 32 + 32 = 8,224 parameters",
        ),
        ([(8, 8, 16), (8, 8, 8)], "a 1×1 Conv2D(8) on input 1 (16 → 8), has 16 × 8 + 8 = 136"),
        ([(4,), (4,)], "Add() has no weights: count_params() = 0."),
    ],
)
def test_describe_params(shapes, words):
    assert words in explorer.describe_params(explorer.merge_result("Add", shapes))


def keras_on_example(merge, example, normalize=False):
    """What the real layer computes on the example's vectors (one example, batch 1)."""
    a = np.array([example.a], "float32")
    b = np.array([example.b], "float32")
    out = layer(merge, axes=-1, normalize=normalize)([a, b])
    return keras.ops.convert_to_numpy(out)[0]


@pytest.mark.parametrize("merge", ELEMENTWISE)
@pytest.mark.parametrize("shapes", [[(4,), (4,)], [(6,), (1,)], [(1,), (3,)], [(16,), (16,)]])
def test_numeric_example_is_what_keras_computes(merge, shapes):
    example = explorer.numeric_example(explorer.merge_result(merge, shapes))
    assert len(example.out) == max(min(s[-1], explorer.MAX_CELLS) for s in shapes)
    np.testing.assert_allclose(example.out, keras_on_example(merge, example), rtol=1e-6)


@pytest.mark.parametrize("normalize", [False, True])
def test_numeric_example_of_dot_is_what_keras_computes(normalize):
    example = explorer.numeric_example(explorer.merge_result("Dot", [(5,), (5,)], 1, normalize))
    assert len(example.out) == 1 and len(example.products) == 5
    np.testing.assert_allclose(example.out, keras_on_example("Dot", example, normalize), rtol=1e-5)
    if normalize:
        assert -1 <= example.out[0] <= 1


def test_numeric_example_shows_where_maximum_takes_each_value():
    example = explorer.numeric_example(explorer.merge_result("Maximum", [(4,), (4,)]))
    assert example.out == (3.0, 2.0, 2.0, 1.5)
    assert example.source == (0, 1, 0, 1)


@pytest.mark.parametrize(
    ("shapes", "stretched", "cells"),
    [([(4,), (1,)], 1, (4, 1)), ([(1,), (4,)], 0, (1, 4)), ([(4,), (4,)], None, (4, 4))],
)
def test_numeric_example_keeps_a_single_value_single(shapes, stretched, cells):
    example = explorer.numeric_example(explorer.merge_result("Add", shapes))
    assert example.stretched == stretched
    assert (len(example.a), len(example.b)) == cells


@pytest.mark.parametrize(
    ("merge", "shapes", "cells"),
    [
        ("Add", [(256,), (32,)], (6, 2)),
        ("Add", [(4,), (6,)], (4, 6)),
        ("Dot", [(4,), (6,)], (4, 6)),
    ],
)
def test_numeric_example_of_a_refusal_has_no_result(merge, shapes, cells):
    example = explorer.numeric_example(explorer.merge_result(merge, shapes))
    assert example.out == ()
    assert (len(example.a), len(example.b)) == cells


def cells(figure, kind):
    return [p for p in figure.axes[0].patches if (p.get_gid() or "").startswith(kind)]


def texts(figure):
    return " ".join(t.get_text() for t in figure.axes[0].texts)


@pytest.mark.parametrize(
    ("merge", "shapes", "a", "b", "stretched", "out"),
    [
        ("Add", [(4,), (4,)], 4, 4, 0, 4),
        ("Multiply", [(4,), (1,)], 4, 1, 3, 4),
        ("Subtract", [(1,), (5,)], 1, 5, 4, 5),
        ("Add", [(256,), (32,)], 6, 2, 0, 0),
    ],
)
def test_draw_one_cell_per_value(merge, shapes, a, b, stretched, out):
    result = explorer.merge_result(merge, shapes)
    figure = explorer.draw(result)
    assert len(cells(figure, "a-")) == a and len(cells(figure, "b-")) == b
    assert len(cells(figure, "stretched-")) == stretched
    assert len(cells(figure, "out-")) == out
    assert result.call in texts(figure)
    assert figure._repr_mimebundle_()["image/svg+xml"].lstrip().startswith("<?xml")


def test_draw_colours_maximum_by_the_input_it_took():
    figure = explorer.draw(explorer.merge_result("Maximum", [(4,), (4,)]))
    a, b, out = cells(figure, "a-"), cells(figure, "b-"), cells(figure, "out-")
    assert out[0].get_facecolor() == a[0].get_facecolor()
    assert out[1].get_facecolor() == b[1].get_facecolor()
    assert "colour of the input it comes from" in texts(figure)


def test_draw_dot_sums_the_products():
    figure = explorer.draw(explorer.merge_result("Dot", [(4,), (4,)], 1, True))
    assert len(cells(figure, "product-")) == 4 and len(cells(figure, "sum")) == 1
    assert "|a|" in texts(figure) and "cosine" in texts(figure)


def test_draw_names_the_disagreeing_axis():
    figure = explorer.draw(explorer.merge_result("Add", [(256,), (32,)]))
    assert "✗ no result" in texts(figure)
    assert "axis 1 (features) differs: 256 vs 32" in texts(figure)
    assert "… 256 values" in texts(figure) and "… 32 values" in texts(figure)


def test_draw_reuses_the_figure_it_is_given():
    figure = explorer.draw(explorer.merge_result("Add", [(4,), (4,)]))
    again = explorer.draw(explorer.merge_result("Add", [(6,), (6,)]), figure=figure)
    assert again is figure and len(figure.axes) == 1
    assert len(cells(figure, "a-")) == 6


# (control changes, result label, explanation words, parameters words)
WIDGET = [
    ({}, "Result shape: (None, 4)", "a + b", "count_params() = 0"),
    ({"shape2": "6"}, "Result shape: none, Keras raises ValueError", "Dense(4) on input 2", "28"),
    ({"shape2": "1", "merge": "Multiply"}, "Result shape: (None, 4)", "Keras repeats it 4", ""),
    ({"merge": "Dot"}, "Result shape: (None, 1)", "summed into one number", ""),
    ({"merge": "Dot", "normalize": True}, "Result shape: (None, 1)", "cosine", ""),
    (
        {"merge": "Subtract", "shape1": "8,8,16", "shape2": "8,8,8"},
        "Result shape: none, Keras raises ValueError",
        "Conv2D(8, 1)",
        "136",
    ),
    ({"shape2": "4,,"}, "Result shape: none, a shape cannot be read", "cannot read", ""),
]


@pytest.mark.parametrize(("change", "label", "words", "params"), WIDGET)
def test_widget_shows_the_result_of_its_controls(change, label, words, params):
    widget = explorer.MergeExplorer()
    for name, value in change.items():
        widget.controls[name].value = value  # as a learner would, one control at a time
    assert widget.result_label.value == label
    assert words in widget.explanation.value
    assert params in widget.params.value
    assert "ckl-result" in widget.result_label._dom_classes


def test_dot_controls_show_only_for_dot():
    widget = explorer.MergeExplorer()
    assert widget.controls["axes"].layout.display == "none"
    assert widget.controls["normalize"].layout.display == "none"
    widget.controls["merge"].value = "Dot"
    assert widget.controls["axes"].layout.display is None
    assert widget.controls["normalize"].layout.display is None


def test_widget_offers_the_axes_of_input_1s_rank():
    widget = explorer.MergeExplorer(merge="Dot")
    assert [v for _, v in widget.controls["axes"].options] == [-1, -2, 0, 1]
    widget.apply({"shape1": "5,4", "shape2": "6,4"})
    widget.controls["axes"].value = 2
    assert [v for _, v in widget.controls["axes"].options] == [-1, -2, -3, 0, 1, 2]
    assert widget.result_label.value == "Result shape: (None, 5, 6)"
    widget.apply({"shape1": "4", "shape2": "4"})
    assert widget.controls["axes"].value == -1  # axis 2 no longer exists
    assert widget.result_label.value == "Result shape: (None, 1)"


def test_one_control_change_redraws_once():
    widget = explorer.MergeExplorer(merge="Dot")
    before = widget.redraws
    widget.controls["shape1"].value = "5,4"  # changes the rank: the axes options are rebuilt too
    assert widget.redraws == before + 1


def test_widget_redraws_the_figure():
    widget = explorer.MergeExplorer()
    image = widget.image.svg
    widget.controls["merge"].value = "Maximum"
    assert widget.image.svg != image


def test_widget_displays_as_its_box():
    bundle = explorer.MergeExplorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_benchmark_changes_visit_every_merge():
    merges = {change["merge"] for change in explorer.BENCHMARK_CHANGES if "merge" in change}
    assert merges | {"Add"} == set(explorer.MERGES)


def test_docstring_examples_hold():
    assert doctest.testmod(explorer).failed == 0
