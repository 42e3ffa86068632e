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

`EXPLORERS` lists them by name. A later topic adds one module and one entry.

Example:

>>> spec = EXPLORERS["concatenation"]
>>> explorer = spec.make()
>>> explorer.apply({"axis": 1})
>>> explorer.result.ok
False
"""

from __future__ import annotations

import importlib
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
        name: short name, the key in `EXPLORERS`.
        module: dotted name of the module that implements it.
        title: what it explores, in words.
    """

    name: str
    module: str
    title: str

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


EXPLORERS: dict[str, ExplorerSpec] = {
    spec.name: spec
    for spec in (
        ExplorerSpec(
            "concatenation",
            "explorers.concatenation",
            "Concatenate: which axis, which shapes, the resulting width",
        ),
    )
}
