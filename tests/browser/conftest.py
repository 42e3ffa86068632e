"""Fixtures of the browser tests: one JupyterLab server and one headless Chromium per session.

The server runs on a temporary copy of the course (see lab_server.py) and is
always stopped at the end, kernels included, even when a test fails; the
session ends with an error if anything it started is still running. Each
test gets a fresh browser page, and its notebook's kernel is shut down after
it. Screenshots go to the `artifacts` folder (`.artifacts/browser/`, see
tests/conftest.py, which names it in the run's report).

Chromium is Debian's (`/usr/bin/chromium`, or the path in `CKL_CHROMIUM`),
driven through Playwright for Python; Playwright's own browser download is
not used. Without Chromium (or Playwright) the tests are skipped with the
reason, except under CI (`CI=true`), where that is a failure.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lab_server import LabServer, nbgrader_labextension_enabled

CHROMIUM = Path(os.environ.get("CKL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1400, "height": 1100}
_REPORT = pytest.StashKey[dict]()


def pytest_configure(config):
    # xdist registers this marker itself, but not when run with -p no:xdist.
    config.addinivalue_line("markers", "xdist_group(name): run in the same xdist worker")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.stash.setdefault(_REPORT, {})[report.when] = report
    return report


def _missing(reason: str):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required under CI)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of Debian's Chromium; skip (fail under CI) if it is not there."""
    path = CHROMIUM if CHROMIUM.exists() else None
    if path is None and "CKL_CHROMIUM" not in os.environ:
        path = shutil.which("chromium")
    if not path:
        _missing(f"Chromium not found at {CHROMIUM} (Debian/Ubuntu: apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _missing("Playwright for Python is not installed (pip install -e '.[dev]')")
    return str(path)


@pytest.fixture(scope="session")
def lab(chromium, tmp_path_factory):
    """One JupyterLab on a copy of the course for the session; stopped whatever happens."""
    ok, listing = nbgrader_labextension_enabled()
    assert ok, f"the nbgrader lab extension (Validate button) is not enabled:\n{listing}"
    server = LabServer(tmp_path_factory.mktemp("jupyterlab"))
    try:
        server.start()
        yield server
    finally:
        left = server.stop()
        assert left == [], f"still running after JupyterLab was stopped: {left}"


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=chromium, args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


@pytest.fixture
def page(browser, lab, artifacts, request):
    """A fresh page; afterwards every kernel is shut down (a screenshot if the test failed)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        yield page
    finally:
        try:
            reports = request.node.stash.get(_REPORT, {})
            if any(r.failed for r in reports.values()):
                failures = artifacts / "failures"
                failures.mkdir(exist_ok=True)
                name = "".join(c if c.isalnum() or c in "-_." else "_" for c in request.node.name)
                page.screenshot(path=failures / f"{name}.png", full_page=True)
        finally:
            context.close()
            lab.shut_down_kernels()
