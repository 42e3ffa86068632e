"""The browser tests' JupyterLab is always stopped, kernels included, and Chromium's absence is clear.

These run without a browser: they start the real server (no Keras is
imported) and check, in /proc through psutil, that nothing it started
survives — when the server hangs, and when the test process itself is killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from lab_server import LabServer

HERE = Path(__file__).resolve().parent


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while not (found := condition()):
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.2)
    return found


def kernel_processes(server: LabServer) -> list[psutil.Process]:
    return [p for p in server.processes() if "ipykernel" in " ".join(p.cmdline())]


def gone(pids: list[int]) -> bool:
    for pid in pids:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                return False
        except psutil.NoSuchProcess:
            pass
    return True


@pytest.mark.slow
def test_stop_ends_a_hung_server_and_its_kernels(tmp_path):
    server = LabServer(tmp_path).start()
    try:
        server.api("POST", "/api/kernels", {"name": "python3"})
        kernels = wait_for(lambda: kernel_processes(server), 60, "a kernel process")
        pids = [p.pid for p in server.processes()]
        assert server.process.pid in pids and kernels[0].pid in pids
        # A server that no longer answers: its shutdown request times out.
        os.kill(server.process.pid, signal.SIGSTOP)
    finally:
        left = server.stop(grace=2)
    assert left == []
    assert gone(pids), [p for p in pids if psutil.pid_exists(p)]


DRIVER = """
import sys, time
sys.path.insert(0, {here!r})
from lab_server import LabServer
server = LabServer(__import__("pathlib").Path({workdir!r})).start()
server.api("POST", "/api/kernels", {{"name": "python3"}})
while not [p for p in server.processes() if "ipykernel" in " ".join(p.cmdline())]:
    time.sleep(0.2)
print(" ".join(str(p.pid) for p in server.processes()), flush=True)
time.sleep(600)
"""


@pytest.mark.slow
def test_a_killed_test_run_leaves_no_server(tmp_path):
    driver = subprocess.Popen(
        [sys.executable, "-c", DRIVER.format(here=str(HERE), workdir=str(tmp_path))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        pids = [int(pid) for pid in driver.stdout.readline().split()]
        assert len(pids) >= 2, "the server and a kernel"
    finally:
        driver.kill()  # no teardown runs: as when CI or a person kills pytest
        driver.wait()
    wait_for(lambda: gone(pids), 60, f"server and kernel gone: {pids}")


def run_formgrader_test(env_changes: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env |= {"CKL_CHROMIUM": "/nonexistent/chromium", **env_changes}
    test = f"{HERE / 'test_browser_exercises.py'}::test_formgrader_lists_the_assignments"
    return subprocess.run(
        [sys.executable, "-m", "pytest", test, "-p", "no:xdist", "-p", "no:cacheprovider", "-rs"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_missing_browser_is_skipped_with_its_reason():
    result = run_formgrader_test({})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout
    assert "Chromium not found at /nonexistent/chromium" in result.stdout
    assert "apt-get install chromium" in result.stdout


def test_a_missing_browser_fails_under_ci():
    result = run_formgrader_test({"CI": "true"})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 error" in result.stdout
    assert "Chromium not found at /nonexistent/chromium" in result.stdout
    assert "(required under CI)" in result.stdout
