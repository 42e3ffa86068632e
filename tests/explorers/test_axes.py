"""explorers.axes: shapes read from text, axes named in words."""

import pytest

from explorers.axes import axis_choices, describe_axis, differing_axes, parse_shape, shape_text


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("16,16,8", (16, 16, 8)),
        ("(16, 16, 8)", (16, 16, 8)),
        (" 4 ", (4,)),
        ("(4,)", (4,)),
        ("None, 8", (None, 8)),
        ("?,8", (None, 8)),
        ("16,16,8,", (16, 16, 8)),
    ],
)
def test_parse_shape(text, shape):
    assert parse_shape(text) == shape


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "cannot read"),
        ("16,,8", "cannot read"),
        ("0,4", "cannot read"),
        ("-1", "cannot read"),
        ("a,b", "cannot read"),
        ("1,2,3,4,5", "has 5 axes"),
    ],
)
def test_parse_shape_says_how_to_write_a_shape(text, message):
    with pytest.raises(ValueError, match=message):
        parse_shape(text)


@pytest.mark.parametrize(
    ("axis", "rank", "words"),
    [
        (0, 4, "axis 0 (the batch axis)"),
        (3, 4, "axis 3 (channels)"),
        (1, 4, "axis 1 (height)"),
        (1, 3, "axis 1 (steps)"),
        (1, 2, "axis 1 (features)"),
        (2, 6, "axis 2"),
        (5, 6, "axis 5 (channels)"),
    ],
)
def test_describe_axis(axis, rank, words):
    assert describe_axis(axis, rank) == words


def test_axis_choices_cover_every_axis_once():
    values = [value for _, value in axis_choices(4)]
    assert sorted(values) == list(range(-4, 4))
    assert dict((v, k) for k, v in axis_choices(4))[-1] == "-1 = axis 3 (channels)"


def test_shape_text_and_differing_axes():
    assert shape_text((None,)) == "(None,)"
    assert differing_axes([(None, 16, 16, 8), (None, 14, 16, 4)]) == [1, 3]
    assert differing_axes([(None, None, 8), (None, 5, 8)]) == []
