"""Sizes a learner's layer read from `input_shape` in build(), where the task's size differs.

A custom layer's `build(input_shape)` may make a variable whose size is read from the
shape of what the layer is first called on — `input_shape[-1]`, `input_shape[1]`,
`input_shape[0][-1]` — where the size the task asks for is another: a vocabulary, a
number of units, given to `__init__`. Nothing raises: the layer computes, only with
another width. `wrong_size(model, got, want)` reads each of the learner's layers (its
class written in a notebook cell): the `add_weight` calls of its build(), the shape its
build() received (Keras keeps it), and its variables; a size read from `input_shape`
that equals the wrong size the check measured (`got`), where the task's is `want`, is
named with the expression that read it, the shape it was read from, and the attribute
of the layer that holds the task's size, if one does.
"""

from __future__ import annotations

import ast
import linecache

from .failure import Explanation
from .frames import in_cell
from .models import all_layers
from .raised import _assigned, _chain, _follow, _shape_text, _tree


def _build_of(layer) -> ast.FunctionDef | None:
    """The AST of the layer's build(), when its class was written in a notebook cell."""
    build = getattr(type(layer), "build", None)
    code = getattr(build, "__code__", None)
    if code is None or not in_cell(code.co_filename):
        return None
    tree = _tree(linecache.getlines(code.co_filename))
    for node in ast.walk(tree) if tree else ():
        if (
            isinstance(node, ast.FunctionDef)
            and node.name == "build"
            and node.lineno <= code.co_firstlineno + 2
            and (node.end_lineno or 0) >= code.co_firstlineno
        ):
            return node
    return None


def _built_shape(layer):
    shapes = getattr(layer, "_build_shapes_dict", None) or {}
    return next(iter(shapes.values()), None)


def reads(layer) -> list[dict]:
    """Each size of a variable made in the layer's build() that was read from input_shape:
    the variable's attribute, its shape expression, the size's expression, its value."""
    build = _build_of(layer)
    if build is None or len(build.args.args) < 2:
        return []
    param = build.args.args[1].arg
    received = _built_shape(layer)
    if received is None:
        return []
    found = []
    for node in ast.walk(build):
        if not (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Attribute)
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "attr", "") == "add_weight"
        ):
            continue
        attr = node.targets[0].attr
        call = node.value
        shape = next((k.value for k in call.keywords if k.arg == "shape"), None)
        if shape is None and call.args:
            shape = call.args[0]
        variable = getattr(layer, attr, None)
        if shape is None or not hasattr(variable, "shape"):
            continue
        sizes = tuple(variable.shape)
        elements = shape.elts if isinstance(shape, ast.Tuple | ast.List) else []
        if len(elements) != len(sizes):
            continue
        for i, element in enumerate(elements):
            said = ast.unparse(element)
            if isinstance(element, ast.Name):
                source = _assigned(build, element.id, node.lineno)
                if source is not None:
                    said = f"{element.id} = {ast.unparse(source)}"
                    element = source
            chain = _chain(element)
            if chain is None or chain[0] != param:
                continue
            value = _follow({param: received}, *chain)
            if value != sizes[i]:
                continue
            found.append(
                {
                    "attr": attr,
                    "shape": ast.unparse(shape),
                    "sizes": sizes,
                    "position": i,
                    "said": said,
                    "indices": chain[1],
                    "value": value,
                    "param": param,
                    "received": received,
                }
            )
    return found


def _holders(layer, size: int) -> list[str]:
    """The layer's own attributes that hold the number `size` (self.vocabulary, say)."""
    return sorted(
        name
        for name, value in vars(layer).items()
        if not name.startswith("_")
        and isinstance(value, int)
        and not isinstance(value, bool)
        and value == size
    )


def wrong_size(model, got: int | None, want: int | None) -> Explanation | None:
    """A size read from input_shape in a learner's build() that gives the wrong `got`
    where the task asks for `want`; None when no such read explains it."""
    if got is None or want is None or got == want:
        return None
    for layer in all_layers(model):
        found = [r for r in reads(layer) if r["value"] == got]
        if not found:
            continue
        # a kernel's first size is the width that arrives, rightly read from input_shape:
        # the size that makes the output is another one
        read = min(found, key=lambda r: r["position"] == 0 and len(r["sizes"]) >= 2)
        received = read["received"]
        listed = bool(received) and all(isinstance(s, list | tuple) for s in received)
        if listed and len(read["indices"]) == 1:
            return None  # a whole shape, not a size: raised's words
        axis = read["indices"][-1] if read["indices"] else None
        shape = received[read["indices"][0]] if listed and len(read["indices"]) > 1 else received
        rank = len(shape) if isinstance(shape, list | tuple) else 0
        where = (
            "its last axis"
            if rank and axis is not None and axis % rank == rank - 1
            else f"axis {axis % rank if rank and axis is not None else axis}"
        )
        made, seen = [], set()
        for r in sorted(found, key=lambda r: r is not read):
            if r["attr"] not in seen:
                seen.add(r["attr"])
                made.append(f"self.{r['attr']} with shape={r['shape']}, {_shape_text(r['sizes'])}")
        nth = ("first", "second", "third", "fourth")[min(read["position"], 3)]
        holders = _holders(layer, want)
        held = (
            f"; the layer holds {want} as self.{holders[0]}, which build() does not use there"
            if holders
            else ""
        )
        return Explanation(
            f"{type(layer).__name__}.build() makes {' and '.join(made)}: the size "
            f"`{read['said']}` (self.{read['attr']}'s {nth}) is read from {read['param']}, the "
            "shape of what the layer is first called on, "
            f"{_shape_text(shape) if rank else shape}: {where} is {got}, where the task's size "
            f"is {want}, so the output has {got} value{'s' * (got != 1)}, not {want}{held}.",
            (
                f"make that size self.{holders[0]}: "
                if holders
                else f"make that size {want}, the task's, from an argument of the layer: "
            )
            + f"{read['param']} tells the sizes of what arrives, while a size the layer must "
            "produce (a vocabulary, a number of units) is given to __init__ and stored on self.",
        )
    return None
