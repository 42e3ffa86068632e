"""Grading checks itself before it grades: one kernel of the very kind that will grade.

Before a grading worker takes its first submission it runs `check()`: in its own
process, with its own configuration, it starts one kernel exactly as nbgrader's
autograde will start each submission's (`SandboxedExecute`: sandboxed, a fork of
the worker's warm template, or cold where that is how it will grade), which
imports the course's checks and runs a trivial one (a parameter count, then a
result line). If anything of that fails — the environment installs the course's
package from another checkout, a module is missing, the kernel dies under the
memory limit — the worker says so instead of grading, and ckl-grade stops with
exit status 2 before any submission is recorded: a broken set-up is never a
class of zeros.

What kind of kernels will grade (warm, or cold and why) is part of the answer,
so that ckl-grade can print it on the instructor's terminal.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..sandbox import bwrap

TITLE = "ckl-grade set-up check"
WHERE = "ckl-preflight: autograder from "  # the kernel's first line: where its checks come from
CELLS = [
    f"import autograder as ag\nimport keras\nprint({WHERE!r} + ag.__file__)",
    "model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
    "ag.check_counts(model, total=8, trainable=8)\n"
    f"ag.passed({TITLE!r})",
]


@dataclass(frozen=True)
class Outcome:
    problem: str  # '' when a kernel of this kind can grade; else what is wrong and what to do
    kernels: str  # what kind of kernels grade: "warm", or "cold: why"


def notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    return nb


def _package_dir(origin: str | None) -> str:
    return os.path.realpath(os.path.dirname(origin)) if origin else ""


def installed_package() -> str:
    """Where a sandboxed process (`python -P`, none of the grader's environment) finds
    the course's `autograder` package: what the environment installs, '' if nothing."""
    probe = "import importlib.util as u; s = u.find_spec('autograder'); print(s and s.origin)"
    try:
        done = subprocess.run(
            [sys.executable, "-P", "-c", probe],
            capture_output=True,
            text=True,
            timeout=60,
            cwd="/",
            env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/")},
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    origin = done.stdout.strip()
    return _package_dir(origin) if origin and origin != "None" else ""


def grader_package() -> str:
    """Where this process (the grader) imported the course's `autograder` package from."""
    spec = importlib.util.find_spec("autograder")
    return _package_dir(spec.origin if spec else None)


def digest(folder: str) -> str:
    """The package's Python files, names and contents ('' for no folder)."""
    if not folder or not os.path.isdir(folder):
        return ""
    root = Path(folder)
    found = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        found.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return found.hexdigest()


def mismatch(course: Path) -> str:
    """Why kernels would not run this course's own checks, or ''. The grader's package and
    the one the environment installs (what every sandboxed kernel imports) must be the same,
    and a course directory with a package of its own (a clone) must be that package."""
    grader = grader_package()
    installed = installed_package()
    own = course / "autograder" / "__init__.py"
    own_dir = os.path.realpath(own.parent) if own.is_file() else ""
    wanted = own_dir or grader
    # the same folder, or the same files where kernels can see them (`pip install .`)
    visible = installed and any(
        installed == root or installed.startswith(root.rstrip("/") + "/")
        for root in bwrap.visible_roots()
    )
    same = installed == wanted or (visible and digest(installed) == digest(wanted))
    if same and (grader == wanted or digest(grader) == digest(wanted)):
        return ""
    env = sys.prefix
    where = installed or "nowhere (it is not installed)"
    found = (
        f"this course directory has its own ({own_dir})"
        if own_dir
        else f"ckl-grade imports it from {grader}"
    )
    shadow = [
        entry
        for entry in os.environ.get("PYTHONPATH", "").split(os.pathsep)
        if entry and grader.startswith(os.path.realpath(entry).rstrip("/") + "/")
    ]
    if shadow and not own_dir:
        cause = f"PYTHONPATH points at another copy of the course ({shadow[0]})"
        step = "unset PYTHONPATH (or remove that folder from it) and run ckl-grade again"
    else:
        cause = "the environment was installed from another checkout of the course"
        step = (
            f"install this course into the environment you grade with ({env}/bin/pip install "
            f"-e {Path(own_dir or grader).parent}), or grade with the environment made in "
            "this checkout"
        )
    return (
        f"the course's checks are not the ones its grading kernels would import: {found}, but "
        f"the Python environment ({env}) installs the autograder package from {where}, and "
        "every grading kernel imports that one (or, if its folder is not visible in the "
        f"sandbox, cannot import it at all). Likely cause: {cause}. Next step: {step}."
    )


def kernels_used(resources: dict, sandboxed: bool, config) -> str:
    from ..sandbox import warm

    if not sandboxed:
        return "cold: no sandbox (--no-sandbox)"
    if resources.get("ckl_warm"):
        return "warm"
    if warm.cold_by_request():
        return "cold: asked for (--cold)"
    if not config.get("SandboxedExecute", {}).get("warm", True):
        return "cold: c.SandboxedExecute.warm = False in nbgrader_config.py"
    return f"cold: {warm.unavailable() or 'the warm template could not start'}"


def judge(nb: nbformat.NotebookNode) -> str:
    """What the set-up check's kernel got wrong, from its outputs, or ''."""
    said = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                evalue = bwrap.printable(str(output.get("evalue", "")), limit=600)
                return (
                    f"a grading kernel failed to {'import' if index == 0 else 'run'} the "
                    f"course's checks: {output.get('ename')}: {evalue}"
                )
            if output.get("output_type") == "stream":
                said.append(str(output.get("text", "")))
    text = "".join(said)
    if f"✓ {TITLE}" not in text:
        return (
            "a grading kernel ran the course's checks but gave no result line "
            f"(it printed: {bwrap.printable(text[-300:], limit=300) or 'nothing'})"
        )
    return ""


def check(config, course: Path, memory_gb: float = 0) -> Outcome:
    """Start one kernel as this grading process will (its config, its warm template or
    cold), import the course's checks in it and run a trivial one."""
    from ..sandbox.execute import SandboxedExecute, disabled_by_instructor

    sandboxed = not disabled_by_instructor()
    problem = mismatch(course)
    if problem:
        return Outcome(problem, "not started")
    executor = SandboxedExecute(config=config)
    resources: dict = {}
    try:
        with tempfile.TemporaryDirectory(prefix="ckl-preflight-") as folder:
            resources = {"metadata": {"path": folder}}
            nb, resources = executor.preprocess(notebook(), resources)
    except Exception as exc:  # the kernel could not start at all
        text = bwrap.printable(f"{type(exc).__name__}: {exc}", limit=800)
        problem = f"a grading kernel could not start: {text.rstrip('.')}"
    else:
        problem = judge(nb)
    finally:  # what the kernel recorded for the replay: nothing will read it
        shutil.rmtree(resources.get("ckl_records") or "/nonexistent", ignore_errors=True)
    kernels = kernels_used(resources, sandboxed, config)
    if problem and 0 < memory_gb < 2:
        problem += (
            f". Each kernel may use {memory_gb:g} GB (--memory-limit): importing Keras alone "
            "takes about 0.65 GB, and the sandbox's /tmp, /dev/shm and working copy count in "
            "it too; try the default, 4."
        )
    return Outcome(problem, kernels)


def answer(outcome: Outcome) -> str:
    """The worker's first answer line's payload: ready, or why not."""
    if outcome.problem:
        return json.dumps({"setup": outcome.problem, "kernels": outcome.kernels})
    return json.dumps({"ready": True, "kernels": outcome.kernels})


def notice(kernels: str) -> str:
    """The line ckl-grade prints once the set-up check passed."""
    if kernels == "warm":
        return (
            "ckl-grade: set-up checked (a sandboxed kernel imported the course's checks and ran "
            "one); warm kernels: each a fork of a template that imported Keras once"
        )
    return (
        "ckl-grade: set-up checked (a sandboxed kernel imported the course's checks and ran "
        f"one); grading with cold kernels: {kernels.removeprefix('cold: ')}"
    )
