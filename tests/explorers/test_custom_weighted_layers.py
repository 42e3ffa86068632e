"""explorers.custom_weighted_layers: the mixing weights, the output, the figure, the widget."""

import doctest

import numpy as np
import pytest

from autograder import custom_weighted_layers
from explorers import custom_weighted_layers as explorer

# (logits, temperature) whose softmax mix must equal what a real Keras layer outputs
SOFTMAX = [
    ([0.0, 0.0], 1.0),
    ([0.0, 0.0, 0.0], 1.0),
    ([0.5, -1.0, 2.0], 1.0),
    ([0.5, -1.0, 2.0], 0.25),
    ([0.5, -1.0, 2.0], 4.0),
    ([3.0, -3.0, 1.5, 0.2], 1.0),
    ([3.0, 3.0], 0.5),
]


@pytest.mark.parametrize(("logits", "temperature"), SOFTMAX)
def test_softmax_mix_is_what_a_keras_layer_outputs(logits, temperature):
    result = explorer.mix_result(logits, temperature)
    n = len(logits)
    merge = custom_weighted_layers.WeightedMerge(temperature=temperature)
    model = custom_weighted_layers.merge_model(merge, [(explorer.POSITIONS,)] * n)
    custom_weighted_layers.set_logits(merge, logits)
    rows = [row[None, :].astype("float32") for row in explorer.EXAMPLE_INPUTS[:n]]
    assert np.allclose(result.output, np.asarray(model(rows))[0], atol=1e-6)
    assert result.params == n == model.count_params()
    assert result.weights.sum() == pytest.approx(1.0)
    assert result.ok and result.inside and not result.warning


def test_softmax_always_stays_in_the_inputs_range():
    rng = np.random.default_rng(0)
    for _ in range(200):
        n = int(rng.integers(2, 5))
        result = explorer.mix_result(rng.uniform(-3, 3, n), float(rng.uniform(0.25, 4)))
        assert result.inside and np.all(result.weights > 0)


# (logits, normalise, weights or None, warning words, output inside the inputs' range)
MISTAKES = [
    ([1.0, 1.0, 2.0], "divide by the sum", [0.25, 0.25, 0.5], "", True),
    ([-1.0, 0.0, 2.0], "divide by the sum", [-1.0, 0.0, 2.0], "-1.00 is negative", False),
    ([1.0, -1.0, 0.0], "divide by the sum", None, "divides by zero", False),
    ([0.2, 0.1, 0.1], "divide by the sum", [0.5, 0.25, 0.25], "close to 0", True),
    ([0.2, 0.3, 0.5], "none", [0.2, 0.3, 0.5], "", True),
    ([2.0, 2.0, 2.0], "none", [2.0, 2.0, 2.0], "they sum to 6.00, not 1", False),
    ([1.0, -0.5], "none", [1.0, -0.5], "some are negative", False),
]


@pytest.mark.parametrize(("logits", "normalise", "weights", "words", "inside"), MISTAKES)
def test_the_two_mistakes(logits, normalise, weights, words, inside):
    result = explorer.mix_result(logits, normalise=normalise)
    if weights is None:
        assert result.weights is None and result.output is None
    else:
        assert result.weights == pytest.approx(weights)
        assert result.output == pytest.approx(np.asarray(weights) @ result.inputs)
    assert words in result.warning if words else result.warning == ""
    assert result.inside is inside
    proper = weights is not None and min(weights) >= 0 and sum(weights) == pytest.approx(1)
    assert result.ok is proper
    assert result.params == len(logits)


def test_temperature_sharpens_or_flattens():
    sharp = explorer.mix_result([1.0, 0.0], temperature=0.25).weights[0]
    plain = explorer.mix_result([1.0, 0.0], temperature=1.0).weights[0]
    flat = explorer.mix_result([1.0, 0.0], temperature=4.0).weights[0]
    assert 0.5 < flat < plain < sharp < 1.0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (([1.0],), "give 2 to 4 logits"),
        (([1.0] * 5,), "give 2 to 4 logits"),
        (([1.0, 2.0], 0.0), "temperature must be positive"),
        (([1.0, 2.0], 1.0, "relu"), "normalise must be one of"),
    ],
)
def test_bad_arguments_are_refused(args, message):
    with pytest.raises(ValueError, match=message):
        explorer.mix_result(*args)


