"""Run grading workers in parallel, one submission each at a time.

The pool starts N worker processes (each in its own process group, with its
kernels), hands each the next submission, and records every answer in the
ledger as soon as it arrives, so an interrupted run loses nothing it had
finished. A worker that exceeds the per-submission time limit, or dies, is
killed with its kernels, the submission is recorded as such, and a fresh
worker takes its place: one bad submission never stops the others.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .ledger import Ledger
from .plan import Plan, Submission
from .worker import PREFIX

RETRYABLE = {"database busy", "worker died"}  # not the submission's doing (sandboxed)
RETRIES = 3


@dataclass
class Settings:
    workers: int = max(1, len(os.sched_getaffinity(0)))
    cell_timeout: int = 0  # 0: nbgrader_config.py's c.Execute.timeout
    submission_timeout: float = 900.0
    memory_limit: float = 4.0  # GB of address space per kernel; 0 for none
    db_url: str = ""
    sandbox: bool = True  # False only when the instructor passes --no-sandbox
    cold: bool = False  # True: no warm kernels (--cold)


class PoolError(Exception):
    """Workers cannot start; str() says why."""


STARTS_BEFORE_GIVING_UP = 3


class Worker:
    """One worker process and a thread that reads its answers."""

    def __init__(self, plan: Plan, settings: Settings, answers: queue.Queue, number: int):
        self.number = number
        self.job: Submission | None = None
        self.deadline = 0.0
        self.ready = False
        command = [
            sys.executable,
            "-m",
            "autograder.classroom.worker",
            f"--course={plan.course}",
            f"--assignment={plan.assignment}",
            f"--cell-timeout={settings.cell_timeout}",
            f"--memory-limit={settings.memory_limit}",
        ]
        if settings.db_url:
            command.append(f"--db={settings.db_url}")
        if not settings.sandbox:
            command.append("--no-sandbox")
        if settings.cold:
            command.append("--cold")
        log = plan.course / "grades" / plan.assignment / f"worker-{number}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        self.log = log
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log.open("ab"),
            text=True,
            start_new_session=True,  # its own process group: killed with its kernels
            cwd=plan.course,
        )
        threading.Thread(target=self._read, args=(answers,), daemon=True).start()

    def _read(self, answers: queue.Queue) -> None:
        for line in self.process.stdout:
            if line.startswith(PREFIX):
                answers.put((self, json.loads(line[len(PREFIX) :])))
        answers.put((self, None))  # end of output: the process has gone

    def send(self, job: Submission, timeout: float) -> None:
        self.job = job
        self.deadline = time.monotonic() + timeout
        self.process.stdin.write(json.dumps({"student": job.student}) + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def close(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.kill()


@dataclass
class Progress:
    """Counts shown beside the progress bar."""

    graded: int = 0
    failed: int = 0
    remaining: int = 0
    on_change: Callable[[dict], None] = field(default=lambda counts: None)

    def record(self, status: str) -> None:
        if status == "graded":
            self.graded += 1
        else:
            self.failed += 1
        self.remaining -= 1
        self.on_change(self.counts())

    def counts(self) -> dict:
        return {"graded": self.graded, "failed": self.failed, "remaining": self.remaining}


def run(plan: Plan, todo: list[Submission], ledger: Ledger, settings: Settings, progress: Progress):
    """Grade `todo` with parallel workers, recording each answer in `ledger`."""
    answers: queue.Queue = queue.Queue()
    pending = list(todo)
    tries: dict[str, int] = {}
    workers = [Worker(plan, settings, answers, n) for n in range(min(settings.workers, len(todo)))]
    busy = 0
    failed_starts = 0

    def settle(job: Submission, status: str, detail: str, seconds: float, scored: bool) -> None:
        """Count one try; grade it again if that may help, else record the outcome."""
        tries[job.student] = tries.get(job.student, 0) + 1
        if status in RETRYABLE and tries[job.student] < RETRIES:
            pending.append(job)
            return
        ledger.record(job, status, detail, seconds, scored=scored)
        progress.record(status)

    try:
        while pending or busy:
            for worker in workers:
                if worker.ready and worker.job is None and pending:
                    job = pending.pop(0)
                    ledger.start(job)  # not done until its answer is recorded
                    worker.send(job, settings.submission_timeout)
                    busy += 1
            try:
                worker, answer = answers.get(timeout=0.5)
            except queue.Empty:
                worker, answer = None, None
            if worker is not None and worker not in workers:
                continue  # a replaced worker's last words: its submission is already recorded
            if worker is not None and answer is not None and answer.get("ready"):
                worker.ready = True
                continue
            if worker is not None and answer is not None:
                job, worker.job = worker.job, None
                busy -= 1
                status = answer["status"]
                settle(
                    job,
                    status,
                    answer.get("detail", ""),
                    answer.get("seconds", 0),
                    answer.get("scored", status == "graded"),
                )
                continue
            # a worker that has gone, or one past its deadline, is replaced
            now = time.monotonic()
            for i, w in enumerate(workers):
                gone = w is worker and answer is None
                late = w.job is not None and now > w.deadline
                if not (gone or late):
                    continue
                if w.job is not None:
                    status = "timed out" if late else "worker died"
                    limit = f"{settings.submission_timeout:.0f} s"
                    detail = f"no result within {limit}" if late else "the grading process ended"
                    busy -= 1
                    settle(w.job, status, detail, 0, False)
                    w.job = None
                elif not w.ready:
                    failed_starts += 1
                    if failed_starts >= STARTS_BEFORE_GIVING_UP:
                        tail = w.log.read_text(errors="replace")[-1500:]
                        raise PoolError(f"grading workers cannot start; the last said:\n{tail}")
                w.kill()
                workers[i] = Worker(plan, settings, answers, w.number)
    except BaseException:  # interrupted: stop at once, kernels included
        for w in workers:
            w.kill()
        raise
    for w in workers:
        w.close()
