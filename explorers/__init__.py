"""Widget-driven explorers for the course's lessons.

Importing this package imports Keras first, with TensorFlow's C++ start-up log
silenced, so a lesson whose first cell is `import explorers` (or
`from explorers import concatenation`) shows no log lines.

Each explorer lives in its own module, which provides:

- a plain, tested function that does the computation (no widgets);
- a drawing function that returns a matplotlib figure;
- `make_explorer()`, which returns an `explorers.base.Explorer` (the widgets);
- `BENCHMARK_CHANGES`, control changes that `benchmarks/` cycles through to
  time the explorer (each changes one control and ends where it started).

`EXPLORERS` finds them by module name; a later topic adds one module, with a
`TITLE`, and nothing else.

Example:

>>> spec = EXPLORERS["concatenation"]
>>> explorer = spec.make()
>>> explorer.apply({"axis": 1})
>>> explorer.result.ok
False
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from autograder.quiet import import_keras

import_keras()

if TYPE_CHECKING:
    from explorers.base import Explorer


@dataclass(frozen=True)
class ExplorerSpec:
    """One explorer of the course, found by name.

    The module is imported only when the explorer is used, so importing
    `explorers` stays cheap when a lesson needs only one of them.

    Args:
        name: short name, the key in `EXPLORERS` (the module's name).
        module: dotted name of the module that implements it.
    """

    name: str
    module: str

    @property
    def title(self) -> str:
        """What it explores, in words (the module's TITLE)."""
        return self.load().TITLE

    def load(self) -> ModuleType:
        """The explorer's module."""
        return importlib.import_module(self.module)

    def make(self) -> Explorer:
        """A new explorer with its default control values, drawn once."""
        return self.load().make_explorer()

    @property
    def changes(self) -> tuple[dict[str, Any], ...]:
        """Control changes (name -> value) to cycle through when timing it."""
        return self.load().BENCHMARK_CHANGES


# Modules of this package that are shared helpers, not explorers.
_HELPERS = {"axes", "base", "drawing"}

# One explorer per module, named after its topic's assignment without the number
# (as the topic's checks in autograder/ are); a later topic adds its module and is
# listed here, in lesson order. TITLE is the explorer's title.
_TOPIC_ORDER = [
    "concatenation",
    "elementwise_merges",
    "custom_weighted_layers",
    "reuse_vs_duplication",
    "grafting_networks",
]


def _discover() -> dict[str, ExplorerSpec]:
    names = [m.name for m in pkgutil.iter_modules(__path__) if m.name not in _HELPERS]
    names.sort(key=lambda n: (_TOPIC_ORDER.index(n) if n in _TOPIC_ORDER else 99, n))
    return {n: ExplorerSpec(n, f"explorers.{n}") for n in names}


EXPLORERS: dict[str, ExplorerSpec] = _discover()
