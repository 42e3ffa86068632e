"""What the whole suite shares: the browser tests' screenshot folder, named in the report.

These hooks live at the root of the tests (not in tests/browser/) because
pytest reads report hooks only from here, and under xdist the controlling
process never loads a sub-folder's conftest.
"""

from __future__ import annotations

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
