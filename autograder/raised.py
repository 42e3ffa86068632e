"""What the learner's code raised, explained from the exception and the learner's own line.

Keras and NumPy errors raised inside a learner's code (a custom layer's `call()` or
`build()`, a function given a model) name what went wrong in Keras's words: two shapes,
an operation, a property. `read(error)` gathers what the error says and where it
happened — its type, Keras's real message (without the "Exception encountered when
calling …" wrapping), the shapes and sizes it names, the operation, the layer class,
and the learner's innermost line (from the traceback's frames in a notebook cell, see
`autograder.frames`) with the cell's source around it. Each mechanism below reads a
`Raised` and returns a cause and a next step, or None when it does not apply:

- a shape mismatch (matrix product or element-wise): the two shapes, the axis that
  disagrees, and — when the weight multiplied was made by `add_weight` in the same
  cell — which axis of `input_shape` it was made from, or that it is transposed;
- `input_shape` used as one shape in `build()` when the layer receives a list;
- assigning a read-only property of Keras's Layer (`self.weights = ...`, `self.kernel = ...`);
- `super().__init__(**kwargs)` missing from `__init__`;
- a call signature that does not fit (Keras passes a layer's input as one argument;
  the check calls the learner's function with the task's arguments);
- a NumPy function on a symbolic tensor, and a method that reads values (`.numpy()`,
  `.tolist()`, `.item()`) on one — in a function, a layer's call() or a Lambda
  (`values_of_symbolic`: the receiver read from the learner's line);
- a None among an `add_weight` shape's sizes (`none_in_weight_shape`): the size's
  expression read from the learner's build() (through a name assigned before), its
  value from build()'s own `input_shape` — the batch axis, an axis of open length, a
  whole input shape — and the size that was meant;
- a layer that reads one tensor called on a list (a call is not a merge), and a size
  that is None (the batch axis of a symbolic tensor) given to an operation;
- Python's own IndexError, KeyError or a None where a value was expected, on the
  learner's line.

Nothing here matches whole messages: each mechanism parses the parts it needs, so the
same explanation holds for other layers, shapes and names. `keras_errors.explain` tries
its tables first (exact messages with words of their own), then these mechanisms.
"""

from __future__ import annotations

import ast
import linecache
import re
from dataclasses import dataclass, field

from .failure import Explanation
from .frames import in_cell, learner_frames

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_WRAPPED = re.compile(r"Exception encountered when calling (?P<layer>\w+)\.(?P<method>\w+)\(\)")


_COMPREHENSIONS = ("<listcomp>", "<genexpr>", "<dictcomp>", "<setcomp>")


@dataclass
class Raised:
    """What an error says, and where in the learner's code it was raised."""

    kind: str  # the exception's type name
    message: str  # the real error, without ANSI codes or Keras's wrapping
    layer: str = ""  # the class whose method raised ("MatmulWrongAxis"), if known
    method: str = ""  # the learner's innermost function ("call", "build", "build_model")
    line: str = ""  # the learner's innermost line, stripped
    lineno: int = 0
    source: list[str] = field(default_factory=list)  # the cell's source lines
    error: BaseException | None = None  # the exception itself, when there is one

    @property
    def where(self) -> str:
        """'inside MatmulWrongAxis.call()' or 'in build_model()' or ''."""
        if self.layer and self.method:
            return f"inside {self.layer}.{self.method}()"
        if self.layer:
            return f"inside {self.layer}.call()"
        if self.method == "<lambda>":
            return "in the lambda function"
        return f"in {self.method}()" if self.method and self.method != "<module>" else ""

    @property
    def code(self) -> str:
        """' (`return keras.ops.matmul(x, self.w)`)' — the learner's line, if known."""
        return f" (`{self.line}`)" if self.line else ""


def real_message(text: str) -> str:
    """The error's own words: Keras's wrapping and its argument listing left out."""
    text = _ANSI.sub("", text)
    if "Error encountered:" in text:
        text = text.split("Error encountered:", 1)[1]
    elif _WRAPPED.match(text.strip()):
        text = text.strip().split("\n", 1)[1] if "\n" in text.strip() else ""
    return text.split("Arguments received by", 1)[0].strip()


def read(error: BaseException | str) -> Raised:
    """A `Raised` from an exception (or only a message)."""
    text = _ANSI.sub("", str(error))
    wrapped = _WRAPPED.search(text)
    raised = Raised(
        kind=type(error).__name__ if isinstance(error, BaseException) else "",
        message=real_message(text),
        layer=wrapped["layer"] if wrapped else "",
        method=wrapped["method"] if wrapped else "",
    )
    raised.error = error if isinstance(error, BaseException) else None
    frames = learner_frames(error) if isinstance(error, BaseException) else []
    if frames:
        frame = frames[-1]
        # a comprehension's frame is named <listcomp>: the function it sits in speaks
        raised.method = next(
            (f.name for f in reversed(frames) if f.name not in _COMPREHENSIONS), frame.name
        )
        raised.line = (frame.line or "").strip()
        raised.lineno = frame.lineno or 0
        raised.source = linecache.getlines(frame.filename)
        raised.layer = _enclosing_class(raised.source, raised.lineno) or raised.layer
    return raised


def _tree(source: list[str]) -> ast.AST | None:
    try:
        return ast.parse("".join(source))
    except SyntaxError:
        return None


def _enclosing_class(source: list[str], lineno: int) -> str:
    tree = _tree(source)
    for node in ast.walk(tree) if tree else ():
        if isinstance(node, ast.ClassDef) and node.lineno <= lineno <= (node.end_lineno or 0):
            return node.name
    return ""


def weight_shape(raised: Raised, attribute: str) -> str:
    """The source of `shape=` where `self.<attribute> = self.add_weight(...)` in the layer's class."""
    tree = _tree(raised.source)
    for node in ast.walk(tree) if tree else ():
        if not (isinstance(node, ast.ClassDef) and node.name == raised.layer):
            continue
        for assign in ast.walk(node):
            if not (
                isinstance(assign, ast.Assign)
                and any(
                    isinstance(t, ast.Attribute) and t.attr == attribute for t in assign.targets
                )
                and isinstance(assign.value, ast.Call)
                and getattr(assign.value.func, "attr", "") == "add_weight"
            ):
                continue
            call = assign.value
            shape = next((k.value for k in call.keywords if k.arg == "shape"), None)
            if shape is None and call.args:
                shape = call.args[0]
            if shape is not None:
                return ast.unparse(shape)
    return ""


# --------------------------------------------------------------------------- shapes

