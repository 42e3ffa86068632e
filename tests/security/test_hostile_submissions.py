"""Proof of the grading security model: a class of hostile submissions, graded by ckl-grade.

One course, every attack of attacks.py as one student's submission, graded
once with `ckl-grade --workers 2`. For each submission: its recorded score
and status (flagged where it tampered), no `BREACH` in its outputs (nothing it
tried worked), no secret in its outputs or feedback. For the class: every
other file of the course byte-for-byte unchanged, no process left behind, no
connection reached the host. Last, an interrupted `ckl-grade --force` and a
rerun give the same grades.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest
from catalogue import ATTACKS, POINTS
from nbgrader.api import Gradebook
from security_helpers import (
    ASSIGNMENT,
    CANARY,
    ROOT,
    Listener,
    assert_contained,
    classroom,
    harness,
    leaks,
    leftovers,
    outputs_text,
    plant_secrets,
    require_sandbox,
    secret_lines,
    short_tmp,
    tree_digest,
)

# one class graded once for the whole module (its fixture), on one xdist worker
pytestmark = [pytest.mark.slow, pytest.mark.sandbox, pytest.mark.xdist_group("security")]

CELL_TIMEOUT = "20"


def _fill(text: str, ns) -> str:
    for key, value in {
        "@COURSE@": str(ns.course),
        "@REPO@": str(ROOT),
        "@PORT@": str(ns.listener.port),
        "@ABSTRACT@": ns.listener.abstract,
        "@MARK@": str(ns.mark),
    }.items():
        text = text.replace(key, value)
    return text


def write_submission(ns, attack) -> None:
    folder = ns.course / "submitted" / attack.student / ASSIGNMENT
    folder.mkdir(parents=True, exist_ok=True)
    nb = harness.fill(ASSIGNMENT, attack.sources(lambda s: _fill(s, ns)))
    if attack.notebook:
        attack.notebook(nb)
    target = folder / f"{ASSIGNMENT}.ipynb"
    if attack.symlinked_notebook:
        target.symlink_to(_fill(attack.symlinked_notebook, ns))
    else:
        nbformat.write(nb, target)
    for name, content in attack.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if content.startswith("->"):
            path.symlink_to(_fill(content[2:], ns))
        else:
            path.write_text(_fill(content, ns))


def evil_kernelspec(root: Path, mark: Path) -> Path:
    """A kernel named in a submission's metadata: if grading ever starts it, `mark` appears."""
    spec = root / "kernels" / "ckl-evil"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [
                    "/bin/sh",
                    "-c",
                    f'touch {mark}; exec {sys.executable} -m ipykernel_launcher -f "$0"',
                    "{connection_file}",
                ],
                "display_name": "Python 3",
                "language": "python",
            }
        )
    )
    return root


def chosen() -> list:
    """The attacks graded: all, or those named in CKL_SECURITY_ONLY (development)."""
    only = [s for s in os.environ.get("CKL_SECURITY_ONLY", "").split(",") if s]
    return [a for a in ATTACKS if not only or a.student in only]


def grading_env(ns) -> dict:
    return {
        **classroom.env(),
        "TMPDIR": str(ns.tmp),  # scratch folders here: a leftover process names this path
        "JUPYTER_PATH": str(ns.jupyter),
        "CKL_CANARY": CANARY,  # the grader's environment must not reach a kernel
    }


def ckl_grade(ns, *args, **kwargs):
    return subprocess.run(
        [str(classroom.BIN / "ckl-grade"), ASSIGNMENT, "--workers", "2", "--no-progress", *args],
        cwd=ns.course,
        env=grading_env(ns),
        capture_output=True,
        text=True,
        timeout=1500,
        **kwargs,
    )


