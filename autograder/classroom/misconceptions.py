"""What the class got wrong: `grades/ASSIGNMENT/report.html` and `causes.csv`.

    ckl-grade report 01_concatenation          # also written at the end of every run

Read from what grading recorded, never run again: the scores from the gradebook,
the outcome of each submission from the ledger (status.json), and the failed
checks from the autograded notebooks. Every failed check's output is the message
`autograder.feedback.Feedback.render()` wrote, a record with fixed labels (title,
Expected, Received, Likely cause, Next step): `parse` reads it back (a test proves
the round trip). The ways a cell can stop without a check's message (timed out,
kernel died, out of memory, not run, flagged for review) are read from the error
names the sandbox gives them.

Per task, the page shows the score distribution, the causes the class's failures
hit counted and ranked (with the students in each), the cells that timed out,
crashed, ran out of memory or were flagged, and a figure (`figures/TASK.png`).
The page names students: it is for the instructor, beside grades.csv, never in
feedback/ or release/. `causes.csv` has one row per failure: student, task,
check, cause.
"""

from __future__ import annotations

import argparse
import csv
import html
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import neutral
from .ledger import Ledger
from .plan import Plan

# Okabe–Ito, as explorers.drawing.PALETTE (not imported: explorers imports Keras)
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442")
LABELS = {
    "Expected:": "expected",
    "Received:": "received",
    "Likely cause:": "cause",
    "Next step:": "next_step",
}
NO_CAUSE = "(the message names no cause)"
# error names of a cell that stopped without a check's message -> (check, cause)
STOPS = {
    "CellTimeoutError": ("Timed out", "the cell ran past its time limit"),
    "KernelStoppedAfterTimeout": (
        "Timed out",
        "the cell ran past its time limit and ignored the interrupt",
    ),
    "KernelDied": ("Kernel died", "the kernel died while the cell ran"),
    "CellNotRun": ("Not run", "an earlier cell stopped the kernel"),
    "FlaggedForReview": ("Flagged for review", "tampering found, or a pass refuted"),
    "MemoryError": ("Out of memory", "the cell ran out of memory"),
}
CAUSE_COLUMNS = ["student", "task", "check", "cause"]
# The page runs no script and loads nothing but its own figures: every string in it
# that a student could shape (ids, check titles, causes, details) is escaped, and
# this policy stops anything that slipped through from running or calling out.
POLICY = (
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)


@dataclass(frozen=True)
class Failure:
    """One failed check (or one stop) of one student's task."""

    student: str
    task: str
    check: str
    cause: str
    stop: bool = False  # the cell stopped (timeout, crash, memory, not run, flagged)


@dataclass
class Task:
    name: str  # the grade id without "_tests"
    notebook: str
    max_points: float
    scores: dict[str, float] = field(default_factory=dict)  # student -> points
    failures: list[Failure] = field(default_factory=list)

    def causes(self) -> list[tuple[tuple[str, str], list[str]]]:
        """(check, cause) -> students, most students first (stops not included)."""
        found: dict[tuple[str, str], list[str]] = {}
        for f in self.failures:
            if not f.stop:
                students = found.setdefault((f.check, f.cause), [])
                if f.student not in students:
                    students.append(f.student)
        return sorted(found.items(), key=lambda item: (-len(item[1]), item[0]))

    def stops(self) -> list[tuple[str, list[str]]]:
        found: dict[str, list[str]] = {}
        for f in self.failures:
            if f.stop and f.student not in found.setdefault(f.check, []):
                found[f.check].append(f.student)
        return sorted(found.items(), key=lambda item: (-len(item[1]), item[0]))


def parse(message: str) -> dict[str, str]:
    """The parts of a rendered check message: title, expected, received, cause, next_step.

    The inverse of `autograder.feedback.Feedback.render` (without its detail lines);
    a text that is not such a message gives {"title": its first line}.
    """
    lines = message.strip("\n").splitlines()
    if not lines:
        return {"title": ""}
    parts = {"title": lines[0].removeprefix("✗ ").strip()}
    current = None
    for line in lines[1:]:
        stripped = line.strip()
        label = next((lab for lab in LABELS if stripped.startswith(lab)), None)
        if label:
            current = LABELS[label]
            parts[current] = stripped[len(label) :].strip()
        elif line.startswith("  "):  # a detail line (render indents every line it writes)
            current = None
        elif current and stripped:  # a field's text went on past a newline of its own
            parts[current] += " " + stripped
    return parts


