"""Warm kernels: forks of a template that has already imported Keras, in nested sandboxes.

A cold grading kernel spends almost all of its CPU importing TensorFlow and
Keras. A grading process (one `nbgrader autograde`, or one ckl-grade worker)
instead keeps one `Template` — a sandboxed process that has imported the
kernel stack and run no learner code (`template.py`) — and each submission's
kernel is a fork of it, in a sandbox of its own (`nested.py`), started through
Jupyter's own extension point: `WarmProvisioner`, the kernel provisioner that
`SandboxedKernelManager` uses when it is given a template.

`template()` returns this process's template, starting it on first use (and
again if it has died, or no longer matches what a cold kernel would run:
`template.fingerprint`); it returns None, after a one-line notice, where
forking is not possible (not Linux, no nested namespaces), or when cold
kernels are asked for (`CKL_COLD=1`, which `ckl-grade --cold` sets, or
`c.SandboxedExecute.warm = False`). Grading then starts cold kernels, as before.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from jupyter_client.provisioning import LocalProvisioner

from . import bwrap, folders
from .template import fingerprint

log = logging.getLogger(__name__)
START_SECONDS = 180  # importing the kernel stack on a busy machine
STDERR_BYTES = 64 * 1024  # of the template's stderr, kept and logged (the rest is read, dropped)


def cold_by_request() -> bool:
    return os.environ.get("CKL_COLD", "") not in ("", "0")


class TemplateError(RuntimeError):
    """The template could not start, or stopped answering."""


class Template:
    """One warm template process, in its bubblewrap sandbox, owned by this process."""

    def __init__(self) -> None:
        self.spool = folders.make("ckl-warm-", below=folders.SCRATCH)
        os.chmod(self.spool, 0o700)
        argv = bwrap.command(
            self.spool,
            [sys.executable, "-P", "-m", "autograder.sandbox.template"],
            nested=True,
        )
        self._lock = threading.Lock()
        self.process = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # not our stderr (a terminal, a worker's log): a pipe read with a size cap
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.said: list[str] = []  # the template's last words on stderr (escaped, capped)
        threading.Thread(target=self._drain, args=(self.process.stderr,), daemon=True).start()
        try:
            ready = self._read(START_SECONDS)
        except TemplateError:
            self.close()
            raise
        if not ready.get("ready"):
            self.close()
            raise TemplateError(f"the warm template did not start: {ready}")
        self.info = ready

    def _drain(self, stream) -> None:
        """Read the template's stderr to its end; keep and log at most STDERR_BYTES of it,
        escaped (a kernel that failed to start says why here)."""
        kept = 0
        with contextlib.suppress(OSError, ValueError):  # closed under us: the template ended
            while chunk := stream.buffer.read1(65536):
                if kept < STDERR_BYTES:
                    text = bwrap.printable(chunk, STDERR_BYTES - kept)
                    kept += len(chunk)
                    self.said = [*self.said, text][-20:]
                    log.warning("warm template: %s", text)

    def _read(self, timeout: float) -> dict:
        import selectors

        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(timeout):
                raise TemplateError(f"the warm template did not answer in {timeout:.0f} s")
        line = self.process.stdout.readline()
        if not line:
            raise TemplateError(f"the warm template stopped (exit {self.process.poll()})")
        return json.loads(line)

    def request(self, timeout: float = 30, **message) -> dict:
        with self._lock:
            if self.process.poll() is not None:
                raise TemplateError(f"the warm template stopped (exit {self.process.returncode})")
            try:
                self.process.stdin.write(json.dumps(message) + "\n")
                self.process.stdin.flush()
            except OSError as exc:
                raise TemplateError(f"the warm template stopped: {exc}") from exc
            answer = self._read(timeout)
        if "error" in answer:
            raise TemplateError(answer["error"])
        return answer

    def alive(self) -> bool:
        return self.process.poll() is None

    def fork(self, *, argv, env, cwd, own, memory_bytes, **extra) -> int:
        """A kernel, forked from the template into its own sandbox; its pid (template's view)."""
        answer = self.request(
            op="fork",
            argv=argv,
            env=env,
            cwd=str(cwd),
            own=[str(p) for p in own],
            spool=str(self.spool),
            memory=int(memory_bytes),
            **extra,
        )
        return int(answer["pid"])

    def health(self) -> dict:
        return self.request(op="health")

    def close(self) -> None:
        """End the template: its requests closed, it stops its kernels and exits (so its CPU
        time, and theirs, is counted to this process); killed if it does not."""
        with contextlib.suppress(OSError):
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            with contextlib.suppress(OSError):
                stream.close()
        shutil.rmtree(self.spool, ignore_errors=True)


_TEMPLATE: Template | None = None
_RETIRED: list[Template] = []  # replaced by a newer one, closed between notebooks
_UNAVAILABLE = ""
_GUARD = threading.Lock()
_NOTICED: list[bool] = []  # the one-line notice is given once per process


def unavailable() -> str:
    """'' when warm kernels can start here, else why not (checked once per process)."""
    global _UNAVAILABLE
    if _UNAVAILABLE:
        return _UNAVAILABLE
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        _UNAVAILABLE = f"warm kernels need Linux's fork and namespaces (this is {sys.platform})"
    elif any(p == "/tmp" or p.startswith("/tmp/") for p in bwrap.visible_roots()):
        # a fork's fresh /tmp would hide them (see nested._own_folders)
        _UNAVAILABLE = "the Python environment or the course lies under /tmp"
    else:
        _UNAVAILABLE = bwrap.probe()
    return _UNAVAILABLE


def template() -> Template | None:
    """This process's warm template (started now if need be), or None: then start cold."""
    global _TEMPLATE, _UNAVAILABLE
    with _GUARD:
        if _TEMPLATE is not None and _TEMPLATE.alive():
            if _TEMPLATE.info.get("fingerprint") == fingerprint():
                return _TEMPLATE
            log.warning("The course's code or kernel stack changed: a new warm template.")
            # the notebook being graded may still use its spool (records, the verifier's
            # folder): closed when the next notebook starts (close_retired)
            _RETIRED.append(_TEMPLATE)
            _TEMPLATE = None
        if _TEMPLATE is not None:  # it died: start another
            _TEMPLATE.close()
            _TEMPLATE = None
        if unavailable():
            if not _NOTICED:
                _NOTICED.append(True)
                log.warning("Grading with cold kernels: %s.", unavailable())
            return None
        try:
            _TEMPLATE = Template()
        except (OSError, TemplateError, ValueError) as exc:
            _UNAVAILABLE = f"the warm template could not start ({exc})"
            _NOTICED.append(True)
            log.warning("Grading with cold kernels: %s.", _UNAVAILABLE)
            return None
        return _TEMPLATE


def close_retired() -> None:
    """Close the templates replaced while a notebook was graded (call between notebooks)."""
    with _GUARD:
        retired = list(_RETIRED)
        _RETIRED.clear()
    for old in retired:
        old.close()


@atexit.register
def _close() -> None:
    close_retired()
    if _TEMPLATE is not None:
        _TEMPLATE.close()


class ForkedKernel:
    """What `subprocess.Popen` is to a cold kernel, for a kernel the template forked."""

    stdin = stdout = stderr = None

    def __init__(self, template: Template, pid: int) -> None:
        self.template = template
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                self.returncode = self.template.request(op="poll", pid=self.pid)["status"]
            except TemplateError:
                self.returncode = -9  # its template is gone, and the kernel with it
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout)
            time.sleep(0.05)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            self.template.request(op="signal", pid=self.pid, signum=int(signum))

    def kill(self) -> None:
        self.send_signal(9)

    def terminate(self) -> None:
        self.send_signal(15)