def read_rows(course: Path) -> dict[str, dict]:
    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    require_sandbox()
    reuse = os.environ.get("CKL_SECURITY_REUSE", "")  # a base folder graded before (development)
    base = Path(reuse) if reuse else tmp_path_factory.mktemp("hostile")
    ns = SimpleNamespace(
        base=base,
        course=base / "course",
        tmp=short_tmp(),
        mark=base / "evil-kernel-started",
        listener=Listener(),
    )
    if reuse:
        saved = json.loads((base / "run.json").read_text())
        ns.listener.port, ns.listener.abstract = saved["port"], saved["abstract"]
        ns.jupyter = base / "jupyter"
        ns.result = SimpleNamespace(**saved["result"])
        ns.seconds, ns.left, ns.before = saved["seconds"], saved["left"], saved["before"]
    else:
        classroom.make_course(ns.course)
        ns.jupyter = evil_kernelspec(base / "jupyter", ns.mark)
        plant_secrets(ns.course)
        for attack in chosen():
            write_submission(ns, attack)
        ns.before = tree_digest(ns.course)
        started = time.monotonic()
        ns.result = ckl_grade(ns, "--cell-timeout", CELL_TIMEOUT)
        ns.seconds = time.monotonic() - started
        ns.left = leftovers(str(base), str(ns.tmp))
        run = {
            "returncode": ns.result.returncode,
            "stdout": ns.result.stdout,
            "stderr": ns.result.stderr,
        }
        saved = {"port": ns.listener.port, "abstract": ns.listener.abstract, "result": run}
        saved.update(seconds=ns.seconds, left=ns.left, before=ns.before)
        (base / "run.json").write_text(json.dumps(saved))
    ns.after = tree_digest(ns.course)
    ns.rows = read_rows(ns.course) if ns.result.returncode == 0 else {}
    ns.gradebook = (ns.course / "gradebook.db").read_bytes()
    yield ns
    ns.listener.close()
    shutil.rmtree(ns.tmp, ignore_errors=True)


def test_the_class_is_graded(graded):
    assert graded.result.returncode == 0, graded.result.stdout + graded.result.stderr
    assert set(graded.rows) == {a.student for a in chosen()}
    print(f"ckl-grade took {graded.seconds:.0f} s for {len(ATTACKS)} submissions")


def _attack_params():
    for attack in ATTACKS:
        marks = (
            [pytest.mark.xfail(strict=True, reason=attack.open_hole)] if attack.open_hole else []
        )
        yield pytest.param(attack, id=attack.student, marks=marks)


@pytest.mark.parametrize("attack", list(_attack_params()))
def test_attack(graded, attack):
    """Score and status as expected; nothing it tried worked; nothing secret came out."""
    course = graded.course
    if attack not in chosen():
        pytest.skip("not graded in this run (CKL_SECURITY_ONLY)")
    row = graded.rows[attack.student]
    assert (float(row["score"]), row["status"]) == (attack.score, attack.status), (
        f"{attack.what}: {row}"
    )
    for task in POINTS:
        flagged = f"{task}_tests: flagged for review" in row["detail"]
        assert flagged == (task in attack.flagged), f"{task}: {row['detail']}"
    for text in attack.detail:
        assert text in row["detail"], row["detail"]
    # nbgrader refused the notebook, or ckl-grade did before it ("invalid notebook": far
    # more cells than its assignment): nothing of it ran
    if attack.status in ("error", "invalid notebook"):
        assert not (course / "feedback" / attack.student).exists()
        return
    outputs = outputs_text(
        course / "autograded" / attack.student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    )
    for text in attack.shows:
        assert text in outputs
    assert_contained(course, attack.student)


