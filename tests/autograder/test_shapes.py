"""autograder.shapes: input and output shapes (batch axis None)."""

import pytest

import autograder as ag
from autograder.shapes import input_shapes, output_shapes

keras = ag.keras

X4 = ag.fixed_inputs((4,))
X4_4 = ag.fixed_inputs((4,), (4,))

SHAPES = [
    pytest.param(lambda z: z.two_inputs.model, [(None, 4), (None, 6)], [(None, 1)], id="two-in"),
    pytest.param(lambda z: z.conv, [(None, 5, 5, 2)], [(None, 5, 5, 3)], id="conv"),
    pytest.param(lambda z: z.two_outputs, [(None, 4)], [(None, 2), (None, 3)], id="two-out"),
    pytest.param(lambda z: z.subclassed, None, None, id="subclassed-has-none"),
]


@pytest.mark.parametrize(("get", "inputs", "outputs"), SHAPES)
def test_symbolic_shapes(get, inputs, outputs, zoo):
    model = get(zoo)
    assert input_shapes(model) == inputs
    assert output_shapes(model) == outputs


PASSING = [
    pytest.param(
        lambda z: ag.check_inputs(z.two_inputs.model, [(None, 4), (None, 6)]), id="inputs"
    ),
    pytest.param(lambda z: ag.check_inputs(z.conv, [[None, 5, 5, 2]]), id="inputs-as-lists"),
    pytest.param(lambda z: ag.check_inputs(z.subclassed, [(None, 4)]), id="inputs-subclassed"),
    pytest.param(lambda z: ag.check_output(z.two_inputs.model, (None, 1)), id="output"),
    pytest.param(lambda z: ag.check_output(z.conv, (None, 5, 5, 3)), id="output-conv"),
    pytest.param(
        lambda z: ag.check_output(z.relu_dense, (None, 3), inputs=X4), id="output-run-too"
    ),
    pytest.param(
        lambda z: ag.check_output(z.subclassed, (None, 3), inputs=X4), id="output-subclassed"
    ),
    pytest.param(
        lambda z: ag.check_output(z.batch_concat, (None, 3)),
        id="batch-concat-passes-symbolically",
    ),
]


@pytest.mark.parametrize("check", PASSING)
def test_shape_check_passes(check, zoo):
    assert check(zoo) is None


FAILURES = [
    pytest.param(
        lambda z: ag.check_inputs(z.two_inputs.model, [(None, 4), (None, 5)]),
        [
            r"✗ Input shapes",
            r"Expected: +\(None, 4\), \(None, 5\)$",
            r"Received: +\(None, 4\), \(None, 6\)$",
            r"input 2 has shape \(6,\), the task asks for \(5,\)\.",
            r"keras\.Input\(shape=\(5,\)\)",
        ],
        id="inputs-wrong-shape",
    ),
    pytest.param(
        lambda z: ag.check_inputs(z.swapped_inputs, [(None, 4), (None, 6)]),
        [
            r"Received: +\(None, 6\), \(None, 4\)$",
            r"Likely cause: the inputs are there, in another order\.",
            r"pass the inputs to keras\.Model in the order the task gives",
        ],
        id="inputs-swapped",
    ),
    pytest.param(
        lambda z: ag.check_inputs(z.relu_dense, [(None, 4), (None, 6)]),
        [r"Received: +\(None, 4\)$"],
        id="inputs-one-missing",
    ),
    pytest.param(
        lambda z: ag.check_inputs(
            z.swapped_inputs, [(None, 4), (None, 6)], cause="mine", next_step="do this"
        ),
        [r"Likely cause: mine$", r"Next step: +do this$"],
        id="inputs-cause-given",
    ),
    pytest.param(
        lambda z: ag.check_inputs(z.subclassed, [(None, 5, 5, 2)]),
        [r"✗ Running the model on a batch", r"Received: +\w+Error"],
        id="inputs-subclassed-rejects-batch",
    ),
    pytest.param(
        lambda z: ag.check_output(z.conv, (None, 3)),
        [
            r"✗ Output shape",
            r"Expected: +\(None, 3\)$",
            r"Received: +\(None, 5, 5, 3\)$",
            r"rank 4, the task asks for rank 2: a Flatten or a pooling layer is missing",
        ],
        id="output-wrong-rank",
    ),
    pytest.param(
        lambda z: ag.check_output(z.relu_dense, (None, 4)),
        [r"Received: +\(None, 3\)$", r"a layer near the output has another size"],
        id="output-wrong-size",
    ),
    pytest.param(
        lambda z: ag.check_output(z.two_outputs, (None, 2)),
        [r"Received: +\(None, 2\), \(None, 3\)$"],
        id="output-two-outputs",
    ),
    pytest.param(
        lambda z: ag.check_output(z.batch_concat, (None, 3), inputs=X4_4),
        [
            r"Expected: +an output of shape \(2, 3\)",
            r"Received: +an output of shape \(4, 3\)",
            r"came out as 4 rows: .*along axis 0, the batch axis",
            r"Concatenate\(axis=-1\)",
        ],
        id="output-batch-axis-doubled",
    ),
    pytest.param(
        lambda z: ag.check_output(z.subclassed, (None, 5), inputs=X4),
        [r"Received: +\(2, 3\) on a batch of 2"],
        id="output-subclassed-wrong-size",
    ),
    pytest.param(
        lambda z: ag.check_output(z.subclassed, (None, 3, 1), inputs=X4),
        [r"Flatten or a pooling layer"],
        id="output-subclassed-wrong-rank",
    ),
    pytest.param(
        lambda z: ag.check_output(z.subclassed, (None, 5)),
        [r"Output shape"],
        id="output-subclassed-without-inputs",
    ),
]


@pytest.mark.parametrize(("trigger", "patterns"), FAILURES)
def test_shape_check_fails(trigger, patterns, fails):
    fails(trigger, patterns)
