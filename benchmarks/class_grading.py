"""Class grading: serial `nbgrader autograde` against `ckl-grade`, cold and warm, side by side.

    python benchmarks/class_grading.py [--submissions 20] [--workers N] [--no-cluster]

Every route grades the same submissions of 01_concatenation (half complete,
half blank) in copies of one course directory, one after the other, and ends
with the feedback written (serially: `nbgrader autograde` then `nbgrader
generate_feedback`, as an instructor would). CPU is that of the command and
of everything it started (workers, sandboxes, templates, kernels). Printed,
side by side, throughput (serial wall time / route's) and CPU per submission:

- serial nbgrader with cold kernels (each imports Keras: nbgrader's way) — the
  baseline — and with warm ones (forks of a template, `autograder.sandbox.warm`);
- ckl-grade --cold: target throughput ≥ 0.85 × workers;
- ckl-grade as shipped (warm kernels): target throughput ≥ 3 × serial on
  2 workers, and the CPU one more submission costs (measured as the difference
  between grading 2n and n submissions, so start-up cancels out) ≤ 0.25 × the
  import floor (a fresh kernel that only runs `import keras`);
- what grading security costs, with cold kernels: `--no-sandbox`; in the
  sandbox with the replay off (`c.Verdicts.recompute = False`): target +5 % CPU
  at most; and with the replay (one verifier per worker, which imports Keras);
- the cluster route (`cluster_route`): the same submissions graded by
  `ckl-grade --scheduler` on a Dask cluster of this machine (a `dask scheduler`
  and one `dask worker` with as many threads as workers) and a PostgreSQL
  gradebook (Debian's server, started for it; skipped without it). Its CPU is
  that of ckl-grade, the scheduler and the worker with its grading workers and
  kernels, start-up included (the PostgreSQL server's not). Reported, no target.

The exit status is 1 when any target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
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
THROUGHPUT_SHARE = 0.85  # cold ckl-grade: at least 0.85 × workers the serial throughput
SANDBOX_OVERHEAD = 0.05
WARM_THROUGHPUT = 3.0  # warm ckl-grade on 2 workers: at least 3 × serial nbgrader
WARM_CPU_SHARE = 0.25  # one more submission, warm: at most 0.25 × the import floor
WARM = "ckl-grade (warm, as shipped)"
COLD = "ckl-grade --cold"
COLD_NO_REPLAY = "ckl-grade --cold, replay off"
BARE = "ckl-grade --no-sandbox"


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CGROUPS = [  # (folder, file, unit): CPU accounting of a control group, v1 then v2
    (Path("/sys/fs/cgroup/cpuacct"), "cpuacct.usage", 1e-9),
    (Path("/sys/fs/cgroup"), "cpu.stat", 1e-6),
]


def _cgroup() -> tuple[Path, str, float] | None:
    """A fresh control group to run a route in, where this machine lets us make one."""
    for root, name, unit in CGROUPS:
        if not (root / name).exists() and not (root / "cgroup.procs").exists():
            continue
        folder = root / f"ckl-bench-{os.getpid()}-{time.monotonic_ns()}"
        try:
            folder.mkdir()
        except OSError:
            continue
        if (folder / name).exists():
            return folder, name, unit
        folder.rmdir()
    return None


def _usage(group: tuple[Path, str, float]) -> float:
    folder, name, unit = group
    text = (folder / name).read_text()
    if name == "cpu.stat":
        text = next(line.split()[1] for line in text.splitlines() if line.startswith("usage_usec"))
    return int(text) * unit


def _remove(group: tuple[Path, str, float]) -> None:
    folder = group[0]
    for _ in range(50):
        for pid in (folder / "cgroup.procs").read_text().split():
            with contextlib.suppress(OSError):
                os.kill(int(pid), 9)  # a straggler the route left behind
        try:
            folder.rmdir()
            return
        except OSError:
            time.sleep(0.1)


def timed(args, cwd, **env) -> tuple[float, float]:
    """Wall and CPU seconds of a command (run with ENV and `env`) and of every process it
    started.

    In a control group of its own where the machine allows (`cpu_method()` says which):
    that counts every process, also one killed before anyone reaped it (a kernel that
    did not end within Jupyter's shutdown wait, say). Otherwise the CPU of the children
    this process reaped, which misses those."""
    group = _cgroup()

    def enter() -> None:
        with open(group[0] / "cgroup.procs", "w") as handle:
            handle.write(str(os.getpid()))

    cpu, wall = children_cpu(), time.perf_counter()
    try:
        subprocess.run(
            args,
            cwd=cwd,
            env={**ENV, **env},
            check=False,
            capture_output=True,
            preexec_fn=enter if group else None,
        )
        wall = time.perf_counter() - wall
        return wall, _usage(group) if group else children_cpu() - cpu
    finally:
        if group:
            _remove(group)


def cpu_method() -> str:
    group = _cgroup()
    if group is None:
        return "CPU of reaped children (no control group could be made here)"
    _remove(group)
    return f"CPU of a control group per route ({group[0].parent}/…/{group[1]})"


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


def serial(course: Path, **env) -> tuple[float, float]:
    """Wall and CPU of serial `nbgrader autograde` then `nbgrader generate_feedback`."""
    nbgrader = [sys.executable, "-m", "nbgrader"]
    grade = timed([*nbgrader, "autograde", ASSIGNMENT, "--create"], course, **env)
    feedback = timed([*nbgrader, "generate_feedback", ASSIGNMENT], course, **env)
    return grade[0] + feedback[0], grade[1] + feedback[1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=20)
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--repeats", type=int, default=3, help="runs of each ckl-grade route (median taken)"
    )
    parser.add_argument("--no-cluster", action="store_true", help="skip the Dask route")
    args = parser.parse_args(argv)
    n = args.submissions
    with tempfile.TemporaryDirectory(prefix="ckl-bench-") as tmp:
        pristine = make_course(Path(tmp) / "pristine", n)
        doubled = make_course(Path(tmp) / "doubled", 2 * n)  # for the CPU of one more
        print(f"{n} submissions of {ASSIGNMENT}, {args.workers} workers", flush=True)
        print(f"CPU measured as: {cpu_method()}", flush=True)
        floor_wall, floor = floor_cpu()
        print(f"floor (fresh kernel, import keras): {floor_wall:.2f} s wall, {floor:.2f} s CPU")
        serial_routes = {}
        for name, env in (
            ("serial nbgrader (cold kernels, as nbgrader starts them)", {"CKL_COLD": "1"}),
            ("serial nbgrader (warm kernels)", {}),
        ):
            course = Path(tmp) / f"serial-{len(serial_routes)}"
            shutil.copytree(pristine, course)
            serial_routes[name] = serial(course, **env)
            wall, cpu = serial_routes[name]
            print(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
            shutil.rmtree(course)
        serial_wall, serial_cpu = serial_routes[
            "serial nbgrader (cold kernels, as nbgrader starts them)"
        ]
        warm_serial_wall, warm_serial_cpu = serial_routes["serial nbgrader (warm kernels)"]
        variants = (
            (WARM, [], "", pristine),
            (f"{WARM}, {2 * n} submissions", [], "", doubled),
            (COLD, ["--cold"], "", pristine),
            (COLD_NO_REPLAY, ["--cold"], "c.Verdicts.recompute = False\n", pristine),
            (BARE, ["--no-sandbox"], "", pristine),
        )
        samples: dict[str, list[tuple[float, float]]] = {v[0]: [] for v in variants}
        for repeat in range(args.repeats):  # interleaved, so drifts of the machine hit all alike
            for name, extra, config, source in variants:
                course = Path(tmp) / f"r{repeat}-{list(samples).index(name)}"
                shutil.copytree(source, course)
                with (course / "nbgrader_config.py").open("a") as handle:
                    handle.write(config)
                command = [str(BIN / "ckl-grade"), ASSIGNMENT, f"--workers={args.workers}"]
                wall, cpu = timed([*command, "--no-progress", *extra], course)
                samples[name].append((wall, cpu))
                print(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
                graded = (course / "grades" / ASSIGNMENT / "grades.csv").read_text()
                expected = 2 * n if source is doubled else n
                assert graded.count("\n") == expected + 1, f"{name} missed submissions"
                assert graded.count(",graded,") == expected, f"{name}: not all graded"
                shutil.rmtree(course)
        routes = {
            name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
            for name, runs in samples.items()
        }
        print(f"(medians of {args.repeats} interleaved runs of each ckl-grade route)")
        cluster = None
        if not args.no_cluster:
            cluster = cluster_route(pristine, Path(tmp), args.workers, args.repeats)

    warm_wall, warm_cpu = routes[WARM]
    warm_marginal = (routes[f"{WARM}, {2 * n} submissions"][1] - warm_cpu) / n
    cold_wall, cold_cpu = routes[COLD]
    sandbox_cpu = routes[COLD_NO_REPLAY][1]
    bare_cpu = routes[BARE][1]
    warm_ratio = serial_wall / warm_wall
    cold_ratio = serial_wall / cold_wall
    cold_target = THROUGHPUT_SHARE * args.workers
    sandbox_cost = sandbox_cpu / bare_cpu - 1
    replay_cost = cold_cpu / sandbox_cpu - 1
    checks = {
        "warm throughput": warm_ratio >= WARM_THROUGHPUT,
        "warm CPU": warm_marginal <= WARM_CPU_SHARE * floor,
        "cold throughput": cold_ratio >= cold_target,
        "sandbox": sandbox_cost <= SANDBOX_OVERHEAD,
    }
    rows = [
        ("", "throughput (× serial)", "CPU per submission", ""),
        (
            "serial nbgrader, cold",
            "1.00×",
            f"{serial_cpu / n:.2f} s = {serial_cpu / n / floor:.2f}× floor",
            "(baseline)",
        ),
        (
            "serial nbgrader, warm",
            f"{serial_wall / warm_serial_wall:.2f}×",
            f"{warm_serial_cpu / n:.2f} s = {warm_serial_cpu / n / floor:.2f}× floor",
            "(reported)",
        ),
        (
            "ckl-grade --cold",
            f"{cold_ratio:.2f}×",
            f"{cold_cpu / n:.2f} s = {cold_cpu / n / floor:.2f}× floor",
            f"throughput ≥ {cold_target:.2f}× {_verdict(checks['cold throughput'])}",
        ),
        (
            "ckl-grade (warm, as shipped)",
            f"{warm_ratio:.2f}×",
            f"{warm_cpu / n:.2f} s = {warm_cpu / n / floor:.2f}× floor",
            f"throughput ≥ {WARM_THROUGHPUT:.0f}× {_verdict(checks['warm throughput'])}",
        ),
        (
            "  one submission more (warm)",
            "",
            f"{warm_marginal:.2f} s = {warm_marginal / floor:.2f}× floor",
            f"≤ {WARM_CPU_SHARE}× floor {_verdict(checks['warm CPU'])}",
        ),
        ("ckl-grade --no-sandbox (cold)", "", f"{bare_cpu / n:.2f} s", "(sandbox baseline)"),
        (
            "  sandbox, replay off (cold)",
            "",
            f"{sandbox_cpu / n:.2f} s = {sandbox_cost:+.1%}",
            f"≤ +{SANDBOX_OVERHEAD:.0%} {_verdict(checks['sandbox'])}",
        ),
        (
            "  + replay outside the kernel",
            "",
            f"{cold_cpu / n:.2f} s = {replay_cost:+.1%} more",
            "(reported)",
        ),
    ]
    if cluster is not None:
        cluster_wall, cluster_cpu = cluster
        rows.append(
            (
                "ckl-grade --scheduler (Dask)",
                f"{serial_wall / cluster_wall:.2f}×",
                f"{cluster_cpu / n:.2f} s",
                "(reported)",
            )
        )
    print(f"\nfloor: a fresh kernel that imports Keras, {floor:.2f} s CPU")
    for name, throughput, cpu, goal in rows:
        print(f"{name:<32} {throughput:<22} {cpu:<26} {goal}")
    return 0 if all(checks.values()) else 1


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


if __name__ == "__main__":
    sys.exit(main())
