"""Is what the checks rely on still genuine? (grading security, README).

A test cell runs in the same kernel as the learner's code, so that code
could replace a check (`ag.check_counts = lambda *a, **k: None`), NumPy's
comparisons, a builtin, or the IPython shell's error display. When the
course's checks are imported in a kernel, `snapshot()` records what every
function and class of `autograder`, the NumPy and Python functions the
checks use, and the shell's execution and error machinery are. `verify()`
compares them again — before each pass line, and after each call of the
learner's code — and raises `TamperingDetected` naming what changed.
Grading then scores the task 0 and flags the submission for review
(`autograder.sandbox.verdicts`). An honest learner never meets it.

`genuine(obj)` refuses objects that pretend: a learner's Model or Layer
subclass that overrides what the checks read (`__call__`, `weights`,
`count_params`, `__eq__`, ...) rather than what a model defines (`call`,
`build`, `get_config`, ...).

This is detection inside a process the learner controls, so a determined
attacker with full knowledge can still defeat it; that is why grading also
recomputes, outside the kernel, every verdict that can be recomputed from
data (`autograder.sandbox.replay`).
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import sys
import types

import numpy as np

from .failure import fail

# What a learner's subclass of keras.Model / keras.layers.Layer may define.
ALLOWED_OVERRIDES = {
    "__init__",
    "__repr__",
    "__str__",
    "build",
    "call",
    "get_config",
    "from_config",
    "compute_output_shape",
    "compute_output_spec",
    "compute_mask",
    "build_from_config",
    "get_build_config",
    "train_step",
    "test_step",
    "predict_step",
    "compute_loss",
    "compute_metrics",
    "_default_save_signature",
    # what every class body has
    "__module__",
    "__qualname__",
    "__doc__",
    "__dict__",
    "__weakref__",
    "__annotations__",
    "__firstlineno__",
    "__static_attributes__",
    "__classcell__",
    "__orig_bases__",
    "__parameters__",
}
BUILTINS = [
    "isinstance",
    "issubclass",
    "type",
    "len",
    "getattr",
    "hasattr",
    "setattr",
    "print",
    "id",
    "float",
    "int",
    "abs",
    "all",
    "any",
    "round",
    "repr",
    "str",
    "sorted",
    "callable",
    "list",
    "tuple",
    "dict",
    "set",
    "zip",
    "max",
    "min",
    "sum",
    "exec",
    "compile",
    "__import__",
]
NUMPY = [
    "allclose",
    "isclose",
    "asarray",
    "array",
    "array_equal",
    "max",
    "abs",
    "all",
    "any",
    "prod",
    "concatenate",
    "broadcast_to",
    "maximum",
    "exp",
    "tanh",
    "ndarray",
    "float32",
    "errstate",
]
SHELL = [
    "run_cell",
    "run_cell_async",
    "_run_cell",
    "run_ast_nodes",
    "run_code",
    "showtraceback",
    "_showtraceback",
    "showsyntaxerror",
    "set_custom_exc",
    "transform_cell",
    "should_run_async",
]


class TamperingDetected(Exception):
    """Something the checks rely on was replaced; str() says what."""


_ORIGINAL: dict[str, object] = {}


def _digest(obj) -> str:
    code = getattr(obj, "__code__", None)
    if code is None:
        return f"id:{id(obj)}"
    h = hashlib.sha256(code.co_code)
    h.update(repr(code.co_consts).encode())
    h.update(repr(code.co_names).encode())
    return h.hexdigest()


def _course_functions():
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "autograder" or name.startswith("autograder.")):
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType | type) and getattr(
                value, "__module__", ""
            ).startswith("autograder"):
                yield f"{name}.{attr}", value


def _shell():
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython else None


def _state() -> dict[str, object]:
    """Everything watched, by name -> a comparable fingerprint."""
    state: dict[str, object] = {}
    for key, value in _course_functions():
        state[f"course:{key}"] = (id(value), _digest(value))
        if isinstance(value, type):
            for attr, member in vars(value).items():
                if isinstance(member, types.FunctionType):
                    state[f"course:{key}.{attr}"] = (id(member), _digest(member))
    for name in ("autograder",):
        module = sys.modules.get(name)
        state[f"module:{name}"] = (id(module), getattr(module, "__file__", None))
    for name in BUILTINS:
        state[f"builtins.{name}"] = id(getattr(builtins, name, None))
    for name in NUMPY:
        value = getattr(np, name, None)
        state[f"numpy.{name}"] = (id(value), _digest(value))
    state["numpy.ndarray.__eq__"] = id(np.ndarray.__eq__)
    state["module:numpy"] = id(sys.modules.get("numpy"))
    shell = _shell()
    if shell is not None:
        cls = type(shell)
        state["shell.class"] = id(cls)
        for name in SHELL:
            state[f"shell.{name}"] = (id(getattr(cls, name, None)), name in vars(shell))
        state["shell.custom_exceptions"] = tuple(id(e) for e in shell.custom_exceptions)
        state["shell.CustomTB"] = id(getattr(shell, "CustomTB", None))
        state["shell.InteractiveTB"] = id(shell.InteractiveTB)
        for attr in ("ast_transformers", "input_transformers_cleanup", "input_transformers_post"):
            state[f"shell.{attr}"] = tuple(id(t) for t in getattr(shell, attr, []))
        manager = getattr(shell, "input_transformer_manager", None)
        for attr in ("cleanup_transforms", "line_transforms", "token_transformers"):
            state[f"shell.manager.{attr}"] = tuple(id(t) for t in getattr(manager, attr, []))
    keras = sys.modules.get("keras")
    if keras is not None:
        for cls_name in ("Model", "Layer"):
            cls = keras.Model if cls_name == "Model" else keras.layers.Layer
            for attr in ("__call__", "count_params", "__getattribute__", "__setattr__"):
                state[f"keras.{cls_name}.{attr}"] = id(getattr(cls, attr, None))
            for attr in ("weights", "trainable_weights", "non_trainable_weights"):
                state[f"keras.{cls_name}.{attr}"] = id(getattr(cls, attr, None))
    return state


def snapshot() -> None:
    """Record what is genuine now (called once, when the checks are imported in a kernel)."""
    _ORIGINAL.clear()
    _ORIGINAL.update(_state())


def changes() -> list[str]:
    """What differs from the snapshot (empty when nothing, or when no snapshot was taken)."""
    if not _ORIGINAL:
        return []
    now = _state()
    return sorted(k for k, v in _ORIGINAL.items() if now.get(k, "<gone>") != v)


def verify() -> None:
    """Raise TamperingDetected if anything the checks rely on was replaced."""
    __tracebackhide__ = True
    found = changes()
    if found:
        shown = ", ".join(name.split(":", 1)[-1] for name in found[:5])
        more = f" and {len(found) - 5} more" if len(found) > 5 else ""
        raise TamperingDetected(f"replaced since the checks were loaded: {shown}{more}")


def genuine(obj) -> None:
    """Raise TamperingDetected if a learner's Layer/Model subclass overrides what checks read."""
    __tracebackhide__ = True
    keras = sys.modules.get("keras")
    if keras is None or not isinstance(obj, keras.layers.Layer):
        return
    from .models import all_layers  # here, not above: importing integrity must not load Keras

    for layer in [obj, *all_layers(obj)]:
        for cls in type(layer).__mro__:
            if cls.__module__.startswith(("keras", "tensorflow", "builtins")):
                break
            odd = sorted(set(vars(cls)) - ALLOWED_OVERRIDES - _plain_names(cls))
            if odd:
                raise TamperingDetected(
                    f"{cls.__name__} overrides {', '.join(odd[:3])}, which the checks read "
                    "from Keras itself"
                )


