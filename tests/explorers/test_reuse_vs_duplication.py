"""explorers.reuse_vs_duplication: the five ways of making a second branch, the figure, the widget."""

import doctest
import re

import keras
import numpy as np
import pytest

from explorers import reuse_vs_duplication as explorer

# (mode, parameters, (kernel, bias) same object, layers, weights,
#  branches agree before the step, agree after it)
CASES = [
    ("same", 13, (True, True), 5, 4, True, True),
    ("new", 21, (False, False), 6, 6, False, False),
    ("clone", 21, (False, False), 6, 6, False, False),
    ("copy", 21, (False, False), 6, 6, True, False),
    ("tied", 15, (True, False), 6, 5, False, False),
]


@pytest.mark.parametrize(
    ("mode", "params", "same", "layers", "weights", "agree_before", "agree_after"),
    CASES,
    ids=[case[0] for case in CASES],
)
def test_each_mode(mode, params, same, layers, weights, agree_before, agree_after):
    case = explorer.reuse_case(mode)
    assert case.params == params == sum(case.parts)
    assert tuple(row.same_object for row in case.rows) == same
    assert (case.layers, case.weights) == (layers, weights)
    assert (case.agree_before == 0) is agree_before
    assert (case.agree_after == 0) is agree_after
    for row in case.rows:
        assert row.moved_first > 0 and row.moved_second > 0  # every variable trains
        if row.same_object:
            assert row.first == row.second
            assert row.moved_first == row.moved_second
            assert row.equal_before and row.equal_after


@pytest.mark.parametrize(("mode", "params"), [(c[0], c[1]) for c in CASES])
def test_counts_match_keras(mode, params):
    model, first, second, head = explorer.build_model(mode)
    distinct = {id(v): v for layer in (first, second, head) for v in layer.weights}
    assert model.count_params() == params == sum(int(np.prod(v.shape)) for v in distinct.values())
    assert len(model.weights) == len(distinct)  # each variable listed once


def test_copies_agree_before_the_step_and_move_apart():
    case = explorer.reuse_case("copy")
    kernel, bias = case.rows
    assert kernel.equal_before and bias.equal_before
    assert not kernel.equal_after
    assert kernel.identity == "separate, equal values"


def test_a_shared_variable_moves_by_the_sum_of_both_branches_gradients():
    """What the lesson claims: one step on the shared layer = both copies' steps added up.

    The "copy" case starts from the same values as the "same" case (and the
    same head, batch and learning rate), with the two uses split into two
    variables: each copy's change is one branch's contribution.
    """
    shared, copied = explorer.reuse_case("same"), explorer.reuse_case("copy")
    for i in (0, 1):  # kernel, bias
        np.testing.assert_array_equal(shared.values["before"][i], copied.values["before"][i])
        change = shared.values["after"][i] - shared.values["before"][i]
        first = copied.values["after"][i] - copied.values["before"][i]
        second = copied.values["after"][i + 2] - copied.values["before"][i + 2]
        np.testing.assert_allclose(change, first + second, atol=1e-6)


def test_new_and_cloned_layers_start_from_fresh_values():
    for mode in ("new", "clone"):
        kernel, _ = explorer.reuse_case(mode).rows
        assert kernel.identity == "separate, other values"


def test_from_config_keeps_the_name_so_the_explorer_renames_the_clone():
    first = keras.layers.Dense(2, name="first")
    assert keras.layers.Dense.from_config(first.get_config()).name == "first"
    _, first, second, _ = explorer.build_model("clone")
    assert second.name == "second" and second.get_config()["units"] == first.units


def test_tied_layer_reads_the_kernel_at_every_call():
    first = keras.layers.Dense(2)
    first.build((None, 3))
    tied = explorer.TiedDense(first)
    x = np.ones((1, 3), "float32")
    before = np.asarray(tied(x))
    first.kernel.assign(first.kernel + 1.0)
    np.testing.assert_allclose(np.asarray(tied(x)), before + 3.0, atol=1e-6)
    assert any(v is first.kernel for v in tied.weights)


def test_cases_are_computed_once():
    assert explorer.reuse_case("tied") is explorer.reuse_case("tied")
    assert explorer.all_cases() is explorer.all_cases()


@pytest.mark.parametrize("mode", ["shared", "", "Same"])
def test_unknown_mode(mode):
    with pytest.raises(ValueError, match="mode must be one of same, new, clone, copy, tied"):
        explorer.reuse_case(mode)


@pytest.mark.parametrize(
    ("mode", "words"),
    [
        ("same", r"13 parameters = first 8 \+ second 0 of its own \+ head 5"),
        ("tied", r"15 parameters = first 8 \+ second 2 of its own \+ head 5"),
        ("copy", r"21 parameters = first 8 \+ second 8 \+ head 5"),
    ],
)
def test_str_reads_as_a_report(mode, words):
    text = str(explorer.reuse_case(mode))
    assert text.startswith(f"Second branch: {explorer.MODES[mode][0]}")
    assert re.search(words, text)
    assert "Branches on one input:" in text


# --------------------------------------------------------------------------- figure


def patches(figure, prefix):
    return [p for p in figure.axes[0].patches if (p.get_gid() or "").startswith(prefix)]