_SHAPE_PATTERNS = [
    # TensorFlow, symbolic: "Dimensions must be equal, but are 4 and 3 for '{{node MatMul}} ...
    # with input shapes: [?,4], [3,2]."
    re.compile(
        r"Dimensions must be equal, but are (?P<p>\d+) and (?P<q>\d+)"
        r"(?: for '\{\{node (?P<op>\w+)\}\}[^']*')?(?:.*?with input shapes: "
        r"(?P<a>\[[^\]]*\]), (?P<b>\[[^\]]*\]))?",
        re.S,
    ),
    # TensorFlow, eager
    re.compile(r"Matrix size-incompatible: In\[0\]: (?P<a>\[[\d,]+\]), In\[1\]: (?P<b>\[[\d,]+\])"),
    re.compile(
        r"Incompatible shapes: (?P<a>\[[\d,]+\]) vs\. (?P<b>\[[\d,]+\])(?: \[Op:(?P<op>\w+)\])?"
    ),
    # NumPy
    re.compile(
        r"operands could not be broadcast together with shapes (?P<a>\([\d,]*\)) (?P<b>\([\d,]*\))"
    ),
    re.compile(
        r"(?P<op>matmul): Input operand 1 has a mismatch in its core dimension 0.*?"
        r"\(size (?P<q>\d+) is different from (?P<p>\d+)\)",
        re.S,
    ),
]
_PRODUCTS = {"MatMul", "BatchMatMulV2", "BatchMatMul", "matmul", "MklMatMul", "Einsum"}


def _dims(text: str | None) -> tuple:
    if not text:
        return ()
    return tuple(None if d in ("?", "None", "") else int(d) for d in re.findall(r"[?\w]+", text))


def _shape_words(dims: tuple) -> str:
    return "(" + ", ".join("None" if d is None else str(d) for d in dims) + ")"


def _operation(raised: Raised, op: str | None) -> str:
    """'product' for a matrix product, 'element-wise' otherwise (from the op, else the line)."""
    if op:
        return "product" if op in _PRODUCTS or "MatMul" in op else "element-wise"
    if "Matrix size-incompatible" in raised.message:
        return "product"
    if re.search(r"Incompatible shapes|could not be broadcast", raised.message):
        return "element-wise"
    return (
        "product"
        if re.search(r"@|matmul|\bdot\b|tensordot|einsum", raised.line)
        else "element-wise"
    )


def _weight_in_line(raised: Raised) -> str:
    """'w' when the learner's line uses `self.w` made by add_weight in the same class."""
    for name in re.findall(r"self\.(\w+)", raised.line):
        if weight_shape(raised, name):
            return name
    return ""


def shape_mismatch(raised: Raised, context: str | None = None) -> Explanation | None:
    for pattern in _SHAPE_PATTERNS:
        match = pattern.search(raised.message)
        if match:
            break
    else:
        return None
    groups = match.groupdict()
    a, b = _dims(groups.get("a")), _dims(groups.get("b"))
    operation = _operation(raised, groups.get("op"))
    if groups.get("p"):
        sizes = f"{groups['p']} and {groups['q']}"
    else:
        sizes = f"{groups.get('a')} and {groups.get('b')}"
    where = raised.where or "in your code"
    meet = f"{where}, two tensors of incompatible shapes meet ({sizes})"
    weight = _weight_in_line(raised)
    made = weight_shape(raised, weight) if weight else ""
    if operation == "product":
        return _product(raised, meet, a, b, groups, weight, made)
    return _elementwise(raised, meet, a, b, weight, made)


def _product(raised, meet, a, b, groups, weight, made) -> Explanation:
    features = a[-1] if a else (int(groups["p"]) if groups.get("p") else None)
    rows = b[0] if b else (int(groups["q"]) if groups.get("q") else None)
    cause = (
        f"{meet}{raised.code}: a matrix product needs the first tensor's last axis "
        f"({features}) to equal the second's first axis ({rows})"
    )
    step = (
        "print the shapes inside call() (x.shape, each weight's .shape); create the weights "
        "in build() from input_shape[-1] so that they fit what the layer receives."
        if raised.layer
        else "print both operands' shapes just before the product (a.shape, b.shape), and "
        "make the first's last axis match the second's first (transpose or reshape one)."
    )
    if not weight:
        return Explanation(cause + ".", step)
    w = f"self.{weight}"
    cause += f"; {w} was made with shape={made}"
    if len(b) >= 2 and a and b[-1] == features and rows != features:
        return Explanation(
            cause + ": it is transposed, (units, features), where x @ w needs (features, units).",
            f"create {w} in build() with shape=(input_shape[-1], units): its first size is "
            "the width of what the layer receives.",
        )
    if "input_shape[0]" in made.replace(" ", "") and "input_shape[0][" not in made.replace(" ", ""):
        return Explanation(
            cause + ": input_shape[0] is the batch axis (None while the model is built, the "
            "batch size when it runs), not the features.",
            f"make {w}'s first size input_shape[-1], the last axis (the features).",
        )
    if features and rows and features % rows == 0 and features // rows > 1 and "[0][" in made:
        k = features // rows
        return Explanation(
            cause + f": the product reads {k} inputs side by side ({features} = {k} × {rows}) "
            "while the weight was made for one input's width.",
            f"make {w}'s first size the width the product really receives: the sum of the "
            "inputs' last axes (sum(s[-1] for s in input_shape)).",
        )
    held = _held_size(raised, features)
    if "input_shape[-1]" in made.replace(" ", "") and held:
        layer, name = held
        first = next(iter((getattr(layer, "_build_shapes_dict", None) or {}).values()), None)
        was = f" ({first})" if first else ""
        return Explanation(
            cause + f": input_shape is the shape of what the layer was first called on{was}, "
            f"and the tensor multiplied here has {features} features — the size the layer "
            f"holds as self.{name}, which the weight's shape does not use.",
            f"make that size of {w} self.{name}: a size the layer is given stays the same "
            "whatever it is called on, where input_shape follows its first call.",
        )
    if "input_shape[-1]" in made.replace(" ", ""):
        return Explanation(
            cause + f", yet the tensor multiplied has {features} features: it is not the input "
            "that build() was given.",
            f"multiply {w} with the tensor whose shape build() received (print x.shape and "
            f"{w}.shape in call()).",
        )
    return Explanation(
        cause + f": a fixed size, not the {features} features the layer receives.",
        f"compute {w}'s shape in build() from input_shape[-1], the width of what reaches "
        "the layer.",
    )


