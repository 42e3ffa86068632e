"""Helpers of the adversarial suite (tests/security): a course, hostile submissions, and what must not change.

The suite grades hostile submissions (attacks.py) on `01_concatenation` once per
module and checks, for each: its score and status, that every other file of the
course is byte-for-byte unchanged, that nothing it started is still running, and
that its feedback holds no hidden-test or reference line.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import importlib.util
import json
import os
import re
import socket
import tempfile
import threading
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# tests/classroom/conftest.py: make_course, ckl_grade, nbgrader (under its own name here)
classroom = _load("classroom_helpers", ROOT / "tests" / "classroom" / "conftest.py")
import harness  # noqa: E402  (put on sys.path by the classroom helpers)

ASSIGNMENT = classroom.ASSIGNMENT
# What grading legitimately writes into the course (everything else must stay as it was).
GRADING_OUTPUTS = ("autograded", "feedback", "grades", "gradebook.db", ".nbgrader.log")
CANARY = "ckl-canary-7f3a91"  # planted in secrets; must never reach a kernel's output


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "sandbox: grades in the bubblewrap sandbox (skipped without bwrap, a failure under CI)",
    )


def require_sandbox() -> None:
    """Skip (fail under CI=true) unless a bubblewrap sandbox starts here."""
    from autograder.sandbox import bwrap

    problem = bwrap.probe()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem} (required under CI)", pytrace=False)
        pytest.skip(problem)


# ------------------------------------------------------------------ the course


def plant_secrets(course: Path) -> None:
    """Secrets a submission might try to read: instructor notes, a canary in the env."""
    (course / "instructor_notes.txt").write_text(f"exam answers: {CANARY}\n")


def tree_digest(course: Path, skip_students: set[str] = frozenset()) -> dict[str, str]:
    """path -> sha256 of every file under the course except what grading writes."""
    out = {}
    for path in sorted(course.rglob("*")):
        rel = path.relative_to(course)
        if rel.parts[0] in GRADING_OUTPUTS or "__pycache__" in rel.parts:
            continue
        if path.is_symlink():
            out[str(rel)] = "link:" + os.readlink(path)
        elif path.is_file():
            out[str(rel)] = hashlib.sha256(path.read_bytes()).hexdigest()
        elif path.is_dir():
            out[str(rel)] = "dir"
    return out


def short_tmp() -> Path:
    """The TMPDIR a grading run is given: a fresh folder in /tmp, as an instructor's
    would be. (pytest's own folders are long: below them the grader would make its
    socket-holding folders in /tmp instead, out of the tests' sight.)"""
    return Path(tempfile.mkdtemp(prefix="ckl-t-", dir="/tmp"))


def leftovers(*markers: str) -> list[str]:
    """Processes whose command line, working folder or environment mentions a marker."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            cwd = os.readlink(entry / "cwd") if os.access(entry / "cwd", os.R_OK) else ""
            environ = (entry / "environ").read_bytes().decode(errors="replace")
            environ = re.sub(r"CKL_SECURITY_REUSE=[^\0]*", "", environ)  # the suite's own shell
        except OSError:  # gone, or not ours
            continue
        if any(m in cmdline or m in cwd or m in environ for m in markers):
            found.append(f"{entry.name}: {cmdline[:200]} (cwd {cwd})")
    return found


# ------------------------------------------------------------------ secrets


def _norm(line: str) -> str:
    return " ".join(line.split())


def secret_lines(course: Path, own_notebook=None) -> set[str]:
    """Hidden-test lines, and reference lines the student did not write themselves."""
    source = nbformat.read(course / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    release = nbformat.read(course / "exercises" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    public = {_norm(line) for cell in release.cells for line in cell.source.splitlines()}
    own = set()
    if own_notebook is not None:
        own = {_norm(line) for cell in own_notebook.cells for line in cell.source.splitlines()}
    out = set()
    for cell in source.cells:
        for begin, end in (
            ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS"),
            ("BEGIN SOLUTION", "END SOLUTION"),
        ):
            allowed = public | own  # a line the student wrote themselves is theirs to see
            inside = False
            for line in cell.source.splitlines():
                if begin in line:
                    inside = True
                elif end in line:
                    inside = False
                elif inside and len(_norm(line)) >= 16 and _norm(line) not in allowed:
                    out.add(_norm(line))
    return out


def html_text(path: Path) -> str:
    """The visible text of an HTML file (tags removed, entities decoded), lines normalised."""
    text = re.sub(r"<style.*?</style>|<script.*?</script>", "", path.read_text(), flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(_norm(line) for line in text.splitlines())


def leaks(text: str, secrets: set[str]) -> list[str]:
    """Secret lines found in `text`: verbatim, without spaces, or base64-encoded."""
    squeezed = "".join(text.split())
    decoded = []
    for blob in re.findall(r"[A-Za-z0-9+/=]{40,}", text):
        with contextlib.suppress(ValueError):
            decoded.append(base64.b64decode(blob + "=" * (-len(blob) % 4)).decode(errors="ignore"))
    plain = "\n".join(" ".join(d.split()) for d in decoded)
    return [s for s in secrets if s in text or "".join(s.split()) in squeezed or s in plain]


def outputs_text(path: Path) -> str:
    """Every output of a graded notebook, as text."""
    nb = nbformat.read(path, as_version=4)
    return json.dumps([cell.get("outputs", []) for cell in nb.cells], ensure_ascii=False)


FEEDBACK_BYTES = 1_000_000  # a feedback file stays small, whatever was printed


def assert_contained(course: Path, student: str) -> None:
    """Nothing the submission tried worked (no BREACH), nothing secret reached its outputs,
    and its feedback holds no hidden-test or reference line and no copied secret file."""
    graded = course / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    outputs = outputs_text(graded)
    breaches = [line for line in outputs.split("\\n") if "BREACH" in line]
    assert not breaches, breaches[:5]
    assert CANARY not in outputs
    feedback = course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
    assert feedback.is_file()
    assert feedback.stat().st_size < FEEDBACK_BYTES
    submitted = course / "submitted" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    own = None if submitted.is_symlink() else nbformat.read(submitted, 4)
    found = leaks(html_text(feedback), secret_lines(course, own))
    assert not found, found[:3]
    for folder in (course / "feedback" / student, course / "autograded" / student):
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.endswith((".ipynb", ".html")):
                data = path.read_bytes()
                assert CANARY.encode() not in data and b"BEGIN HIDDEN" not in data, path
                assert not data.startswith(b"SQLite format"), path


def gradebook_outcome(course: Path, student: str) -> tuple[float, set[str]]:
    """The submission's score in the gradebook, and its tasks flagged for review."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        score = gradebook.find_submission(ASSIGNMENT, student).score
        notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
        flagged = {g.name.removesuffix("_tests") for g in notebook.grades if g.needs_manual_grade}
    return score, flagged


# ------------------------------------------------------------------ the network


class Listener:
    """A TCP port and an abstract Unix socket on the host; counts who connects."""

    def __init__(self):
        self.connections = 0
        self.tcp = socket.socket()
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen()
        self.port = self.tcp.getsockname()[1]
        self.abstract = f"ckl-security-{os.getpid()}-{self.port}"
        self.unix = socket.socket(socket.AF_UNIX)
        self.unix.bind("\0" + self.abstract)
        self.unix.listen()
        for sock in (self.tcp, self.unix):
            threading.Thread(target=self._accept, args=(sock,), daemon=True).start()

    def _accept(self, sock) -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.tcp.close()
        self.unix.close()


__all__ = ["classroom", "harness"]
