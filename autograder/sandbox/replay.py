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
  that lies would leave (a decoy record, a patched Keras layer): flagged;
- where the answers do define classes, a record the verifier cannot load must
  still be made of what the learner's function uses (`reachable`): a class of
  the record's own that the function never reaches, or a file that is no saved
  model, is a decoy: flagged.

**Which files are a cell's records is the grader's decision, not the kernel's.**
The kernel writes `<request id>.<n>.keras|json` into a folder of its own; as soon
as a cell's execute reply arrives, the executor calls `take`, which reads every
entry of that folder into the grader (regular files only, without following a
link or blocking on a FIFO, at most 16 MB each and 64 MB in all) and removes it:
no later cell and no thread can change a record once its cell has replied.
`sort_records` then accepts as a cell's records exactly the entries named with
its own request id, found after its own reply, numbered 1..m; anything else —
a `.0`, a gap, a number twice, a record under another cell's id, a link, a
folder, a FIFO, a file too large — is tampering and flags the test cell at or
after the cell it was found after. A test cell whose record-making calls are
certain (no loop) must have exactly as many records as it builds.

The verifier is one process per grading process (it imports Keras once),
itself in a sandbox that can read only the saved models.
"""

from __future__ import annotations

import ast
import atexit
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbgrader.utils import is_grade, is_solution

from ..recording import safe_id
from . import bwrap, warm
from .flags import FLAGGED, STOPPED, flag

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


# A record's name: the id of the cell's execute request, its number in that cell (from 1),
# and what it holds (a saved model, or a note saying why none could be saved).
RECORD_NAME = re.compile(r"(?P<id>[A-Za-z0-9_-]{1,80})\.(?P<n>[0-9]{1,6})\.(?P<kind>keras|json)")
MAX_RECORD_BYTES = 16 * 2**20  # one saved model of this course is a few kB
MAX_TAKEN_BYTES = 64 * 2**20  # all records of one notebook, read into the grader


@dataclass
class Entry:
    """One entry the grader found in the record folder, read and removed at once."""

    name: str
    at: int | None  # the cell after whose reply it was found (None: after the last one)
    data: bytes = b""
    problem: str = ""  # why it cannot be a record ("a symbolic link", "larger than ...")


def _read(path: str, budget: int) -> tuple[bytes, str]:
    """A record's bytes, read without following a link or blocking on a FIFO; or a problem."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):
            return b"", "a symbolic link, not a file"
        return b"", f"not readable as a file ({exc.strerror})"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            return b"", kind
        limit = min(MAX_RECORD_BYTES, budget)
        if info.st_size > limit:
            return b"", f"larger than {limit // 2**20} MB"
        chunks, size = [], 0
        while size <= limit:  # a file that grows while it is read is cut, and refused
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            return b"", f"larger than {limit // 2**20} MB"
        return b"".join(chunks), ""
    finally:
        os.close(fd)


def _remove(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)  # never follows a link inside
        else:
            os.unlink(path)
    except OSError:
        pass


def take(resources: dict, index: int | None = None) -> None:
    """Take every entry of the record folder out of the kernel's reach (read, then removed).

    Called by the executor as soon as cell `index`'s execute reply arrives
    (`SandboxedExecute.on_cell_executed`), and by `verify` (index None) for what
    was written after the last reply. What is found then was written while that
    cell ran (or, by a thread of the kernel's, since the last reply): a later cell
    can no longer replace it, and anything found under another name is evidence.
    """
    folder = resources.get("ckl_records")
    if not folder or not os.path.isdir(folder):
        return
    taken = resources.setdefault("ckl_taken", [])
    used = sum(len(e.data) for e in taken)
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names[:1000]:  # a kernel that makes more has told us enough
        path = os.path.join(folder, name)
        data, problem = _read(path, MAX_TAKEN_BYTES - used)
        used += len(data)
        taken.append(Entry(name, index, data, problem))
        _remove(path)
    for name in names[1000:]:
        _remove(os.path.join(folder, name))
    if len(names) > 1000:
        taken.append(Entry("…", index, b"", f"{len(names)} entries in the records folder"))


