"""The resource attacks (attacks_resources.py) graded beside honest classmates: warm and
cold ckl-grade, and serial `nbgrader autograde` run from a terminal.

For each grading: every attack's score and status; the honest classmates graded at the
same time keep full marks, and their time stays within a few times that of an honest
submission graded alone; nothing is left running and nothing is left on disk (the
grading's temporary folder is empty), even for the submission killed past
--submission-timeout; serial nbgrader, run with a terminal, has nothing typed into it.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from attacks_resources import ATTACKS, OUTLIVERS
from security_helpers import (
    ASSIGNMENT,
    CANARY,
    Listener,
    assert_contained,
    classroom,
    gradebook_outcome,
    leftovers,
    outputs_text,
    require_sandbox,
    short_tmp,
    tree_digest,
)
from test_hostile_submissions import evil_kernelspec, read_rows, write_submission

pytestmark = [pytest.mark.slow, pytest.mark.sandbox, pytest.mark.xdist_group("security_resources")]

CELL_TIMEOUT = "20"
SUBMISSION_TIMEOUT = "120"  # the outliver sleeps 450 s; honest ones take 18-25 s beside it
HONEST = ("bystander-a", "bystander-b")
SERIAL = [
    "bystander-a",
    "tiocsti",
    "fdforger",
    "shmhog",
    "filler",
    "forkbomb",
    "threadbomb",
    "flood",
]
TYPED = Path("/tmp/ckl-typed-by-a-kernel")  # what the TIOCSTI attack types would create


def _namespace(base: Path) -> SimpleNamespace:
    ns = SimpleNamespace(
        base=base,
        course=base / "course",
        tmp=short_tmp(),
        mark=base / "evil-kernel-started",
        listener=Listener(),
    )
    classroom.make_course(ns.course)
    ns.jupyter = evil_kernelspec(base / "jupyter", ns.mark)
    return ns


def _env(ns, cold: bool) -> dict:
    env = {
        **classroom.env(),
        "TMPDIR": str(ns.tmp),
        "JUPYTER_PATH": str(ns.jupyter),
        "CKL_CANARY": CANARY,
    }
    env.pop("CKL_COLD", None)
    if cold:
        env["CKL_COLD"] = "1"
    return env


def _ckl_grade(ns, cold: bool):
    return subprocess.run(
        [
            str(classroom.BIN / "ckl-grade"),
            ASSIGNMENT,
            "--workers",
            "2",
            "--no-progress",
            "--cell-timeout",
            CELL_TIMEOUT,
            "--submission-timeout",
            SUBMISSION_TIMEOUT,
            *(["--cold"] if cold else []),
        ],
        cwd=ns.course,
        env=_env(ns, cold),
        capture_output=True,
        text=True,
        timeout=1800,
    )


def _seconds(course: Path) -> dict[str, float]:
    ledger = json.loads((course / "grades" / ASSIGNMENT / "status.json").read_text())
    return {student: entry["seconds"] for student, entry in ledger.items()}


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    """How long an honest submission takes to grade on its own (warm and cold)."""
    require_sandbox()
    out = {}
    for mode in ("warm", "cold"):
        ns = _namespace(tmp_path_factory.mktemp(f"alone-{mode}"))
        write_submission(ns, ATTACKS[0])
        result = _ckl_grade(ns, mode == "cold")
        assert result.returncode == 0, result.stdout + result.stderr
        out[mode] = _seconds(ns.course)[ATTACKS[0].student]
        ns.listener.close()
    return out


@pytest.fixture(scope="module", params=["warm", "cold"])
def graded(request, tmp_path_factory):
    require_sandbox()
    ns = _namespace(tmp_path_factory.mktemp(f"resources-{request.param}"))
    ns.mode = request.param
    for attack in [*ATTACKS, *OUTLIVERS]:
        write_submission(ns, attack)
    ns.before = tree_digest(ns.course)
    ns.result = _ckl_grade(ns, request.param == "cold")
    ns.left = leftovers(str(ns.base), str(ns.tmp))
    ns.tmp_left = sorted(str(p.relative_to(ns.tmp)) for p in ns.tmp.rglob("*"))
    ns.rows = read_rows(ns.course) if ns.result.returncode == 0 else {}
    yield ns
    ns.listener.close()
    shutil.rmtree(ns.tmp, ignore_errors=True)


def test_the_class_is_graded_and_nothing_is_left(graded):
    assert graded.result.returncode == 0, graded.result.stdout + graded.result.stderr
    assert set(graded.rows) == {a.student for a in [*ATTACKS, *OUTLIVERS]}
    assert graded.left == [], graded.left
    assert graded.tmp_left == [], graded.tmp_left[:10]  # scratch, records, spools: all gone
    assert tree_digest(graded.course) == graded.before
    assert graded.listener.connections == 0
    assert "\x1b" not in graded.result.stdout + graded.result.stderr  # escapes neutralised
    for log in (graded.course / "grades" / ASSIGNMENT).glob("worker-*.log"):
        text = log.read_text(errors="replace")
        assert "\x1b" not in text and "forged" not in text, log


@pytest.mark.parametrize("attack", [*ATTACKS, *OUTLIVERS], ids=lambda a: a.student)
def test_resource_attack(graded, attack):
    row = graded.rows[attack.student]
    assert (float(row["score"]), row["status"]) == (attack.score, attack.status), (
        f"{graded.mode} {attack.what}: {row}"
    )
    for text in attack.detail:
        assert text in row["detail"], row["detail"]
    if attack.status in ("timed out", "invalid notebook"):
        return  # killed past its time, or refused before nbgrader: no notebook of it kept
    notebook = graded.course / "autograded" / attack.student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    outputs = outputs_text(notebook)
    for text in attack.shows:
        assert text in outputs
    assert_contained(graded.course, attack.student)


def test_honest_classmates_keep_their_marks_and_their_time(graded, alone):
    seconds = _seconds(graded.course)
    for student in HONEST:
        assert graded.rows[student]["status"] == "graded", graded.rows[student]
        assert float(graded.rows[student]["score"]) == ATTACKS[0].score
        # graded beside the attacks (two at a time on a shared machine): a few times the
        # time alone, never the attacks' time
        assert seconds[student] <= 4 * alone[graded.mode] + 60, (student, seconds, alone)


# ------------------------------------------------------------------ serial nbgrader, in a terminal


def _in_a_terminal(argv, cwd, env) -> tuple[int, str]:
    """Run argv with a pty as its controlling terminal and standard streams (an instructor
    at a terminal); its exit status and everything the terminal showed."""
    master, slave = os.openpty()
    process = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
    )
    os.close(slave)
    shown = bytearray()

    def read():
        while True:
            ready, _, _ = select.select([master], [], [], 1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return
                if not chunk:
                    return
                shown.extend(chunk)
            elif process.poll() is not None:
                return

    reader = threading.Thread(target=read)
    reader.start()
    status = process.wait(timeout=1800)
    reader.join(timeout=30)
    os.close(master)
    return status, shown.decode(errors="replace")


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    require_sandbox()
    TYPED.unlink(missing_ok=True)
    ns = _namespace(tmp_path_factory.mktemp("resources-serial"))
    by_student = {a.student: a for a in ATTACKS}
    for student in SERIAL:
        write_submission(ns, by_student[student])
    ns.before = tree_digest(ns.course)
    ns.shown = ""
    for step in (["autograde", ASSIGNMENT, "--create"], ["generate_feedback", ASSIGNMENT]):
        status, shown = _in_a_terminal(
            [sys.executable, "-m", "nbgrader", *step], ns.course, _env(ns, cold=False)
        )
        ns.shown += shown
        assert status == 0, shown[-3000:]
    time.sleep(1)
    ns.left = leftovers(str(ns.base), str(ns.tmp))
    ns.tmp_left = sorted(str(p.relative_to(ns.tmp)) for p in ns.tmp.rglob("*"))
    yield ns
    ns.listener.close()
    shutil.rmtree(ns.tmp, ignore_errors=True)


@pytest.mark.parametrize("student", SERIAL)
def test_resource_attack_under_serial_nbgrader(serial, student):
    attack = next(a for a in ATTACKS if a.student == student)
    assert gradebook_outcome(serial.course, student) == (attack.score, set(attack.flagged))
    assert_contained(serial.course, student)


def test_nothing_typed_into_the_terminal_nor_left(serial):
    assert "ckl-typed-by-a-kernel" not in serial.shown
    assert "forged" not in serial.shown and "@@ckl-grade@@" not in serial.shown
    assert not TYPED.exists()
    assert serial.left == [], serial.left
    assert serial.tmp_left == [], serial.tmp_left[:10]
    assert tree_digest(serial.course) == serial.before