def cell_failures(student: str, task: str, cell) -> list[Failure]:
    """The failures recorded in one graded cell's outputs."""
    found = []
    for output in cell.get("outputs", []):
        if output.get("output_type") != "error":
            continue
        ename, evalue = output.get("ename", ""), output.get("evalue", "")
        if ename == "CheckFailed":
            parts = parse(evalue)
            found.append(Failure(student, task, parts["title"], parts.get("cause") or NO_CAUSE))
        elif ename in STOPS or "MemoryError" in ename:
            check, cause = STOPS.get(ename, STOPS["MemoryError"])
            if ename == "FlaggedForReview":
                cause = evalue.removeprefix("flagged for review: ") or cause
            found.append(Failure(student, task, check, cause, stop=True))
        else:  # an error the checks did not turn into a message
            first = (evalue.splitlines() or [""])[0][:200]
            found.append(Failure(student, task, f"{ename} raised", first or NO_CAUSE))
    if any(f.check == "Timed out" for f in found):  # the interrupt a time limit sends
        found = [f for f in found if f.check != "KeyboardInterrupt raised"]
    return found


def collect(plan: Plan, ledger: Ledger, db_url: str) -> list[Task]:
    """Per task: every scored student's points, and every failure their notebook records."""
    import nbformat
    from nbgrader.api import Gradebook, MissingEntry

    tasks: dict[tuple[str, str], Task] = {}
    with Gradebook(db_url) as gradebook:
        for name in plan.notebooks:
            source = nbformat.read(
                plan.course / "solutions" / plan.assignment / f"{name}.ipynb", as_version=4
            )
            cells = {c.name: c for c in gradebook.find_notebook(name, plan.assignment).grade_cells}
            for cell in source.cells:  # in the notebook's order
                gid = cell.metadata.get("nbgrader", {}).get("grade_id")
                if gid in cells:
                    label = gid.removesuffix("_tests")
                    tasks[(name, gid)] = Task(label, name, cells[gid].max_score)
        for submission in plan.submissions:
            entry = ledger.entries.get(submission.student, {})
            if not entry.get("scored", entry.get("status") == "graded"):
                continue
            for name in plan.notebooks:
                try:
                    notebook = gradebook.find_submission_notebook(
                        name, plan.assignment, submission.student
                    )
                except MissingEntry:
                    continue
                for grade in notebook.grades:
                    if (name, grade.name) in tasks:
                        tasks[(name, grade.name)].scores[submission.student] = grade.score
                path = (
                    plan.course
                    / "autograded"
                    / submission.student
                    / plan.assignment
                    / f"{name}.ipynb"
                )
                if not path.is_file():
                    continue
                for cell in nbformat.read(path, as_version=4).cells:
                    gid = cell.metadata.get("nbgrader", {}).get("grade_id")
                    task = tasks.get((name, gid))
                    if task is not None:
                        task.failures += cell_failures(submission.student, task.name, cell)
    return list(tasks.values())


def write_causes(path: Path, tasks: list[Task]) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CAUSE_COLUMNS)
        for task in tasks:
            for f in task.failures:  # student ids and layer names are the students' own text
                writer.writerow(neutral.row([f.student, task.name, f.check, f.cause]))