def test_str_without_weights_has_no_empty_line():
    text = str(explorer.mix_result([1.0, -1.0], normalise="divide by the sum"))
    assert text.splitlines()[1].startswith("⚠ the logits sum to 0")


# (weights, what the summary must say, what it must never say)
SUMMARIES = [
    ([0.18, 0.04, 0.78], "follows input 3 (bump) most", "not a mix"),
    ([-1.0, 0.0, 2.0], "input 1 (rising) enters upside down", "follows"),
    ([0.33, -0.67, 1.33], "input 2 (falling) enters upside down", "follows"),
    ([-0.5, -0.5, 2.0], "input 1 (rising) and input 2 (falling) enter upside down", "follows"),
    ([0.5, 1.0, 2.0], "(sum 3.50, not 1): a blend scaled by 3.50", "follows"),
]


@pytest.mark.parametrize(("weights", "says", "never"), SUMMARIES)
def test_summary_is_true_for_any_weights(weights, says, never):
    """No "follows input 3 most" for a mix with a negative weight, no silent sum."""
    summary = explorer.mix_result(weights, normalise="none").summary
    assert says in summary
    assert never not in summary


def test_divide_by_the_sum_raw_and_softmax_differ_on_the_lessons_logits():
    """The lesson compares the three rules on these logits: all three must differ."""
    logits = [0.5, -1.0, 2.0]
    weights = [explorer.mix_result(logits, normalise=r).weights for r in explorer.NORMALISATIONS]
    for i in range(3):
        for j in range(i + 1, 3):
            assert np.abs(weights[i] - weights[j]).max() > 0.2


def test_str_reads_as_a_report():
    text = str(explorer.mix_result([0.5, -1.0, 2.0]))
    assert text.splitlines()[0] == "logits [0.5, -1.0, 2.0]: weights = softmax(logits / 1)"
    assert "weights 0.18, 0.04, 0.79 (sum 1.00): the output follows input 3 (bump) most." in text
    assert text.endswith("Parameters: 3 (one logit per input)")


# ---- The figure -------------------------------------------------------------------------


def bars(figure):
    return [p for p in figure.axes[0].patches if (p.get_gid() or "").startswith("weight-")]


def texts(figure):
    return " ".join(t.get_text() for ax in figure.axes for t in ax.texts) + " ".join(
        t.get_text() for t in figure.texts
    )


def output_line(figure):
    (line,) = [line for line in figure.axes[1].lines if line.get_gid() == "output"]
    return line


@pytest.mark.parametrize(
    ("logits", "normalise"),
    [
        ([0.5, -1.0, 2.0], "softmax"),
        ([-1.0, 0.0, 2.0], "divide by the sum"),
        ([1.0, 2.0, 0.5, -0.5], "none"),
        ([0.0, 0.0], "softmax"),
    ],
)
def test_draw_one_bar_per_input_and_the_output(logits, normalise):
    result = explorer.mix_result(logits, normalise=normalise)
    figure = explorer.draw(result)
    heights = [b.get_height() for b in bars(figure)]
    assert heights == pytest.approx(list(result.weights))
    assert output_line(figure).get_ydata() == pytest.approx(np.clip(result.output, -2.6, 2.6))
    for bar, weight in zip(bars(figure), result.weights, strict=True):
        assert (bar.get_hatch() == "//") is bool(weight < 0)
    assert f"Weighted merge of {len(logits)} inputs" in texts(figure)
    assert figure._repr_mimebundle_()["image/svg+xml"].lstrip().startswith("<?xml")


def test_draw_marks_an_output_outside_the_range():
    inside = explorer.draw(explorer.mix_result([0.5, -1.0, 2.0]))
    assert output_line(inside).get_linestyle() == "-"
    outside = explorer.draw(explorer.mix_result([-1.0, 0.0, 2.0], normalise="divide by the sum"))
    assert output_line(outside).get_linestyle() == "--"
    assert "leaves the grey band" in texts(outside)


def test_draw_without_weights_says_why():
    figure = explorer.draw(explorer.mix_result([1.0, -1.0, 0.0], normalise="divide by the sum"))
    assert "✗ The logits sum to 0" in texts(figure)
    assert all(np.isnan(output_line(figure).get_ydata()))