def _held_size(raised: Raised, size) -> tuple | None:
    """(the learner's layer, the name of its attribute) that holds the whole number `size`."""
    layer = _learner_locals(raised.error).get("self")
    for name, value in vars(layer).items() if hasattr(layer, "__dict__") else ():
        if (
            not name.startswith("_")
            and isinstance(value, int)
            and not isinstance(value, bool)
            and value == size
        ):
            return layer, name
    return None


def _elementwise(raised, meet, a, b, weight, made) -> Explanation:
    axis = ""
    if a and b and len(a) == len(b):
        differ = [
            i for i, (x, y) in enumerate(zip(a, b, strict=True)) if None not in (x, y) and x != y
        ]
        if differ:
            axis = f" on axis {differ[-1]}" + (" (the last)" if differ[-1] == len(a) - 1 else "")
    elif a and b:
        axis = f" on the last axis ({a[-1]} against {b[-1]})"
    cause = (
        f"{meet}{raised.code}: an element-wise operation needs equal shapes (or size 1, "
        f"which is repeated); these differ{axis}"
    )
    if weight:
        w = f"self.{weight}"
        if "input_shape[-1]" in made.replace(" ", "") or "input_shape[0][-1]" in made.replace(
            " ", ""
        ):
            return Explanation(
                cause + f"; {w} was made with shape={made}, so the other tensor is not the "
                "input build() was given.",
                f"print the shapes in call() (each tensor's .shape and {w}.shape) and combine "
                f"{w} with the input it was made for.",
            )
        return Explanation(
            cause + f"; {w} was made with shape={made}, which does not follow the input's shape.",
            f"create {w} in build() from the shape of what it is combined with "
            "(input_shape[-1] for one value per feature, len(input_shape) for one per input).",
        )
    return Explanation(
        cause + ".",
        "print the shapes of the tensors combined there (x.shape for each), and make them "
        "equal first (a Dense projection to one width, or Concatenate to keep both).",
    )


# ------------------------------------------------------------------- input_shape in build()

_NESTED_SHAPE = re.compile(
    r"Cannot convert '(?P<value>.*?)' to a shape\. Found invalid dimension '(?P<dim>\(.*?\))'"
)


def list_input_shape(raised: Raised, context: str | None = None) -> Explanation | None:
    """build() treats input_shape as one shape, when the layer is called on a list of inputs."""
    nested = _NESTED_SHAPE.search(raised.message)
    unpack = re.search(r"(?:too many|not enough) values to unpack", raised.message)
    uses_input_shape = "input_shape" in raised.line
    if not (nested or (unpack and uses_input_shape and raised.method == "build")):
        return None
    if unpack and not nested and "[" in raised.line.split("=")[-1]:
        return None  # unpacking an element of the list, not the list itself
    got = f" — an element is the whole shape {nested['dim']}" if nested else ""
    line = f", `{raised.line}`" if raised.line else ""
    return Explanation(
        f"{raised.where or 'in build()'}{line} reads input_shape as one shape, but the layer "
        "is called on a list of tensors, so build() receives a list of shapes, one per "
        f"input{got}.",
        "read the list: len(input_shape) is the number of inputs and input_shape[0][-1] the "
        "width of each; make the weights from the one the task asks for (one value per "
        "input, or per feature).",
    )


# ----------------------------------------------------------------- read-only properties

_PROPERTY = re.compile(
    r"(?:property '(?P<name>\w+)' of '(?P<cls>\w+)' object has no setter"
    r"|can't set attribute '(?P<name2>\w+)')"
)


def read_only_property(raised: Raised, context: str | None = None) -> Explanation | None:
    """A property of Keras's Layer or Model assigned: inside the learner's class, or from outside."""
    match = _PROPERTY.search(raised.message)
    if not match:
        return None
    name = match["name"] or match["name2"]
    owner = match["cls"] or raised.layer or "the layer"
    assigned = re.search(rf"([\w.\[\]]+)\.{name}\s*=(?!=)", raised.line)
    target = assigned[1] if assigned else "self"
    cause = (
        f"{owner}.{name} is a read-only property that Keras computes itself"
        + (f"; `{raised.line}` assigns to it" if raised.line else "; the code assigns to it")
        + "."
    )
    if target == "self":
        return Explanation(
            cause,
            f"keep your object under a name of your own (e.g. self.my_{name}), and let Keras "
            f"fill {name}: variables made with self.add_weight(...) in build() are listed there.",
        )
    if context == "sharing":
        step = (
            "a layer's variables cannot be handed to another layer: to share them, call the "
            "same layer instance on each input; to tie a transposed kernel, write a layer "
            f"whose call() reads the other layer's variable (keras.ops.transpose(other.{name}))."
        )
    elif context == "copy":
        step = (
            f"copy values, not the variable: build {target} first, then "
            f"{target}.set_weights(original.get_weights()) (or {target}.{name}.assign(value))."
        )
    else:
        step = (
            f"leave {target}.{name} to Keras: change a variable's values with "
            f"{target}.{name}.assign(value), or a layer's with set_weights(...)."
        )
    return Explanation(cause, step)


# ---------------------------------------------------------------------- super().__init__

_NO_SUPER = re.compile(r"In layer '(?P<cls>\w+)', you forgot to call `super\(\)\.__init__\(\)`")


_NO_PRIVATE = re.compile(r"'(?P<cls>\w+)' object has no attribute '_\w+'")


def _init_without_super(source: list[str], cls: str) -> bool:
    """Whether the cell's class `cls` has an __init__ that never calls super().__init__."""
    tree = _tree(source)
    for node in ast.walk(tree) if tree else ():
        if not (isinstance(node, ast.ClassDef) and node.name == cls):
            continue
        for init in node.body:
            if isinstance(init, ast.FunctionDef) and init.name == "__init__":
                return not any(
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "__init__"
                    for call in ast.walk(init)
                )
    return False


def missing_super(raised: Raised, context: str | None = None) -> Explanation | None:
    match = _NO_SUPER.search(raised.message)
    if not match:  # Keras's own check did not run: a private attribute its __init__ sets
        match = _NO_PRIVATE.search(raised.message)
        if not (match and _init_without_super(raised.source, match["cls"])):
            return None
    return Explanation(
        f"{match['cls']}.__init__() does not call super().__init__(**kwargs) before the rest: "
        "Keras sets the layer up there (its name, dtype and the tracking of its variables), "
        "so the layer cannot be called.",
        "write `def __init__(self, ..., **kwargs):` and make `super().__init__(**kwargs)` its "
        "first line.",
    )


# --------------------------------------------------------------------------- signatures