def gids(figure):
    artists = [*figure.axes[0].patches, *figure.axes[0].texts]
    return {a.get_gid() for a in artists if a.get_gid()}


def texts(figure):
    return " ".join(" ".join(t.get_text().split()) for t in figure.axes[0].texts)


@pytest.mark.parametrize(
    ("mode", "links", "bars"),
    [
        ("same", {"link-kernel", "link-bias"}, 2),
        ("tied", {"link-kernel"}, 3),
        ("copy", set(), 4),
        ("new", set(), 4),
    ],
)
def test_draw_links_one_variable_and_gives_it_one_bar(mode, links, bars):
    figure = explorer.draw(explorer.reuse_case(mode))
    assert {g for g in gids(figure) if g.startswith("link-")} == links
    assert len(patches(figure, "moved-")) == bars
    for grid in ("first-kernel", "first-bias", "second-kernel", "second-bias"):
        assert grid in gids(figure)
    assert figure._repr_mimebundle_()["image/svg+xml"].lstrip().startswith("<?xml")


def cell_colours(figure, gid):
    """The colours of one grid's cells (a collection whose gid is "cells-" + gid)."""
    (cells,) = [c for c in figure.axes[0].collections if c.get_gid() == f"cells-{gid}"]
    return cells.get_facecolor()


@pytest.mark.parametrize(("moment", "equal"), [("before", True), ("after", False)])
def test_draw_shows_copies_equal_before_and_apart_after(moment, equal):
    figure = explorer.draw(explorer.reuse_case("copy"), moment)
    first, second = cell_colours(figure, "first-kernel"), cell_colours(figure, "second-kernel")
    assert len(first) == len(second) == explorer.WIDTH * explorer.UNITS
    assert np.array_equal(first, second) is equal
    assert ("separate, equal" in texts(figure)) is equal
    assert ("branches on one input: equal" in texts(figure)) is equal


def test_draw_names_the_choice_and_the_counts():
    figure = explorer.draw(explorer.reuse_case("clone"), "before")
    assert "Second branch: clone (from_config), before the step" in texts(figure)
    assert "21 parameters (8 + 8 + 5); branches on one input: differ by up to" in texts(figure)
    figure = explorer.draw(explorer.reuse_case("tied"), "after", figure=figure)
    assert "15 parameters (8 + 2 + 5)" in texts(figure)


def test_draw_reuses_the_figure_it_is_given():
    figure = explorer.draw(explorer.reuse_case("same"))
    again = explorer.draw(explorer.reuse_case("copy"), figure=figure)
    assert again is figure and len(figure.axes) == 1
    assert len(patches(figure, "moved-")) == 4


def test_draw_refuses_another_moment():
    with pytest.raises(ValueError, match="moment must be 'before' or 'after'"):
        explorer.draw(explorer.reuse_case("same"), "during")


# --------------------------------------------------------------------------- widget

# (control changes, result label, words in the identity table, words in the explanation)
WIDGET = [
    ({}, "Parameters: 21 parameters = first 8 + second 8 + head 5", "no, two variables", "differ"),
    (
        {"second": "same"},
        "Parameters: 13 parameters = first 8 + second 0 of its own + head 5",
        "<b>yes</b>, one variable",
        "sum of both branches' gradients",
    ),
    ({"moment": "before"}, "Parameters: 21", "yes / no", "Branches before the step:</b> agree"),
    (
        {"second": "tied"},
        "Parameters: 15 parameters = first 8 + second 2 of its own + head 5",
        "(once)",
        "<code>model.weights</code>: 5 variables",
    ),
    ({"second": "clone"}, "Parameters: 21", "no / no", "repeats the settings, not the values"),
]


@pytest.mark.parametrize(("change", "label", "table", "words"), WIDGET)
def test_widget_shows_the_result_of_its_controls(change, label, table, words):
    widget = explorer.ReuseExplorer()
    for name, value in change.items():
        widget.controls[name].value = value  # as a learner would, one control at a time
    assert widget.result_label.value.startswith(label)
    assert table in widget.table.value
    assert words in widget.explanation.value
    assert "ckl-result" in widget.result_label._dom_classes


def test_widget_redraws_once_per_change_and_the_picture_follows():
    widget = explorer.ReuseExplorer()
    image = widget.image.svg
    before = widget.redraws
    widget.controls["moment"].value = "before"
    assert widget.redraws == before + 1
    assert widget.image.svg != image
    assert "set_weights" in widget.code.value


def test_widget_draws_each_picture_once(monkeypatch):
    widget = explorer.ReuseExplorer()
    drawn = []
    monkeypatch.setattr(explorer, "draw", lambda *args, **kw: drawn.append(args[1:]))
    first = widget.image.svg
    widget.controls["second"].value = "same"  # a new picture: drawn
    widget.controls["second"].value = "copy"  # back to the first one: kept
    assert len(drawn) == 1
    assert widget.image.svg == first
    assert set(widget.pictures) == {("copy", "after"), ("same", "after")}


def test_widget_displays_as_its_box():
    bundle = explorer.ReuseExplorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle


def test_docstring_examples_hold():
    assert doctest.testmod(explorer).failed == 0
