"""Grading on a Dask distributed cluster: `ckl-grade ASSIGNMENT --scheduler tcp://HOST:8786`.

The cluster does what the local pool does, on other machines: one Dask task per
submission, and each task grades its submission in a local grading worker
(`pool.Worker`, the very process `ckl-grade` starts on one machine: nbgrader's
autograde, the same limits, the same sandbox), kept by the Dask worker for its
next task. Results come back to `ckl-grade`, which alone writes the ledger, the
progress bar, grades.csv and the report, as it does locally.

Every machine needs what a local worker needs: the course directory at the same
path (a network file system), the same environment (this package, nbgrader,
Keras, bubblewrap), and a gradebook every worker reaches at once (PostgreSQL,
`--db`). `check_workers` asks each worker before anything is graded.

No grade is lost or doubled when a worker dies:

- A Dask worker that dies mid-task (its grading worker dies with it: it watches
  its parent) is replaced by its nanny, and the scheduler gives the task to
  another worker, up to its `allowed-failures` (Dask's own retry, the only one
  for deaths). The task is then reported as `KilledWorker`: recorded as "worker
  died", which the next run grades again. `retries=0`: a task never raises for
  a submission's doing, so Dask has nothing else to retry.
- What the grading worker itself answers is retried as locally (`pool.RETRYABLE`,
  `pool.RETRIES`), by a new task submitted only after the last one's answer came
  back: never two of ours at once.
- A worker the scheduler presumes dead may still be grading when its task runs
  again elsewhere. Each task holds a PostgreSQL advisory lock on its submission
  while it grades (held by its connection: released when the process that holds
  it ends), so two gradings of one submission never overlap; nbgrader's
  autograde (`force=True`) then replaces the first one's grades, row for row.

Dask is imported only here, and this module only with `--scheduler`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import itertools
import os
import platform
import queue
import socket
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path

from . import pool
from .ledger import Ledger
from .plan import Plan, Submission

START_TIMEOUT = 300.0  # seconds a grading worker may take to start (imports included)
WAIT_FOR_WORKERS = 60.0  # seconds to wait for the first Dask worker
PACKAGES = ("nbgrader", "keras", "tensorflow", "dask", "distributed")


class ClusterError(Exception):
    """The cluster cannot grade this course; str() says why and what to do."""


# --------------------------------------------------------------------------------------
# On the cluster's workers


class LocalGrader:
    """A local grading worker (`pool.Worker`) kept by a Dask worker between its tasks."""

    _numbers = itertools.count()

    def __init__(self, plan: Plan, settings: pool.Settings):
        self.answers: queue.Queue = queue.Queue()
        name = f"{socket.gethostname()}-{os.getpid()}-{next(self._numbers)}"
        self.worker = pool.Worker(plan, settings, self.answers, name)
        self.alive = True

    def _next(self, until: float):
        """The worker's next message, None if it has gone, "late" past `until`."""
        while True:
            left = until - time.monotonic()
            if left <= 0:
                return "late"
            try:
                _, message = self.answers.get(timeout=min(left, 1.0))
            except queue.Empty:
                continue
            return message

    def grade(self, job: Submission, timeout: float) -> dict:
        """Grade one submission; the answer is the local worker's, or why there is none."""
        host = socket.gethostname()
        if not self.worker.ready:
            message = self._next(time.monotonic() + START_TIMEOUT)
            if isinstance(message, dict) and "setup" in message:  # its set-up check failed
                self.kill()
                why = f"the set-up check failed on {host}: {message['setup']}"
                return {**_answer(job, "error", why), "setup": why}
            if not (isinstance(message, dict) and message.get("ready")):
                self.kill()
                tail = self.worker.log.read_text(errors="replace")[-1500:]
                return _answer(job, "error", f"the grading worker on {host} did not start: {tail}")
            self.worker.ready = True
        self.worker.send(job, timeout)
        message = self._next(self.worker.deadline)
        while isinstance(message, dict) and not self.worker.takes(message):
            message = self._next(self.worker.deadline)  # not about its submission
        if message == "late":
            self.kill()
            return _answer(job, "timed out", f"no result within {timeout:.0f} s")
        if message is None:
            self.kill()
            return _answer(job, "worker died", f"the grading process on {host} ended")
        return message

    def kill(self) -> None:
        self.alive = False
        self.worker.kill()