_MISSING_ARGUMENT = re.compile(r"^missing a required argument: '(?P<arg>\w+)'")
_FUNCTION_ARGS = re.compile(
    r"(?P<fn>[\w.]+)\(\) (?:missing (?P<n>\d+) required (?:positional |keyword-only )?"
    r"arguments?: (?P<args>.+)|takes (?P<takes>\d+) positional arguments? but (?P<given>\d+) "
    r"(?:was|were) given)"
)


def call_signature(raised: Raised, context: str | None = None) -> Explanation | None:
    if raised.kind and raised.kind != "TypeError":
        return None
    match = _MISSING_ARGUMENT.search(raised.message)
    empty = _layer_called_empty(raised) if match else None
    if empty is not None:
        return empty
    if match:  # Keras binds the layer's input to call()'s parameters
        return Explanation(
            "Keras passes a layer's input to call() as one argument — a list, when the layer "
            f"is called on a list — but call() asks for '{match['arg']}' separately as well.",
            "write call(self, inputs) and take the tensors from the list inside it "
            "(a, b = inputs, or a loop over inputs).",
        )
    match = _FUNCTION_ARGS.search(raised.message)
    if not match:
        return None
    fn = match["fn"]
    if fn.endswith(".call"):
        return Explanation(
            f"{fn}() takes other arguments than Keras gives it: a layer's call() receives "
            "its input (one tensor, or one list of tensors) and optionally training=.",
            "write call(self, inputs) (or call(self, inputs, training=None)).",
        )
    if fn.endswith("__init__"):
        return Explanation(
            f"{fn}() is called with other arguments than it accepts.",
            "give __init__ the arguments the task names, plus **kwargs passed to "
            "super().__init__(**kwargs).",
        )
    missing = (
        f" also needs {match['args']}"
        if match["args"]
        else (f" takes {match['takes']} positional arguments, and is given {match['given']}")
    )
    return Explanation(
        f"{fn}(){missing}: the check calls it with the arguments the task states.",
        f"give {fn}() exactly the parameters the task's statement shows, in that order.",
    )


# ------------------------------------------------------------------- NumPy on symbols

_SYMBOLIC = re.compile(
    r"Cannot convert a symbolic (?:tf\.)?Tensor|A KerasTensor is symbolic|"
    r"A KerasTensor cannot be used as input to a TensorFlow function"
)


def numpy_on_symbolic(raised: Raised, context: str | None = None) -> Explanation | None:
    if not _SYMBOLIC.search(raised.message):
        return None
    if _CONVERTED.search(raised.message) and not re.search(r"\b(?:np|numpy|tf)\.", raised.line):
        return None  # Python's float()/int() on the tensor: python_value_of_symbolic
    called = re.search(r"\b(?:np|numpy|tf)\.(?:\w+\.)*(\w+)\(", raised.line)
    name = called[1] if called else ""
    where = f" {raised.where}{raised.code}" if raised.where else ""
    use = (
        f"use keras.ops.{name}(...), which works on symbolic tensors"
        if name
        else "use the Keras equivalent, which works on symbolic tensors: keras.ops.concatenate, "
        "keras.ops.tanh, …"
    )
    return Explanation(
        f"a NumPy (or TensorFlow) function was called on a symbolic tensor{where} while the "
        "model was being built: a keras.Input and the layers' outputs have a shape but no "
        "values yet, so np.concatenate, np.tanh, tf.… cannot compute anything with them.",
        "read a symbolic tensor's sizes with tensor.shape (it has no values to put in an "
        "array until the model runs); compute with keras.ops or with layers."
        if name in ("array", "asarray")
        else use + ", or a layer such as keras.layers.Concatenate().",
    )


# ------------------------------------------------------ a symbolic tensor's values read

_VALUES_READ = re.compile(
    r"'(?P<cls>KerasTensor|SymbolicTensor|Tensor)' object has no attribute "
    r"'(?P<attr>numpy|tolist|item|eval|__array__)'"
    r"|(?P<eager>numpy\(\) is only available when eager execution is enabled)"
)


def _reader(raised: Raised, attr: str) -> tuple[str, str]:
    """(the receiver of `.attr()` on the learner's line, a NumPy function on that line)."""
    receiver = ""
    tree = _tree([raised.line.strip().removeprefix("return ").strip() or "None"])
    for node in ast.walk(tree) if tree else ():
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == attr
        ):
            receiver = ast.unparse(node.func.value)
            break
    numpy = re.search(r"\b(?:np|numpy)\.(\w+)\(", raised.line)
    return receiver, numpy[1] if numpy else ""


def values_of_symbolic(raised: Raised, context: str | None = None) -> Explanation | None:
    """`.numpy()` (`.tolist()`, `.item()`) on a symbolic tensor or, inside a traced call(),
    on a variable: the method that reads values, in a function that builds a model, in a
    layer's call() or in a Lambda's function."""
    match = _VALUES_READ.search(raised.message)
    if not match:
        return None
    attr = match["attr"] or "numpy"
    receiver, numpy = _reader(raised, attr)
    what = f"`{receiver}`" if receiver else "a tensor"
    read = f".{attr}() asks {what} for its values{' ' + raised.where if raised.where else ''}"
    read += raised.code
    in_layer = bool(raised.layer) or raised.method in ("call", "<lambda>") or bool(match["eager"])
    variable = bool(match["eager"]) or receiver.startswith("self.")
    if in_layer:
        why = (
            "Keras runs a layer's call() (and a Lambda's function) on symbolic tensors, to "
            "build the model and inside each compiled training step: they have a shape and "
            "no values there. And where values exist, a NumPy copy is a constant that "
            "training cannot follow back to "
            + ("the variable." if variable else "the layers before it.")
        )
    else:
        why = (
            "while a functional model is built, keras.Input and every layer's output are "
            "symbolic: a shape and a dtype, no values yet (the model computes them when it "
            "runs), so there is nothing to put in an array."
        )
    use = f"`{receiver}` itself" if receiver else "the tensor itself"
    ops = f"keras.ops.{numpy}(...) in place of np.{numpy}, " if numpy else ""
    return Explanation(
        f"{read}: {why}",
        f"compute with {use}: {ops}keras.ops functions and Keras layers take symbolic "
        "tensors as they are (in a function, in call(), or wrapped in a Lambda), and the "
        "next layer takes the tensor they return.",
    )


_CONVERTED = re.compile(
    r"You cannot convert it to an? (?P<to>float|int|bool)"
    r"|(?P<to2>float|int)\(\) argument must be .*?not '(?:SymbolicTensor|KerasTensor)'"
)
_AS_BOOL = re.compile(
    r"symbolic KerasTensor cannot be used as a boolean"
    r"|Using a symbolic `tf\.Tensor` as a Python `bool` is not allowed"
)


