"""Why a check failed, and what to do next: the explaining layer's entry point.

A judging check hands `report` a `Failure` (autograder.failure): which check refused,
what it expected and received, the model, the learner's exception, the words the test
cell gave (`cause=`, a `causes=` table) and the facts it measured. `report` finds the
likely cause and the next step — from the learner's layer graph against the task's
(`autograder.structure`), from Keras's or NumPy's own error and the learner's line
(`autograder.keras_errors`), from the test cell's tables, and last from a check's
fallback sentence — and the voice (`autograder.feedback.say`) renders and raises.

The explainers are keyed by the check's name ("parameters.check_counts"); a check
without one of its own uses the words the test cell gave, else its entry in `DEFAULTS`.
The fallback sentences (said when nothing more is known) are listed, verbatim, in
benchmarks/feedback_causes.py's GENERIC.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from . import build_sizes, keras_errors, structure
from .failure import Failure
from .feedback import ratio, say
from .keras_errors import Explanation


def report(failure: Failure):
    """Explain `failure` and raise CheckFailed in the course's voice (never returns)."""
    __tracebackhide__ = True
    found = explain(failure)
    say(failure, found.cause, found.next_step)
    raise failure  # say() always raises; should it ever return, the check still fails


def explain(failure: Failure) -> Explanation:
    """The likely cause and the next step of a judge's failure."""
    explainer = EXPLAINERS.get(failure.check)
    if explainer is not None:
        return explainer(failure)
    cause, step = DEFAULTS.get(failure.check, ("", ""))
    return Explanation(failure.cause or cause, failure.next_step or step)


def _structure_or(failure: Failure, cause: str, step: str) -> Explanation:
    """The first structural difference from the task's architecture, else these words."""
    found = structure.explain(failure.model) if failure.model is not None else None
    return found or Explanation(cause, step)


def _error_or(failure: Failure, cause: str, step: str) -> Explanation:
    """Keras's (or NumPy's) error explained in the task's context, else these words."""
    return keras_errors.explain(failure.error) or Explanation(cause, step)


# --------------------------------------------------------------------------- fallbacks
# Checks whose words are the test cell's (`cause=`, `next_step=`) or else these.

DEFAULTS: dict[str, tuple[str, str]] = {
    "parameters.counts": (
        "a Sequential model without an Input has no weights until it is called once.",
        "start it with keras.Input(shape=...) (e.g. keras.Sequential([keras.Input((4,)), ...])).",
    ),
    "shapes.check_output.unbuilt": (
        "a subclassed model has no shapes until it is called on data.",
        "call your model once on a batch (or start it from keras.Input) before this cell.",
    ),
    "identity.check_independent": (
        "the same layer instance was called in both places, so it is one set of weights.",
        "create a new layer (or keras.models.clone_model) for the second one.",
    ),
    "identity.check_is": (
        "a copy or a clone was made; its variables are new ones.",
        "use the object you were given directly.",
    ),
    "identity.check_contains": (
        "the model holds a copy or a clone, whose variables are new ones.",
        "call the given object itself inside the model.",
    ),
    "training.check_frozen": (
        "it is still trainable, or it was frozen after the model was compiled and "
        "trained, so the training step traced earlier still updates it.",
        "set trainable = False before compiling, then compile again.",
    ),
    "training.check_moves": (
        "it is frozen (trainable = False), or it is not connected to the loss.",
        "leave it trainable and make sure it lies on the path to the output.",
    ),
    "outputs.check_outputs.known": ("", ""),
    "learner.call.not_callable": (
        "the name was given a value, not a function.",
        "define it with `def name(...):` in its cell, run that cell, then this one.",
    ),
    "learner.call.not_written": (
        "the exercise cell still holds the placeholder.",
        "replace the placeholder line with your code, then run the cell again.",
    ),
}


# ------------------------------------------------------------------------- parameters

# Differences in a layer's own arguments that a table keyed on counts cannot tell apart
# from a topology mistake of the same count: the structural word wins over the table.
INVISIBLE_IN_COUNTS = {
    "use_bias",
    "trainable",
    "activation",
    "kernel_size",
    "strides",
    "padding",
    "shared",
    "swap",
}


def _counts(failure: Failure) -> Explanation:
    kind = failure.facts["kind"]
    expected, received = failure.facts["expected_count"], failure.facts["received_count"]
    causes = failure.facts.get("causes") or {}
    hint = causes.get((kind, received), causes.get(received))
    if isinstance(hint, str):
        hint = (hint, "")
    found = structure.difference(failure.model)
    if found is not None and (hint is None or found.what in INVISIBLE_IN_COUNTS):
        hint = (found.cause, found.next_step)
    cause, step = hint or _generic_count_cause(kind, expected, received)
    return Explanation(cause, step or "compare your layers with the task, using the table below.")