class WarmProvisioner(LocalProvisioner):
    """A kernel provisioner whose kernels are forks of a warm template."""

    async def launch_kernel(self, cmd, **kwargs):
        km = self.parent
        self.process = ForkedKernel(
            km.template,
            km.template.fork(
                argv=cmd,
                env=km.kernel_environment(),
                cwd=km.workdir,
                own=km.own_folders(),
                memory_bytes=int(km.memory_gb * 2**30),
            ),
        )
        self.pid = self.process.pid
        self.pgid = None  # signals go to the kernel's chain through the template
        self.cwd = str(km.workdir)
        return self.connection_info


class _Writer:
    """The writing half of a socket, closed by shutting that half down (the reader sees EOF)."""

    def __init__(self, sock) -> None:
        self.sock = sock
        self.file = sock.makefile("w")

    def write(self, text: str) -> int:
        return self.file.write(text)

    def flush(self) -> None:
        self.file.flush()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.file.close()
            self.sock.shutdown(socket.SHUT_WR)


def verifier(template: Template, root: Path, memory_bytes: int) -> ForkedKernel:
    """The replay's verifier, forked from the template (no Keras import of its own) into a
    sandbox of its own whose only folder is `root`; `.stdin`/`.stdout` talk to it."""
    path = root / "verifier.sock"
    forked = ForkedKernel(
        template,
        template.fork(
            argv=[],
            env=bwrap.environment(root),
            cwd=root,
            own=[root],
            memory_bytes=memory_bytes,
            run="verifier",
            socket=str(path),
        ),
    )
    deadline = time.monotonic() + 60
    while not path.exists():
        if forked.poll() is not None or time.monotonic() > deadline:
            forked.kill()
            raise TemplateError("the forked verifier did not start")
        time.sleep(0.01)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.connect(str(path))
    forked.stdin = _Writer(sock)
    forked.stdout = sock.makefile("r")
    return forked