def _answer(job: Submission, status: str, detail: str) -> dict:
    return {"student": job.student, "status": status, "scored": False, "detail": detail}


_idle: dict[tuple, list[LocalGrader]] = {}
_idle_lock = threading.Lock()


def _settings_key(plan: Plan, settings: pool.Settings) -> tuple:
    return (str(plan.course), plan.assignment, repr(settings))


def lock_key(assignment: str, student: str) -> int:
    """A signed 64-bit key for PostgreSQL's advisory lock on one submission."""
    digest = hashlib.blake2b(f"ckl-grade\0{assignment}\0{student}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


@contextlib.contextmanager
def submission_lock(db_url: str, assignment: str, student: str):
    """Hold a PostgreSQL advisory lock on one submission (no lock for other databases)."""
    if not db_url.startswith("postgresql"):
        yield
        return
    import sqlalchemy
    from sqlalchemy.pool import NullPool

    engine = sqlalchemy.create_engine(db_url, poolclass=NullPool)
    key = {"key": lock_key(assignment, student)}
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sqlalchemy.text("SELECT pg_advisory_lock(:key)"), key)
            try:
                yield
            finally:
                connection.execute(sqlalchemy.text("SELECT pg_advisory_unlock(:key)"), key)
    finally:
        engine.dispose()


def grade_submission(plan: Plan, settings: pool.Settings, job: Submission) -> dict:
    """One Dask task: grade one submission in a local grading worker, answer as it does.

    The answer is the grading worker's (`worker.grade`'s dict), plus the host that
    graded it and how long the task waited for the submission's lock.
    """
    asked = time.monotonic()
    key = _settings_key(plan, settings)
    with submission_lock(settings.db_url, plan.assignment, job.student):
        waited = time.monotonic() - asked
        with _idle_lock:
            idle = _idle.setdefault(key, [])
            local = idle.pop() if idle else None
        if local is None:
            local = LocalGrader(plan, settings)
        try:
            answer = local.grade(job, settings.submission_timeout)
        except BaseException:
            local.kill()
            raise
        if local.alive:
            with _idle_lock:
                _idle[key].append(local)
    return {**answer, "host": socket.gethostname(), "lock_wait": round(waited, 2)}


def close_local_graders() -> int:
    """Run on every Dask worker at the end of a run: its idle grading workers end."""
    with _idle_lock:
        graders = [g for idle in _idle.values() for g in idle]
        _idle.clear()
    for grader in graders:
        grader.worker.close()
    return len(graders)


