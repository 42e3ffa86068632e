"""Grading is deterministic: the same answer scores the same whatever the random state.

Each answer below runs after an earlier cell drew from the random generators with
another seed (so its initial weights differ); its score and its message must not
change. The sample includes wrong answers whose fixed-input outputs can look right
by chance (a ReLU on a head whose outputs happen to be positive).
"""

from __future__ import annotations

from functools import cache

import harness
import pytest

SAMPLE = [
    ("01_concatenation", "two_branches", "wrong_head_relu"),
    ("01_concatenation", "two_branches", "alt_subclassed"),
    ("01_concatenation", "inception_block", "wrong_head_relu"),
    ("02_elementwise_merges", "gated_merge", "wrong_head_relu"),
    ("02_elementwise_merges", "residual_block", "alt_custom_block"),
    ("02_elementwise_merges", "averaging_ensemble", "wrong_sigmoid_members"),
    # once scored 0 or full depending on the seed (a ReLU head, outputs all positive)
    ("03_custom_weighted_layers", "fusion_model", "wrong_head_relu"),
    ("03_custom_weighted_layers", "fusion_model", "alt_subclassed"),
    ("04_reuse_vs_duplication", "siamese", "wrong_encoder_without_tanh"),
    ("05_grafting_networks", "extractor_head", "wrong_head_without_softmax"),
    # the tasks changed for issue 13: wrong answers told apart by their outputs alone
    ("02_elementwise_merges", "gated_merge", "wrong_gate_inputs_reversed"),
    ("04_reuse_vs_duplication", "siamese", "wrong_reversed_encodings"),
    ("04_reuse_vs_duplication", "tied_language_model", "wrong_softmax_scores"),
    ("06_fusing_layers", "fuse_repvgg", "wrong_no_identity"),
    ("05_grafting_networks", "parallel_merge", "wrong_averaged_patterns"),
]
SEEDS = (0, 1, 2, 3)


@cache
def grader(assignment: str) -> harness.Grader:
    return harness.Grader(harness.load(assignment))


@pytest.mark.parametrize(("assignment", "task", "stem"), SAMPLE, ids=["/".join(s) for s in SAMPLE])
def test_same_score_under_every_seed(assignment, task, stem):
    (variant,) = [v for v in harness.variants(assignment) if v.task == task and v.path.stem == stem]
    outcomes = []
    for seed in SEEDS:
        earlier = f"keras.utils.set_random_seed({seed})\nnp.random.seed({seed})\n"
        outcomes.append(grader(assignment).grade(task, earlier + variant.source))
    assert len({o.points for o in outcomes}) == 1, [o.points for o in outcomes]
    assert len({o.message for o in outcomes}) == 1
    assert (outcomes[0].points == outcomes[0].max_points) == variant.passes
