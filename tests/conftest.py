"""What the whole suite shares: the browser tests' screenshot folder, and the sandbox requirement.

These hooks live at the root of the tests (not in tests/browser/) because
pytest reads report hooks only from here, and under xdist the controlling
process never loads a sub-folder's conftest.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / ".artifacts" / "browser"
_STARTED = time.time()


def pytest_report_header(config):
    return f"browser tests: screenshots in {ARTIFACTS}"


def pytest_terminal_summary(terminalreporter):
    if ARTIFACTS.is_dir():
        shots = [p for p in ARTIFACTS.rglob("*.png") if p.stat().st_mtime >= _STARTED]
        if shots:
            terminalreporter.write_line(f"browser screenshots ({len(shots)}): {ARTIFACTS}")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """The folder for screenshots (`.artifacts/browser/`); failures go to `failures/` in it."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def _sandbox_available(request):
    """Tests marked `sandbox` grade in bubblewrap: skip without it, fail under CI."""
    if request.node.get_closest_marker("sandbox") is None:
        return
    from autograder.sandbox import bwrap

    problem = bwrap.probe()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem} (required under CI)", pytrace=False)
        pytest.skip(problem)
