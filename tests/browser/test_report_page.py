"""The class's misconceptions report in Chromium, and nothing of it where students look.

A small class (the reference, a wrong answer from an odd student id, the blank,
a file that is not a notebook) is graded with ckl-grade; its report.html is then
opened from disk in headless Chromium: it renders with one section per task, its
figures load, the students in a cause are shown when asked, and it fetches
nothing from anywhere. The files meant for students (feedback/, the released
exercises) hold nothing of the report and no other student's id.
"""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "classroom_helpers", ROOT / "tests" / "classroom" / "conftest.py"
)
classroom = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(classroom)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sandbox,
    pytest.mark.xdist_group("browser"),
    pytest.mark.timeout(900),
]

ASSIGNMENT = classroom.ASSIGNMENT
STUDENTS = {
    "stu-amira": "reference",
    "stu-d'arcy & co": "wrong",
    "stu-bogdan": "blank",
    "stu-gus": "broken",
}
TASKS = ["two_branches", "inception_block", "tiled_metadata"]
REPORT_WORDS = ["what the class got wrong", "For the instructor only", "causes.csv"]


def spellings(student: str) -> set[str]:
    return {student, html.escape(student), html.escape(student, quote=False)}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = classroom.make_course(tmp_path_factory.mktemp("report") / "course")
    for student, kind in STUDENTS.items():
        classroom.submit(course, student, kind)
    classroom.ckl_grade(ASSIGNMENT, "--workers", "2", "--no-progress", cwd=course)
    return course


def test_the_report_renders_with_its_figures(graded, browser, artifacts):
    page_path = graded / "grades" / ASSIGNMENT / "report.html"
    context = browser.new_context(viewport={"width": 1300, "height": 1000})
    fetched, errors = [], []
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith("file://")
            else (fetched.append(route.request.url), route.abort())
        ),
    )
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(page_path.as_uri())
        page.wait_for_load_state("load")
        assert page.title() == f"{ASSIGNMENT}: what the class got wrong"
        sections = page.locator("section.task")
        assert sections.count() == len(TASKS)
        assert [sections.nth(i).locator("h2").inner_text().split()[0] for i in range(3)] == TASKS
        images = page.evaluate(
            "[...document.images].map(i => [i.getAttribute('src'), i.complete, i.naturalWidth,"
            " i.alt])"
        )
        assert len(images) == len(TASKS)
        for src, complete, width, alt in images:
            assert complete and width > 300, src
            assert alt.startswith("Left: how many students scored"), alt
        # the wrong answer's cause of the first task, with its student behind a click
        first = sections.nth(0).locator("table.causes tr").nth(1)
        who = first.locator("details")
        assert not who.locator("code").first.is_visible()
        who.locator("summary").click()
        names = who.locator("code").all_inner_texts()
        assert set(names) & {"stu-d'arcy & co", "stu-bogdan"}, names
        assert "stu-d'arcy & co" in page.locator("body").inner_text()  # escaped, shown as is
        assert "stu-gus" in page.locator("table.ungraded").inner_text()
        page.screenshot(path=artifacts / "report.png", full_page=True)
    finally:
        context.close()
    assert fetched == []
    assert errors == []


def test_nothing_of_the_report_reaches_students(graded, browser):
    course = graded
    student_files = [
        p
        for folder in ("feedback", "exercises")
        for p in (course / folder).rglob("*")
        if p.is_file()
    ]
    assert any(p.suffix == ".html" for p in student_files)
    assert not [p for p in student_files if p.name in {"report.html", "causes.csv"}]
    assert not [p for p in student_files if "figures" in p.parts]
    for path in student_files:
        text = path.read_text(errors="replace")
        where = path.relative_to(course).parts
        owner = where[1] if where[0] == "feedback" else None  # feedback/STUDENT/...
        for word in REPORT_WORDS:
            assert word not in text, (path, word)
        for student in STUDENTS:
            if student == owner:
                continue
            for spelling in spellings(student):
                assert spelling not in text, (path, student)
    # and a student's feedback page, as a browser shows it
    feedback = course / "feedback" / "stu-bogdan" / ASSIGNMENT / f"{ASSIGNMENT}.html"
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(feedback.as_uri())
        shown = page.locator("body").inner_text()
    finally:
        context.close()
    assert "is not written yet" in shown
    for student in set(STUDENTS) - {"stu-bogdan"}:
        assert student not in shown
    assert "what the class got wrong" not in shown
