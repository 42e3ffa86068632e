"""Hostile submissions, graded, then every page that shows them opened in Chromium.

The submissions of tests/security/attacks_web.py (HTML, JavaScript, SVG, Markdown
and widget outputs, Markdown and raw cells, hostile metadata, layer names and
student ids that are markup or close a JavaScript string) are graded by
ckl-grade in the sandbox. A JupyterLab with the formgrader is then started on
that course, and the instructor's pages are opened in headless Chromium: the
formgrader's lists (assignments, submissions, students, manual grading), each
student's pages, each submission's grading page, each feedback HTML file (from
disk) and report.html (from disk). Every payload, wherever it ran, would set
`window.__ckl_pwned`, open an alert and fetch a port this test listens on.

On every page: no payload ran (no flag in any frame, no dialog), no request left
for anything but the server (or, for files, the disk), nothing reached the
listener, the page's policy forbids inline script, and the page still works (the
formgrader's own scripts fill in the scores; the hostile ids are shown as text).
"""

from __future__ import annotations

import re
import sys
import urllib.parse
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "security"))

import attacks_web  # noqa: E402
import lab_server  # noqa: E402
from lab_server import LabServer  # noqa: E402
from security_helpers import ASSIGNMENT, Listener, classroom, harness, require_sandbox  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.sandbox,
    pytest.mark.xdist_group("browser"),
    pytest.mark.timeout(1800),
]

# Set in every page before its own scripts: what the policy blocked, for the report.
WATCH = """
window.__ckl_blocked = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__ckl_blocked.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def fill(text: str, port: int) -> str:
    return text.replace("@PORT@", str(port))


def write_submission(course: Path, attack, port: int) -> str:
    """The attack's notebook under submitted/; its student id (placeholders filled)."""
    student = fill(attack.student, port)
    folder = course / "submitted" / student / ASSIGNMENT
    folder.mkdir(parents=True)
    nb = harness.fill(ASSIGNMENT, attack.sources(lambda s: fill(s, port)))
    if attack.notebook:
        attack.notebook(nb)
    nb = nbformat.reads(fill(nbformat.writes(nb), port), as_version=4)
    nbformat.write(nb, folder / f"{ASSIGNMENT}.ipynb")
    for name, content in attack.files.items():
        (folder / name).write_text(fill(content, port))
    return student


@pytest.fixture(scope="module")
def attacked(chromium, tmp_path_factory):
    """The hostile class graded, and a JupyterLab (formgrader) serving its course."""
    require_sandbox()
    base = tmp_path_factory.mktemp("web-attacks")
    listener = Listener()
    course = classroom.make_course(base / "course")
    students = [write_submission(course, a, listener.port) for a in attacks_web.ATTACKS]
    classroom.ckl_grade(ASSIGNMENT, "--workers", "2", "--no-progress", cwd=course)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submissions = {
            s: gradebook.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, s).id for s in students
        }
    (base / "lab").mkdir()
    server = LabServer(base / "lab")
    server.root = course  # serve the graded course itself, not a fresh copy
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(lab_server, "copy_course", lambda target, source=None: target)
            server.start()
        yield SimpleNamespace(
            course=course,
            students=students,
            submissions=submissions,
            server=server,
            listener=listener,
        )
    finally:
        left = server.stop()
        listener.close()
        assert left == [], f"still running after JupyterLab was stopped: {left}"


def formgrader_pages(ns) -> list[tuple[str, str]]:
    url = ns.server.url + "/formgrader"
    pages = [
        ("assignments", f"{url}/manage_assignments"),
        ("submissions", f"{url}/manage_submissions/{ASSIGNMENT}"),
        ("students", f"{url}/manage_students"),
        ("manual grading", f"{url}/gradebook/{ASSIGNMENT}/{ASSIGNMENT}"),
    ]
    for student in ns.students:
        quoted = urllib.parse.quote(student, safe="")
        pages += [
            (f"student {student}", f"{url}/manage_students/{quoted}"),
            (f"student {student}'s notebooks", f"{url}/manage_students/{quoted}/{ASSIGNMENT}"),
            (f"submission of {student}", f"{url}/submissions/{ns.submissions[student]}/"),
        ]
    for attack in attacks_web.ATTACKS:  # the files of a submission, as nbgrader serves them
        for name in attack.files:
            submission = ns.submissions[attack.student]
            pages.append(
                (f"file {name} of {attack.student}", f"{url}/submissions/{submission}/{name}")
            )
    return pages


def file_pages(ns) -> list[tuple[str, str]]:
    pages = [("report.html", ns.course / "grades" / ASSIGNMENT / "report.html")]
    for student in ns.students:
        path = ns.course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html"
        pages.append((f"feedback of {student}", path))
    for _, path in pages:
        assert path.is_file(), path
    return [(name, path.as_uri()) for name, path in pages]


class Visit:
    """One page in a fresh browser context, with what it did."""

    def __init__(self, browser, address: str, token: str = ""):
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.context = browser.new_context(viewport={"width": 1300, "height": 1000})
        self.context.set_default_timeout(60_000)
        self.context.add_init_script(WATCH)
        if token:  # the instructor, logged in: the page's own API calls are answered too
            self.context.set_extra_http_headers({"Authorization": f"token {token}"})
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page = self.context.new_page()
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.console.append(m.text))
        self.response = self.page.goto(address)
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_timeout(500)  # onerror / onload / timers of anything that slipped in

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def pwned(self) -> list[str]:
        found = []
        for frame in self.page.frames:
            try:
                flag = frame.evaluate("window.__ckl_pwned")
            except Exception as exc:  # a frame with no document left
                flag = None if "detached" in str(exc).lower() else f"unreadable: {exc}"
            if flag:
                found.append(f"{frame.url}: {flag}")
        return found

    def blocked(self) -> list[str]:
        return self.page.evaluate("window.__ckl_blocked || []")

    def close(self) -> None:
        self.context.close()


