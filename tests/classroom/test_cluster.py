"""ckl-grade --scheduler: a class graded on a real Dask distributed cluster.

The module starts a PostgreSQL server (the gradebook every worker writes), a
`dask scheduler` and two `dask worker` processes (each with its nanny) on
127.0.0.1, grades a mixed class with `ckl-grade --scheduler`, kills the Dask
worker process that is grading a submission half-way through it, interrupts the
run (Ctrl-C) once that submission is graded again elsewhere, and runs the same
command again to finish. Then:
every submission has its outcome, the scores are those of serial `nbgrader
autograde` cell by cell, the gradebook holds each grade once, the grading
process under the killed worker died with it, and a second run grades nothing.
Two gradings of one submission sent at once (what a worker the scheduler
presumes dead, but is not, leads to) never overlap and store nothing twice.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest
from conftest import (
    ASSIGNMENT,
    BIN,
    ckl_grade,
    env,
    expected_points,
    make_course,
    nbgrader,
    run,
    submit,
)
from nbgrader.api import Gradebook
from test_postgres import free_port, postgres_server

pytestmark = [pytest.mark.slow, pytest.mark.sandbox, pytest.mark.xdist_group("cluster")]

STUDENTS = {
    "ada": "reference",
    "bob": "blank",
    "cy": "wrong",
    "dee": "loop",
    "eve": "killer",
    "gus": "broken",
}
SCORED = ["ada", "bob", "cy", "dee", "eve"]
CELL_TIMEOUT = "30"


@contextlib.contextmanager
def dask_cluster(folder: Path, workers: int = 2):
    """`dask scheduler` and `dask worker`s on 127.0.0.1; yields the scheduler's address."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    # one task per worker thread at a time: what a worker processes is what it grades
    environ = {**env(), "DASK_DISTRIBUTED__SCHEDULER__WORKER_SATURATION": "1.0"}
    started = []

    def start(*args, log):
        process = subprocess.Popen(
            [str(BIN / "dask"), *args],
            cwd=folder,
            env=environ,
            stdout=(folder / log).open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append(process)
        return process

    start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard", log="s.log")
    for n in range(workers):
        start(
            "worker",
            address,
            "--host",
            "127.0.0.1",
            "--nthreads",
            "1",
            "--name",
            f"w{n}",
            "--no-dashboard",
            "--local-directory",
            str(folder / f"w{n}"),
            log=f"w{n}.log",
        )
    try:
        from distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)
        yield address
    finally:
        for process in reversed(started):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in reversed(started):
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def kill_a_worker_mid_task(address: str, grading: subprocess.Popen) -> dict:
    """Kill (SIGKILL) the Dask worker process that has graded one submission for 2 s.

    Returns what was killed: the worker's pid, the task's key and the processes
    that were under the worker (its grading worker and kernels).
    """
    from distributed import Client

    with Client(address, timeout=60) as client:
        seen: dict[tuple[str, str], float] = {}
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and grading.poll() is None:
            now = time.monotonic()
            for worker, keys in client.processing().items():
                for key in keys:
                    first = seen.setdefault((worker, key), now)
                    if now - first < 2:
                        continue
                    pid = client.run(os.getpid, workers=[worker])[worker]
                    under = [p.pid for p in psutil.Process(pid).children(recursive=True)]
                    if not under:  # its grading worker has not started yet
                        continue
                    os.kill(pid, signal.SIGKILL)
                    return {"pid": pid, "key": key, "under": under}
            time.sleep(0.5)
    raise AssertionError("no task was seen being graded: nothing was killed")


def listen_to_ctrl_c() -> None:
    """SIGINT as a terminal's Ctrl-C sends it (a test run in the background ignores it)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def student_of(key: str) -> str:
    return next(s for s in STUDENTS if f"-{s}-" in key)


def interrupt_once_recorded(grading: subprocess.Popen, course: Path, student: str) -> dict:
    """Ctrl-C to ckl-grade once `student`'s grade is recorded (its retry, after the kill)."""
    status = course / "grades" / ASSIGNMENT / "status.json"
    recorded: dict = {}
    try:
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and grading.poll() is None:
            entries = json.loads(status.read_text()) if status.is_file() else {}
            recorded = {
                s: e["status"]
                for s, e in entries.items()
                if e["status"] not in ("grading", "invalid notebook")
            }
            if student in recorded:
                grading.send_signal(signal.SIGINT)
                break
            time.sleep(0.2)
        _, err = grading.communicate(timeout=300)
    finally:
        if grading.poll() is None:
            grading.kill()
    return {"returncode": grading.returncode, "stderr": err, "recorded": recorded}