def _short(text: str, n: int = 70) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def draw(task: Task, path: Path) -> None:
    """The task's figure: its score distribution, and its causes ranked."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    causes = task.causes()[:8]
    stops = task.stops()
    figure = Figure(figsize=(11, 3.4), layout="constrained")
    FigureCanvasAgg(figure)
    left, right = figure.subplots(1, 2, width_ratios=[1, 1.6])
    counts = Counter(task.scores.values())
    points = sorted(set(counts) | {0.0, task.max_points})
    left.bar([f"{p:g}" for p in points], [counts.get(p, 0) for p in points], color=PALETTE[0])
    left.set_xlabel(f"points (of {task.max_points:g})")
    left.set_ylabel("students")
    left.set_title("Score distribution")
    left.yaxis.get_major_locator().set_params(integer=True)
    rows = [(_short(cause, 60), len(students), PALETTE[1]) for (_, cause), students in causes]
    rows += [(check.lower(), len(students), PALETTE[3]) for check, students in stops]
    if rows:
        labels, values, colours = zip(*reversed(rows), strict=True)
        right.barh(range(len(labels)), values, color=colours)
        right.set_yticks(range(len(labels)), labels, fontsize=8)
        right.xaxis.get_major_locator().set_params(integer=True)
        right.set_xlabel("students")
    else:
        right.text(0.5, 0.5, "no failed check", ha="center", va="center")
        right.set_axis_off()
    right.set_title("What went wrong (likely causes; stops in purple)")
    figure.savefig(path, dpi=90)


def _students(names: list[str]) -> str:
    items = ", ".join(f"<code>{html.escape(n)}</code>" for n in names)
    return f"<details><summary>{len(names)} student{'s' * (len(names) != 1)}</summary>{items}</details>"


def _percent(n: int, of: int) -> str:
    return f"{100 * n / of:.0f} %" if of else "–"


def render(plan: Plan, ledger: Ledger, tasks: list[Task], figures: dict[str, str]) -> str:
    statuses = Counter(
        ledger.entries.get(s.student, {}).get("status", "not graded") for s in plan.submissions
    )
    ungraded = [
        (s.student, ledger.entries.get(s.student, {}))
        for s in plan.submissions
        if not ledger.entries.get(s.student, {}).get("scored", False)
    ]
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        f"<title>{e(plan.assignment)}: what the class got wrong</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .5em;"
        "text-align:left;vertical-align:top}th{background:#eef}.n{text-align:right;white-space:nowrap}"
        ".private{background:#fff3cd;padding:.5em 1em;border-left:4px solid #E69F00}"
        "img{max-width:100%}</style></head><body>",
        f"<h1>{e(plan.assignment)}: what the class got wrong</h1>",
        '<p class="private"><strong>For the instructor only:</strong> this page names students. '
        "Keep it with the grades; never copy it into feedback/ or release/.</p>",
        f"<p>{len(plan.submissions)} submissions: "
        + ", ".join(f"{n} {e(status)}" for status, n in sorted(statuses.items()))
        + ".</p>",
    ]
    out += [
        "<h2>In short</h2>",
        '<table class="overview"><tr><th>task</th><th>mean</th><th>full marks</th>'
        "<th>most frequent likely cause</th></tr>",
    ]
    for task in tasks:
        scored = len(task.scores)
        mean = sum(task.scores.values()) / scored if scored else 0.0
        full = sum(1 for v in task.scores.values() if v >= task.max_points)
        top = task.causes()[:1]
        said = (
            f"{e(top[0][0][1])} ({len(top[0][1])}, {_percent(len(top[0][1]), scored)})"
            if top
            else "–"
        )
        out.append(
            f'<tr><td><a href="#task-{e(task.name)}">{e(task.name)}</a></td>'
            f'<td class="n">{mean:.2f} / {task.max_points:g}</td>'
            f'<td class="n">{full} of {scored}</td><td>{said}</td></tr>'
        )
    out.append("</table>")
    for task in tasks:
        scored = len(task.scores)
        full = sum(1 for v in task.scores.values() if v >= task.max_points)
        mean = sum(task.scores.values()) / scored if scored else 0.0
        anchor = f"task-{e(task.name)}"
        out += [
            f'<section class="task" id="{anchor}">',
            f"<h2>{e(task.name)} <small>({task.max_points:g} points, {e(task.notebook)})</small></h2>",
            f"<p>{scored} scored: {full} full marks ({_percent(full, scored)}), "
            f"mean {mean:.2f} of {task.max_points:g}.</p>",
        ]
        if task.name in figures:
            alt = (
                f"Left: how many students scored each number of points on {task.name}. "
                "Right: the likely causes of the failed checks, most frequent first."
            )
            out += [
                f'<figure><img src="{e(figures[task.name])}" alt="{e(alt)}">',
                f"<figcaption>{e(alt)}</figcaption></figure>",
            ]
        counts = Counter(task.scores.values())
        out += [
            '<table class="scores"><tr><th>points</th><th>students</th></tr>',
            *(
                f'<tr><td class="n">{p:g}</td><td class="n">{counts[p]}</td></tr>'
                for p in sorted(counts)
            ),
            "</table>",
        ]
        causes = task.causes()
        if causes:
            out += [
                "<h3>Likely causes, most frequent first</h3>",
                '<table class="causes"><tr><th>#</th><th>likely cause</th><th>check</th>'
                f"<th>students</th><th>share of the {scored} scored</th><th>who</th></tr>",
            ]
            for rank, ((check, cause), students) in enumerate(causes, 1):
                out.append(
                    f'<tr><td class="n">{rank}</td><td class="cause">{e(cause)}</td>'
                    f'<td>{e(check)}</td><td class="n count">{len(students)}</td>'
                    f'<td class="n">{_percent(len(students), scored)}</td>'
                    f"<td>{_students(students)}</td></tr>"
                )
            out.append("</table>")
        else:
            out.append("<p>No failed check.</p>")
        stops = task.stops()
        if stops:
            out += [
                "<h3>Timed out, crashed, out of memory or flagged</h3>",
                '<table class="stops"><tr><th>what</th><th>students</th><th>who</th></tr>',
                *(
                    f'<tr><td>{e(check)}</td><td class="n count">{len(students)}</td>'
                    f"<td>{_students(students)}</td></tr>"
                    for check, students in stops
                ),
                "</table>",
            ]
        out.append("</section>")
    if ungraded:
        out += [
            "<h2>Submissions without scores</h2>",
            '<table class="ungraded"><tr><th>student</th><th>status</th><th>detail</th></tr>',
            *(
                f"<tr><td><code>{e(s)}</code></td><td>{e(entry.get('status', 'not graded'))}</td>"
                f"<td>{e(entry.get('detail', ''))}</td></tr>"
                for s, entry in ungraded
            ),
            "</table>",
        ]
    out.append(
        '<p>Also: <a href="causes.csv">causes.csv</a> (student, task, check, cause), '
        '<a href="grades.csv">grades.csv</a>.</p></body></html>'
    )
    return "\n".join(out) + "\n"


def write(plan: Plan, ledger: Ledger, db_url: str) -> Path:
    """Write report.html, its figures and causes.csv in grades/ASSIGNMENT/; the page's path."""
    folder = plan.course / "grades" / plan.assignment
    (folder / "figures").mkdir(parents=True, exist_ok=True)
    tasks = collect(plan, ledger, db_url)
    figures = {}
    for task in tasks:
        name = "".join(
            c if c.isalnum() or c in "-_" else "_" for c in f"{task.notebook}-{task.name}"
        )
        draw(task, folder / "figures" / f"{name}.png")
        figures[task.name] = f"figures/{name}.png"
    write_causes(folder / "causes.csv", tasks)
    page = folder / "report.html"
    page.write_text(render(plan, ledger, tasks, figures), encoding="utf-8")
    return page