def package_hash() -> str:
    """A digest of this package's Python files: the same course code on every machine."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def environment() -> dict:
    """What must be the same on every machine that grades."""
    facts = {"python": platform.python_version(), "autograder": package_hash()}
    for name in PACKAGES:
        try:
            facts[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            facts[name] = "not installed"
    return facts


def worker_facts(course: str, sandbox: bool) -> dict:
    """Run on every Dask worker before grading: its environment, and what it cannot reach."""
    problems = []
    folder = Path(course)
    if not (folder / "nbgrader_config.py").is_file() or not (folder / "submitted").is_dir():
        problems.append(
            f"cannot see the course directory {course} (nbgrader_config.py, submitted/)"
        )
    if sandbox:
        from ..sandbox import bwrap

        problem = bwrap.probe()
        if problem:
            problems.append(problem)
    return {"environment": environment(), "problems": problems, "host": socket.gethostname()}


# --------------------------------------------------------------------------------------
# In ckl-grade


def connect(address: str, plan: Plan, settings: pool.Settings):
    """A Dask client on `address`, once every worker has shown it can grade this course."""
    if not settings.db_url or settings.db_url.startswith("sqlite"):
        raise ClusterError(
            "A cluster's workers write one gradebook at once, from several machines: "
            "give a PostgreSQL gradebook, --db postgresql://USER@HOST/DATABASE "
            f"(the course's is {settings.db_url or 'not set'})."
        )
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "--scheduler needs Dask's distributed scheduler: "
            "pip install 'combining-keras-layers[cluster]'"
        ) from None
    try:
        client = Client(address, timeout=30, set_as_default=False)
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        client.wait_for_workers(1, timeout=WAIT_FOR_WORKERS)
    except TimeoutError:
        client.close()
        raise ClusterError(
            f"the Dask scheduler at {address} has no worker (waited {WAIT_FOR_WORKERS:.0f} s): "
            f"start some with `dask worker {address}`"
        ) from None
    try:
        check_workers(client, plan, settings)
    except BaseException:
        client.close()
        raise
    return client


def check_workers(client, plan: Plan, settings: pool.Settings) -> None:
    """Every worker sees the course and has the same environment as here, or ClusterError."""
    here = environment()
    facts = client.run(worker_facts, str(plan.course), settings.sandbox)
    problems = []
    for address, found in sorted(facts.items()):
        differs = [
            f"{name} {found['environment'].get(name)} (here {value})"
            for name, value in here.items()
            if found["environment"].get(name) != value
        ]
        if differs:
            found["problems"].append("another environment: " + ", ".join(differs))
        problems.extend(f"{address} ({found['host']}): {p}" for p in found["problems"])
    if problems:
        raise ClusterError(
            "some Dask workers cannot grade this course:\n  "
            + "\n  ".join(problems)
            + "\nEvery worker needs the course directory at the same path, the same "
            "environment (pip install -e '.[cluster]') and bubblewrap."
        )


def run(
    client,
    plan: Plan,
    todo: list[Submission],
    ledger: Ledger,
    settings: pool.Settings,
    progress: pool.Progress,
) -> None:
    """Grade `todo` on the cluster, recording each answer in `ledger` as it arrives."""
    from distributed import as_completed
    from distributed.scheduler import KilledWorker

    slim = replace(plan, submissions=[])  # a task needs the course and the assignment only
    run_id = uuid.uuid4().hex[:8]
    tries: dict[str, int] = {}
    futures: dict = {}

    def submit(job: Submission):
        tries[job.student] = tries.get(job.student, 0) + 1
        key = f"ckl-grade-{plan.assignment}-{run_id}-{job.student}-{tries[job.student]}"
        future = client.submit(
            grade_submission, slim, settings, job, key=key, pure=False, retries=0
        )
        futures[future] = job
        return future

    try:
        for job in todo:
            ledger.start(job)  # not done until its answer is recorded
        finished = as_completed([submit(job) for job in todo], loop=client.loop)
        for future in finished:
            job = futures.pop(future)
            if future.status == "finished":
                answer = future.result()
            else:
                error = future.exception()
                if isinstance(error, KilledWorker):
                    detail = "Dask workers died while grading it (Dask's allowed-failures)"
                    answer = _answer(job, "worker died", detail)
                else:
                    answer = _answer(job, "error", f"{type(error).__name__}: {error}"[-400:])
            future.release()
            if "setup" in answer:  # that machine cannot grade as it is: stop, as locally
                raise pool.SetupError(f"{answer['setup']}; nothing more was graded")
            status = answer["status"]
            if status in pool.RETRYABLE and tries[job.student] < pool.RETRIES:
                finished.add(submit(job))
                continue
            status, detail = pool.exhausted(status, answer.get("detail", ""))
            ledger.record(
                job,
                status,
                detail,
                answer.get("seconds", 0),
                scored=answer.get("scored", status == "graded"),
            )
            progress.record(status)
    except BaseException:  # interrupted: what was not recorded is graded by the next run
        client.cancel(list(futures), force=True)
        raise
    finally:
        with contextlib.suppress(Exception):  # idle grading workers end with the run
            client.run(close_local_graders)
        client.close()
