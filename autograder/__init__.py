"""Checks for the course's exercises, and feedback a learner can act on.

A test cell in an exercise reads like this::

    import autograder as ag

    model = ag.build(build_two_branch_model)       # the learner's function
    ag.check_inputs(model, [(None, 4), (None, 6)])
    ag.check_counts(model, trainable=113)
    ag.check_outputs(model, x, expected)           # expected from the model's weights
    ag.passed("Two branches, one head")

Every failed check raises CheckFailed (an AssertionError) whose message says
what was expected, what was received, the likely cause and the next step.
Importing this package also keeps TensorFlow's logs and Keras's warnings off
stderr, where nbgrader would count them as a failed test.
"""

from .quiet import import_keras

keras = import_keras()

from . import reference as ref  # noqa: E402
from .feedback import CheckFailed, install_ipython_handler, passed  # noqa: E402
from .identity import check_contains, check_independent, check_is, check_shared  # noqa: E402
from .layers import find_layer  # noqa: E402
from .learner import call  # noqa: E402
from .learner import model as build  # noqa: E402
from .outputs import check_outputs, fixed_inputs  # noqa: E402
from .parameters import check_counts, counts  # noqa: E402
from .shapes import check_inputs, check_output  # noqa: E402

install_ipython_handler()

__all__ = [
    "CheckFailed",
    "build",
    "call",
    "check_contains",
    "check_counts",
    "check_independent",
    "check_inputs",
    "check_is",
    "check_output",
    "check_outputs",
    "check_shared",
    "counts",
    "find_layer",
    "fixed_inputs",
    "passed",
    "ref",
]
