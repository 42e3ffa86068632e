"""A class on a real JupyterHub, end to end in Chromium: what `make hub` runs.

The hub (hub/deploy.py, hub/jupyterhub_config.py) runs under a folder of its own in
/srv with three system users made for the test (an instructor, two students; PAM
passwords), JupyterHub with configurable-http-proxy, each user's JupyterLab started as
that user. Everything goes through the pages a person uses:

1. All three log in on the hub's login page; the instructor generates and releases
   01_concatenation in the formgrader.
2. Each student fetches it from the Assignments list. One answers it correctly, the other
   with a common mistake (two branches added, not concatenated): the answers come from
   the grading catalogue (tests/grading/answers) and are written into the fetched
   notebook on disk, as an editor would save them. Both press Validate (the correct one
   passes, the mistake's dialog names it) and Submit.
3. The instructor collects, autogrades each submission in the formgrader (in the
   sandbox: the course directory's nbgrader_config.py), generates and releases feedback.
4. Each student fetches feedback and sees their own score and messages, nothing of the
   other's. The gradebook and `nbgrader export` hold 10 and 7.
5. A student cannot open the formgrader (theirs is off, the instructor's server is not
   theirs), another student's files or the instructor's solutions/, by URL or as a
   process of their own.

Everything the test made — accounts and their groups, the /srv folder, every process —
is removed at the end, and the test fails if anything is left. Without root, Node.js/npm,
bubblewrap or Chromium it is skipped with the reason, except under CI (`CI=true`),
where that is a failure.
"""

from __future__ import annotations

import contextlib
import csv
import os
import pwd
import re
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from lab_server import ROOT

sys.path.insert(0, str(ROOT / "tests" / "grading"))
sys.path.insert(0, str(ROOT))

import harness

from hub import deploy

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sandbox,
    pytest.mark.xdist_group("browser"),
    pytest.mark.timeout(900),
]

ASSIGNMENT = "01_concatenation"
MISTAKE = ("two_branches", "wrong_added_not_concatenated")
SUCCESS = "Success! Your notebook passes all the tests."
VIEWPORT = {"width": 1400, "height": 1000}


def _missing(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI)", pytrace=False)
    pytest.skip(reason)


# ---------------------------------------------------------------------- answers


def strip_markers(source: str) -> str:
    """An answer as a learner writes it: no nbgrader solution markers."""
    drop = ("### BEGIN SOLUTION", "### END SOLUTION")
    return "\n".join(line for line in source.splitlines() if line.strip() not in drop)


def answers() -> tuple[dict[str, str], dict[str, str], float, float]:
    """The correct answers, the answers with the mistake, full marks, the mistake's score."""
    assignment = harness.load(ASSIGNMENT)
    correct = {name: strip_markers(task.answer) for name, task in assignment.tasks.items()}
    task, stem = MISTAKE
    (variant,) = [v for v in harness.variants(ASSIGNMENT) if v.path.stem == stem]
    assert variant.task == task and not variant.passes
    mistaken = {**correct, task: variant.source}
    total = sum(t.points for t in assignment.tasks.values())
    return correct, mistaken, total, total - assignment.tasks[task].points


def write_answers(notebook: Path, user: str, cells: dict[str, str]) -> None:
    """Put the answers into the student's fetched notebook, as saved by their editor."""
    nb = nbformat.read(notebook, as_version=4)
    filled = 0
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and meta.get("grade_id") in cells:
            cell.source = cells[meta["grade_id"]]
            filled += 1
    assert filled == len(cells), f"{notebook}: {filled} answer cells, {len(cells)} answers"
    nbformat.write(nb, notebook)
    deploy.chown_tree(notebook, user)


# ---------------------------------------------------------------------- the hub


@pytest.fixture(scope="module")
def class_hub(chromium):
    """A hub with an instructor and two students, taken down whatever happens."""
    if os.geteuid() != 0:
        _missing("the hub test makes system users and runs servers as them: it needs root")
    absent = deploy.missing()
    if absent:
        _missing("the hub needs: " + "; ".join(absent))
    try:
        deploy.install_proxy()
    except deploy.HubUnavailable as error:
        _missing(f"configurable-http-proxy: {error}")
    tag = secrets.token_hex(3)
    hub = deploy.ClassHub(
        Path(f"/srv/ckl-hub-test-{tag}"),
        instructor=f"ckl{tag}-teach",
        students=(f"ckl{tag}-ada", f"ckl{tag}-bob"),
        port=0,  # a free one
    )
    try:
        hub.set_up()
        hub.start()
        yield hub
    finally:
        left = hub.take_down()
        assert left == [], f"left after the hub was taken down: {left}"


