"""Topic 2's own words: the misconceptions of element-wise merges that deserve more than structure.

The test cells of `02_elementwise_merges` state each task's architecture
(`ag.architecture`) and check it on the learner's weights in the visible part; most
mistakes are then named by the mechanism that produced the output (an activation, a merge
operation, the order of a concatenation). These tables add the words a named
misconception deserves, keyed by what the checks measure:

- `COUNTS[task]` for `check_counts(causes=...)`: a parameter count that only one
  misconception gives (the layer sizes say it before any output is computed);
- `NOTES[task]` for `check_architecture(notes=...)`: a single change to the task's
  description (`architecture.mutations`), e.g. `Add` where the ensemble asks for `Average`;
- `KNOWN[task]` for `check_architecture(known=...)`: another architecture, stated like the
  task's, that a named misconception builds — one that no single change reaches (the
  members' logits averaged, then one softmax).

Nothing here is secret: each entry describes a wrong model in the words of the task's
statement.
"""

from __future__ import annotations

from .architecture import architecture
from .feedback import fail
from .outputs import run

# ------------------------------------------------------------------- the batch axis


def check_batch_axis(model, *, inputs, next_step: str) -> None:
    """The model keeps one output row per example: no merge or mean ran along the batch.

    A merge written with `keras.ops` (a mean of stacked members, a `Dot(axes=0)`, a sum over
    axis 0) can combine the examples of a batch instead of the tensors: the symbolic output
    then has a fixed first axis, and on data it has another number of rows than the batch.
    The shape checks would see only a wrong shape; this check names the mechanism.

    Args:
        model: the learner's model.
        inputs: a batch (an array, or a list in the order of the model's inputs).
        next_step: the task's own way of merging along the features.
    """
    __tracebackhide__ = True
    batch = len(inputs[0] if isinstance(inputs, list | tuple) else inputs)
    outputs = getattr(model, "outputs", None) or []
    fixed = [tuple(t.shape) for t in outputs if not len(t.shape) or t.shape[0] is not None]
    rows = None
    if fixed:
        received = f"an output of shape {fixed[0]}, whose first axis is fixed"
    else:
        out = run(model, inputs)
        arrays = list(out.values()) if isinstance(out, dict) else out
        arrays = arrays if isinstance(arrays, list | tuple) else [arrays]
        counts = [len(o) if o.ndim else 0 for o in arrays]
        rows = next((r for r in counts if r != batch), None)
        if rows is None:
            return
        received = f"{rows} rows for a batch of {batch}"
    if rows and rows % batch == 0:  # more rows than examples: tensors joined along axis 0
        cause = (
            f"tensors were joined along the batch axis (axis 0): the output stacks the rows of "
            f"{rows // batch} tensors, one after the other, where each example needs one row."
        )
    else:
        cause = (
            "your model combines the examples of a batch with each other: an operation ran "
            "along the batch axis (axis 0 of a layer's output; axis 1 once tensors are stacked "
            "with keras.ops.stack, whose new axis 0 holds them), so the batch axis is gone."
        )
    fail(
        "The batch axis",
        f"one output row per example (a batch of {batch} gives {batch} rows)",
        received,
        cause,
        next_step,
    )


# ------------------------------------------------------------------------ count tables

COUNTS = {
    "residual_block": {
        6819: (
            "the main branch and the shortcut were concatenated, not added: the head sees "
            "16 + 16 = 32 values instead of 16.",
            "merge them with keras.layers.Add()([branch, shortcut]) (or branch + shortcut).",
        ),
        7219: (
            "the projection was applied to the main branch (16 → 128 values) instead of the "
            "shortcut: the sum is 128 wide, so the head sees 128 values instead of 16.",
            "project the shortcut: Dense(16) on the flattened input, then Add it to the branch.",
        ),
        5091: (
            "the flattened input was concatenated with the branch instead of projected and "
            "added: the head sees 128 + 16 = 144 values.",
            "project the flattened input with Dense(16), then Add it to the branch.",
        ),
    },
    "gated_merge": {
        165: (
            "the gate has 1 unit, not 6. Multiply accepted it without an error because Keras "
            "repeats a size-1 axis (broadcasting): one number now scales all 6 features at once.",
            'give the gate one unit per feature: Dense(6, activation="sigmoid").',
        ),
        170: (
            "the gate reads the context alone (4 values), as in the lesson's gate; this "
            "task's gate reads the signal and the context side by side (24 values).",
            "concatenate [signal, context] and give the result to the gate's Dense(6).",
        ),
        266: (
            "the gate reads the signal alone (20 values); it must also see the context "
            "(24 values in all).",
            "concatenate [signal, context] and give the result to the gate's Dense(6).",
        ),
        302: (
            "the features and the gate were concatenated, not multiplied: the head sees "
            "6 + 6 = 12 values instead of 6.",
            "merge them with keras.layers.Multiply()([features, gate]) (or features * gate).",
        ),
        640: (
            "the gate has 20 units and multiplies the raw signal before the features layer: "
            "it gates the 20 inputs, not the 6 features.",
            "compute the features first, then multiply them by a 6-unit gate.",
        ),
    },
    "averaging_ensemble": {
        118: (
            "both members are small networks (Dense(5) then Dense(4)); member 2 is a linear "
            "classifier, one Dense(4) straight on the input.",
            'make member 2 a single Dense(4, activation="softmax") on the input.',
        ),
        83: (
            "the linear member reads the small network's hidden layer (5 values), not the "
            "input, so it is no longer a member of its own.",
            'call member 2\'s Dense(4, activation="softmax") on the input itself.',
        ),
    },
}

