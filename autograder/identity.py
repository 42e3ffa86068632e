"""Weight identity: which variables are the same object across layers and models (a judge).

Sharing in Keras is object identity: one layer instance called twice owns one
kernel, used twice. Copies (`set_weights`, `clone_model`) make new variables.
These checks compare variables with `is`, never by value and never by
counting `model.layers`.
"""

from __future__ import annotations

import numpy as np

from .causes import report
from .failure import Failure
from .models import describe, to_numpy, variables


def _path(variable) -> str:
    return getattr(variable, "path", None) or variable.name


def shared(a, b) -> list[tuple[str, str]]:
    """Pairs (path in a, path in b) of variables that are the same object."""
    ids_b = {id(v): v for v in variables(b)}
    return [(_path(v), _path(ids_b[id(v)])) for v in variables(a) if id(v) in ids_b]


def table(named: dict) -> list[list[str]]:
    """A matrix: for each pair of named layers/models, how many variables they share.

    `table({"left": l, "right": r})[0][1]` is e.g. "2 of 2" or "none".
    """
    names = list(named)
    rows = []
    for i in names:
        row = []
        for j in names:
            n = len(shared(named[i], named[j]))
            total = len(variables(named[i]))
            row.append("all" if i == j else (f"{n} of {total}" if n else "none"))
        rows.append(row)
    return rows


def check_shared(a, b, *, what="the two branches", cause="", next_step="") -> None:
    """Every variable of `a` is the very same object in `b` (and vice versa)."""
    __tracebackhide__ = True
    va, vb = variables(a), variables(b)
    common = shared(a, b)
    if va and len(common) == len(va) == len(vb):
        return
    values_equal = (
        len(va) == len(vb)
        and all(
            x.shape == y.shape and np.array_equal(to_numpy(x), to_numpy(y))
            for x, y in zip(va, vb, strict=True)
        )
        and not common
    )
    report(
        Failure(
            "identity.check_shared",
            f"Shared weights between {what}",
            f"{what} to use the same variables (one layer instance, called twice)",
            f"{len(common)} of {len(va)} variables shared"
            + (" (their values are equal, but they are separate copies)" if values_equal else ""),
            cause=cause,
            next_step=next_step,
            details=_listing(a, b),
            values_equal=values_equal,
        )
    )


def check_independent(a, b, *, what="the two branches", cause="", next_step="") -> None:
    """`a` and `b` have no variable in common."""
    __tracebackhide__ = True
    common = shared(a, b)
    if not common:
        return
    report(
        Failure(
            "identity.check_independent",
            f"Independent weights for {what}",
            f"{what} to have variables of their own (no variable shared)",
            f"{len(common)} shared: " + ", ".join(p for p, _ in common[:4]),
            cause=cause,
            next_step=next_step,
        )
    )


def check_is(found, given, *, what="the given layer", cause="", next_step="") -> None:
    """`found` is the very object `given` (not a copy or a clone of it)."""
    __tracebackhide__ = True
    if found is given:
        return
    copied = bool(shared(found, given)) is False and _same_values(found, given)
    report(
        Failure(
            "identity.check_is",
            f"Using {what} itself",
            f"{describe(given)} itself",
            f"{describe(found)}" + (", a copy with equal values" if copied else ", another object"),
            cause=cause,
            next_step=next_step,
            copied=copied,
        )
    )


def check_contains(model, part, *, what="the given layer", cause="", next_step="") -> None:
    """Every variable of `part` is inside `model` as the same object."""
    __tracebackhide__ = True
    own = variables(part)
    missing = [v for v in own if id(v) not in {id(w) for w in variables(model)}]
    if own and not missing:
        return
    report(
        Failure(
            "identity.check_contains",
            f"{what} inside the model",
            f"the model to use {what} itself ({len(own)} variables)",
            f"{len(own) - len(missing)} of its {len(own)} variables are in the model",
            model=model,
            cause=cause,
            next_step=next_step,
        )
    )


def _same_values(a, b) -> bool:
    va, vb = variables(a), variables(b)
    return len(va) == len(vb) and all(
        x.shape == y.shape and np.array_equal(to_numpy(x), to_numpy(y))
        for x, y in zip(va, vb, strict=True)
    )


def _listing(a, b) -> list[str]:
    ids_b = {id(v) for v in variables(b)}
    return ["Variables of the first, and whether the second holds the same object:"] + [
        f"  {_path(v):<40} {'same object' if id(v) in ids_b else 'separate'}" for v in variables(a)
    ]