def _generic_count_cause(kind, expected, received):
    if kind == "non_trainable" and received > expected:
        return (
            "more weights are frozen than the task asks (trainable = False on too much).",
            "freeze only the part the task names.",
        )
    if kind == "non_trainable":
        return (
            "fewer weights are frozen than the task asks.",
            "set trainable = False on the part the task names, then compile again.",
        )
    if (ratio(received, expected) or (0,))[0] == 2:
        return (
            "twice as many: a layer was duplicated where one instance should be shared.",
            "create the layer once and call that same instance on each input.",
        )
    return (
        "a layer has another size than the task asks, or one is missing or extra; "
        "a layer's parameter count follows from the width of what reaches it.",
        "",
    )


# ----------------------------------------------------------------------------- shapes


def _inputs_differ(expected: list, got: list) -> tuple[str, str]:
    """What differs between the task's input shapes and the model's, read from both."""

    def words(shape):
        return "(" + ", ".join(str(d) for d in shape[1:]) + ("," if len(shape) == 2 else "") + ")"

    if len(got) != len(expected):
        total = sum(int(np.prod(s[1:])) for s in expected if None not in s[1:])
        joined = (
            len(got) == 1
            and len(expected) > 1
            and len(got[0]) == 2
            and all(len(s) == 2 for s in expected)
            and got[0][1] == total
        )
        return (
            f"your model has {len(got)} input{'s' * (len(got) != 1)}, the task has "
            f"{len(expected)}"
            + (
                f": one input of {got[0][1]} values is the task's {len(expected)} inputs "
                "joined before the model, so the model cannot treat them separately."
                if joined
                else "."
            ),
            "create "
            + " and ".join(f"keras.Input(shape={words(s)})" for s in expected)
            + " and pass them to keras.Model as a list, in that order.",
        )
    for k, (want, have) in enumerate(zip(expected, got, strict=True)):
        if want == have:
            continue
        which = f"input {k + 1}" if len(expected) > 1 else "the input"
        if len(want) == len(have) and sorted(map(str, want[1:])) == sorted(map(str, have[1:])):
            channels = len(want) == 4 and have[1] == want[-1]
            return (
                f"{which} has the task's sizes in another order, {words(have)} where the task "
                f"asks for {words(want)}"
                + (
                    ": channels first, as PyTorch stores images; Keras is channels-last, "
                    "(height, width, channels)."
                    if channels
                    else "."
                ),
                f"create it with keras.Input(shape={words(want)})"
                + (" and leave data_format at its default." if channels else "."),
            )
        batch = len(have) == len(want) + 1 and have[2:] == want[1:]
        return (
            f"{which} has shape {words(have)}, the task asks for {words(want)}"
            + (": the batch axis is not given to keras.Input." if batch else "."),
            f"create it with keras.Input(shape={words(want)}).",
        )
    return "", ""


def _inputs(failure: Failure) -> Explanation:
    cause, step = failure.cause, failure.next_step
    if failure.facts.get("reordered"):
        cause = cause or "the inputs are there, in another order."
        step = step or "pass the inputs to keras.Model in the order the task gives."
    expected, got = failure.facts.get("expected_shapes"), failure.facts.get("received_shapes")
    if not cause and expected is not None and got is not None:
        cause, step = _inputs_differ(list(expected), list(got))
    return Explanation(
        cause
        or "an input has another shape than the task asks (the batch axis is not given to keras.Input).",
        step or "create each input with keras.Input(shape=...) as the task says.",
    )


def _batch_axis(batch: int) -> Explanation:
    return Explanation(
        f"a batch of {batch} examples came out as {2 * batch} rows: the tensors "
        "were concatenated along axis 0, the batch axis.",
        "concatenate along the feature axis: Concatenate(axis=-1), the default.",
    )


def _last_size(received: str) -> int | None:
    """The last size of the first shape written in a check's 'received' ('(None, 4)' -> 4)."""
    shape = re.search(r"\(([^()]*)\)", received or "")
    sizes = [s.strip() for s in shape[1].split(",") if s.strip()] if shape else []
    return int(sizes[-1]) if sizes and sizes[-1].isdigit() else None


def _output_shape(failure: Failure) -> Explanation:
    """A wrong output shape: the structural difference first, then the cell's words, then a guess."""
    cause, step = failure.cause, failure.next_step
    structural = structure.merge_axis(
        failure.model, failure.facts["expected_shape"]
    ) or structure.explain(failure.model)
    rank, expected = failure.facts.get("rank"), failure.facts["expected_shape"]
    if failure.model is not None and expected:  # a size the learner's build() read: the cause
        structural = (
            build_sizes.wrong_size(failure.model, _last_size(failure.received), expected[-1])
            or structural
        )
    if structural:
        cause, step = structural.cause, structural.next_step
    guess = ""
    if rank is not None and rank != len(expected):
        guess = (
            f"the output has rank {rank}, the task asks for rank {len(expected)}: "
            "a Flatten or a pooling layer is missing or extra."
        )
    return Explanation(
        cause or guess or "a layer near the output has another size than the task asks.",
        step or "print model.output.shape after each change, or read model.summary().",
    )


# ---------------------------------------------------------------------------- outputs


def _run(failure: Failure) -> Explanation:
    return _error_or(
        failure,
        "the model's wiring fails on real data.",
        "call your model on a small batch in a new cell.",
    )


