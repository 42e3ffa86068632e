"""Regenerate the student notebooks (`exercises/`) from `solutions/` with nbgrader.

`exercises/` is never edited by hand: after changing a solution, run
`make exercises` (this module). tests/test_exercises_in_sync.py proves the
committed exercises are exactly what nbgrader generates.

    python -m autograder.release [ASSIGNMENT ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def assignments(course_root: Path = ROOT) -> list[str]:
    """The assignments that have a source folder in solutions/, in order."""
    return sorted(p.name for p in (course_root / "solutions").iterdir() if p.is_dir())


def generate(course_root: Path = ROOT, names: list[str] | None = None) -> None:
    """Run `nbgrader generate_assignment NAME --force --no-db` for each assignment.

    `--no-db` keeps a maintainer's regeneration from creating a gradebook.
    """
    for name in names or assignments(course_root):
        subprocess.run(
            [sys.executable, "-m", "nbgrader", "generate_assignment", name, "--force", "--no-db"],
            cwd=course_root,
            check=True,
            capture_output=True,
            text=True,
        )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("assignment", nargs="*", help="default: every folder of solutions/")
    args = parser.parse_args(argv)
    try:
        generate(ROOT, args.assignment or None)
    except subprocess.CalledProcessError as exc:
        print(f"nbgrader failed for {exc.cmd[4]}:\n{exc.stdout}{exc.stderr}", file=sys.stderr)
        return 1
    for name in args.assignment or assignments(ROOT):
        print(f"exercises/{name}/ regenerated from solutions/{name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
