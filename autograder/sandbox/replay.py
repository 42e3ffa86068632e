"""Verdicts recomputed outside the kernel, from the models the test cells received.

For each test cell that passed in the kernel and calls `ag.build(fn)` (a
function that builds a model from nothing), the kernel saved the model it
received (`autograder.recording`). `verify` hands the cell's trusted source
(nbgrader restored it from the gradebook), the notebook's setup cells and
the saved models to a verifier process that runs no student code: it loads
each model in Keras's safe mode — only built-in layers, no Lambda bytecode,
no custom classes — and runs the test cell again with `ag.build` returning
the loaded model. The counts, identity and outputs the cell checks are
thereby checked a second time, by code the student could not touch:

- confirmed: the kernel's pass stands;
- refuted: the cell scores 0 and is flagged for review, with the verifier's
  own message (a pass that the data do not support means the kernel lied);
- cannot be recomputed (custom layers, Lambda, a function given arguments):
  the kernel's verdict stands, backed by its integrity checks
  (`autograder.integrity`);
- the kernel saved nothing for a cell that must have a model: flagged;
- the answers define no class and no Lambda, so every model they build is made
  of Keras's own layers and must be checked again: a record that says
  "cannot be saved", or a model the verifier cannot load, is what a kernel
  that lies would leave (a decoy record, a patched Keras layer): flagged.

Records are read as regular files only: the kernel wrote them, and a
symbolic link there (to /dev/zero, to the gradebook) is never followed.

The verifier is one process per grading process (it imports Keras once),
itself in a sandbox that can read only the saved models.
"""

from __future__ import annotations

import ast
import atexit
import json
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import nbformat
from nbgrader.utils import is_grade, is_solution

from ..recording import safe_id
from . import bwrap, warm
from .verdicts import FLAGGED, flag

REPLAY_TIMEOUT = 120.0
VERIFIER_MEMORY = 4 * 2**30


