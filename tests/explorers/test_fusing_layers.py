"""explorers.fusing_layers: the worked-out fusion against Keras, the figure, the widget."""

import doctest
import re

import numpy as np
import pytest

import autograder as ag
from explorers import fusing_layers as explorer

keras = ag.keras

# (chain, sizes, mistake) -> (original params, fused params, kernel shape, same function)
FUSIONS = [
    ("linear", (4, 8, 3), "none", 67, 15, (4, 3), True),
    ("linear", (6, 12, 4), "none", 136, 28, (6, 4), True),
    ("linear", (16, 2, 16), "none", 82, 272, (16, 16), True),  # a bottleneck: fusing adds
    ("linear", (4, 8, 3), "bias forgotten", 67, 15, (4, 3), False),
    ("linear", (4, 4, 4), "kernels in the other order", 40, 20, (4, 4), False),
    ("activation", (4, 8, 3), "none", 67, 15, (4, 3), False),
    ("parallel", (4, 8, 3), "none", 55, 55, (4, 11), True),
    ("parallel", (6, 3, 5), "bias forgotten", 56, 56, (6, 8), False),
    ("parallel", (6, 3, 5), "branches in the other order", 56, 56, (6, 8), False),
    ("conv_bn", (3, 8, 4), "none", 124, 112, (3, 3, 3, 4), True),
    ("conv_bn", (3, 8, 4), "epsilon left out", 124, 112, (3, 3, 3, 4), False),
    ("conv_bn", (3, 8, 4), "moving statistics ignored", 124, 112, (3, 3, 3, 4), False),
    ("conv_bn", (3, 8, 4), "batch statistics", 124, 112, (3, 3, 3, 4), False),
]


def fusion_id(case):
    chain, sizes, mistake = case[:3]
    return f"{chain}-{'x'.join(map(str, sizes))}-{mistake.replace(' ', '_')}"


@pytest.mark.parametrize(
    ("chain", "sizes", "mistake", "original", "fused", "kernel", "same"),
    FUSIONS,
    ids=[fusion_id(c) for c in FUSIONS],
)
def test_fusion_matches_keras(chain, sizes, mistake, original, fused, kernel, same):
    result = explorer.fusion_result(chain, *sizes, mistake=mistake)
    assert (result.original_params, result.fused_params) == (original, fused)
    assert result.kernel_shape == kernel
    assert result.same_function is same
    assert result.error is None
    # the ground truth: Keras builds both models with the same weights, counts, runs them
    keras_original, keras_fused = explorer.keras_models(result)
    assert keras_original.count_params() == original
    assert keras_fused.count_params() == fused
    x = explorer.fixed_batch(result)
    want = keras_original(x, training=False).numpy()
    got = keras_fused(x, training=False).numpy()
    difference = float(np.max(np.abs(got - want)))
    assert tuple(keras_fused.output.shape) == result.output_shape
    if same:
        assert difference <= explorer.ROUNDING
    else:
        assert difference == pytest.approx(result.max_difference, rel=1e-3)
        assert difference > 100 * explorer.ROUNDING


@pytest.mark.parametrize(
    ("sizes", "pattern"),
    [
        ((4, 8, 3), r"^ValueError: matmul: Input operand 1 has a mismatch"),  # numpy refuses
        ((4, 8, 4), r"^ValueError: Layer fused weight shape \(4, 4\) is not compatible"),  # Keras
    ],
)
def test_kernels_in_the_other_order_are_refused(sizes, pattern):
    result = explorer.fusion_result("linear", *sizes, mistake="kernels in the other order")
    assert result.error is not None
    assert re.search(pattern, result.error)
    assert result.max_difference is None and not result.same_function
    assert "W1 @ W2" in result.cause
    assert explorer.result_words(result).startswith("No fused layer: ValueError")


def test_fusing_across_a_relu_is_invalid_and_says_why():
    result = explorer.fusion_result("activation", 4, 8, 3)
    assert not result.valid
    assert "not valid across an activation" in result.cause
    assert "ReLU is not linear" in result.cause
    assert explorer.result_words(result).startswith("Fusion not valid: 4×8×3 across a ReLU")


