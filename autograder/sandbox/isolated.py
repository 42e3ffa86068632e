"""Serial grading in a process whose temporary folder is a capped tmpfs of its own.

A grading kernel can write, on the grader's side, only below the grader's temporary
folder: its scratch folder (sockets, its connection file), its records, its warm
template's spool. `ckl-grade` gives each of its workers a private tmpfs there
(`nested.private_tmp`), so one submission can fill only its own worker's folder. Serial
grading — `nbgrader autograde`, the formgrader's Autograde button — runs in the
instructor's own process, which is multi-threaded (a Jupyter server) and so cannot
take a mount namespace of its own; its kernels would write on the host's temporary
disk, which other users share.

So `Isolated`, first in the autograde pipeline, hands `SandboxedExecute` and
`Verdicts` — everything that runs a kernel or reads what a kernel wrote — to a
grading process of its own: `python -m autograder.sandbox.isolated`, started once,
single-threaded when it takes its private tmpfs, kept while it is used (its warm
template with it) and ended after IDLE_SECONDS without work or when the process that
started it ends. The executed notebook and its resources come back over a pipe. In a
process that already has a private folder (a `ckl-grade` worker), or where Linux
allows none (a notice says so), or without the sandbox, they run in place.
"""

from __future__ import annotations

import atexit
import logging
import os
import pickle
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import threading

from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets.config import Config

from . import folders, nested

IDLE_SECONDS = 600  # a grading process with no notebook for this long ends (and its template)

log = logging.getLogger(__name__)


def tried_private_tmp() -> bool:
    """Whether this process (a ckl-grade worker, a grading process) has tried to take a
    private TMPDIR: then its kernels run in place (a child would fare no better)."""
    return nested.PRIVATE_TMP in os.environ


# -- the pipe: length-prefixed pickles, between two processes of ours ------------------


def _send(stream, value) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("!Q", len(data)) + data)
    stream.flush()


def _receive(stream):
    head = stream.read(8)
    if len(head) < 8:
        raise EOFError("the grading process ended")
    (size,) = struct.unpack("!Q", head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the grading process ended mid-answer")
    return pickle.loads(data)


def _picklable_config(config) -> Config:
    """The sections of `config` that pickle (classes by reference; a section holding a
    lambda, say, is left out)."""
    kept = Config()
    for name, section in config.items():
        try:
            pickle.dumps(section)
        except Exception:
            continue
        kept[name] = section
    return kept


# -- the instructor's side ----------------------------------------------------------------


class GradingProcess:
    """The grading process of this Python process, started on first use."""

    _instance: GradingProcess | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        # its TMPDIR: a folder of its own (the private tmpfs is mounted over it, so the
        # rest of the system's temporary folder, a course kept there, stays in sight)
        self.tmp = folders.make("ckl-serial-", below=folders.SPOOL)
        self.process = subprocess.Popen(
            [sys.executable, "-P", "-m", "autograder.sandbox.isolated"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # stderr: the instructor's (warm/cold notice, warnings); no kernel writes there
            start_new_session=True,  # not the instructor's terminal's process group
            # one BLAS thread: the process must be single-threaded when it takes its
            # private tmpfs; it does no numerical work (its kernels set their own)
            env={**os.environ, "TMPDIR": str(self.tmp), "OPENBLAS_NUM_THREADS": "1"},
        )
        atexit.register(self.close)

    @classmethod
    def get(cls) -> GradingProcess:
        if cls._instance is None or cls._instance.process.poll() is not None:
            if cls._instance is not None:
                cls._instance.close()  # it ended (idle, or died): its folder goes too
            cls._instance = cls()
        return cls._instance

    def run(self, nb, resources, config):
        _send(self.process.stdin, (nb, resources, config))
        kind, value = _receive(self.process.stdout)
        if kind == "raised":
            raise value
        return value

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.process.stdin.close()  # it ends itself on end of input
                self.process.wait(30)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)  # the mount point (what it held went
        # with the process's mount namespace)


class Isolated(NbGraderPreprocessor):
    """SandboxedExecute, then Verdicts, in a grading process with a private capped TMPDIR."""

    def _in_place(self, nb, resources):
        from .execute import SandboxedExecute
        from .verdicts import Verdicts

        nb, resources = SandboxedExecute(parent=self.parent, config=self.config)(nb, resources)
        return Verdicts(parent=self.parent, config=self.config)(nb, resources)

    def preprocess(self, nb, resources):
        from .execute import disabled_by_instructor

        if tried_private_tmp() or disabled_by_instructor():
            return self._in_place(nb, resources)
        config = _picklable_config(self.config)
        with GradingProcess._lock:
            try:
                return GradingProcess.get().run(nb, resources, config)
            except (EOFError, BrokenPipeError):
                pass  # it had just ended (idle) or died: a new one grades the notebook
            try:
                return GradingProcess.get().run(nb, resources, config)
            except (EOFError, BrokenPipeError) as exc:
                raise RuntimeError(f"the grading process failed: {exc}") from exc


# -- the grading process's side ---------------------------------------------------------


def _ready_streams():
    """The request and answer pipes as binary streams; fd 1 becomes stderr, so nothing this
    process starts inherits the answer channel."""
    requests = os.fdopen(os.dup(0), "rb")
    answers = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.dup2(2, 1)
    return requests, answers


def serve() -> int:
    requests, answers = _ready_streams()
    why_not = nested.private_tmp()  # first, while this process has one thread
    logging.basicConfig(format="[Autograde | %(levelname)s] %(message)s", level=logging.INFO)
    if why_not:
        log.warning("Serial grading: %s; kernels write to %s.", why_not, tempfile.gettempdir())
    from .execute import SandboxedExecute  # noqa: F401 -- imported once, for every notebook
    from .verdicts import Verdicts  # noqa: F401

    while True:
        ready, _, _ = select.select([requests], [], [], IDLE_SECONDS)
        if not ready:
            return 0  # idle: the next notebook starts a new grading process
        try:
            nb, resources, config = _receive(requests)
        except EOFError:
            return 0
        try:
            parent = NbGraderPreprocessor(config=config)
            nb, resources = Isolated(parent=parent, config=config)._in_place(nb, resources)
            answer = ("done", (nb, resources))
        except BaseException as exc:
            try:
                pickle.dumps(exc)
                answer = ("raised", exc)
            except Exception:
                answer = ("raised", RuntimeError(f"{type(exc).__name__}: {exc}"))
        _send(answers, answer)


if __name__ == "__main__":
    sys.exit(serve())