class Person:
    """One user in a browser context of their own (their own hub cookies)."""

    def __init__(self, browser, hub: deploy.ClassHub, user: str, artifacts: Path):
        self.hub = hub
        self.user = user
        self.artifacts = artifacts
        self.context = browser.new_context(viewport=VIEWPORT)
        self.context.set_default_timeout(120_000)
        self.page = self.context.new_page()

    def log_in(self) -> None:
        """Fill in the hub's login form and submit it (the server then starts)."""
        self.page.goto(f"{self.hub.url}/hub/login")
        self.page.fill("#username_input", self.user)
        self.page.fill("#password_input", self.hub.passwords[self.user])
        self.page.click("#login_submit")

    def wait_for_lab(self) -> None:
        self.page.locator(".jp-LabShell").wait_for(timeout=240_000)
        assert self.page.url.startswith(f"{self.hub.url}/user/{self.user}/lab"), self.page.url

    def open_nbgrader_menu(self):
        """Click JupyterLab's Nbgrader menu until it is open (on a busy machine a click on
        the menu bar can land while it still closes); the open menu."""
        from playwright.sync_api import TimeoutError as PlaywrightTimeout

        menu = self.page.locator(".lm-Menu").filter(visible=True)
        for _ in range(5):
            self.page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
            try:
                menu.first.wait_for(timeout=5_000)
                return menu.last
            except PlaywrightTimeout:
                self.page.keyboard.press("Escape")
        raise AssertionError(f"{self.user}: the Nbgrader menu did not open")

    def nbgrader_menu(self) -> list[str]:
        """The items of JupyterLab's Nbgrader menu (the menu is closed again)."""
        menu = self.open_nbgrader_menu()
        items = [" ".join(t.split()) for t in menu.locator(".lm-Menu-itemLabel").all_inner_texts()]
        self.page.keyboard.press("Escape")
        menu.wait_for(state="hidden")
        return [i for i in items if i]

    def open_from_menu(self, item: str) -> None:
        menu = self.open_nbgrader_menu()
        menu.get_by_role("menuitem", name=item, exact=True).click()

    def get(self, path: str) -> tuple[int, str]:
        """What this user's session gets for a path of the hub, redirects followed
        (another user's server sends them through the hub's authorization)."""
        answer = self.page.request.get(f"{self.hub.url}{path}")
        return answer.status, answer.text()

    def shot(self, name: str) -> None:
        self.page.screenshot(path=self.artifacts / f"hub-{name}.png")

    def close(self) -> None:
        self.context.close()


# ---------------------------------------------------------------------- formgrader


class Formgrader:
    """The formgrader in the instructor's JupyterLab (its frame)."""

    def __init__(self, person: Person):
        self.person = person
        person.open_from_menu("Formgrader")
        self.frame = person.page.frame_locator("#formgrader iframe")

    def row(self, name: str):
        row = self.frame.locator("#main-table tr").filter(has_text=name)
        row.first.wait_for()
        return row.first

    def act(self, locator, what: str) -> str:
        """Click a formgrader action; wait for its dialog; it must say Success. Its text."""
        locator.click()
        modal = self.frame.locator(".modal").filter(visible=True)
        modal.locator(".modal-title").wait_for(timeout=300_000)
        title = modal.locator(".modal-title").inner_text().strip()
        text = modal.inner_text()
        assert title == "Success", f"{what}: the formgrader says {title}:\n{text[-3000:]}"
        modal.locator(".modal-footer button").click()
        modal.wait_for(state="detached")
        return text

    def assignment_action(self, name: str, column: str, what: str) -> str:
        return self.act(self.row(name).locator(f"td.{column} a"), what)

    def open_submissions(self, name: str) -> None:
        self.row(name).locator("td.num-submissions a").click()
        self.frame.locator("#main-table tr td.student-id").first.wait_for()

    def submission_row(self, student: str):
        row = self.frame.locator("#main-table tr").filter(
            has=self.frame.locator("td.student-id", has_text=re.compile(f"^{student}$"))
        )
        row.wait_for()
        return row


# ---------------------------------------------------------------------- the assignment list


