"""Class grading: serial `nbgrader autograde` against `ckl-grade`, side by side.

    python benchmarks/class_grading.py [--submissions 20] [--workers N]

Both grade the same submissions of 01_concatenation (half complete, half
blank) in copies of one course directory, one after the other, and both end
with the feedback written (serially: `nbgrader autograde` then
`nbgrader generate_feedback`, as an instructor would). Printed:

- wall time of each, and the throughput ratio serial / parallel, against the
  target of at least 0.85 × the number of workers;
- CPU time per submission of ckl-grade (its own, its workers' and their
  kernels'), against the floor: a fresh kernel that only imports Keras
  (long-term target: at most 1.3 × the floor; reported, not enforced);
- what grading security costs, the same submissions graded three ways by
  ckl-grade: `--no-sandbox`; in the bubblewrap sandbox with the replay off
  (`c.Verdicts.recompute = False`: no model saved, none checked again); and as
  shipped (sandbox and replay).
  Target: the sandbox adds at most 5 % CPU per submission. The replay's own
  cost (one verifier process per worker, which imports Keras once) is
  printed beside it.
- the cluster route (`cluster_route`): the same submissions graded by
  `ckl-grade --scheduler` on a Dask cluster of this machine (a `dask scheduler`
  and one `dask worker` with as many threads as workers) and a PostgreSQL
  gradebook (Debian's server, started for it; skipped without it). Its CPU is
  that of ckl-grade, the scheduler and the worker with its grading workers and
  kernels, start-up included (the PostgreSQL server's not). Reported, no target.

The exit status is 1 when the throughput or the sandbox target is missed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "grading"))
import harness  # noqa: E402

ASSIGNMENT = "01_concatenation"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")])}
THROUGHPUT_SHARE = 0.85
CPU_FLOOR_RATIO = 1.3
SANDBOX_OVERHEAD = 0.05


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args, cwd) -> tuple[float, float]:
    """Wall and CPU seconds of a command and everything it started and reaped."""
    cpu, wall = children_cpu(), time.perf_counter()
    subprocess.run(args, cwd=cwd, env=ENV, check=False, capture_output=True)
    return time.perf_counter() - wall, children_cpu() - cpu


def floor_cpu(runs: int = 3) -> tuple[float, float]:
    """Median wall and CPU of a fresh kernel that runs `import keras` (via nbclient)."""
    code = (
        "import nbclient, nbformat\n"
        "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('import keras')])\n"
        "nbclient.NotebookClient(nb, kernel_name='python3', timeout=300).execute()\n"
    )
    samples = [timed([sys.executable, "-c", code], ROOT) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def make_course(folder: Path, submissions: int) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", folder)
    shutil.copytree(ROOT / "solutions" / ASSIGNMENT, folder / "solutions" / ASSIGNMENT)
    subprocess.run(
        [sys.executable, "-m", "nbgrader", "generate_assignment", ASSIGNMENT, "--force"],
        cwd=folder,
        env=ENV,
        check=True,
        capture_output=True,
    )
    reference = {t: task.answer for t, task in harness.load(ASSIGNMENT).tasks.items()}
    kinds = [reference, harness.blank_answers(ASSIGNMENT)]
    for n in range(submissions):
        target = folder / "submitted" / f"student{n:02d}" / ASSIGNMENT
        target.mkdir(parents=True)
        nbformat.write(harness.fill(ASSIGNMENT, kinds[n % 2]), target / f"{ASSIGNMENT}.ipynb")
    return folder


def cluster_route(pristine: Path, tmp: Path, workers: int, runs: int) -> tuple[float, float] | None:
    """Median wall and CPU of `ckl-grade --scheduler` on a local Dask cluster, or None."""
    sys.path.insert(0, str(ROOT / "tests" / "classroom"))
    from test_postgres import free_port, postgres_server  # the tests' own PostgreSQL server

    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        print("cluster route: skipped (no PostgreSQL server: apt-get install postgresql)")
        return None
    samples = []
    for run in range(runs):
        folder = Path(tempfile.mkdtemp(prefix="ckl-bench-pg-"))  # the postgres user reaches it
        course = tmp / f"cluster-{run}"
        shutil.copytree(pristine, course)
        try:
            with postgres_server(found[-1].parent, folder) as url:
                nbgrader = [sys.executable, "-m", "nbgrader"]
                db = f"--db={url}"
                subprocess.run(
                    [*nbgrader, "generate_assignment", ASSIGNMENT, "--force", db],
                    cwd=course,
                    env=ENV,
                    check=True,
                    capture_output=True,
                )
                address = f"tcp://127.0.0.1:{free_port()}"
                cpu, wall = children_cpu(), time.perf_counter()
                dask = [str(BIN / "dask")]
                logs = (course / "dask.log").open("wb")
                started = [
                    subprocess.Popen(
                        [
                            *dask,
                            "scheduler",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            address.rsplit(":")[-1],
                        ],
                        cwd=tmp,
                        env=ENV,
                        stdout=logs,
                        stderr=logs,
                    ),
                    subprocess.Popen(
                        [
                            *dask,
                            "worker",
                            address,
                            "--host",
                            "127.0.0.1",
                            "--nthreads",
                            str(workers),
                            "--local-directory",
                            str(course / "dask-worker"),
                        ],
                        cwd=tmp,
                        env=ENV,
                        stdout=logs,
                        stderr=logs,
                    ),
                ]
                try:
                    command = [str(BIN / "ckl-grade"), ASSIGNMENT, db, f"--scheduler={address}"]
                    subprocess.run(
                        [*command, "--no-progress"],
                        cwd=course,
                        env=ENV,
                        check=False,
                        capture_output=True,
                    )
                finally:
                    for process in reversed(started):
                        process.terminate()
                        process.wait(timeout=60)
                wall, cpu = time.perf_counter() - wall, children_cpu() - cpu
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        graded = (course / "grades" / ASSIGNMENT / "grades.csv").read_text()
        assert graded.count(",graded,") == graded.count("\n") - 1, "the cluster missed some"
        samples.append((wall, cpu))
        print(f"ckl-grade --scheduler (Dask, PostgreSQL): {wall:.1f} s wall, {cpu:.1f} s CPU")
        shutil.rmtree(course)
    return statistics.median(w for w, _ in samples), statistics.median(c for _, c in samples)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=20)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of each ckl-grade route (median taken)"
    )
    args = parser.parse_args(argv)
    n = args.submissions
    with tempfile.TemporaryDirectory(prefix="ckl-bench-") as tmp:
        serial_course = make_course(Path(tmp) / "serial", n)
        parallel_course = Path(tmp) / "parallel"
        shutil.copytree(serial_course, parallel_course)
        print(f"{n} submissions of {ASSIGNMENT}, {args.workers} workers", flush=True)
        floor_wall, floor = floor_cpu()
        print(f"floor (fresh kernel, import keras): {floor_wall:.2f} s wall, {floor:.2f} s CPU")
        grade_wall, grade_cpu = timed(
            [sys.executable, "-m", "nbgrader", "autograde", ASSIGNMENT, "--create"], serial_course
        )
        feedback_wall, feedback_cpu = timed(
            [sys.executable, "-m", "nbgrader", "generate_feedback", ASSIGNMENT], serial_course
        )
        serial_wall, serial_cpu = grade_wall + feedback_wall, grade_cpu + feedback_cpu
        print(
            f"serial nbgrader autograde + generate_feedback: {serial_wall:.1f} s wall "
            f"({grade_wall:.1f} + {feedback_wall:.1f}), {serial_cpu:.1f} s CPU"
        )
        pristine = Path(tmp) / "pristine"
        shutil.copytree(parallel_course, pristine)
        variants = (
            ("ckl-grade (sandbox + replay, as shipped)", [], ""),
            ("ckl-grade (sandbox, replay off)", [], "c.Verdicts.recompute = False\n"),
            ("ckl-grade --no-sandbox", ["--no-sandbox"], ""),
        )
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in variants}
        for repeat in range(args.repeats):  # interleaved, so drifts of the machine hit all alike
            for name, extra, config in variants:
                course = Path(tmp) / f"r{repeat}-{list(samples).index(name)}"
                shutil.copytree(pristine, course)
                with (course / "nbgrader_config.py").open("a") as handle:
                    handle.write(config)
                command = [str(BIN / "ckl-grade"), ASSIGNMENT, f"--workers={args.workers}"]
                wall, cpu = timed([*command, "--no-progress", *extra], course)
                samples[name].append((wall, cpu))
                print(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
                graded = (course / "grades" / ASSIGNMENT / "grades.csv").read_text()
                assert graded.count("\n") == n + 1, f"{name} did not record every submission"
                shutil.rmtree(course)
        routes = {
            name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
            for name, runs in samples.items()
        }
        parallel_wall, parallel_cpu = routes["ckl-grade (sandbox + replay, as shipped)"]
        sandbox_cpu = routes["ckl-grade (sandbox, replay off)"][1]
        bare_cpu = routes["ckl-grade --no-sandbox"][1]
        print(f"(medians of {args.repeats} interleaved runs of each ckl-grade route)")
        cluster = cluster_route(pristine, Path(tmp), args.workers, args.repeats)

    ratio = serial_wall / parallel_wall
    target = THROUGHPUT_SHARE * args.workers
    per_submission = parallel_cpu / n
    serial_per_submission = serial_cpu / n
    sandbox_cost = sandbox_cpu / bare_cpu - 1
    replay_cost = parallel_cpu / sandbox_cpu - 1
    rows = [
        ("throughput, ckl-grade / serial", f"{ratio:.2f}×", f"≥ {target:.2f}×", ratio >= target),
        (
            "CPU per submission: no sandbox",
            f"{bare_cpu / n:.2f} s",
            "(baseline)",
            None,
        ),
        (
            "  in the sandbox (replay off)",
            f"{sandbox_cpu / n:.2f} s = {sandbox_cost:+.1%}",
            f"≤ +{SANDBOX_OVERHEAD:.0%}",
            sandbox_cost <= SANDBOX_OVERHEAD,
        ),
        (
            "  + replay outside the kernel",
            f"{parallel_cpu / n:.2f} s = {replay_cost:+.1%} more",
            "(reported)",
            None,
        ),
        (
            "CPU per submission, ckl-grade",
            f"{per_submission:.2f} s = {per_submission / floor:.2f}× floor",
            f"≤ {CPU_FLOOR_RATIO}× (long-term, reported)",
            None,
        ),
        (
            "CPU per submission, serial",
            f"{serial_per_submission:.2f} s = {serial_per_submission / floor:.2f}× floor",
            "(for comparison)",
            None,
        ),
    ]
    if cluster is not None:
        cluster_wall, cluster_cpu = cluster
        rows += [
            (
                "throughput, cluster / serial",
                f"{serial_wall / cluster_wall:.2f}× ({parallel_wall / cluster_wall:.2f}× local)",
                "(reported)",
                None,
            ),
            ("CPU per submission, cluster", f"{cluster_cpu / n:.2f} s", "(reported)", None),
        ]
    print()
    for name, value, goal, ok in rows:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{name:<34} {value:<28} {goal:<32} {verdict}")
    return 0 if ratio >= target and sandbox_cost <= SANDBOX_OVERHEAD else 1


if __name__ == "__main__":
    sys.exit(main())