def python_value_of_symbolic(raised: Raised, context: str | None = None) -> Explanation | None:
    """Python asks a symbolic tensor for a value of its own: float()/int() of it, or an
    `if` (and, or, not) on it — on the learner's line, in a function, call() or a Lambda."""
    converted = _CONVERTED.search(raised.message)
    if converted:
        to = converted["to"] or converted["to2"]
        where = f" {raised.where}" if raised.where else ""
        return Explanation(
            f"{to}() asks a symbolic tensor for one Python number{where}{raised.code}: while "
            "the model is built (and whenever Keras traces call()), a tensor has a shape and "
            "no values, and a Python number made from it would be a constant that the model "
            "never recomputes for another batch.",
            "keep the value a tensor: keras.ops.mean(x), keras.ops.max(x), ... are already "
            "tensors that the next operation takes as they are; a size comes from "
            "tensor.shape, a fixed number is written as one.",
        )
    if not _AS_BOOL.search(raised.message):
        return None
    where = f" {raised.where}" if raised.where else ""
    return Explanation(
        f"Python's `if` (or and/or/not) was given a symbolic tensor{where}{raised.code}: it "
        "needs True or False at once, while the tensor has no value until the model runs — "
        "and one `if` would choose once for the whole batch, not for each example.",
        "choose value by value with keras.ops.where(condition, a, b), which computes both "
        "and keeps, for each value, the one the condition picks; keras.ops.maximum, "
        "keras.ops.minimum or keras.ops.relu do it for a bound.",
    )


# ---------------------------------------------------------- a None size in a weight

_UNDEFINED_WEIGHT = re.compile(
    r"Shapes used to initialize variables must be fully-defined.*?Received: "
    r"shape=(?P<shape>\([^)]*\)|\[[^\]]*\]|None)",
    re.S,
)


def _call_at(raised: Raised, attr: str) -> tuple[ast.Call | None, ast.AST | None]:
    """The call of `.attr(...)` that spans the learner's line, and its enclosing function."""
    tree = _tree(raised.source)
    best = None, None
    for fn in ast.walk(tree) if tree else ():
        if not isinstance(fn, ast.FunctionDef | ast.Lambda):
            continue
        if not fn.lineno <= raised.lineno <= (fn.end_lineno or 0):
            continue
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", "")) == attr
                and node.lineno <= raised.lineno <= (node.end_lineno or 0)
            ):
                best = node, fn
    return best


def _assigned(fn: ast.AST, name: str, before: int) -> ast.AST | None:
    """The expression last assigned to `name` in `fn` before line `before`."""
    found = None
    for node in ast.walk(fn):
        if (
            isinstance(node, ast.Assign)
            and node.lineno < before
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        ):
            found = node.value
    return found


def _layer_called_empty(raised: Raised) -> Explanation | None:
    """A layer instance called with nothing (`merge()` where merge is a layer already made):
    read from the learner's line, a call with no arguments of a name whose value, in the
    learner's frame, is a Keras layer (an object, not a class)."""
    found = re.findall(r"(?<![\w.])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\(\s*\)", raised.line)
    if not found:
        return None
    names = _learner_locals(raised.error)
    for dotted in found:
        head, *rest = dotted.split(".")
        value = names.get(head)
        for attribute in rest:
            value = getattr(value, attribute, None)
        if value is None or isinstance(value, type) or not hasattr(value, "built"):
            continue
        if not callable(getattr(value, "call", None)):
            continue
        kind = type(value).__name__
        twice = re.search(rf"(?<![\w.]){re.escape(dotted)}\(\s*\)\s*\(", raised.line)
        return Explanation(
            f"`{dotted}` is already a layer ({'an' if kind[0] in 'AEIOU' else 'a'} {kind} "
            "object, made before it reached this "
            f"line), not a class: `{dotted}()` calls that layer with no input, which is why "
            "Keras asks for its input"
            + (
                f"; `{dotted}()(...)` would make a new layer only if {dotted} were the class"
                if twice
                else ""
            )
            + ".",
            f"call the layer you have on its input: {dotted}(tensors) (a list, for a merge), "
            "with no empty () before it.",
        )
    return None


def _learner_locals(error: BaseException | None) -> dict:
    """The local names of the learner's innermost frame (build()'s input_shape, say)."""
    tb = error.__traceback__ if error is not None else None
    found: dict = {}
    while tb is not None:
        if in_cell(tb.tb_frame.f_code.co_filename):
            found = dict(tb.tb_frame.f_locals)
        tb = tb.tb_next
    return found


def _index(node: ast.AST) -> int | None:
    try:
        value = ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return None
    return value if isinstance(value, int) else None


def _chain(expr: ast.AST) -> tuple[str, list[int]] | None:
    """`input_shape[0][0]` -> ('input_shape', [0, 0]); None for anything else."""
    indices = []
    while isinstance(expr, ast.Subscript):
        k = _index(expr.slice)
        if k is None:
            return None
        indices.insert(0, k)
        expr = expr.value
    return (expr.id, indices) if isinstance(expr, ast.Name) else None


def _is_shape(value) -> bool:
    return isinstance(value, tuple | list) and all(v is None or isinstance(v, int) for v in value)


def _shape_text(value) -> str:
    return (
        "("
        + ", ".join("None" if v is None else str(v) for v in value)
        + (",)" if len(value) == 1 else ")")
    )