def record_calls(source: str) -> tuple[int, bool]:
    """How many calls of a test cell may save a record (`build`, `call`, `build_model`),
    and whether that number is certain (none inside a loop, function or comprehension)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return 0, False
    names = {"build", "call", "build_model"}

    def is_record_call(node) -> bool:
        return isinstance(node, ast.Call) and (
            getattr(node.func, "attr", None) in names or getattr(node.func, "id", None) in names
        )

    count = sum(1 for node in ast.walk(tree) if is_record_call(node))
    repeating = (
        ast.For,
        ast.AsyncFor,
        ast.While,
        ast.FunctionDef,
        ast.AsyncFunctionDef,
        ast.Lambda,
        ast.ListComp,
        ast.SetComp,
        ast.DictComp,
        ast.GeneratorExp,
    )
    certain = not any(
        is_record_call(inner)
        for node in ast.walk(tree)
        if isinstance(node, repeating)
        for inner in ast.walk(node)
        if inner is not node
    )
    return count, certain


@dataclass
class CellRecords:
    """What the grader holds for one cell: its records by number, and why they are suspect."""

    records: dict[int, Entry] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def sort_records(nb, resources: dict) -> dict[int, CellRecords]:
    """Each cell's records, by the rules of the grader (not the kernel's):

    - a cell's records are the entries named `<its request id>.<n>.keras|json` found
      when its reply arrived, numbered exactly 1..m, one per number, regular files
      within the size cap;
    - anything else — a `.0`, a gap, a number twice, a record under another cell's id
      or an unknown one, a link, a folder, a FIFO, a file too large, another name —
      is tampering, charged to the test cell at or after the cell it was found after
      (the code that wrote it ran before that test), else to the last test cell;
    - what is found after the last reply is charged to the last test cell, unless the
      kernel was stopped (then a record may have been cut short honestly).
    """
    requests = {i: safe_id(m) for i, m in resources.get("ckl_requests", {}).items()}
    owner_of = {m: i for i, m in requests.items() if m}
    taken_at = {e.at for e in resources.get("ckl_taken", []) if e.at is not None}
    grade_cells = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and is_grade(c)]
    stop_names = {*STOPPED.values(), "CellTimeoutError"}
    stopped = any(
        o.get("output_type") == "error" and o.get("ename") in stop_names
        for c in nb.cells
        for o in c.get("outputs", [])
    )
    out: dict[int, CellRecords] = {}

    def charge(at: int | None, why: str) -> None:
        if not grade_cells:
            return
        if at is None:
            if stopped:
                return
            target = grade_cells[-1]
        else:
            target = next((g for g in grade_cells if g >= at), grade_cells[-1])
        out.setdefault(target, CellRecords()).problems.append(why)

    for entry in resources.get("ckl_taken", []):
        match = RECORD_NAME.fullmatch(entry.name)
        owner = owner_of.get(match["id"]) if match else None
        at = entry.at
        if at is None and owner is not None and owner not in taken_at:
            at = owner  # the executor did not take this cell's records at its reply: now
        shown = entry.name[:100]
        if entry.problem:
            charge(at, f"the records folder held {shown!r}: {entry.problem}")
        elif match is None:
            charge(at, f"the records folder held {shown!r}, which is no record's name")
        elif owner is None or owner != at:
            charge(at, f"a record was written under another cell's id ({shown})")
        else:
            records = out.setdefault(owner, CellRecords()).records
            n = int(match["n"])
            if n in records:
                charge(at, f"record number {n} was written twice ({shown})")
            else:
                records[n] = entry
    for index, cell in list(out.items()):
        numbers = sorted(cell.records)
        if numbers != list(range(1, len(numbers) + 1)):
            why = (
                "records numbered "
                + ", ".join(map(str, numbers))
                + " where the grader numbers them 1, 2, …"
            )
            if index in grade_cells:
                cell.problems.append(why)
            else:  # an answer cell's: charged to the test cell after it
                charge(index, why)
    return out


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


def built_functions(source: str) -> list[str]:
    """The names a test cell gives to `...build(name)` (one argument), in the source's order."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", "") == "build"
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Name)
    ]
    calls.sort(key=lambda node: (node.lineno, node.col_offset))
    return [node.args[0].id for node in calls]


def _learner_trees(nb) -> list[ast.Module]:
    """The learner's code: answer cells and code cells they added (nothing locked)."""
    trees = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or meta.get("locked") or is_grade(cell):
            continue
        try:
            trees.append(ast.parse(cell.source))
        except SyntaxError:
            continue
    return trees


def _mentions(node) -> set[str]:
    """Every name, attribute and identifier-like string a piece of code mentions."""
    found = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            found.add(inner.id)
        elif isinstance(inner, ast.Attribute):
            found.add(inner.attr)
        elif (
            isinstance(inner, ast.Constant)
            and isinstance(inner.value, str)
            and inner.value.isidentifier()
        ):
            found.add(inner.value)
    return found


def reachable(nb, function: str) -> set[str]:
    """What the learner's `function` uses: the names its definition mentions, and,
    through every top-level definition of the learner's cells it reaches (functions,
    classes, assignments), the names those mention, and so on."""
    definitions: dict[str, list] = {}
    for tree in _learner_trees(nb):
        for statement in tree.body:
            names: list[str] = []
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names = [statement.name]
            elif isinstance(statement, ast.Assign | ast.AnnAssign | ast.AugAssign):
                targets = (
                    statement.targets if isinstance(statement, ast.Assign) else [statement.target]
                )
                names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            for name in names:
                definitions.setdefault(name, []).append(statement)
    seen, todo = {function}, [function]
    while todo:
        for statement in definitions.get(todo.pop(), []):
            for name in _mentions(statement) - seen:
                seen.add(name)
                todo.append(name)
    return seen