def test_figure_is_reused_and_rebuilt_only_when_the_input_count_changes():
    drawing = explorer.MixFigure()
    drawing.update(explorer.mix_result([0.0, 1.0, 2.0]))
    axes = list(drawing.figure.axes)
    drawing.update(explorer.mix_result([2.0, 1.0, 0.0]))
    assert drawing.figure.axes == axes
    drawing.update(explorer.mix_result([2.0, 1.0]))
    assert drawing.figure.axes != axes and len(bars(drawing.figure)) == 2


# ---- The widget -------------------------------------------------------------------------

# (control changes, result label, explanation words)
WIDGET = [
    ({}, "Mixing weights: 0.33, 0.33, 0.33 (sum 1.00) · 3 parameters", "one logit per input"),
    ({"logit3": 2.0}, "Mixing weights: 0.11, 0.11, 0.79 (sum 1.00) · 3 parameters", "bump"),
    ({"inputs": 4}, "Mixing weights: 0.25, 0.25, 0.25, 0.25 (sum 1.00) · 4 parameters", ""),
    ({"inputs": 2, "logit1": 1.0}, "Mixing weights: 0.73, 0.27 (sum 1.00) · 2 parameters", ""),
    (
        {"normalise": "divide by the sum", "logit1": -1.0, "logit3": 2.0},
        "Mixing weights: -1.00, 0.00, 2.00 (sum 1.00, but a weight is negative: not a mix)"
        " · 3 parameters",
        "negative",
    ),
    (
        {"normalise": "divide by the sum"},
        "Mixing weights: none (division by zero) · 3 parameters",
        "divides by zero",
    ),
    (
        {"normalise": "none", "logit1": 1.0},
        "Mixing weights: 1.00, 0.00, 0.00 (sum 1.00) · 3 parameters",
        "one logit per input",
    ),
]


@pytest.mark.parametrize(("change", "label", "words"), WIDGET)
def test_widget_shows_the_result_of_its_controls(change, label, words):
    widget = explorer.WeightedMergeExplorer()
    for name, value in change.items():
        widget.controls[name].value = value  # as a learner would, one control at a time
    assert widget.result_label.value == label
    assert words in widget.explanation.value
    assert "ckl-result" in widget.result_label._dom_classes


def test_widget_shows_one_slider_per_input():
    widget = explorer.WeightedMergeExplorer()
    shown = [widget.controls[f"logit{i}"].layout.display for i in range(1, 5)]
    assert shown == [None, None, None, "none"]
    widget.controls["inputs"].value = 2
    shown = [widget.controls[f"logit{i}"].layout.display for i in range(1, 5)]
    assert shown == [None, None, "none", "none"]


def test_temperature_only_matters_for_the_softmax():
    widget = explorer.WeightedMergeExplorer(logits=(0.0, 1.0, 2.0, 0.0))
    image = widget.image.svg
    widget.controls["temperature"].value = 2.0
    assert widget.image.svg != image
    widget.controls["normalise"].value = "divide by the sum"
    assert widget.controls["temperature"].disabled
    image = widget.image.svg
    widget.controls["temperature"].value = 0.5
    assert widget.image.svg == image  # same weights: the picture stays


def test_one_control_change_redraws_once():
    widget = explorer.WeightedMergeExplorer()
    before = widget.redraws
    widget.controls["inputs"].value = 4
    assert widget.redraws == before + 1


def test_widget_displays_as_its_box():
    bundle = explorer.WeightedMergeExplorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_docstring_examples_hold():
    assert doctest.testmod(explorer).failed == 0


@pytest.mark.parametrize(
    ("logits", "normalise", "caption"),
    [
        ([0.5, -1.0, 2.0], "softmax", "✓ A proper mix"),
        ([-1.0, 0.0, 2.0], "divide by the sum", "⚠ A negative weight"),
        ([2.0, 2.0, 2.0], "none", "⚠ The weights sum to 6.00, not 1"),
        ([1.0, -1.0, 0.0], "divide by the sum", "✗ The logits sum to 0"),
    ],
)
def test_caption_says_what_the_figure_shows(logits, normalise, caption):
    figure = explorer.draw(explorer.mix_result(logits, normalise=normalise))
    assert caption in texts(figure)