def none_in_weight_shape(raised: Raised, context: str | None = None) -> Explanation | None:
    """add_weight given a shape with a None in it, read from the learner's build(): which
    expression gave the None (the batch axis, an axis of unknown length, the whole input
    shape) and which size was meant."""
    match = _UNDEFINED_WEIGHT.search(raised.message)
    if not match:
        return None
    dims = _dims(match["shape"]) if match["shape"] != "None" else (None,)
    call, fn = _call_at(raised, "add_weight")
    if call is None:
        return None
    shape = next((k.value for k in call.keywords if k.arg == "shape"), None)
    if shape is None and call.args:
        shape = call.args[0]
    if shape is None:
        return None
    names = _learner_locals(raised.error)
    where = raised.where or "in build()"
    made = f"add_weight(shape={ast.unparse(shape)})"
    # the whole input shape (batch axis included) given as the weight's shape
    whole = _chain(shape)
    if isinstance(shape, ast.Name | ast.Subscript) and whole:
        value = _follow(names, *whole)
        if _is_shape(value) and value and value[0] is None:
            return Explanation(
                f"{where}, {made} gives the weight a whole input shape, "
                f"{_shape_text(value)}, batch axis included: axis 0 is the batch, None while "
                "the model is built, and a weight is made once for every example, so its "
                "shape leaves the batch axis out.",
                f"give the weight the sizes it needs: ({ast.unparse(shape)}[-1],) for one value "
                f"per feature, {ast.unparse(shape)}[1:] for the shape of one example, or a "
                "size given to __init__ — whichever the task describes.",
            )
    if not isinstance(shape, ast.Tuple | ast.List) or len(shape.elts) != len(dims):
        return None
    position = next((i for i, d in enumerate(dims) if d is None), None)
    if position is None:
        return None
    element = shape.elts[position]
    said = ast.unparse(element)
    if isinstance(element, ast.Name):
        source = _assigned(fn, element.id, raised.lineno)
        if source is not None:
            said = f"{element.id} = {ast.unparse(source)}"
            element = source
    read = _chain(element)
    nth = ("first", "second", "third", "fourth")[position] if position < 4 else f"#{position + 1}"
    head = f"{where}, {made}: its {nth} size, `{said}`, is None"
    if read is None:
        return Explanation(
            head + ": a weight's shape must be known numbers when build() runs, and that "
            "size is not.",
            "make each size of the weight a number known in build(): input_shape[-1] (the "
            "features), len(input_shape) (the number of inputs), or a size given to __init__.",
        )
    base, indices = read
    owner = _follow(names, base, indices[:-1])
    axis = indices[-1]
    if not (_is_shape(owner) and owner) or not indices:
        return None
    words = base + "".join(f"[{k}]" for k in indices[:-1])
    listed = isinstance(names.get(base), list | tuple) and all(
        _is_shape(s) for s in names[base]
    )  # a merge's build() receives a list of shapes
    of = (
        f"the shape of input {indices[-2]}, {_shape_text(owner)}"
        if len(indices) >= 2
        else f"the input's shape, {_shape_text(owner)}"
    )
    meant = f"{words}[-1]"
    features = owner[-1]
    if axis % len(owner) == 0:
        why = (
            f"it is axis 0 of {of}: the batch axis, None while the model is built (the "
            "batch size is known only when the model runs), not the features"
        )
    else:
        why = (
            f"it is axis {axis % len(owner)} of {of}, a length the input leaves open "
            "(keras.Input(shape=(None, ...))): a weight cannot have a size that changes "
            "from call to call"
        )
    several = (
        f" (every input has the same width here, so {base}[i][-1] of any input serves)"
        if len(indices) >= 2
        and listed
        and len({tuple(s)[-1:] for s in names[base] if _is_shape(s)}) == 1
        else ""
    )
    held = _sizes_held(names.get("self"))
    return Explanation(
        f"{head}: {why}.",
        f"read the features from the last axis, {meant}"
        + (f" ({features})" if features is not None else "")
        + (
            f"{several}; or count the inputs with len({base}) — whichever size the task "
            "asks for there."
            if listed
            else f", or a size the layer was given{held} — whichever the task asks for there."
        ),
    )


def _sizes_held(layer) -> str:
    """' (self.vocabulary = 20, self.dimension = 5)': the whole numbers a layer stores."""
    held = [
        f"self.{name} = {value}"
        for name, value in (vars(layer).items() if hasattr(layer, "__dict__") else ())
        if not name.startswith("_") and isinstance(value, int) and not isinstance(value, bool)
    ]
    return f" ({', '.join(held[:3])})" if held else " (in __init__, stored on self)"


def _follow(names: dict, base: str, indices: list[int]):
    value = names.get(base)
    for k in indices:
        try:
            value = value[k]
        except (TypeError, IndexError, KeyError):
            return None
    return value


# ------------------------------------------------------------- Python's own errors

_NONE = re.compile(r"'NoneType' object (?:is not (?P<what>\w+)|has no attribute '(?P<attr>\w+)')")


def _subscripts(line: str) -> list[str]:
    """The subscripted expressions of a line, outermost first ('base.layers[12]')."""
    try:
        tree = ast.parse(line.strip().removeprefix("return ").strip() or "None")
    except SyntaxError:
        return []
    return [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.Subscript)]


def python_error(raised: Raised, context: str | None = None) -> Explanation | None:
    """IndexError, KeyError and None where a value was expected, on the learner's line."""
    if not raised.line:
        return None
    if raised.kind == "IndexError" and (items := _subscripts(raised.line)):
        item = items[-1]
        holder = item.split("[", 1)[0]
        layers = holder.endswith(".layers")
        return Explanation(
            f"{raised.where}, `{item}` asks for an item that {holder} does not have: it is "
            "shorter than that position"
            + (
                " (a model's layers are counted from 0, the Input layer included)."
                if layers
                else "."
            ),
            f'find the layer by its name instead: {holder.removesuffix(".layers")}.get_layer("name") '
            "(model.summary() lists the names)."
            if layers
            else f"print(len({holder})) and use a position that exists.",
        )
    if raised.kind == "KeyError":
        key = raised.message.strip()
        return Explanation(
            f"{raised.where}, `{raised.line}` looks up {key}, which is not among the keys there.",
            "print the keys you have (e.g. list(d)) and use one of them; a model's outputs and "
            "layers are named after the name= you gave them.",
        )
    match = _NONE.search(raised.message)
    if match:
        used = f"used as {match['what']}" if match["what"] else f"asked for .{match['attr']}"
        return Explanation(
            f"{raised.where}, `{raised.line}` uses a value that is None ({used}): a function "
            "that ends without `return` gives None, and so does a method that changes its object "
            "in place (e.g. list.append, dict.update).",
            "print the values on that line to find the None, and return (or keep) the object "
            "itself.",
        )
    return None


def property_from_outside(raised: Raised, context: str | None = None) -> Explanation | None:
    """A property assigned on another object (`model.weights = ...`), not on `self`."""
    found = read_only_property(raised, context)
    if found is None or re.search(r"\bself\.\w+\s*=(?!=)", raised.line) or not raised.line:
        return None
    return found


# ------------------------------------------------------- grids that do not meet

_CONCAT_SHAPES = re.compile(
    r"`Concatenate` layer requires inputs with matching shapes.*Received: input_shape=(?P<s>\[.*\])",
    re.S,
)


