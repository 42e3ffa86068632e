"""A real JupyterLab server on a throwaway copy of the course, started and stopped by tests.

`LabServer.start()` copies `course/`, `exercises/`, `solutions/` and
`nbgrader_config.py` into a temporary course directory (the copied
configuration gets an nbgrader exchange of its own in the same temporary
folder) and runs
`python -m jupyter lab` there (the server's root and working directory, as
nbgrader's Validate button and formgrader read `nbgrader_config.py` from the
working directory), on a free localhost port with a random token. Nothing is
written into the repository.

`LabServer.stop()` shuts the server down (its kernels with it), then ends
whatever is left: every process the server started, found by its process
group and by a marker in its environment (kernels run in sessions of their
own, so a process group alone would miss them). It returns what could not be
ended, which the caller asserts is nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
COURSE_FILES = ("course", "exercises", "solutions", "nbgrader_config.py")
MARKER = "CKL_BROWSER_TEST_SERVER"

# JupyterLab user settings for the test server: no news or update checks (no
# network, no pop-up over the notebook).
SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_course(target: Path, source: Path = ROOT) -> Path:
    """Copy the course's notebooks and nbgrader configuration into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    for name in COURSE_FILES:
        path = source / name
        if path.is_dir():
            ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")
            shutil.copytree(path, target / name, ignore=ignore)
        else:
            shutil.copy(path, target / name)
    return target