# ------------------------------------------------- single changes that a lesson names

NOTES = {
    "residual_block": {
        ("activation", "projection", "relu"): (
            "the projection has an activation (a relu): a shortcut only changes the width, "
            "so its Dense(16) stays linear.",
            "remove the activation from the projection's Dense(16).",
        ),
        ("activation", "branch", "relu"): (
            "the branch's Dense(16) has a relu: in a residual block the activation comes "
            "after the addition, not before it.",
            "remove the activation from the branch's Dense(16); keep the ReLU after Add.",
        ),
        ("activation", "merged", "linear"): (
            "the sum reaches the head without its ReLU: the block's activation comes after "
            "the addition.",
            'apply a ReLU to the output of Add (keras.layers.Activation("relu"), '
            "keras.layers.ReLU() or keras.ops.relu all do).",
        ),
    },
    "gated_merge": {
        ("activation", "gate", "linear"): (
            "the gate has no sigmoid: its values are not between 0 and 1, so it can flip "
            "and amplify the features instead of letting a share of each one through.",
            'give the gate activation="sigmoid".',
        ),
        ("activation", "gate", "softmax"): (
            "the gate has a softmax: its 6 values share one unit among the features (they "
            "sum to 1), so opening one feature closes the others; a gate lets each feature "
            "through on its own, between 0 and 1.",
            'give the gate activation="sigmoid" (one independent value per feature).',
        ),
        ("merge", "gated", "Add"): (
            "the gate was added to the features (Add) instead of multiplying them: a gate "
            "lets through a share of each feature, from none (0) to all of it (1).",
            "merge them with keras.layers.Multiply()([features, gate]) (or features * gate).",
        ),
        ("order", "both", ("context", "signal")): (
            "the gate's inputs were concatenated as [context, signal], so the weights the "
            "gate keeps for the signal read the context.",
            "concatenate [signal, context], in that order, before the gate.",
        ),
        ("activation", "features", "linear"): (
            'the features have no activation: their Dense(6) must use activation="tanh".',
            'add activation="tanh" to the features layer.',
        ),
    },
    "averaging_ensemble": {
        ("merge", "ensemble", "Add"): (
            "the outputs are twice the average: Add sums the members' probabilities, so "
            "each row sums to 2 instead of 1.",
            "merge the members with keras.layers.Average() (or add them and divide by 2).",
        ),
        ("merge", "ensemble", "Maximum"): (
            "the ensemble keeps, class by class, the larger of the members' probabilities "
            "(Maximum): its rows sum to more than 1, so they are no longer probabilities.",
            "merge the members with keras.layers.Average() (or add them and divide by 2).",
        ),
        ("activations", ("network", "linear"), "linear"): (
            "the members output logits, not probabilities: their Dense(4) layers have no "
            "softmax, so the ensemble averages scores that do not sum to 1.",
            'give each member\'s Dense(4) activation="softmax", then Average them.',
        ),
        ("activation", "ensemble", "softmax"): (
            "a softmax was applied to the average of the members' probabilities: the average "
            "already sums to 1, and a second softmax flattens it towards 1/4 each.",
            "return the Average of the members as it is, with no activation after it.",
        ),
    },
}

# ------------------------------------ named misconceptions that no single change reaches

KNOWN = {
    "residual_block": {},
    "gated_merge": {},
    "averaging_ensemble": {
        "the logits averaged, then one softmax": (
            architecture("""
                inputs = Input(6)
                hidden = Dense(5, "relu")(inputs)
                network = Dense(4)(hidden)
                linear = Dense(4)(inputs)
                averaged = Average()(network, linear)
                ensemble = Activation("softmax")(averaged)
            """),
            "the members' logits were averaged before the softmax: the ensemble must "
            "average the members' probabilities, which is not the same.",
            'give each member its own Dense(4, activation="softmax"), then Average them.',
        ),
    },
}
