"""The gradebook on a real PostgreSQL server, with parallel workers writing at once.

The test starts its own server from Debian's postgresql package (initdb and
pg_ctl, in a temporary folder, on a free port of 127.0.0.1) and stops it at
the end. Where the package is missing the test is skipped, except under CI.
"""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import ASSIGNMENT, ckl_grade, expected_points, make_course, submit
from nbgrader.api import Gradebook

pytestmark = [pytest.mark.slow, pytest.mark.sandbox]

STUDENTS = {"ada": "reference", "bob": "wrong", "cy": "blank", "dee": "reference"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def postgres_server(bin_dir, folder):
    """A PostgreSQL server on 127.0.0.1 with a database `gradebook`; yields its URL."""
    as_user = []
    if os.getuid() == 0:  # the server refuses to run as root: run it as Debian's postgres user
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(folder, user="postgres")
    data, port = folder / "data", free_port()

    def pg(*args):
        done = subprocess.run([*as_user, *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{args[0]}: {done.stdout}{done.stderr}"

    pg(str(bin_dir / "initdb"), "-D", str(data), "-U", "grader", "--auth=trust", "-E", "UTF8")
    pg(
        str(bin_dir / "pg_ctl"),
        "-D",
        str(data),
        "-w",
        "-l",
        str(folder / "server.log"),
        "-o",
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1",
        "start",
    )
    try:
        pg(
            str(bin_dir / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            "grader",
            "gradebook",
        )
        yield f"postgresql://grader@127.0.0.1:{port}/gradebook"
    finally:
        pg(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")


@pytest.fixture
def server_folder():
    """A folder the postgres user can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="ckl-postgres-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_parallel_workers_share_a_postgresql_gradebook(postgres_bin, server_folder, tmp_path):
    with postgres_server(postgres_bin, server_folder) as url:
        course = make_course(tmp_path / "course", f"--db={url}")
        for student, kind in STUDENTS.items():
            submit(course, student, kind)
        ckl_grade(ASSIGNMENT, "--workers", "2", "--db", url, cwd=course)
        with Gradebook(url) as gradebook:
            for student, kind in STUDENTS.items():
                notebook = gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, student)
                scores = {g.name.removesuffix("_tests"): g.score for g in notebook.grades}
                assert scores == expected_points(kind), student
            assert len(gradebook.find_assignment(ASSIGNMENT).submissions) == len(STUDENTS)
    with (course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        statuses = {r["student_id"]: r["status"] for r in csv.DictReader(handle)}
    assert statuses == dict.fromkeys(STUDENTS, "graded")
    assert not (course / "gradebook.db").exists(), "the SQLite default must not have been used"