class AssignmentList:
    """nbgrader's Assignment List in a student's JupyterLab."""

    def __init__(self, person: Person):
        self.person = person
        self.page = person.page
        person.open_from_menu("Assignment List")
        self.page.locator("#assignments").wait_for()

    def item(self, section: str, name: str):
        return self.page.locator(f"#{section}_assignments_list > .list_item").filter(has_text=name)

    def fetch(self, name: str) -> None:
        self.item("released", name).get_by_role("button", name="Fetch").click()
        self.item("fetched", name).first.wait_for()

    def validate(self, name: str):
        """Press Validate beside the notebook; the dialog with nbgrader's results."""
        item = self.item("fetched", name).first
        item.locator(".assignment-notebooks-link").click()
        item.get_by_role("button", name="Validate").click()

    def validation_dialog(self):
        dialog = self.page.locator(".jp-Dialog").filter(has_text="Validation Results")
        dialog.wait_for(timeout=300_000)
        dialog.locator("#validation-message").wait_for()
        return dialog

    def submit(self, name: str) -> None:
        self.item("fetched", name).first.get_by_role("button", name="Submit").click()
        self.item("submitted", name).first.wait_for()

    def fetch_feedback(self, name: str) -> None:
        item = self.item("submitted", name).first
        item.get_by_role("button", name="Fetch Feedback").click()


# ---------------------------------------------------------------------- the test


