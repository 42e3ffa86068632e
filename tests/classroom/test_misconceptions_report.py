"""The class's misconceptions: report.html and causes.csv, counted from what grading recorded.

Unit tests read check messages back (the round trip of `Feedback.render`) and
cells' outputs. The class test grades, with ckl-grade, a class whose mistakes
are known: answers taken from tests/grading/answers/ (four wrong answers of
every task, one of them twice), the reference and the blank. The causes the
report counts must be those that grading the same answers in process gives,
student for student.
"""

from __future__ import annotations

import csv
from collections import defaultdict

import harness
import nbformat
import pytest
from conftest import ASSIGNMENT, BIN, ckl_grade, make_course, run

from autograder.classroom import misconceptions
from autograder.feedback import Feedback

FEEDBACK = [
    Feedback(
        "Parameter count", "113 trainable parameters", "105 (8 fewer)", "the head sees 8.", "x"
    ),
    Feedback("Output shape", "(None, 16)", "(None, 8)", "", "merge with Concatenate()."),
    Feedback("Calls", "a function", "an int", "the name was given a value, not a function."),
    Feedback("Wiring", "a", "b", "one: two, three — four.", "", ["Raised in f(), line 3: x"]),
    Feedback("Only a title", "", ""),
    Feedback("Two lines", "a", "b", "first part\nsecond part.", "go on", ["  indented detail"]),
]


@pytest.mark.parametrize("feedback", FEEDBACK, ids=lambda f: f.title)
def test_a_rendered_message_reads_back(feedback):
    parts = misconceptions.parse(feedback.render())
    assert parts["title"] == feedback.title
    for name in ("expected", "received", "cause", "next_step"):
        assert parts.get(name, "") == " ".join(getattr(feedback, name).split())


def _error(ename, evalue):
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=[])


CELLS = [
    (
        _error("CheckFailed", FEEDBACK[0].render()),
        ("Parameter count", "the head sees 8.", False),
    ),
    (_error("CheckFailed", FEEDBACK[4].render()), ("Only a title", misconceptions.NO_CAUSE, False)),
    (_error("CellTimeoutError", "Cell execution timed out"), ("Timed out", None, True)),
    (_error("KernelStoppedAfterTimeout", "..."), ("Timed out", None, True)),
    (_error("KernelDied", "the kernel died"), ("Kernel died", None, True)),
    (_error("CellNotRun", "not run"), ("Not run", None, True)),
    (_error("MemoryError", ""), ("Out of memory", None, True)),
    (
        _error("FlaggedForReview", "flagged for review: the checks were tampered with"),
        ("Flagged for review", "the checks were tampered with", True),
    ),
    (_error("ValueError", "bad thing\nmore"), ("ValueError raised", "bad thing", False)),
]


@pytest.mark.parametrize(("output", "expected"), CELLS, ids=[o.ename for o, _ in CELLS])
def test_what_a_cell_recorded(output, expected):
    cell = nbformat.v4.new_code_cell(
        outputs=[nbformat.v4.new_output("stream", text="ok\n"), output]
    )
    (failure,) = misconceptions.cell_failures("ann", "t", cell)
    check, cause, stop = expected
    assert (failure.student, failure.task, failure.check, failure.stop) == ("ann", "t", check, stop)
    if cause is not None:
        assert failure.cause == cause


def test_a_timeout_is_one_failure_not_also_its_interrupt():
    outputs = [_error("KeyboardInterrupt", ""), _error("CellTimeoutError", "timed out")]
    cell = nbformat.v4.new_code_cell(outputs=outputs)
    (failure,) = misconceptions.cell_failures("ann", "t", cell)
    assert (failure.check, failure.stop) == ("Timed out", True)
    alone = nbformat.v4.new_code_cell(outputs=[_error("KeyboardInterrupt", "")])
    assert [f.check for f in misconceptions.cell_failures("ann", "t", alone)] == [
        "KeyboardInterrupt raised"
    ]


def test_a_passed_cell_records_nothing():
    cell = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output("stream", text="✓ fine\n")])
    assert misconceptions.cell_failures("ann", "t", cell) == []


def test_the_page_escapes_what_students_wrote(tmp_path):
    from autograder.classroom.ledger import Ledger
    from autograder.classroom.plan import Plan, Submission

    student = "<script>alert(1)</script>"
    task = misconceptions.Task("t", "nb", 2.0, {student: 0.0})
    task.failures = [misconceptions.Failure(student, "t", "<b>check</b>", "<img src=x>")]
    plan = Plan(tmp_path, "a", ["nb"], [Submission(student, tmp_path, "1")])
    ledger = Ledger(tmp_path / "status.json")
    page = misconceptions.render(plan, ledger, [task], {})
    assert "<script>alert" not in page and "<img src=x>" not in page and "<b>check" not in page
    assert "&lt;script&gt;" in page