def _symbolic_lists(error: BaseException) -> list[list]:
    """Lists of Keras tensors held by the traceback's frames (a layer's inputs, say)."""
    found = []
    tb = error.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            for item in (value, *(value if isinstance(value, tuple) else ())):
                if (
                    isinstance(item, list | tuple)
                    and len(item) >= 2
                    and all(hasattr(t, "_keras_history") and hasattr(t, "shape") for t in item)
                ):
                    found.append(list(item))
        tb = tb.tb_next
    return found


def _grid_words(shape) -> str:
    if len(shape) > 2:
        return "×".join(str(d) for d in shape[1:-1])
    return f"{shape[-1]} value{'s' * (shape[-1] != 1)}"


def _resizer(tensor):
    """The layer nearest `tensor` that changed its grid: (layer, its input, its output)."""
    for _ in range(64):
        history = getattr(tensor, "_keras_history", None)
        if not history:
            return None
        layer = history[0]
        nodes = getattr(layer, "_inbound_nodes", None) or []
        ins = list(nodes[history[1]].input_tensors) if len(nodes) > history[1] else []
        if not ins:
            return None  # an Input
        source = ins[0]
        if len(source.shape) != len(tensor.shape) or source.shape[1:-1] != tensor.shape[1:-1]:
            return layer, source, tensor
        tensor = source
    return None


def _pair(value) -> tuple:
    return tuple(value) if isinstance(value, list | tuple) else (value, value)


def _resized_by(layer, source, out, target) -> tuple[str, str]:
    """Why `layer` turned `source`'s grid into `out`'s, and how to reach `target`'s."""
    config = layer.get_config()
    kind = type(layer).__name__
    was, now, want = _grid_words(source.shape), _grid_words(out.shape), _grid_words(target.shape)
    head = f"the {now} map comes from {kind} ({was} → {now})"
    strides = _pair(config.get("strides", 1))
    if "kernel_size" in config and any(s != 1 for s in strides):
        return (
            f"{head}: strides={strides[0] if len(set(strides)) == 1 else strides} moves the "
            "kernel more than one position at a time, which divides the grid",
            f"leave strides at 1 on that {kind} so that it keeps the {want} grid.",
        )
    if "kernel_size" in config and config.get("padding") == "valid":
        k = _pair(config["kernel_size"])
        return (
            f'{head}: with padding="valid" (the default) a {"×".join(map(str, k))} kernel '
            f"has no full window at the border, so the map loses {k[0] - 1} rows and "
            f"{k[-1] - 1} columns",
            f'pass padding="same" to that {kind} so that it keeps the {want} grid.',
        )
    if "size" in config and "UpSampling" in kind:
        size = _pair(config["size"])
        fits = [
            t // s if s and t and t % s == 0 else None
            for s, t in zip(source.shape[1:-1], target.shape[1:-1], strict=False)
        ]
        better = (
            f"size={fits[0] if len(set(fits)) == 1 else tuple(fits)}"
            if None not in fits
            else "a size that reaches it"
        )
        return (
            f"{head}: UpSampling repeats each position size={size[0] if len(set(size)) == 1 else size} "
            f"times along each axis, which does not reach the {want} grid of the other input",
            f"give that {kind} {better}, so that {was} becomes {want}.",
        )
    if "pool_size" in config:
        return (
            f"{head}: pooling divides the grid by its strides (its pool size, by default)",
            "keep the grids equal: pool the other input too, or pool with strides=1 and "
            'padding="same", or drop that pooling.',
        )
    return (
        f"{head}, and the other input has {'an' if want[:1] == '8' else 'a'} {want} grid",
        f"make the grids equal before the concatenation (the {want} of the other input).",
    )


def grid_mismatch(raised: Raised, context: str | None = None) -> Explanation | None:
    """Concatenate refused maps whose grids differ: the layer that changed the grid, read
    from the tensors Concatenate received (their Keras history), and what it did."""
    match = _CONCAT_SHAPES.search(raised.message)
    if not match or raised.error is None:
        return None
    shapes = re.findall(r"\(([^()]*)\)", match["s"])
    listed = [
        tuple(None if d.strip() == "None" else int(d) for d in s.split(",") if d.strip())
        for s in shapes
    ]
    tensors = next(
        (ts for ts in _symbolic_lists(raised.error) if [tuple(t.shape) for t in ts] == listed),
        None,
    )
    if tensors is None or len({len(t.shape) for t in tensors}) != 1 or len(tensors[0].shape) < 4:
        return None
    grids = {tuple(t.shape[1:-1]) for t in tensors}
    if len(grids) < 2:
        return None
    changed = [(t, _resizer(t)) for t in tensors]
    odd = [(t, r) for t, r in changed if r is not None]
    plain = [t for t, r in changed if r is None]
    if not odd:
        return None
    reference = plain[0] if plain else next(t for t in tensors if t is not odd[0][0])
    if plain and tuple(odd[0][0].shape[1:-1]) == tuple(reference.shape[1:-1]):
        return None
    tensor, (layer, source, out) = odd[0]
    if 1 in tensor.shape[1:-1]:
        return None  # a size-1 axis Concatenate does not broadcast: the table's words
    cause, step = _resized_by(layer, source, out, reference)
    listing = " and ".join(_grid_words(t.shape) for t in tensors)
    return Explanation(
        f"Concatenate joins along the channels, so every other axis must match, and the grids "
        f"differ ({listing}): {cause}.",
        step,
    )


# ------------------------------------------------ a model built without its layers

_UNBUILT = re.compile(
    r"on layer '(?P<layer>[^']+)' with a weight list of length \d+, but the layer was "
    r"expecting 0 weights"
)


def _holders(error: BaseException, name: str):
    """A built object of the traceback's frames holding an unbuilt layer named `name`."""
    tb = error.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            flatten = getattr(value, "_flatten_layers", None)
            if not (callable(flatten) and getattr(value, "built", False)):
                continue
            for layer in flatten(include_self=False):
                if getattr(layer, "name", "") == name and not getattr(layer, "built", True):
                    return value
        tb = tb.tb_next
    return None


def built_without_its_layers(raised: Raised, context: str | None = None) -> Explanation | None:
    """set_weights on a layer of a subclassed model that build(input_shape) marked built
    without building its layers (the model has no build() of its own; Keras warns so)."""
    match = _UNBUILT.search(raised.message)
    if not match or raised.error is None:
        return None
    model = _holders(raised.error, match["layer"])
    if model is None or type(model).__name__ in ("Functional", "Sequential"):
        return None
    return Explanation(
        f"{type(model).__name__} is marked built, but its layer '{match['layer']}' is not: "
        "model.build(input_shape) on a subclassed model without a build() of its own builds "
        "none of the layers it holds (Keras warns that it marks the model built anyway); they "
        "are built when the model is first called.",
        "call the model once before set_weights, model(keras.Input(shape=...)) or on a "
        "batch, or build that layer itself: layer.build(input_shape).",
    )


