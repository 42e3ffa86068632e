"""Run grading workers in parallel, one submission each at a time.

The pool starts N worker processes (each in its own process group, with its
kernels), hands each the next submission, and records every answer in the
ledger as soon as it arrives, so an interrupted run loses nothing it had
finished. A worker that exceeds the per-submission time limit, or dies, is
killed with its kernels, the submission is recorded as such, and a fresh
worker takes its place: one bad submission never stops the others.

Each worker has a temporary folder of its own (its TMPDIR: its warm template,
its kernels' scratch copies, records and verifiers), removed when the worker
ends, however it ends — killed past the time limit, dead, or closed. Only an
answer about the submission the worker was given, on its own answer channel, is
taken; a failure on the grader's side ("grader failure", "worker died") is graded
again, and if it keeps failing is recorded as "error", which the next run grades
again: never a final status the student did not earn.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..sandbox import folders
from . import neutral, preflight
from .ledger import UNFINISHED, Ledger
from .plan import Plan, Submission
from .worker import GRADER_FAILURE, PREFIX

# not the submission's doing, or perhaps not: nbgrader failed for a reason it did not name
# ("error": a malformed notebook is refused again, a transient failure of the grader's passes)
RETRYABLE = {"database busy", "worker died", GRADER_FAILURE, "error"}
RETRIES = 3
ANSWER_CHARS = 100_000  # the longest answer line read from a worker


def exhausted(status: str, detail: str) -> tuple[str, str]:
    """What to record for a grader-side failure that kept failing: an "error", which the
    next run grades again (never a status that would be final)."""
    if status in RETRYABLE and status not in UNFINISHED:
        return "error", f"{status} {RETRIES} times, graded again by the next run: {detail}"
    return status, detail


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


class SetupError(PoolError):
    """A worker's set-up check failed (`preflight`): nothing can be graded as things are;
    str() says what is wrong and what to do."""


STARTS_BEFORE_GIVING_UP = 3


class Worker:
    """One worker process and a thread that reads its answers."""

    def __init__(self, plan: Plan, settings: Settings, answers: queue.Queue, number: int):
        self.number = number
        self.job: Submission | None = None
        self.deadline = 0.0
        self.started = 0.0  # when it was given its submission (time.monotonic)
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
        # everything the worker and its kernels keep on disk: removed when it ends
        self.tmp = str(folders.make(f"ckl-worker-{number}-", below=folders.SPOOL))
        with log.open("ab") as stderr:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                start_new_session=True,  # its own process group: killed with its kernels
                cwd=plan.course,
                # one BLAS thread: the worker must be single-threaded when it makes its TMPDIR
                # a private tmpfs (nested.private_tmp); it does no numerical work
                env={**os.environ, "TMPDIR": self.tmp, "OPENBLAS_NUM_THREADS": "1"},
            )
        threading.Thread(target=self._read, args=(answers,), daemon=True).start()

    def _read(self, answers: queue.Queue) -> None:
        while line := self.process.stdout.readline(ANSWER_CHARS):
            if not line.startswith(PREFIX):
                continue
            try:
                answer = json.loads(line[len(PREFIX) :])
            except ValueError:
                continue  # not an answer (a line cut at ANSWER_CHARS, say)
            if isinstance(answer, dict):
                answers.put((self, answer))
        answers.put((self, None))  # end of output: the process has gone

    def takes(self, answer: dict) -> bool:
        """Whether `answer` is about the submission this worker was given."""
        return self.job is not None and answer.get("student") == self.job.student

    def send(self, job: Submission, timeout: float) -> None:
        self.job = job
        self.started = time.monotonic()
        self.deadline = self.started + timeout
        self.process.stdin.write(json.dumps({"student": job.student}) + "\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.remove_tmp()

    def close(self) -> None:
        try:
            self.process.stdin.close()
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.kill()
        self.remove_tmp()

    def remove_tmp(self) -> None:
        """Remove the worker's folder (its sandboxes die with it, within moments: bubblewrap's
        --die-with-parent; what they still write meanwhile is removed on a later try)."""
        for _ in range(50):
            shutil.rmtree(self.tmp, ignore_errors=True)
            if not os.path.exists(self.tmp):
                return
            time.sleep(0.1)


LONG_SECONDS = 30.0  # a submission graded longer than this is named beside the bar


@dataclass
class Progress:
    """What is shown beside the progress bar: the counts, and the submissions that run long.

    `on_change(counts)` is called after each recorded outcome, with the counts already
    current; `on_slow(text)` when the line naming long-running submissions changes (at
    most once a second: "still grading alice (95 s)", '' when none); `on_notice(line)`
    once for each distinct line the workers report (the kind of kernels that grade).
    """

    graded: int = 0
    failed: int = 0
    remaining: int = 0
    on_change: Callable[[dict], None] = field(default=lambda counts: None)
    on_slow: Callable[[str], None] = field(default=lambda text: None)
    on_notice: Callable[[str], None] = field(default=lambda line: None)
    slow: str = ""
    noticed: set = field(default_factory=set)

    def record(self, status: str) -> None:
        if status == "graded":
            self.graded += 1
        else:
            self.failed += 1
        self.remaining -= 1
        self.on_change(self.counts())

    def counts(self) -> dict:
        return {"graded": self.graded, "failed": self.failed, "remaining": self.remaining}

    def running(self, elapsed: dict[str, float], long: float = LONG_SECONDS) -> None:
        """`elapsed`: seconds each submission being graded has run so far."""
        late = sorted(((s, who) for who, s in elapsed.items() if s >= long), reverse=True)
        names = [f"{neutral.terminal(who)} ({s:.0f} s)" for s, who in late[:2]]
        more = f" and {len(late) - 2} more" if len(late) > 2 else ""
        text = f"still grading {', '.join(names)}{more}" if names else ""
        if text != self.slow:
            self.slow = text
            self.on_slow(text)

    def notice(self, line: str) -> None:
        if line and line not in self.noticed:
            self.noticed.add(line)
            self.on_notice(line)


def run(plan: Plan, todo: list[Submission], ledger: Ledger, settings: Settings, progress: Progress):
    """Grade `todo` with parallel workers, recording each answer in `ledger`."""
    answers: queue.Queue = queue.Queue()
    pending = list(todo)
    tries: dict[str, int] = {}
    workers = [Worker(plan, settings, answers, n) for n in range(min(settings.workers, len(todo)))]
    busy = 0
    failed_starts = 0

    def running() -> None:
        now = time.monotonic()
        progress.running({w.job.student: now - w.started for w in workers if w.job})

    def settle(job: Submission, status: str, detail: str, seconds: float, scored: bool) -> None:
        """Count one try; grade it again if that may help, else record the outcome."""
        tries[job.student] = tries.get(job.student, 0) + 1
        if status in RETRYABLE and tries[job.student] < RETRIES:
            pending.append(job)
            return
        status, detail = exhausted(status, detail)
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
            running()
            if worker is not None and worker not in workers:
                continue  # a replaced worker's last words: its submission is already recorded
            if worker is not None and answer is not None and "setup" in answer:
                kind = str(answer.get("kernels", ""))
                kind = f" (kernels: {kind})" if kind.startswith(("warm", "cold")) else ""
                raise SetupError(
                    f"the set-up check failed{kind}; nothing was graded: {answer['setup']}"
                )
            if worker is not None and answer is not None and answer.get("ready"):
                worker.ready = True
                progress.notice(preflight.notice(str(answer.get("kernels", ""))))
                continue
            if worker is not None and answer is not None and not worker.takes(answer):
                continue  # not about its submission: not an answer (a worker has one channel)
            if worker is not None and answer is not None:
                job, worker.job = worker.job, None
                busy -= 1
                running()  # no longer named beside the counts as running long
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
                    job, w.job = w.job, None
                    running()
                    settle(job, status, detail, 0, False)
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
    progress.running({})
    for w in workers:
        w.close()