def nbgrader_labextension_enabled() -> tuple[bool, str]:
    """Whether `jupyter labextension list` shows @jupyter/nbgrader enabled and OK."""
    result = subprocess.run(
        [sys.executable, "-m", "jupyter", "labextension", "list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    listing = result.stdout + result.stderr
    lines = [line for line in listing.splitlines() if "@jupyter/nbgrader" in line]
    ok = any("enabled" in line and "OK" in line for line in lines)
    return ok, listing


class LabServer:
    """One JupyterLab server on a copy of the course.

    Attributes:
        root: the temporary course directory (the server's root).
        url: the server's base URL, e.g. `http://127.0.0.1:PORT`.
        token: the token every request carries.
        log: the file the server writes its log to.
    """

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.root = workdir / "course"
        self.log = workdir / "jupyterlab.log"
        self.token = secrets.token_hex(24)
        self.port = 0
        self.url = ""
        self.marker = secrets.token_hex(8)
        self.process: subprocess.Popen | None = None

    # ------------------------------------------------------------------ start

    def environment(self) -> dict[str, str]:
        """The server's environment (its kernels inherit it)."""
        settings = self.workdir / "lab-settings"
        for name, values in SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        venv_bin = str(Path(sys.executable).parent)
        python_path = [str(ROOT), os.environ.get("PYTHONPATH", "")]
        return {
            **os.environ,
            # nbgrader's formgrader runs `alembic`, which lives beside python in
            # the environment: an activated environment has it on PATH.
            "PATH": os.pathsep.join([venv_bin, os.environ.get("PATH", "")]),
            # kernels find the course's packages even where it is not installed
            "PYTHONPATH": os.pathsep.join(p for p in python_path if p),
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "JUPYTERLAB_SETTINGS_DIR": str(settings),
            "JUPYTERLAB_WORKSPACES_DIR": str(self.workdir / "lab-workspaces"),
            "JUPYTER_RUNTIME_DIR": str(self.workdir / "runtime"),
            MARKER: self.marker,
        }

    def start(self, timeout: float = 180) -> LabServer:
        """Copy the course and start JupyterLab; return when /api/status answers."""
        copy_course(self.root)
        exchange = self.workdir / "exchange"
        exchange.mkdir(exist_ok=True)
        with (self.root / "nbgrader_config.py").open("a") as config:
            config.write("\n# Added by the browser tests: an exchange of this server's own.\n")
            config.write(f"c.Exchange.root = {str(exchange)!r}\n")
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={self.port}",
            "--ServerApp.port_retries=0",
            f"--ServerApp.token={self.token}",
            f"--ServerApp.root_dir={self.root}",
            "--allow-root",
        ]
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                command,
                cwd=self.root,
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, ended as one
                preexec_fn=_end_with_parent,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited at start:\n{self.log_tail()}")
            with contextlib.suppress(OSError):
                self.api("GET", "/api/status", timeout=5)
                return self
            time.sleep(0.5)
        raise TimeoutError(f"JupyterLab did not answer in {timeout} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 60) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    # ------------------------------------------------------------------ REST

    def api(self, method: str, path: str, body=None, timeout: float = 30):
        """Call the server's REST API with the token; the decoded JSON answer (or None)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.url + path,
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            payload = answer.read()
        return json.loads(payload) if payload else None

    def page_url(self, path: str, workspace: str | None = None) -> str:
        """The JupyterLab address that opens `path` (relative to the root), token included.

        A workspace of its own keeps JupyterLab from reopening the notebooks
        that earlier tests had open (and starting kernels for them).
        """
        prefix = f"/lab/workspaces/{workspace}" if workspace else "/lab"
        return f"{self.url}{prefix}/tree/{path}?token={self.token}"

    def kernel_idle(self, path: str) -> bool:
        """Whether the notebook at `path` has a session whose kernel is started and idle."""
        return any(
            session.get("path") == path
            and (session.get("kernel") or {}).get("execution_state") == "idle"
            for session in self.api("GET", "/api/sessions")
        )

    def kernels(self) -> list[dict]:
        return self.api("GET", "/api/kernels")

    def shut_down_kernels(self, timeout: float = 60) -> None:
        """Shut down every session and kernel, and wait until none is left."""
        for session in self.api("GET", "/api/sessions"):
            with contextlib.suppress(urllib.error.HTTPError):
                self.api("DELETE", f"/api/sessions/{session['id']}")
        for kernel in self.kernels():
            with contextlib.suppress(urllib.error.HTTPError):
                self.api("DELETE", f"/api/kernels/{kernel['id']}")
        deadline = time.monotonic() + timeout
        while self.kernels():
            if time.monotonic() > deadline:
                raise TimeoutError(f"kernels still running: {self.kernels()}")
            time.sleep(0.2)

    # ------------------------------------------------------------------ stop

    def processes(self) -> list[psutil.Process]:
        """The server and every process it started (kernels included), alive now."""
        found: dict[int, psutil.Process] = {}
        if self.process is not None:
            with contextlib.suppress(psutil.NoSuchProcess):
                server = psutil.Process(self.process.pid)
                found[server.pid] = server
                for child in server.children(recursive=True):
                    found[child.pid] = child
        for process in psutil.process_iter():
            with contextlib.suppress(psutil.Error):
                if process.pid not in found and process.environ().get(MARKER) == self.marker:
                    found[process.pid] = process
        return [p for p in found.values() if _alive(p)]

    def stop(self, grace: float = 20) -> list[str]:
        """Stop the server and everything it started; return what is still running."""
        if self.process is None:
            return []
        started = self.processes()
        if self.process.poll() is None:
            with contextlib.suppress(OSError, ValueError):
                self.api("POST", "/api/shutdown", timeout=10)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=grace)
        leftovers = {p.pid: p for p in [*started, *self.processes()] if _alive(p)}
        groups = {self.process.pid} | {_pgid(p) for p in leftovers.values()}
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for group in groups - {None, os.getpgrp()}:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(group, sig)
            for process in leftovers.values():
                with contextlib.suppress(psutil.Error):
                    process.send_signal(sig)
            _, alive = psutil.wait_procs(list(leftovers.values()), timeout=5)
            leftovers = {p.pid: p for p in alive if _alive(p)}
            if not leftovers:
                break
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        remaining = [p for p in [*leftovers.values(), *self.processes()] if _alive(p)]
        if _group_alive(self.process.pid):
            remaining.append(f"process group {self.process.pid}")
        return [_describe(p) for p in remaining]


def _end_with_parent() -> None:
    """In the server's process, before exec: get SIGTERM when the test process dies.

    A test run killed outright (no fixture teardown) leaves no server behind:
    JupyterLab stops on SIGTERM and shuts its kernels down. Linux only.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _alive(process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _pgid(process: psutil.Process) -> int | None:
    try:
        return os.getpgid(process.pid)
    except (ProcessLookupError, PermissionError):
        return None


def _group_alive(pgid: int) -> bool:
    """Whether a live (not zombie) process is left in the process group."""
    for process in psutil.process_iter():
        with contextlib.suppress(psutil.Error, ProcessLookupError):
            if os.getpgid(process.pid) == pgid and _alive(process):
                return True
    return False


def _describe(process) -> str:
    if isinstance(process, str):
        return process
    try:
        return f"pid {process.pid}: {' '.join(process.cmdline())[:200]}"
    except psutil.Error:
        return f"pid {process.pid}"
