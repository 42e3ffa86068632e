"""`ckl-grade ASSIGNMENT`: grade every submission of an assignment, in parallel.

    ckl-grade 01_concatenation                 # one worker per core
    ckl-grade 01_concatenation --workers 4 --cell-timeout 60
    ckl-grade 01_concatenation --db postgresql://grader@localhost/course
    ckl-grade 01_concatenation --db postgresql://... --scheduler tcp://HOST:8786   # Dask
    ckl-grade report 01_concatenation          # report.html and causes.csv again

Run it from the course directory (or give --course). It grades what
`nbgrader collect` put in submitted/, with nbgrader's own autograde, writes
the gradebook, autograded/ and feedback/ as nbgrader does, and at the end
grades/ASSIGNMENT/grades.csv (one row per submission, failures included).
Interrupted, it can be run again: it grades only what is not recorded yet.
With --scheduler, a Dask distributed cluster grades (see cluster.py); the rest
is the same. Every run ends with grades/ASSIGNMENT/report.html and causes.csv,
the class's misconceptions (misconceptions.py).

Exit status: 0 when every submission has a recorded outcome, 2 for input it
cannot work with (the message says what to do), 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tqdm import tqdm

from . import neutral, pool, report
from . import plan as planning
from .ledger import Ledger

NUMERIC_COLUMNS = ("score", "max_score", "seconds_late")  # grades.csv's numbers, ours


def parse(argv):
    defaults = pool.Settings()
    parser = argparse.ArgumentParser(
        prog="ckl-grade",
        description="Grade every submission of an assignment in parallel, with nbgrader.",
    )
    parser.add_argument("assignment", help="e.g. 01_concatenation")
    parser.add_argument("--course", type=Path, default=Path.cwd(), help="course directory")
    parser.add_argument(
        "--workers", type=int, default=defaults.workers, help="default: one per core"
    )
    parser.add_argument(
        "--cell-timeout",
        type=int,
        default=defaults.cell_timeout,
        help="seconds one cell may run (default: nbgrader_config.py's)",
    )
    parser.add_argument(
        "--submission-timeout",
        type=float,
        default=defaults.submission_timeout,
        help="seconds one submission may take in all (default: %(default)s)",
    )
    parser.add_argument(
        "--memory-limit",
        type=float,
        default=defaults.memory_limit,
        help="GB of memory per kernel; 0 for no limit (default: %(default)s)",
    )
    parser.add_argument("--db", default="", help="gradebook URL (default: nbgrader_config.py's)")
    parser.add_argument("--force", action="store_true", help="grade everything again")
    parser.add_argument(
        "--no-sandbox",
        action="store_true",
        help="run student code WITHOUT the bubblewrap sandbox (it then runs as you); "
        "only on purpose, e.g. on a machine without user namespaces",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="start every kernel cold (importing Keras) instead of forking it from a warm "
        "template; the scores are the same, grading is slower",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument(
        "--scheduler",
        default="",
        help="grade on a Dask distributed cluster, e.g. tcp://HOST:8786 (needs the 'cluster' "
        "extra, a course directory every worker sees at the same path, and --db postgresql://...)",
    )
    return parser.parse_args(argv)


ATTENTION = {  # status -> what it means for the instructor, in a few words
    "flagged": "scored 0 on the flagged tasks until you review them",
    "invalid notebook": "not graded",
    "kernel died": "graded up to the cell where its kernel died",
    "timed out": "not graded: it ran past --submission-timeout",
    "error": "not graded: grading failed; the next run tries again",
    "worker died": "not graded: its worker died; the next run tries again",
    "grading": "not graded: interrupted; the next run tries again",
}


def needs_attention(ledger: Ledger, plan: planning.Plan, limit: int = 20) -> list[str]:
    """One line per submission whose outcome is not a plain "graded": who, what, why."""
    lines = []
    for submission in plan.submissions:
        entry = ledger.entries.get(submission.student)
        if entry is None or entry.get("status") == "graded":
            continue
        status = entry.get("status", "not graded")
        meaning = ATTENTION.get(status, status)
        detail = neutral.terminal(entry.get("detail", ""))[:600]  # whole, with its next step
        lines.append(
            f"  {neutral.terminal(submission.student)}: {status} ({meaning})"
            + (f" — {detail}" if detail else "")
        )
    if len(lines) > limit:
        more = len(lines) - limit
        lines = [*lines[:limit], f"  … and {more} more: see the detail column of grades.csv"]
    return lines


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["report"]:  # ckl-grade report ASSIGNMENT
        from . import misconceptions

        return misconceptions.main(argv[1:])
    args = parse(argv)
    # nbgrader runs `alembic`, installed beside this Python, to create a gradebook.
    os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])
    if args.workers < 1:
        print("ckl-grade: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.no_sandbox:
        print("ckl-grade: grading WITHOUT a sandbox: student code runs as you.", file=sys.stderr)
    else:
        from ..sandbox import bwrap

        problem = bwrap.probe()
        if problem:
            from . import preflight

            # the sandbox's own start imports the course package: from another checkout?
            cause = preflight.mismatch(args.course.resolve())
            if cause:
                print(f"ckl-grade: a sandbox cannot start here: {cause}", file=sys.stderr)
                return 2
            print(
                f"ckl-grade: {problem}\nckl-grade refuses to run student code unsandboxed; "
                "to do it anyway, at your own risk, pass --no-sandbox.",
                file=sys.stderr,
            )
            return 2
    try:
        plan = planning.make_plan(args.course, args.assignment)
        url = planning.db_url(plan.course, args.db)
        done = planning.prepare_gradebook(url, plan)
    except planning.PlanError as exc:
        print(f"ckl-grade: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # e.g. a database that cannot be reached
        print(f"ckl-grade: cannot open the gradebook: {exc}", file=sys.stderr)
        return 2

    if done:
        print(f"ckl-grade: {done}", file=sys.stderr)

    ledger = Ledger(plan.course / "grades" / plan.assignment / "status.json")
    todo = [s for s in plan.submissions if args.force or not ledger.done(s)]
    invalid = [s for s in todo if s.problem]
    for submission in invalid:
        ledger.record(submission, "invalid notebook", submission.problem, 0)
    runnable = [s for s in todo if not s.problem]
    settings = pool.Settings(
        workers=args.workers,
        cell_timeout=args.cell_timeout,
        submission_timeout=args.submission_timeout,
        memory_limit=args.memory_limit,
        db_url=url,
        sandbox=not args.no_sandbox,
        cold=args.cold,
    )
    client = None
    if args.scheduler and runnable:
        from . import cluster

        try:
            client = cluster.connect(args.scheduler, plan, settings)
        except cluster.ClusterError as exc:
            print(f"ckl-grade: {exc}", file=sys.stderr)
            return 2
    done_before = len(plan.submissions) - len(runnable)
    bar = tqdm(
        total=len(plan.submissions),
        initial=done_before,
        desc=f"grading {plan.assignment}",
        unit="submission",
        disable=args.no_progress,
        file=sys.stderr,
    )
    progress = pool.Progress(failed=len(invalid), remaining=len(runnable))

    def show(refresh: bool = True) -> None:
        counts = ", ".join(f"{key}={value}" for key, value in progress.counts().items())
        bar.set_postfix_str(f"{counts}, {progress.slow}" if progress.slow else counts, refresh)

    def recorded(counts: dict) -> None:  # the counts first, then the bar moves: never a step late
        show(refresh=False)
        bar.update(1)

    progress.on_change = recorded
    progress.on_slow = lambda text: show()
    progress.on_notice = lambda line: tqdm.write(line, file=sys.stderr)
    show()
    try:
        if client is not None:
            cluster.run(client, plan, runnable, ledger, settings, progress)
        elif runnable:
            pool.run(plan, runnable, ledger, settings, progress)
    except KeyboardInterrupt:
        bar.close()
        print(
            f"\nckl-grade: interrupted; {progress.graded + progress.failed} recorded this run. "
            "Run the same command again to grade the rest.",
            file=sys.stderr,
        )
        return 130
    except pool.SetupError as exc:  # nothing was recorded for it: grading stopped
        bar.close()
        print(f"ckl-grade: {exc}", file=sys.stderr)
        return 2
    except pool.PoolError as exc:
        bar.close()
        print(f"ckl-grade: {exc}", file=sys.stderr)
        return 1
    bar.close()
    path = report.write_csv(plan, ledger, url)
    neutral.rewrite(path, numeric=NUMERIC_COLUMNS)  # student ids, details: never a formula
    print(report.summary(ledger, plan))
    for line in needs_attention(ledger, plan):
        print(line)
    print(f"grades:   {path.relative_to(plan.course)}")
    print(f"feedback: feedback/*/{plan.assignment}/")
    from . import misconceptions

    page = misconceptions.write(plan, ledger, url)
    print(f"report:   {page.relative_to(plan.course)} (for your eyes only: it names students)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