def assert_nothing_ran(visit: Visit, name: str, allowed: tuple[str, ...]) -> None:
    assert visit.pwned() == [], f"{name}: script of a student ran"
    assert visit.dialogs == [], f"{name}: a student's alert opened: {visit.dialogs}"
    strays = [u for u in visit.requests if not u.startswith(allowed)]
    assert strays == [], f"{name}: requests left for elsewhere: {strays}"
    refused = [m for m in visit.console if "script-src" in m or "Refused to" in m]
    assert refused == [], f"{name}: the policy had to refuse a script: {refused}"


def _script_src(policy: str) -> str:
    match = re.search(r"script-src([^;]*)", policy)
    return match.group(1) if match else ""


def test_formgrader_pages_run_no_student_script(attacked, browser, artifacts):
    ns = attacked
    shots = artifacts / "web-attacks"
    shots.mkdir(exist_ok=True)
    blocked = {}
    for name, address in formgrader_pages(ns):
        visit = Visit(browser, address, ns.server.token)
        try:
            assert visit.response is not None and visit.response.ok, (name, visit.response)
            assert_nothing_ran(visit, name, (ns.server.url + "/",))
            policy = visit.response.headers.get("content-security-policy", "")
            if name.startswith("file "):  # a student's own page: sandboxed, runs nothing
                assert "sandbox" in policy and "default-src 'none'" in policy, policy
                assert "allow-scripts" not in policy, policy
                blocked[name] = []
                continue
            sources = _script_src(policy)
            assert "'nonce-" in sources, f"{name}: {policy}"
            assert "'unsafe-inline'" not in sources and "'self'" not in sources, policy
            assert "connect-src 'self'" in policy and "default-src 'none'" in policy, policy
            shown = visit.page.locator("body").inner_text()
            if name.startswith("submission of"):
                # the formgrader's own scripts ran under the policy: they loaded the
                # autograded scores (shown as each score box's placeholder)
                scores = visit.page.locator("input.score")
                assert scores.count() == 3, name
                values = [scores.nth(i).get_attribute("placeholder") for i in range(3)]
                assert all(v not in (None, "") for v in values), f"{name}: not loaded {values}"
                assert "✓" in shown or "✗" in shown, f"{name}: checks' messages not shown"
            if name == "students" or name == "submissions":
                for student in ns.students:  # every id shown, as text
                    assert student in shown, f"{name}: {student!r} not shown as text"
            blocked[name] = visit.blocked()
            safe = "".join(c if c.isalnum() else "_" for c in name)[:60]
            visit.page.screenshot(path=shots / f"{safe}.png", full_page=True)
        finally:
            visit.close()
    assert ns.listener.connections == 0
    # Sanitised content needs no blocking, and the formgrader's own scripts and inline
    # handlers are all allowed: the policy refused nothing on any page.
    assert {k: v for k, v in blocked.items() if v} == {}


def test_feedback_and_report_run_no_student_script(attacked, browser):
    ns = attacked
    for name, address in file_pages(ns):
        visit = Visit(browser, address)
        try:
            assert_nothing_ran(visit, name, ("file://", "data:"))
            policy = visit.page.evaluate(
                "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                "?.getAttribute('content') || ''"
            )
            assert "default-src 'none'" in policy, f"{name}: {policy!r}"
            assert "script-src" not in policy, f"{name}: {policy!r}"  # no script at all
            shown = visit.page.locator("body").inner_text()
            if name.startswith("feedback"):
                assert "ckl-web" in shown or "✓" in shown or "✗" in shown, name
            # the only thing these pages' policy has to refuse is nbgrader's own CSS
            # asking for Bootstrap's icon font (a file that is not there): no request
            refused = [v for v in visit.blocked() if not v.startswith("font-src")]
            assert refused == [], f"{name}: {refused}"
        finally:
            visit.close()
    assert ns.listener.connections == 0


def test_each_is_scored_as_an_honest_grader_would(attacked):
    import csv

    with (attacked.course / "grades" / ASSIGNMENT / "grades.csv").open() as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle)}
    for attack, student in zip(attacks_web.ATTACKS, attacked.students, strict=True):
        row = rows[student]
        assert (float(row["score"]), row["status"]) == (attack.score, attack.status), row


def test_hostile_content_is_shown_as_text(attacked):
    """What was tried is visible to the instructor (escaped), not silently dropped."""
    ns = attacked
    student = "web-markdown"
    feedback = (ns.course / "feedback" / student / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
    assert "&lt;script&gt;window.__ckl_pwned=" in feedback
    assert "<script" not in feedback.lower()
    assert "unpkg" not in feedback and "cdnjs" not in feedback and "latest.js" not in feedback
    other = (
        ns.course / "feedback" / "web-other-outputs" / ASSIGNMENT / f"{ASSIGNMENT}.html"
    ).read_text()
    assert "[removed for safety: an output of type application/javascript]" in other
    assert "ckl-web: outputs shown" in other
