"""How many wrong answers get a specific cause, and how many a generic one, per task.

Grades every `wrong_*.py` under tests/grading/answers/ in process (the grading
proof's harness, hidden tests included, as nbgrader autograde runs them) and reads
the "Likely cause:" of each failure message. A cause is **generic** when it is one
of the checks' fallback sentences, said when nothing more is known (listed in
GENERIC below, exactly as the checks write them), or when the message has no cause
at all; every other cause is **specific**. The target is zero generic causes.

    python benchmarks/feedback_causes.py              # every assignment
    python benchmarks/feedback_causes.py 01_concatenation 02_elementwise_merges
    python benchmarks/feedback_causes.py --verbose    # the cause of each answer

Exit status 1 when any wrong answer got a generic cause (or passed).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # TensorFlow's start-up log, before Keras loads

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "grading")]

import harness  # noqa: E402

# The fallback causes of autograder's checks (prefixes, as the checks write them).
GENERIC = (
    "the layers are right but wired differently, or an activation differs.",  # outputs
    "a layer has another size than the task asks, or one is missing or extra",  # parameters
    "a layer has another size than the task asks, or is missing;",  # layers.find_layer
    "the same kind of layer was created more than once where one was asked for.",  # find_layer
    "the model's output has another shape than the task asks.",  # outputs
    "a layer near the output has another size than the task asks.",  # shapes
    "see the error message and the line it points to.",  # learner: an unexplained error
    "the model's wiring fails on real data.",  # outputs.run: an unexplained error
)

_CAUSE = re.compile(r"Likely cause:\s+(?P<cause>.*?)(?:\n\s+Next step:|\n\s*$|\Z)", re.S)


def cause_of(message: str) -> str:
    match = _CAUSE.search(message)
    return " ".join(match["cause"].split()) if match else ""


def is_generic(cause: str) -> bool:
    return not cause or any(cause.startswith(g) for g in GENERIC)


def report(assignments: list[str], verbose: bool = False) -> int:
    bad = 0
    print(f"{'task':<48} {'wrong':>5} {'specific':>8} {'generic':>7} {'passed!':>7}")
    totals = [0, 0, 0, 0]
    for name in assignments:
        grader = harness.Grader(harness.load(name))
        by_task: dict[str, list] = {}
        for variant in harness.variants(name):
            if variant.passes:
                continue
            outcome = grader.grade(variant.task, variant.source)
            by_task.setdefault(variant.task, []).append((variant, outcome))
        for task, rows in by_task.items():
            specific = generic = passed = 0
            for variant, outcome in rows:
                cause = cause_of(outcome.message)
                if outcome.points == outcome.max_points:
                    passed += 1
                    kind = "PASSED"
                elif is_generic(cause):
                    generic += 1
                    kind = "generic"
                else:
                    specific += 1
                    kind = "specific"
                if verbose or kind != "specific":
                    print(
                        f"    {kind:<8} {variant.path.stem}: {cause[:150] or outcome.message[:150]}"
                    )
            print(f"{name + '/' + task:<48} {len(rows):>5} {specific:>8} {generic:>7} {passed:>7}")
            for i, n in enumerate((len(rows), specific, generic, passed)):
                totals[i] += n
            bad += generic + passed
    print(f"{'all':<48} {totals[0]:>5} {totals[1]:>8} {totals[2]:>7} {totals[3]:>7}")
    return 1 if bad else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignments", nargs="*", help="default: every assignment in solutions/")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    names = args.assignments or sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    return report(names, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