def rows(course: Path) -> dict[str, dict]:
    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


def cell_scores(url: str, students) -> dict[str, dict[str, float]]:
    with Gradebook(url) as gradebook:
        out = {}
        for student in students:
            notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
            out[student] = {g.name.removesuffix("_tests"): g.score for g in notebook.grades}
        return out


def row_counts(url: str) -> dict[str, int]:
    """Rows of the gradebook's tables that grading writes (one per grade, per submission)."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(url)
    tables = ["submitted_assignment", "submitted_notebook", "grade", "comment"]
    with engine.connect() as connection:
        counts = {
            t: connection.execute(sqlalchemy.text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
            for t in tables
        }
        counts["distinct grades"] = connection.execute(
            sqlalchemy.text("SELECT COUNT(DISTINCT (notebook_id, cell_id)) FROM grade")
        ).scalar_one()
    engine.dispose()
    return counts


@pytest.fixture(scope="module")
def cluster_class(postgres_bin, tmp_path_factory):
    folder = Path(tempfile.mkdtemp(prefix="ckl-postgres-"))  # the postgres user must reach it
    root = tmp_path_factory.mktemp("cluster")
    try:
        with postgres_server(postgres_bin, folder) as url, dask_cluster(root) as address:
            course = make_course(root / "course", f"--db={url}")
            for student, kind in STUDENTS.items():
                submit(course, student, kind)
            command = [
                str(BIN / "ckl-grade"),
                ASSIGNMENT,
                "--db",
                url,
                "--scheduler",
                address,
                "--cell-timeout",
                CELL_TIMEOUT,
            ]
            grading = subprocess.Popen(
                command,
                cwd=course,
                env=env(),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                preexec_fn=listen_to_ctrl_c,
            )
            try:
                killed = kill_a_worker_mid_task(address, grading)
            except BaseException:
                grading.kill()
                raise
            first = interrupt_once_recorded(grading, course, student_of(killed["key"]))
            second = run(command, course, check=False)
            gone = []
            for _ in range(40):
                gone = [pid for pid in killed["under"] if not psutil.pid_exists(pid)]
                if len(gone) == len(killed["under"]):
                    break
                time.sleep(0.5)
            yield {
                "course": course,
                "url": url,
                "address": address,
                "returncode": second.returncode,
                "stdout": second.stdout,
                "stderr": second.stderr,
                "rows": rows(course),
                "killed": killed,
                "gone": gone,
                "counts": row_counts(url),
                "interrupted": first,
            }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_every_submission_has_its_outcome(cluster_class):
    result = cluster_class
    assert result["returncode"] == 0, result["stdout"] + result["stderr"]
    status = {s: r["status"] for s, r in result["rows"].items()}
    assert status == {
        "ada": "graded",
        "bob": "graded",
        "cy": "graded",
        "dee": "graded",  # its looping cell timed out and lost its points
        "eve": "kernel died",
        "gus": "invalid notebook",
    }
    assert "two_branches_tests: timed out" in result["rows"]["dee"]["detail"]
    assert "remaining=0" in result["stderr"]
    assert "6 submissions" in result["stdout"]
    assert (result["course"] / "grades" / ASSIGNMENT / "report.html").is_file()
    for student in SCORED:
        assert (
            result["course"] / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
        ).is_file()


def test_an_interrupted_run_is_finished_by_the_next(cluster_class):
    first = cluster_class["interrupted"]
    assert first["returncode"] == 130, first["stderr"]
    assert "Run the same command again" in first["stderr"]
    # interrupted once the killed worker's submission was graded again, before the end
    assert student_of(cluster_class["killed"]["key"]) in first["recorded"]
    assert set(first["recorded"]) < set(SCORED)  # the next run graded the rest


def test_the_killed_worker_cost_a_retry_not_a_grade(cluster_class):
    result = cluster_class
    killed = result["killed"]
    student = student_of(killed["key"])
    assert student in SCORED
    # the grading process and kernels under the killed Dask worker died with it
    assert sorted(result["gone"]) == sorted(killed["under"])
    full = float(result["rows"]["ada"]["max_score"])
    scores = {s: float(r["score"]) for s, r in result["rows"].items()}
    assert scores == {
        "ada": full,
        "bob": 0.0,
        "cy": sum(expected_points("wrong").values()),
        "dee": full - 3,  # two_branches (3 points) timed out
        "eve": 3.0,  # killed its kernel in task 2
        "gus": 0.0,
    }


def test_each_grade_is_stored_once(cluster_class):
    counts = cluster_class["counts"]
    cells = 3  # the assignment's graded cells
    assert counts["submitted_assignment"] == len(SCORED)
    assert counts["submitted_notebook"] == len(SCORED)
    assert counts["grade"] == len(SCORED) * cells
    assert counts["distinct grades"] == counts["grade"]


def test_same_scores_as_serial_nbgrader_autograde(cluster_class, tmp_path):
    course, url = cluster_class["course"], cluster_class["url"]
    students = ["ada", "bob", "cy", "eve"]  # dee's loop would cost serial grading a minute
    serial = make_course(tmp_path / "serial")
    for student in students:
        shutil.copytree(course / "submitted" / student, serial / "submitted" / student)
    nbgrader("autograde", ASSIGNMENT, "--create", cwd=serial)
    serial_url = f"sqlite:///{serial / 'gradebook.db'}"
    assert cell_scores(serial_url, students) == cell_scores(url, students)


def test_a_second_run_grades_nothing(cluster_class):
    course, url, address = cluster_class["course"], cluster_class["url"], cluster_class["address"]
    status = (course / "grades" / ASSIGNMENT / "status.json").read_bytes()
    before = cell_scores(url, SCORED)
    again = ckl_grade(ASSIGNMENT, "--db", url, "--scheduler", address, "--no-progress", cwd=course)
    assert "6 submissions" in again.stdout
    assert (course / "grades" / ASSIGNMENT / "status.json").read_bytes() == status
    assert rows(course) == cluster_class["rows"]
    assert row_counts(url) == cluster_class["counts"]
    assert cell_scores(url, SCORED) == before


def test_two_gradings_of_one_submission_never_overlap(cluster_class):
    """What a worker presumed dead but still grading leads to: its task runs again elsewhere."""
    from distributed import Client

    from autograder.classroom import cluster, plan, pool

    course, url = cluster_class["course"], cluster_class["url"]
    found = plan.make_plan(course, ASSIGNMENT)
    job = next(s for s in found.submissions if s.student == "ada")
    settings = pool.Settings(
        workers=1, cell_timeout=int(CELL_TIMEOUT), db_url=url, submission_timeout=600
    )
    with Client(cluster_class["address"], timeout=60) as client:
        futures = [
            client.submit(cluster.grade_submission, found, settings, job, pure=False)
            for _ in range(2)
        ]
        answers = client.gather(futures)
    assert [a["status"] for a in answers] == ["graded", "graded"]
    first, second = sorted(answers, key=lambda a: a["lock_wait"])
    # the second waited for the first to finish (both ran at once, on the two workers)
    assert second["lock_wait"] >= 0.8 * first["seconds"], answers
    assert row_counts(url) == cluster_class["counts"]
    assert cell_scores(url, ["ada"]) == {"ada": expected_points("reference")}


def test_without_a_scheduler_dask_is_not_imported(cluster_class):
    """The local route's whole command (here: nothing left to grade, then the reports)."""
    course, url = cluster_class["course"], cluster_class["url"]
    code = (
        "import sys\n"
        "from autograder.classroom import cli\n"
        f"code = cli.main([{ASSIGNMENT!r}, '--db', {url!r}, '--no-progress'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "assert code == 0 and not loaded, (code, loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=course, env=env(), capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "report:" in done.stdout


def test_a_cluster_needs_a_shared_gradebook(tmp_path):
    course = make_course(tmp_path / "course")
    submit(course, "ada", "reference")
    done = ckl_grade(ASSIGNMENT, "--scheduler", "tcp://127.0.0.1:1", cwd=course, check=False)
    assert done.returncode == 2
    assert "--db postgresql://" in done.stderr


def test_the_report_counts_what_stopped(cluster_class):
    with (cluster_class["course"] / "grades" / ASSIGNMENT / "causes.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    found = {(r["student"], r["task"], r["check"]) for r in rows}
    assert {(t, c) for s, t, c in found if s == "dee"} == {("two_branches", "Timed out")}
    assert ("eve", "inception_block", "Kernel died") in found
    assert {r["student"] for r in rows} == {"bob", "cy", "dee", "eve"}  # not ada, not gus
    assert {(r["task"], r["check"]) for r in rows if r["student"] == "bob"} == {
        ("two_branches", "build_two_branch_model() is not written yet"),
        ("inception_block", "build_inception_block() is not written yet"),
        ("tiled_metadata", "build_tiled_metadata_model() is not written yet"),
    }
