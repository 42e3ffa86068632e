"""Finding layers and variables inside a learner's model, by what they are.

Checks never rely on layer names or on `model.layers` positions (a layer used
twice appears twice in a Sequential's `layers`); they find layers by type and
by the shapes of their variables, and compare variables by object identity.

The search descends into nested models and into custom layers: every sublayer a
layer tracks (Keras 3 tracks a layer assigned to an attribute, or held in a list
or dict attribute, see `Layer._flatten_layers`) is found, so a residual block or an
encoder written as a custom `Layer` holding Dense sublayers is graded like any
other.

The reading itself (`all_layers`, `variables`, `to_numpy`, `describe`, `find_layers`)
is `autograder.models`, kept here under the same names; `find_layer` is a judge: it
refuses a model without exactly one such layer, and the explaining layer says why.
"""

from __future__ import annotations

from .causes import report
from .failure import Failure
from .models import (  # noqa: F401 -- the reading functions, under their names here
    all_layers,
    describe,
    find_layers,
    has_kernel,
    sublayers,
    to_numpy,
    unique,
    variables,
)


def find_layer(model, cls, *, kernel_shape=None, what=None):
    """The one layer of type `cls` (with that kernel shape) inside `model`.

    Raises CheckFailed naming the candidate layers when there is none, or
    more than one, so the learner sees what the checker looked at.
    """
    __tracebackhide__ = True
    kernel_shape = tuple(kernel_shape) if kernel_shape is not None else None
    candidates = [layer for layer in all_layers(model) if isinstance(layer, cls)]
    matches = [layer for layer in candidates if has_kernel(layer, kernel_shape)]
    wanted = what or f"a {cls.__name__} layer" + (
        f" with kernel {'×'.join(map(str, kernel_shape))}" if kernel_shape else ""
    )
    if len(matches) == 1:
        return matches[0]
    if not matches:
        found = ", ".join(describe(layer) for layer in candidates) or f"no {cls.__name__} layer"
        report(
            Failure("layers.find_layer.none", f"Looking for {wanted}", wanted, found, model=model)
        )
    report(
        Failure(
            "layers.find_layer.several",
            f"Looking for {wanted}",
            f"{wanted}, and only one",
            f"{len(matches)}: " + ", ".join(describe(layer) for layer in matches),
            model=model,
            matches=matches,
        )
    )