def builds(source: str) -> int:
    """How many `...build(name)` calls (one argument, no others) a test cell makes."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return 0
    return sum(
        1
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "build"
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Name)
    )


def _records(folder: Path, msg_id) -> list[Path]:
    """The models saved while the cell whose execute request was `msg_id` ran, in order."""
    if not msg_id:
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.suffix in (".keras", ".json")
        and p.stem.rsplit(".", 1)[0] == msg_id
        and stat.S_ISREG(p.lstat().st_mode)  # never a symlink, FIFO or device
        and p.stem.rsplit(".", 1)[-1].isdigit()
    ]
    return sorted(found, key=lambda p: int(p.stem.rsplit(".", 1)[1]))


class Verifier:
    """The verifier process (autograder.sandbox.replay_worker), started on first use."""

    _instance: Verifier | None = None

    def __init__(self):
        template = None if warm.cold_by_request() else warm.template()
        self.root = Path(
            tempfile.mkdtemp(prefix="ckl-verify-", dir=template.spool if template else None)
        )
        self.process = None
        if template is not None:  # a fork of the warm template: Keras is imported already
            try:
                self.process = warm.verifier(template, self.root, VERIFIER_MEMORY)
            except (OSError, warm.TemplateError):
                self.process = None  # a cold one, then
        if self.process is None:
            inner = [sys.executable, "-P", "-m", "autograder.sandbox.replay_worker"]
            argv = bwrap.command(self.root, inner, memory_bytes=VERIFIER_MEMORY)
            self.process = subprocess.Popen(
                argv,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
        self.lock = threading.Lock()
        atexit.register(self.close)

    @classmethod
    def get(cls) -> Verifier:
        if cls._instance is None or cls._instance.process.poll() is not None:
            cls._instance = cls()
        return cls._instance

    def ask(self, job: dict, timeout: float = REPLAY_TIMEOUT) -> dict:
        with self.lock:
            self.process.stdin.write(json.dumps(job) + "\n")
            self.process.stdin.flush()
            answer: list[str] = []
            reader = threading.Thread(target=lambda: answer.append(self.process.stdout.readline()))
            reader.start()
            reader.join(timeout)
            if not answer or not answer[0]:
                self.process.kill()  # stuck or gone: no graceful end to wait for
                self.close()
                return {"verdict": "unverifiable", "reason": "the verifier did not answer"}
            return json.loads(answer[0])

    def close(self) -> None:
        """End the verifier: asked to (its CPU time is then counted), killed if it must be."""
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)


def _setup_sources(nb) -> list[str]:
    """The locked code cells before the first answer cell (import autograder, seeds)."""
    out = []
    for cell in nb.cells:
        if is_solution(cell):
            break
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("locked"):
            out.append(cell.source)
    return out


def may_be_unverifiable(nb) -> bool:
    """Whether the answer cells could build a model the verifier cannot load: they
    define a class or use a Lambda layer. (Code they run dynamically does not count:
    `exec` hides a class from this reading, so it earns no exemption.)"""
    for cell in nb.cells:
        if not is_solution(cell):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                return True
            if (isinstance(node, ast.Name) and node.id == "Lambda") or (
                isinstance(node, ast.Attribute) and node.attr == "Lambda"
            ):
                return True
    return False


UNCHECKED_MARK = "ⓘ Not checked again outside your notebook"  # ckl-grade reads it


def note_unchecked(cell, why: str) -> None:
    """Say, in the cell (and so in the grades' detail), that its pass rests on the kernel alone."""
    cell.outputs.append(
        nbformat.v4.new_output(
            "stream",
            name="stdout",
            text=f"{UNCHECKED_MARK} ({why}): this task's result comes from the checks "
            "in the notebook's own kernel.\n",
        )
    )


NOT_RECHECKED = (
    "the model this test cell received could not be checked again outside the notebook's "
    "kernel ({why}), though the answers use only Keras's own layers: code in the notebook "
    "interfered with the checks."
)


def verify(nb, resources, log) -> None:
    """Check again, outside the kernel, the test cells that passed in it (see the module)."""
    folder = resources.pop("ckl_records", None)
    if not folder:
        return
    folder = Path(folder)
    try:
        if not resources.get("ckl_sandboxed"):
            return
        setup = _setup_sources(nb)
        strict = not may_be_unverifiable(nb)
        requests = resources.get("ckl_requests", {})
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not is_grade(cell):
                continue
            if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
                continue  # failed already (or flagged): nothing to confirm
            wanted = builds(cell.source)
            if not wanted:
                continue
            records = _records(folder, safe_id(requests.get(index, "")))
            if len(records) < wanted:
                flag(
                    cell,
                    "the model this test cell received was not recorded for grading: "
                    "code in the notebook interfered with the checks.",
                    resources,
                )
                continue
            if any(p.suffix == ".json" for p in records[:wanted]):
                if strict:
                    flag(cell, NOT_RECHECKED.format(why="it was not saved"), resources)
                else:  # e.g. a custom layer: not recomputable; the kernel's checks stand
                    note_unchecked(cell, "your model uses a class of your own")
                continue
            staged = Verifier.get().root / f"cell-{index}"
            staged.mkdir()
            try:
                paths = []
                for p in records[:wanted]:
                    shutil.copy(p, staged / p.name, follow_symlinks=False)
                    paths.append(str(staged / p.name))
                answer = Verifier.get().ask({"setup": setup, "test": cell.source, "models": paths})
            finally:
                shutil.rmtree(staged, ignore_errors=True)
            verdict = answer.get("verdict")
            if verdict == "refuted":
                flag(
                    cell,
                    "checked again outside the notebook's kernel, this task fails: "
                    + answer.get("message", "").strip().splitlines()[0]
                    if answer.get("message")
                    else "checked again outside the notebook's kernel, this task fails.",
                    resources,
                )
                cell.outputs.append(
                    nbformat.v4.new_output(
                        "stream",
                        name="stdout",
                        text=f"Checked again outside your notebook:\n{answer.get('message', '')}\n",
                    )
                )
            elif verdict == "unverifiable" and strict and answer.get("model"):
                flag(cell, NOT_RECHECKED.format(why=answer.get("reason", "")), resources)
            elif verdict == "unverifiable":
                note_unchecked(cell, answer.get("reason", "not recomputable"))
                log.info(
                    "replay of %s not possible: %s",
                    cell.metadata.nbgrader.get("grade_id"),
                    answer.get("reason"),
                )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["FLAGGED", "Verifier", "builds", "verify"]