def test_the_leak_detector_sees_hidden_tests(graded):
    """The feedback check above is not vacuous: the graded notebook does hold hidden lines."""
    course = graded.course
    graded_nb = nbformat.read(course / "autograded" / "ada" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    source = "\n".join(
        " ".join(line.split()) for c in graded_nb.cells for line in c.source.splitlines()
    )
    secrets = secret_lines(course)
    assert len(secrets) > 20
    assert leaks(source, secrets)


def test_every_other_file_is_unchanged(graded):
    changed = {
        k
        for k in graded.before.keys() | graded.after.keys()
        if graded.before.get(k) != graded.after.get(k)
    }
    assert not changed, sorted(changed)[:10]
    assert not (graded.course / "PWNED").exists() and not (ROOT / "PWNED").exists()
    assert not list(graded.base.rglob("PWNED"))


def test_no_process_is_left(graded):
    assert graded.left == []
    assert leftovers(str(graded.base), str(graded.tmp)) == []


def test_no_connection_reached_the_host(graded):
    assert graded.listener.connections == 0


def test_the_notebooks_kernelspec_is_never_started(graded):
    assert not graded.mark.exists()


def test_autograded_copies_hold_no_secret(graded):
    """nbgrader copies the files of a submission: a symlink must not bring a secret along."""
    folder = graded.course / "autograded" / "linker" / ASSIGNMENT
    for path in folder.rglob("*"):
        if path.is_file() and not path.name.endswith(".ipynb"):
            data = path.read_bytes()
            assert CANARY.encode() not in data and b"BEGIN HIDDEN" not in data, path
            assert not data.startswith(b"SQLite format"), path


def test_each_grade_is_its_own(graded):
    """Cell by cell, the gradebook holds what each submission earned (no one else's doing)."""
    with Gradebook(f"sqlite:///{graded.course / 'gradebook.db'}") as gradebook:
        if "ada" in graded.rows:
            ada = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, "ada")
            assert {g.name: g.score for g in ada.grades} == {
                f"{t}_tests": p for t, p in POINTS.items()
            }
        for attack in chosen():
            if attack.status == "invalid notebook":  # never handed to nbgrader
                continue
            found = gradebook.find_submission(ASSIGNMENT, attack.student)
            assert found.score == float(graded.rows[attack.student]["score"]), attack.student
            flagged = {
                g.name.removesuffix("_tests")
                for g in gradebook.find_submission_notebook(
                    ASSIGNMENT, ASSIGNMENT, attack.student
                ).grades
                if g.needs_manual_grade
            }
            if not attack.open_hole and attack.status != "error":
                assert flagged == set(attack.flagged), attack.student


def test_nothing_edits_the_gradebook_afterwards(graded):
    """A process started by a submission that outlived grading would edit it now."""
    time.sleep(3)
    assert (graded.course / "gradebook.db").read_bytes() == graded.gradebook
    assert leftovers(str(graded.base), str(graded.tmp)) == []


def test_interrupted_force_then_rerun(graded):
    """`ckl-grade --force` interrupted mid-class, then a plain rerun: the same grades."""
    ledger = graded.course / "grades" / ASSIGNMENT / "status.json"
    first = subprocess.Popen(
        [
            str(classroom.BIN / "ckl-grade"),
            ASSIGNMENT,
            "--workers",
            "2",
            "--no-progress",
            "--force",
        ],
        cwd=graded.course,
        env=grading_env(graded),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        entries = json.loads(ledger.read_text())
        if sum(e["status"] == "grading" for e in entries.values()) >= 2:
            break
        time.sleep(0.2)
    time.sleep(4)  # the kernels are running
    first.send_signal(signal.SIGINT)
    assert first.wait(timeout=120) == 130
    entries = json.loads(ledger.read_text())
    in_flight = {s for s, e in entries.items() if e["status"] == "grading"}
    assert in_flight, entries
    assert leftovers(str(graded.base), str(graded.tmp)) == []
    rerun = ckl_grade(graded, "--cell-timeout", CELL_TIMEOUT)
    assert rerun.returncode == 0, rerun.stderr
    rows = read_rows(graded.course)
    for student in in_flight:
        assert (rows[student]["status"], rows[student]["score"]) == (
            graded.rows[student]["status"],
            graded.rows[student]["score"],
        ), student
    for student, row in rows.items():
        assert row["status"] != "grading", student
    assert tree_digest(graded.course) == graded.before
    assert leftovers(str(graded.base), str(graded.tmp)) == []
    os.sync()