def test_a_class_on_jupyterhub(class_hub, browser, artifacts):
    hub = class_hub
    started = time.monotonic()
    correct, mistaken, full, mistake_score = answers()
    ada, bob = hub.students
    teacher = Person(browser, hub, hub.instructor, artifacts)
    students = {user: Person(browser, hub, user, artifacts) for user in hub.students}
    people = [teacher, *students.values()]
    try:
        # 1. Everyone logs in (their servers start side by side).
        for person in people:
            person.log_in()
        for person in people:
            person.wait_for_lab()
        for user, person in students.items():
            menu = person.nbgrader_menu()
            assert "Assignment List" in menu and "Formgrader" not in menu, (user, menu)
            assert "Create assignment" not in menu, (user, menu)
        assert "Formgrader" in teacher.nbgrader_menu()

        grader = Formgrader(teacher)
        grader.assignment_action(ASSIGNMENT, "assign", "generate")
        grader.assignment_action(ASSIGNMENT, "release", "release")
        teacher.shot("released")

        # 2. The students fetch, answer, validate and submit.
        lists = {user: AssignmentList(person) for user, person in students.items()}
        for user, assignments in lists.items():
            assignments.fetch(ASSIGNMENT)
            fetched = hub.home(user) / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
            assert fetched.is_file(), f"{user}: nothing fetched at {fetched}"
            write_answers(fetched, user, correct if user == ada else mistaken)
        for assignments in lists.values():
            assignments.validate(ASSIGNMENT)  # both validate at once: two kernels
        for user, assignments in lists.items():
            dialog = assignments.validation_dialog()
            text = dialog.inner_text()
            students[user].shot(f"validate-{'correct' if user == ada else 'mistake'}")
            if user == ada:
                assert SUCCESS in text, f"{user}: {text[-3000:]}"
            else:
                assert SUCCESS not in text and "head sees 8 features, not 16" in text, text
            dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
            dialog.wait_for(state="detached")
            assignments.submit(ASSIGNMENT)

        # 3. The instructor collects, autogrades, returns feedback.
        grader.assignment_action(ASSIGNMENT, "collect", "collect")
        grader.open_submissions(ASSIGNMENT)
        scores = {}
        for user in hub.students:
            log = grader.act(
                grader.submission_row(user).locator("td.autograde a"), f"autograde {user}"
            )
            # graded by the course directory's nbgrader_config.py: in the sandbox
            assert "Applying preprocessor: Isolated" in log, log[-3000:]
        for user in hub.students:
            cell = grader.submission_row(user).locator("td.score")
            cell.filter(has_text="/").wait_for()
            scores[user] = " ".join(cell.inner_text().split())
        teacher.shot("autograded")
        assert scores == {ada: f"{full:g} / {full:g}", bob: f"{mistake_score:g} / {full:g}"}, scores
        grader.frame.locator("a", has_text="Manage Assignments").first.click()
        grader.assignment_action(ASSIGNMENT, "generate-feedback", "generate feedback")
        grader.assignment_action(ASSIGNMENT, "release-feedback", "release feedback")

        # 4. Each student fetches their feedback: their own, nothing of the other's.
        for assignments in lists.values():
            assignments.fetch_feedback(ASSIGNMENT)
        for user, person in students.items():
            other = bob if user == ada else ada
            feedback = _wait_for_file(hub.home(user) / ASSIGNMENT / "feedback")
            path = feedback.relative_to(hub.home(user))
            person.page.goto(f"{hub.url}/user/{user}/files/{path}")
            body = person.page.locator("body").inner_text()
            person.shot(f"feedback-{'correct' if user == ada else 'mistake'}")
            score = full if user == ada else mistake_score
            assert f"{ASSIGNMENT} (Score: {score:.1f} / {full:.1f})" in body, body[:2000]
            if user == bob:
                assert "head sees 8 features, not 16" in body
            assert other not in body
            mine = list((hub.home(user) / ASSIGNMENT / "feedback").rglob("*.html"))
            assert len(mine) == 1, mine

        # The gradebook and the exported grades.
        export = hub.course / "grades-export.csv"
        _as_user(hub, hub.instructor, ["nbgrader", "export", "--to", str(export)], hub.course)
        with export.open() as handle:
            rows = {row["student_id"]: float(row["score"]) for row in csv.DictReader(handle)}
        assert rows == {ada: full, bob: mistake_score}, rows
        from nbgrader.api import Gradebook

        with Gradebook(f"sqlite:///{hub.course / 'gradebook.db'}") as gradebook:
            recorded = {
                user: gradebook.find_submission(ASSIGNMENT, user).score for user in hub.students
            }
        assert recorded == {ada: full, bob: mistake_score}, recorded

        # 5. What a student cannot reach (each path works for its owner).
        person = students[bob]
        status, _ = person.get(f"/user/{bob}/formgrader")
        assert status == 404, f"{bob}'s own formgrader answered {status}"  # theirs is off
        solutions = f"course/solutions/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
        fetched = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
        for owner, path, shows in (
            (teacher, f"/user/{hub.instructor}/formgrader/manage_assignments", "nbgrader"),
            (teacher, f"/user/{hub.instructor}/api/contents/{solutions}", "BEGIN SOLUTION"),
            (teacher, f"/user/{hub.instructor}/files/{solutions}", "BEGIN SOLUTION"),
            (students[ada], f"/user/{ada}/api/contents/{fetched}", "build_two_branch_model"),
            (students[ada], f"/user/{ada}/files/{fetched}", "build_two_branch_model"),
        ):
            status, text = owner.get(path)
            assert status == 200 and shows in text, f"{owner.user} got {status} for {path}"
            status, text = person.get(path)
            assert status in (403, 404) and shows not in text, f"{bob} got {status} for {path}"
        secret = hub.course / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        for target in (secret, hub.home(ada) / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"):
            denied = _as_user(hub, bob, ["cat", str(target)], hub.home(bob), check=False)
            assert denied.returncode != 0 and "Permission denied" in denied.stderr, target
        print(f"\nthe class on the hub took {time.monotonic() - started:.0f} s")
    except BaseException:
        for name, person in [("teacher", teacher), *students.items()]:
            _failure_shot(person, artifacts, name)
        shutil.copy(hub.log, artifacts / "failures" / "hub-jupyterhub.log")
        raise
    finally:
        for person in people:
            person.close()


def _wait_for_file(folder: Path, timeout: float = 120) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(folder.rglob("*.html")) if folder.exists() else []
        if found:
            return found[0]
        time.sleep(0.5)
    raise AssertionError(f"no feedback fetched into {folder} in {timeout:.0f} s")


def _as_user(hub, user: str, argv: list[str], cwd: Path, check: bool = True):
    """Run a command as one of the hub's users, in the hub's environment."""
    env = {**hub.environment(), "HOME": str(hub.home(user)), "USER": user}
    env.pop("CKL_HUB_SETTINGS")
    account = pwd.getpwnam(user)
    result = subprocess.run(
        argv,
        cwd=cwd,
        env=env,
        user=account.pw_uid,
        group=account.pw_gid,
        extra_groups=[],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if check:
        assert result.returncode == 0, f"{argv}: {result.stdout}\n{result.stderr}"
    return result


def _failure_shot(person: Person, artifacts: Path, name: str) -> None:
    failures = artifacts / "failures"
    failures.mkdir(exist_ok=True)
    with contextlib.suppress(Exception):  # a closed page: nothing to show
        person.page.screenshot(path=failures / f"hub-{name}.png", full_page=True)
