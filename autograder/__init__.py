"""Checks for the course's exercises, and feedback a learner can act on.

A test cell in an exercise reads like this::

    import autograder as ag

    model = ag.build(build_two_branch_model)       # the learner's function
    ag.check_inputs(model, [(None, 4), (None, 6)])
    ag.check_counts(model, trainable=113)
    ag.check_outputs(model, x, expected)           # expected from the model's weights
    ag.passed("Two branches, one head")

In the hidden part, `ag.expect(model, reference)` registers the task's architecture:
a failed check then explains the first structural difference (`autograder.structure`),
and `with ag.chosen_weights(model, inputs=x):` compares outputs on weights the check
chooses (every pre-activation of both signs on `x`), so grading does not depend on the
learner's initial weights. A topic's own checks are `ag.<topic>`, the assignment's
name without its number (`ag.grafting_networks.check_cut(...)`).

Every failed check raises CheckFailed (an AssertionError) whose message says
what was expected, what was received, the likely cause and the next step.

In a notebook kernel, importing this package imports Keras at once, with
TensorFlow's start-up log silenced (so the `import keras` after it is
quiet), and makes IPython show a failed check as its message alone. Anywhere
else (the class-grading command, whose workers never need Keras) the checks
load on first use.
"""

from __future__ import annotations

import importlib
import sys

from . import quiet  # noqa: F401 -- sets TF_CPP_MIN_LOG_LEVEL before anyone imports TensorFlow
from .feedback import CheckFailed, fail, install_ipython_handler, passed

# public name -> (module, attribute); attribute None means the module itself
_LAZY = {
    "keras": (".quiet", "import_keras"),
    "ref": (".reference", None),
    "training": (".training", None),
    # one module per topic, named after its assignment (without the number)
    "concatenation": (".concatenation", None),
    "elementwise_merges": (".elementwise_merges", None),
    "custom_weighted_layers": (".custom_weighted_layers", None),
    "reuse_vs_duplication": (".reuse_vs_duplication", None),
    "grafting_networks": (".grafting_networks", None),
    "fusing_layers": (".fusing_layers", None),
    "build": (".learner", "model"),
    "call": (".learner", "call"),
    "check_contains": (".identity", "check_contains"),
    "check_independent": (".identity", "check_independent"),
    "check_is": (".identity", "check_is"),
    "check_shared": (".identity", "check_shared"),
    "find_layer": (".layers", "find_layer"),
    "find_layers": (".layers", "find_layers"),
    "run": (".outputs", "run"),
    "check_outputs": (".outputs", "check_outputs"),
    "fixed_inputs": (".outputs", "fixed_inputs"),
    "check_counts": (".parameters", "check_counts"),
    "counts": (".parameters", "counts"),
    "check_inputs": (".shapes", "check_inputs"),
    "check_output": (".shapes", "check_output"),
    "structure": (".structure", None),
    "expect": (".architecture", "expect"),
    "architecture": (".architecture", None),  # a module you call: ag.architecture(text)
    "check_architecture": (".architecture", "check_architecture"),
    "chosen_weights": (".outputs", "chosen_weights"),
    "context": (".keras_errors", "set_context"),
}

__all__ = ["CheckFailed", "fail", "passed", *_LAZY]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'autograder' has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name, __name__)
    value = module if attribute is None else getattr(module, attribute)
    if name == "keras":
        value = value()
    globals()[name] = value
    return value


def load_all() -> None:
    """Import Keras (quietly) and every check now."""
    for name in _LAZY:
        __getattr__(name)


def in_kernel() -> None:
    """Ready a notebook kernel: every check loaded, IPython's handler for failed checks, and
    the integrity snapshot (what is genuine, before learner code). A warm kernel forked from
    the grading template (autograder.sandbox.template) calls it once its shell exists."""
    load_all()
    install_ipython_handler()
    from . import output

    output.install()  # a grading kernel prints within what the grader keeps
    from . import integrity  # grading security (issue 11)

    integrity.snapshot()


if "ipykernel" in sys.modules:
    in_kernel()