# Tried before keras_errors' general table (after a context's own rules): an entry written for `self.weights = ...` inside a
# layer would give advice about build() to a line that assigns another object's property.
BEFORE_TABLES = [property_from_outside, grid_mismatch, built_without_its_layers]

# ------------------------------------------------- inputs a layer cannot take

_INPUT_COUNT = re.compile(
    r'Layer "(?P<layer>[^"]+)" expects (?P<want>\d+) input\(s\), but it received '
    r"(?P<got>\d+) input tensors"
)
_TENSOR_SHAPE = re.compile(r"KerasTensor shape=(\([^)]*\))")


def input_count(raised: Raised, context: str | None = None) -> Explanation | None:
    """A layer called on a list of tensors when it reads one (or on one when it reads more).

    Keras names the layer by its counter ('dense_19'), which differs from run to run: the
    words leave it out (the learner's line says which layer it is)."""
    match = _INPUT_COUNT.search(raised.message)
    if not match:
        return None
    want, got = int(match["want"]), int(match["got"])
    shapes = _TENSOR_SHAPE.findall(raised.message)
    given = f" ({', '.join(shapes)})" if shapes else ""
    line = f": {raised.line}" if raised.line else ""
    if want == 1:
        return Explanation(
            f"a layer that reads one tensor was given {got}{given}{line}. "
            "A Dense (or Conv) layer does not combine tensors: calling it on a list is "
            "not a merge.",
            "combine the tensors first with a merge layer (Concatenate, Add, ...) and call the "
            "layer on its output, or give each tensor a layer of its own — whichever the task "
            "describes.",
        )
    return Explanation(
        f"a layer that merges {want} tensors was given {got}{given}{line}.",
        f"call it on a list of the {want} tensors it combines: layer([a, b]).",
    )


_NONE_SIZE = re.compile(
    r"Attempt to convert a value \(None\)|None values not supported"
    r"|Failed to convert elements of \([^)]*None[^)]*\) to Tensor"
)


def none_size(raised: Raised, context: str | None = None) -> Explanation | None:
    """A size that is None (the batch axis of a symbolic tensor) given to an operation."""
    if not _NONE_SIZE.search(raised.message):
        return None
    line = f" ({raised.line})" if raised.line else ""
    return Explanation(
        "a size that is None reached an operation when the model ran"
        f"{line}: while a functional model is built, the batch axis of every tensor is None, "
        "so a shape read from it (keras.ops.shape(x)[0], x.shape[0]) and given as a size "
        "stays None.",
        "let Keras carry the batch axis: use layers that need no batch size (Reshape, "
        "RepeatVector, UpSampling2D, ...) or -1 in a reshape, instead of reading the batch "
        "size from a tensor.",
    )


_CONCAT = [
    # TensorFlow, symbolic: "Dimension 0 in both shapes must be equal, but are 20 and 4. ...
    # for '{{node concat}} = ConcatV2[...]"
    re.compile(
        r"Dimension (?P<dim>\d+) in both shapes must be equal, but are (?P<p>\d+) and "
        r"(?P<q>\d+).*?node \w*concat",
        re.S | re.I,
    ),
    # TensorFlow, eager: "ConcatOp : Dimension 1 in both shapes must be equal: shape[0] = ..."
    re.compile(
        r"ConcatOp : Dimension (?P<dim>\d+) in both shapes must be equal: "
        r"shape\[0\] = \[[\d,]*?(?P<p>\d+)\].*?shape\[1\] = \[[\d,]*?(?P<q>\d+)\]",
        re.S,
    ),
    # Keras, symbolic (keras.ops.concatenate on a keras.Input)
    re.compile(
        r"must have the same shape except on the `axis` dim\. But found element of shape "
        r"\([^)]*?(?P<q>\d+)\), which is different from the first element's shape "
        r"\([^)]*?(?P<p>\d+)\)"
    ),
    # NumPy
    re.compile(
        r"except for the concatenation axis must match exactly, but along dimension "
        r"(?P<dim>\d+), the array at index 0 has size (?P<p>\d+) and the array at index 1 "
        r"has size (?P<q>\d+)"
    ),
]


def concatenate_axis(raised: Raised, context: str | None = None) -> Explanation | None:
    """A concatenation in the learner's code along another axis than the features: the
    sizes that differ sit on the last axis, the one the learner meant to join along.
    `keras.ops.concatenate` (like np.concatenate and tf.concat) joins along axis 0 unless
    told otherwise — the batch axis — where the layer keras.layers.Concatenate uses -1."""
    for pattern in _CONCAT:
        match = pattern.search(raised.message)
        if match:
            break
    else:
        return None
    call = re.search(r"(?P<fn>[\w.]*(?:concatenate|concat))\s*\((?P<args>.*)", raised.line)
    if not call:
        return None
    fn = call["fn"]
    axis = re.search(r"axis\s*=\s*(-?\d+)", call["args"])
    sizes = f"{match['p']} and {match['q']}"
    where = raised.where or "in your code"
    if axis is None:
        said = f"{fn}(...) was called without axis=, so it joins along axis 0"
    else:
        said = f"{fn}(..., axis={axis[1]}) joins along axis {axis[1]}"
    return Explanation(
        f"{where}, {said}{raised.code}: along that axis the tensors are put one after the "
        f"other, so every other axis must match, and their widths ({sizes}) do not. Axis 0 is the batch axis, the examples; the features are "
        "the last axis, the one keras.layers.Concatenate() uses by default (axis=-1), but "
        "keras.ops.concatenate, np.concatenate and tf.concat start from axis 0.",
        f"join the features side by side: {fn}([...], axis=-1) (or keras.layers.Concatenate()"
        "([...])).",
    )


MECHANISMS = [
    input_count,
    none_size,
    concatenate_axis,
    shape_mismatch,
    list_input_shape,
    read_only_property,
    missing_super,
    call_signature,
    numpy_on_symbolic,
    values_of_symbolic,
    python_value_of_symbolic,
    none_in_weight_shape,
    python_error,
]


def explain(
    error: BaseException | str, context: str | None = None, mechanisms=None
) -> Explanation | None:
    """The first mechanism (of `mechanisms`, by default MECHANISMS) that explains `error`."""
    raised = read(error)
    for mechanism in MECHANISMS if mechanisms is None else mechanisms:
        found = mechanism(raised, context)
        if found is not None:
            return found
    return None