def test_batchnorm_fold_holds_in_inference_only():
    result = explorer.fusion_result("conv_bn", 3, 8, 4)
    original, fused = explorer.keras_models(result)
    x = explorer.fixed_batch(result)
    in_training = np.max(np.abs(original(x, training=True).numpy() - fused(x).numpy()))
    assert in_training > 0.1  # training mode normalises with the batch's own statistics
    assert "inference only" in result.cause


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"chain": "dense"}, "chain must be one of"),
        ({"mistake": "epsilon left out"}, "for linear, mistake must be one of"),
        ({"inputs": 0}, "sizes must be integers from 1 to 64"),
        ({"hidden": 2.5}, "sizes must be integers from 1 to 64"),
    ],
)
def test_bad_arguments_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        explorer.fusion_result(**kwargs)


def test_difference_text_is_the_same_on_every_machine():
    assert explorer.fusion_result().difference_text() == "below 0.0001 (float32 rounding only)"
    assert explorer.fusion_result("activation").difference_text() == "1.5"


def test_draw_names_the_three_matrices_and_reuses_its_figure():
    figure = explorer.draw(explorer.fusion_result())
    ax = figure.axes[0]
    assert [image.get_gid() for image in ax.images] == ["W1", "W2", "W1 @ W2"]
    assert ax.images[2].get_array().shape == (4, 3)
    again = explorer.draw(explorer.fusion_result("conv_bn", 3, 8, 4), figure=figure)
    assert again is figure and len(figure.axes) == 1
    assert [image.get_gid() for image in ax.images] == ["conv kernel", "scale", "folded kernel"]
    assert ax.images[0].get_array().shape == (4, 27)  # one row per filter
    assert not ax.lines  # nothing crossed out: the fold is valid
    # each filter's row of the kernel, its scale and its folded row line up
    rows = {tuple(round(y, 6) for y in image.get_extent()[2:]) for image in ax.images}
    assert len(rows) == 1, rows


def test_draw_crosses_out_an_invalid_fusion():
    figure = explorer.draw(explorer.fusion_result("activation"))
    assert len(figure.axes[0].lines) == 2
    assert any(t.get_text() == "≠" for t in figure.axes[0].texts)


# (control changes, result label, words in the explanation)
WIDGET = [
    ({}, "Fused: 67 → 15 parameters, kernel 4×3, same outputs", "x @ (W1 @ W2)"),
    (
        {"chain": "activation"},
        "Fusion not valid: 4×8×3 across a ReLU, outputs differ by up to 1.5",
        "ReLU is not linear",
    ),
    (
        {"mistake": "bias forgotten"},
        "Wrong fusion (bias forgotten): outputs differ by up to 0.37",
        "b1 @ W2 + b2",
    ),
    (
        {"chain": "parallel"},
        "Fused: 55 → 55 parameters, kernel 4×11, same outputs",
        "the Concatenate goes away",
    ),
    (
        {"chain": "conv_bn"},
        "Fused: 120 → 111 parameters, kernel 3×3×4×3, same outputs",
        "inference only",
    ),
]


@pytest.mark.parametrize(("change", "label", "words"), WIDGET)
def test_widget_shows_the_result_of_its_controls(change, label, words):
    widget = explorer.FusionExplorer()
    for name, value in change.items():
        widget.controls[name].value = value
    assert widget.result_label.value == label
    assert words in widget.explanation.value
    assert "ckl-result" in widget.result_label._dom_classes
    assert "largest output difference" in widget.counts.value
    assert widget.image.svg.lstrip().startswith("<?xml")


def test_mistakes_follow_the_chain():
    widget = explorer.FusionExplorer()
    widget.controls["mistake"].value = "bias forgotten"
    widget.controls["chain"].value = "conv_bn"
    assert tuple(widget.controls["mistake"].options) == explorer.MISTAKES["conv_bn"]
    assert widget.controls["mistake"].value == "none"
    assert widget.controls["hidden"].layout.display == "none"
    assert widget.controls["outputs"].description == "filters:"
    widget.controls["chain"].value = "parallel"
    assert widget.controls["mistake"].value == "none"
    assert widget.controls["hidden"].layout.display is None


def test_one_control_change_redraws_once_and_changes_the_picture():
    widget = explorer.FusionExplorer()
    before, image = widget.redraws, widget.image.svg
    widget.controls["outputs"].value = 5
    assert widget.redraws == before + 1
    assert widget.image.svg != image


def test_docstring_examples_hold():
    assert doctest.testmod(explorer).failed == 0