def learner_classes(nb) -> set[str]:
    """The classes the learner's cells define (at any depth)."""
    return {
        node.name
        for tree in _learner_trees(nb)
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }


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


NOT_OWN = (
    "the model recorded for this test could not be checked again outside the notebook's "
    "kernel, yet {function}() uses no class of the notebook's own and no Lambda: the record "
    "is not the model the test received (code in the notebook wrote it)."
)


def _not_its_own(nb, answer: dict, functions: list[str]) -> str:
    """Why an unverifiable record cannot be the model the learner's function built, or ''.

    A record the verifier cannot load is only believable when it is made of what the
    function uses: each class of its own the record holds (or Lambda) must be reachable
    from the function's code (`reachable`). A decoy saved by other code — a lying kernel's
    model of a class it defined elsewhere — is not; nor is a file that is no saved model.
    """
    number = answer.get("record", 0)
    function = functions[number] if number < len(functions) else "?"
    if answer.get("unreadable"):
        return (
            f"the model recorded for this test is not a saved model ({answer.get('reason')}): "
            "code in the notebook wrote the record."
        )
    uses = reachable(nb, function)
    strangers = [c for c in answer.get("classes", []) if c not in uses]
    if strangers:
        return (
            f"the model recorded for this test holds {strangers[0]}, which {function}() "
            "never uses: the record is not the model the test received (code in the notebook "
            "wrote it)."
        )
    return ""


NOT_RECORDED = (
    "the model this test cell received was not recorded for grading: "
    "code in the notebook interfered with the checks."
)


def verify(nb, resources, log) -> None:
    """Check again, outside the kernel, the test cells that passed in it (see the module)."""
    folder = resources.pop("ckl_records", None)
    if not folder:
        return
    try:
        if not resources.get("ckl_sandboxed"):
            return
        resources["ckl_records"] = folder
        take(resources)  # what is left: written after the last reply, or never taken
        resources.pop("ckl_records", None)
        sorted_records = sort_records(nb, resources)
        setup = _setup_sources(nb)
        strict = not may_be_unverifiable(nb)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not is_grade(cell):
                continue
            held = sorted_records.get(index, CellRecords())
            if held.problems:  # tampering with the records: whatever the cell showed
                flag(cell, "the grading records were tampered with: " + held.problems[0], resources)
                continue
            if any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
                continue  # failed already (or flagged): nothing to confirm
            wanted = builds(cell.source)
            if not wanted:
                continue
            records = [held.records[n] for n in sorted(held.records)]
            calls, certain = record_calls(cell.source)
            if len(records) < wanted:
                flag(cell, NOT_RECORDED, resources)
                continue
            if certain and calls == wanted and len(records) != wanted:
                flag(
                    cell,
                    f"the grading records were tampered with: {len(records)} records for a "
                    f"test cell that builds {wanted} model{'s' * (wanted != 1)}.",
                    resources,
                )
                continue
            records = records[:wanted]
            functions = built_functions(cell.source)
            unsaved = [n for n, e in enumerate(records) if e.name.endswith(".json")]
            if unsaved:
                function = functions[unsaved[0]] if unsaved[0] < len(functions) else "?"
                if strict:
                    flag(cell, NOT_RECHECKED.format(why="it was not saved"), resources)
                elif not reachable(nb, function) & (learner_classes(nb) | {"Lambda"}):
                    flag(cell, NOT_OWN.format(function=function), resources)
                else:  # e.g. a custom layer: not recomputable; the kernel's checks stand
                    note_unchecked(cell, "your model uses a class of your own")
                continue
            staged = Verifier.get().root / f"cell-{index}"
            staged.mkdir()
            try:
                paths = []
                for n, entry in enumerate(records, 1):
                    path = staged / f"{n}.keras"
                    path.write_bytes(entry.data)
                    paths.append(str(path))
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
            elif (
                verdict == "unverifiable"
                and answer.get("model")
                and (problem := _not_its_own(nb, answer, functions))
            ):
                flag(cell, problem, resources)
            elif verdict == "unverifiable":
                note_unchecked(cell, answer.get("reason", "not recomputable"))
                log.info(
                    "replay of %s not possible: %s",
                    cell.metadata.nbgrader.get("grade_id"),
                    answer.get("reason"),
                )
    finally:
        resources.pop("ckl_taken", None)
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["FLAGGED", "Verifier", "builds", "sort_records", "take", "verify"]