@functools.cache
def _reserved() -> frozenset[str]:
    """Names that Keras's Model and Layer (or object) define: a subclass may not override them."""
    keras = sys.modules["keras"]
    return frozenset(dir(keras.Model)) | frozenset(dir(keras.layers.Layer)) | frozenset(dir(object))


def _plain_names(cls) -> set[str]:
    """Names a class body may define freely: data, helpers, its own methods."""
    return {name for name in vars(cls) if name not in _reserved()}


def plain_array(value, what: str = "the model's output") -> np.ndarray:
    """`value` as a genuine numeric NumPy array, or TamperingDetected."""
    __tracebackhide__ = True
    array = np.asarray(value)
    if type(array) is np.ndarray and array.dtype.kind in "fiub":
        return array
    origin = type(value).__module__.split(".")[0]
    if origin in ("numpy", "tensorflow", "keras", "builtins", "jax", "torch"):
        fail(
            "What the model returns",
            "a tensor of numbers",
            f"{type(value).__name__} of dtype {array.dtype}",
            "call() returns something other than the result of its layers (None, a "
            "string, a list of mixed things).",
            "make call() return the output tensor of the last layer.",
        )
    raise TamperingDetected(
        f"{what} is not a tensor of numbers (received {type(value).__name__} "
        f"of dtype {getattr(array, 'dtype', '?')})"
    )
