"""Time the course's notebooks and explorers against their targets, in one run.

    python benchmarks/notebooks_and_explorers.py [--quick] [--runs N]

The floor is what no notebook can beat: a fresh python3 kernel that only runs
`import keras`. Every lesson (`course/*.ipynb`) and every solution notebook
(`solutions/*/*.ipynb`) is run the same way, in a fresh kernel, and compared
with it: lessons may take 2.5 times the floor, solutions 1.5 times. Rounds
alternate floor and notebooks so that a machine slowing down affects both.

Each explorer in `explorers.EXPLORERS` then goes through 100 control changes
in this process: (a) the computation alone must take under 30 ms (median),
(b) the whole redraw, figure included, under 150 ms (median).

Everything runs one after the other, never in parallel, so that the
measurements are fair on a machine with few cores. The exit code is 1 when a
target is missed, 0 otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import nbclient
import nbformat

ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("explorers") is None:  # run from a checkout not installed
    sys.path.insert(0, str(ROOT))

LESSON_RATIO = 2.5
SOLUTION_RATIO = 1.5
COMPUTE_MS = 30.0
REDRAW_MS = 150.0
CHANGES = 100
CELL_TIMEOUT = 120


@dataclass
class Row:
    """One measurement against its target."""

    name: str
    measure: str
    value: str
    target: str
    passed: bool


def kernel_environment() -> None:
    """Let kernels find the course's packages even if the project is not installed."""
    paths = [str(ROOT), os.environ.get("PYTHONPATH", "")]
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)


def run_notebook(notebook: nbformat.NotebookNode, workdir: Path) -> float:
    """Seconds to start a fresh python3 kernel, run every cell and shut it down."""
    client = nbclient.NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(workdir)}},
    )
    start = time.perf_counter()
    client.execute(stderr=subprocess.DEVNULL)  # the kernel process's own log, not the cells'
    return time.perf_counter() - start


def floor_notebook() -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import keras")])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    return notebook


def time_notebooks(runs: int) -> tuple[float, list[Row]]:
    """The floor's median, and one row per notebook: its median time over the floor."""
    lessons = sorted((ROOT / "course").glob("*.ipynb"))
    solutions = sorted((ROOT / "solutions").glob("*/*.ipynb"))
    if not solutions:
        print("No solution notebook yet under solutions/: nothing to time there.")
    paths = [(p, "lesson", LESSON_RATIO) for p in lessons]
    paths += [(p, "solution", SOLUTION_RATIO) for p in solutions]
    floor, times, failed = [], {p: [] for p, _, _ in paths}, {}
    for round_ in range(1, runs + 1):
        floor.append(run_notebook(floor_notebook(), ROOT))
        print(f"round {round_}/{runs}: floor {floor[-1]:.2f} s", flush=True)
        for path, _, _ in paths:
            if path in failed:
                continue
            try:
                seconds = run_notebook(nbformat.read(path, as_version=4), path.parent)
            except Exception as error:  # a broken notebook misses its target, the rest go on
                failed[path] = f"{type(error).__name__}: {str(error).strip().splitlines()[-1]}"
                print(f"  {path.relative_to(ROOT)}: FAILED, {failed[path]}", flush=True)
                continue
            times[path].append(seconds)
            print(f"  {path.relative_to(ROOT)}: {seconds:.2f} s", flush=True)

    base = statistics.median(floor)
    rows = []
    for path, kind, ratio in paths:
        name = f"{path.relative_to(ROOT)} ({kind})"
        target = f"≤ {ratio}× floor"
        if path in failed:
            rows.append(Row(name, "whole notebook", f"error: {failed[path]}", target, False))
            continue
        seconds = statistics.median(times[path])
        value = f"{seconds:.2f} s = {seconds / base:.2f}× floor"
        rows.append(Row(name, "whole notebook", value, target, seconds <= ratio * base))
    return base, rows


def time_explorers() -> list[Row]:
    """Per explorer: median ms of the computation alone, and of the whole redraw."""
    import explorers

    rows = []
    for spec in explorers.EXPLORERS.values():
        changes = [spec.changes[i % len(spec.changes)] for i in range(CHANGES)]

        explorer = spec.make()
        compute = []
        for change in changes:
            with explorer.hold():
                for name, value in change.items():
                    explorer.controls[name].value = value
                explorer.sync_controls()
            start = time.perf_counter()
            explorer.compute()
            compute.append(time.perf_counter() - start)

        explorer = spec.make()
        redraw = []
        for change in changes:
            before = explorer.redraws
            start = time.perf_counter()
            explorer.apply(change)
            redraw.append(time.perf_counter() - start)
            if explorer.redraws != before + 1:
                raise RuntimeError(f"{spec.name}: {change} did not redraw exactly once")

        for measure, samples, target in (
            ("computation alone", compute, COMPUTE_MS),
            ("redraw with figure", redraw, REDRAW_MS),
        ):
            median = statistics.median(samples) * 1000
            value = f"{median:.1f} ms (max {max(samples) * 1000:.1f})"
            rows.append(
                Row(
                    spec.name,
                    f"{measure}, {CHANGES} changes",
                    value,
                    f"< {target:g} ms",
                    median < target,
                )
            )
    return rows


def table(rows: list[Row]) -> str:
    header = Row("what", "measure", "median", "target", True)
    cells = [(r.name, r.measure, r.value, r.target, "PASS" if r.passed else "FAIL") for r in rows]
    titles = (header.name, header.measure, header.value, header.target, "result")
    widths = [max(len(str(c[i])) for c in [titles, *cells]) for i in range(5)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True))
        for line in [titles, *cells]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one run per notebook instead of 3")
    parser.add_argument("--runs", type=int, default=3, help="runs per notebook (default 3)")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else max(args.runs, 1)

    kernel_environment()
    floor, rows = time_notebooks(runs)
    rows += time_explorers()

    print()
    print(
        f"Floor: a fresh python3 kernel running `import keras`: {floor:.2f} s (median of {runs})."
    )
    print(f"Notebooks: median of {runs} run{'s' if runs > 1 else ''} each, kernel start included.")
    print(f"Explorers: {CHANGES} control changes each, in this process.")
    print()
    print(table(rows))
    missed = [r for r in rows if not r.passed]
    print()
    print(f"{len(rows) - len(missed)} of {len(rows)} targets met." + (" MISSED." if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
