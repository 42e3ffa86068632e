"""Per task: wrong answers that pass the visible check, and wrong answers with a generic cause.

Grades every answer under tests/grading/answers/ in process (the grading proof's
harness) twice: with the full test cells (hidden tests included, as nbgrader autograde
runs them) and with the visible part alone (the check a learner runs on their own, and
Validate). A wrong answer that passes the visible check gets "✓" from the self-check —
the target is zero; a correct answer (`alt_*.py`) must pass both. For each wrong answer
the "Likely cause:" of the full grading's failure message is read. A cause is **generic** when it is one
of the checks' fallback sentences, said when nothing more is known (listed in
GENERIC below, exactly as the checks write them), or when the message has no cause
at all; every other cause is **specific**. The target is zero generic causes.

    python benchmarks/feedback_causes.py              # every assignment
    python benchmarks/feedback_causes.py 01_concatenation 02_elementwise_merges
    python benchmarks/feedback_causes.py --verbose    # the cause of each answer
    python benchmarks/feedback_causes.py --answers /tmp/held-out   # answers kept elsewhere

Exit status 1 when any wrong answer got a generic cause, passed, or passed the visible
check, or when a correct answer failed either.
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
    "see the error and the line it points to.",  # custom_weighted_layers: an unexplained error
    "the model's wiring fails on real data.",  # outputs.run: an unexplained error
    "your layers have the right sizes, but they are wired or combined in another",  # architecture
    "that layer is missing, or has another size: a kernel's first size is the",  # architecture
)

_CAUSE = re.compile(r"Likely cause:\s+(?P<cause>.*?)(?:\n\s+Next step:|\n\s*$|\Z)", re.S)


def cause_of(message: str) -> str:
    match = _CAUSE.search(message)
    return " ".join(match["cause"].split()) if match else ""


def is_generic(cause: str) -> bool:
    return not cause or any(cause.startswith(g) for g in GENERIC)


def report(assignments: list[str], verbose: bool = False, answers: Path = harness.ANSWERS) -> int:
    bad = 0
    head = ("wrong", "specific", "generic", "passed!", "vis ✓", "alt", "alt ✗")
    print(f"{'task':<46}" + "".join(f"{h:>9}" for h in head))
    totals = [0] * len(head)
    for name in assignments:
        grader = harness.Grader(harness.load(name))
        by_task: dict[str, list] = {}
        for variant in harness.variants(name, answers):
            full = grader.grade(variant.task, variant.source)
            seen = grader.grade(variant.task, variant.source, visible_only=True)
            by_task.setdefault(variant.task, []).append((variant, full, seen))
        for task, rows in by_task.items():
            counts = dict.fromkeys(head, 0)
            for variant, full, seen in rows:
                if variant.passes:
                    counts["alt"] += 1
                    failed = [
                        o for o in (full, seen) if o.points < o.max_points
                    ]  # a correct answer must pass both
                    if failed:
                        counts["alt ✗"] += 1
                        print(f"    ALT FAILS {variant.path.stem}: {failed[0].message[:150]}")
                    continue
                counts["wrong"] += 1
                cause = cause_of(full.message)
                if full.points == full.max_points:
                    counts["passed!"] += 1
                    kind = "PASSED"
                elif is_generic(cause):
                    counts["generic"] += 1
                    kind = "generic"
                else:
                    counts["specific"] += 1
                    kind = "specific"
                visible_pass = seen.points == seen.max_points
                counts["vis ✓"] += visible_pass
                if verbose or kind != "specific" or visible_pass:
                    flag = " (✓ from the visible check)" if visible_pass else ""
                    print(
                        f"    {kind:<8} {variant.path.stem}{flag}: "
                        f"{cause[:150] or full.message[:150]}"
                    )
            print(f"{name + '/' + task:<46}" + "".join(f"{counts[h]:>9}" for h in head))
            for i, h in enumerate(head):
                totals[i] += counts[h]
            bad += counts["generic"] + counts["passed!"] + counts["vis ✓"] + counts["alt ✗"]
    print(f"{'all':<46}" + "".join(f"{n:>9}" for n in totals))
    return 1 if bad else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignments", nargs="*", help="default: every assignment in solutions/")
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument(
        "--answers",
        type=Path,
        default=harness.ANSWERS,
        help="a folder of answers laid out as ASSIGNMENT/TASK/{wrong,alt}_*.py "
        "(default: the catalogue, tests/grading/answers)",
    )
    args = parser.parse_args(argv)
    names = args.assignments or sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    names = [n for n in names if (args.answers / n).is_dir()]
    return report(names, args.verbose, args.answers)


if __name__ == "__main__":
    sys.exit(main())