# --- a class whose mistakes are known -------------------------------------------------

WRONG_PER_TASK = 4


def known_class() -> dict[str, dict[str, str]]:
    """student -> answers: wrong answers of every task, one twice, the reference, the blank."""
    assignment = harness.load(ASSIGNMENT)
    reference = {t: task.answer for t, task in assignment.tasks.items()}
    wrong = defaultdict(list)
    for variant in sorted(harness.variants(ASSIGNMENT), key=lambda v: v.path.name):
        if not variant.passes:
            wrong[variant.task].append(variant.source)
    students = {f"stu{i}": {t: wrong[t][i] for t in reference} for i in range(WRONG_PER_TASK)}
    students["stu0_again"] = students["stu0"]
    students["ref"] = reference
    students["blank"] = harness.blank_answers(ASSIGNMENT)
    return students


def expected_causes(students) -> dict[tuple[str, str, str], set[str]]:
    """(task, check, cause) -> students, from grading the same answers in process."""
    grader = harness.Grader(harness.load(ASSIGNMENT))
    found = defaultdict(set)
    for student, answers in students.items():
        for task, answer in answers.items():
            outcome = grader.grade(task, answer)
            if not outcome.message:
                continue
            assert outcome.message.startswith("CheckFailed: "), outcome.message
            parts = misconceptions.parse(outcome.message.removeprefix("CheckFailed: "))
            cause = parts.get("cause") or misconceptions.NO_CAUSE
            found[(task, parts["title"], cause)].add(student)
    return dict(found)


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    course = make_course(tmp_path_factory.mktemp("known") / "course")
    students = known_class()
    for student, answers in students.items():
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(harness.fill(ASSIGNMENT, answers), folder / f"{ASSIGNMENT}.ipynb")
    result = ckl_grade(ASSIGNMENT, "--workers", "2", "--no-progress", cwd=course)
    return course, students, result


@pytest.mark.slow
@pytest.mark.sandbox
@pytest.mark.xdist_group("misconceptions")
class TestKnownClass:
    def test_causes_counted_student_for_student(self, graded_class):
        course, students, result = graded_class
        assert "report:   grades/01_concatenation/report.html" in result.stdout
        with (course / "grades" / ASSIGNMENT / "causes.csv").open() as handle:
            rows = list(csv.DictReader(handle))
        assert list(rows[0]) == ["student", "task", "check", "cause"]
        found = defaultdict(set)
        for row in rows:
            found[(row["task"], row["check"], row["cause"])].add(row["student"])
        assert dict(found) == expected_causes(students)
        assert len(rows) == sum(len(s) for s in found.values())  # one row per failure

    def test_the_page_ranks_them(self, graded_class):
        course, students, _ = graded_class
        from autograder.classroom.ledger import Ledger
        from autograder.classroom.plan import db_url, make_plan

        plan = make_plan(course, ASSIGNMENT)
        ledger = Ledger(course / "grades" / ASSIGNMENT / "status.json")
        tasks = misconceptions.collect(plan, ledger, db_url(course))
        expected = expected_causes(students)
        assert [t.name for t in tasks] == ["two_branches", "inception_block", "tiled_metadata"]
        for task in tasks:
            assert len(task.scores) == len(students)
            ranked = task.causes()
            counts = [len(who) for _, who in ranked]
            assert counts == sorted(counts, reverse=True)
            assert {(task.name, *key): set(who) for key, who in ranked} == {
                k: v for k, v in expected.items() if k[0] == task.name
            }
            # the student who submitted twice is counted twice, with the same causes
            assert all(("stu0" in who) == ("stu0_again" in who) for _, who in ranked)
        page = (course / "grades" / ASSIGNMENT / "report.html").read_text()
        assert page.count('<section class="task"') == 3
        for task in tasks:
            for _key, who in task.causes():
                share = f"{100 * len(who) / len(students):.0f} %"
                assert f'class="n count">{len(who)}</td><td class="n">{share}</td>' in page
        for task in tasks:
            figure = course / "grades" / ASSIGNMENT / "figures" / f"{ASSIGNMENT}-{task.name}.png"
            assert figure.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert f'src="figures/{figure.name}"' in page

    def test_report_command_writes_the_same(self, graded_class):
        course, _, _ = graded_class
        folder = course / "grades" / ASSIGNMENT
        before = {p: p.read_bytes() for p in (folder / "report.html", folder / "causes.csv")}
        (folder / "report.html").unlink()
        (folder / "causes.csv").unlink()
        done = run([str(BIN / "ckl-grade"), "report", ASSIGNMENT], course)
        assert "report: grades/01_concatenation/report.html" in done.stdout
        assert {p: p.read_bytes() for p in before} == before