def main(argv=None) -> int:
    """`ckl-grade report ASSIGNMENT`: the report of what was graded, again."""
    from . import plan as planning

    parser = argparse.ArgumentParser(
        prog="ckl-grade report",
        description="Write grades/ASSIGNMENT/report.html and causes.csv from what was graded.",
    )
    parser.add_argument("assignment")
    parser.add_argument("--course", type=Path, default=Path.cwd(), help="course directory")
    parser.add_argument("--db", default="", help="gradebook URL (default: nbgrader_config.py's)")
    args = parser.parse_args(argv)
    try:
        plan = planning.make_plan(args.course, args.assignment)
        url = planning.db_url(plan.course, args.db)
    except planning.PlanError as exc:
        print(f"ckl-grade: {exc}", file=sys.stderr)
        return 2
    ledger = Ledger(plan.course / "grades" / plan.assignment / "status.json")
    if not ledger.entries:
        print(
            f"ckl-grade: nothing graded yet for {plan.assignment}: run ckl-grade {plan.assignment}",
            file=sys.stderr,
        )
        return 2
    page = write(plan, ledger, url)
    print(f"report: {page.relative_to(plan.course)} (for your eyes only: it names students)")
    print(f"causes: {(page.parent / 'causes.csv').relative_to(plan.course)}")
    return 0
