"""Topic 1's own words: the misconceptions of concatenation that deserve more than structure.

The test cells of `01_concatenation` state each task's architecture (`ag.architecture`)
and check it on the learner's weights; most mistakes are then named by the mechanism
(an activation, the order of a concatenation, a merge). These tables add the words a
named misconception deserves, keyed by what the checks measure: `COUNTS[task]` for
`check_counts(causes=...)`, `NOTES[task]` for `check_architecture(notes=...)`.
"""

from __future__ import annotations

COUNTS = {
    "two_branches": {
        105: (
            "the head sees 8 features, not 16: the branches were merged element-wise "
            "(Add, Average, ...) instead of concatenated.",
            "merge the two branches with keras.layers.Concatenate()([numbers_branch, text_branch]).",
        ),
        97: (
            "the two inputs were concatenated before any Dense layer, so one Dense(8) "
            "sees all 10 input values and there is only one branch.",
            "give each input its own Dense(8) branch, then concatenate the branches.",
        ),
    },
    "inception_block": {},
    "tiled_metadata": {
        ("trainable", 92): (
            "the metadata went through a trainable layer on its way to the grid "
            "(a Dense layer, say); repeating values needs no weights.",
            "spread the values without weights: Reshape + UpSampling2D, RepeatVector + "
            "Reshape, or keras.ops.broadcast_to all work.",
        ),
    },
}

NOTES = {
    "two_branches": {
        ("order", "merged", ("text_branch", "numbers_branch")): (
            "the branches were concatenated in the other order, so the head's first 8 "
            "weights read the text branch.",
            "concatenate [numbers_branch, text_branch], in that order.",
        ),
        ("activations", ("numbers_branch", "text_branch"), "linear"): (
            'the branches have no activation: each Dense(8) must use activation="relu".',
            'add activation="relu" to both branch layers.',
        ),
    },
    "inception_block": {
        ("order", "stacked", ("branch_b", "branch_a")): (
            "the maps were stacked in the other order, so the head's first 8 input "
            "channels read branch B.",
            "concatenate [branch A, branch B], in that order.",
        ),
    },
    "tiled_metadata": {
        ("order", "stacked", ("metadata_map", "features")): (
            "the metadata map was stacked before the feature map.",
            "concatenate [features, metadata_map], in that order.",
        ),
    },
}