def _outputs_shape(failure: Failure) -> Explanation:
    if failure.facts.get("doubled"):
        return _batch_axis(failure.facts["batch"])
    return _structure_or(
        failure,
        "the model's output has another shape than the task asks.",
        "run ag.check_output first; print model.output.shape and compare it with the task.",
    )


def _outputs_values(failure: Failure) -> Explanation:
    structural = structure.explain(failure.model)
    return Explanation(
        (structural.cause if structural else "")
        or failure.cause
        or "the layers are right but wired differently, or an activation differs.",
        (structural.next_step if structural else "")
        or failure.next_step
        or "check the order of the merge and each layer's activation against the task.",
    )


# ----------------------------------------------------------------------------- layers


def _no_layer(failure: Failure) -> Explanation:
    return _structure_or(
        failure,
        "a layer has another size than the task asks, or is missing; "
        "a kernel's first size is the width of what reaches the layer.",
        "compare each layer's units and input width with the task.",
    )


def _several_layers(failure: Failure) -> Explanation:
    return _structure_or(
        failure,
        "the same kind of layer was created more than once where one was asked for.",
        "create that layer once and call it where it is needed.",
    )


# --------------------------------------------------------------------------- identity


def _shared(failure: Failure) -> Explanation:
    copies = failure.facts.get("values_equal")
    return Explanation(
        failure.cause
        or (
            "set_weights / get_weights copies values once; the variables stay separate "
            "and drift apart as soon as one is trained."
            if copies
            else "separate layer instances were created, each with its own variables."
        ),
        failure.next_step or "create the layer once and call that same instance on both inputs.",
    )


# --------------------------------------------------------------------------- training


def _step(failure: Failure) -> Explanation:
    return _error_or(
        failure,
        "the model cannot be trained as it is.",
        "call model.fit on a small batch in a new cell.",
    )


# ---------------------------------------------------------------------------- learner


def _raised(failure: Failure) -> Explanation:
    return _error_or(
        failure,
        "see the error message and the line it points to.",
        "run the function on its own in a new cell to see the full traceback.",
    )


def _returns(failure: Failure) -> Explanation:
    name, wanted = failure.facts["name"], failure.facts["wanted"]
    if failure.facts["returned_none"]:
        return Explanation(
            "the function ends without `return`.", "end the function with `return model`."
        )
    return Explanation(
        f"the function returns another object than the one asked for "
        f"({failure.facts['returned']}, e.g. a layer's output instead of the model).",
        f"make the last line of {name}() return {wanted}.",
    )


def _argument_replaced(failure: Failure) -> Explanation:
    arg, what = failure.facts["argument"], failure.facts["what"]
    return Explanation(
        f"the function rebuilt or reassigned the layers of {what} (a new kernel "
        "assigned to it, say), so it no longer holds the weights it was given.",
        f"leave {arg} as it is: make new layers or variables for what you build, "
        f"and read {arg} only.",
    )


def _argument_changed(failure: Failure) -> Explanation:
    arg, what = failure.facts["argument"], failure.facts["what"]
    if failure.facts["overwritten"]:
        return Explanation(
            f"the values went the wrong way: {arg}.set_weights(new.get_weights()) "
            f"overwrites {what} with the new object's fresh values, and what it had "
            "learned is lost; the copy must receive the values, not give them.",
            f"copy into the new object: new.set_weights({arg}.get_weights()).",
        )
    if failure.facts.get("moving_only"):
        return Explanation(
            f"only the moving statistics of {what} changed ({failure.facts['variables']}): "
            "BatchNormalization was run in training mode (called with training=True, or fit), "
            "which normalises with the batch's own statistics and moves moving_mean and "
            "moving_variance towards them.",
            "read BatchNormalization's values without running it (bn.get_weights(), "
            "bn.moving_mean), or call it with training=False.",
        )
    if failure.facts.get("written_back"):
        return Explanation(
            f"the values your new model holds were also written into variables of {what} "
            f"({failure.facts['variables']}): an assign (or an in-place edit of a variable's "
            "values) on the original's variable, where only the new model's should change.",
            "compute the new values in NumPy from copies (.numpy().copy(), get_weights()) and "
            "give them to the new model's layers only.",
        )
    return Explanation(
        f"the function changed the values of {what}: it trained it (fit, "
        "train_on_batch), or assigned to its variables (assign, set_weights).",
        f"leave {arg}'s values as they are: read them, copy them, never write them.",
    )


EXPLAINERS: dict[str, Callable[[Failure], Explanation]] = {
    "parameters.check_counts": _counts,
    "shapes.check_inputs": _inputs,
    "shapes.check_output": _output_shape,
    "shapes.check_output.batch_axis": lambda f: _batch_axis(f.facts["batch"]),
    "outputs.run": _run,
    "outputs.check_outputs.shape": _outputs_shape,
    "outputs.check_outputs": _outputs_values,
    "layers.find_layer.none": _no_layer,
    "layers.find_layer.several": _several_layers,
    "identity.check_shared": _shared,
    "training.one_step": _step,
    "learner.call.raised": _raised,
    "learner.call.returns": _returns,
    "learner.call.argument_replaced": _argument_replaced,
    "learner.call.argument_changed": _argument_changed,
}
