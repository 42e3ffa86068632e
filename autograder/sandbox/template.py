"""The warm template: a sandboxed process that has imported the kernel stack, and forks kernels.

Started by `warm.Template` as `python -P -m autograder.sandbox.template` inside
a bubblewrap sandbox (`bwrap.command(..., nested=True)`), it imports what every
grading kernel imports — ipykernel, Keras with TensorFlow's log silenced, the
`autograder` checks — and runs no learner code and no TensorFlow operation
(TensorFlow's thread pools start with the first operation; a forked child
starts its own). Then it reads requests, one JSON object per line on stdin, and
answers each with one line on stdout:

    {"op": "fork", "argv": [...], "env": {...}, "cwd": "...", "own": [...], "memory": N}
        -> {"pid": P}: a kernel, forked, in its own nested sandbox (`nested.enter`);
        with "run": "verifier" and "socket": path, the replay's verifier instead
        (`replay_worker`, answering on a Unix socket at that path)
    {"op": "poll", "pid": P}            -> {"status": null | exit code}
    {"op": "signal", "pid": P, "signum": S} -> {"ok": true}
    {"op": "health"}                    -> {"threads": 1, "tf_context": false, "forks": n}

The first line it writes is {"ready": true, ...} once the imports are done.
A kernel never sees the template's stdin or stdout: its standard streams are
`/dev/null`, every other descriptor of the template is closed in it, and it has a
session of its own (`nested.enter`). The template itself runs in a session of its
own (`bwrap --new-session`), its stderr a pipe its owner reads with a size cap.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys

KERNEL_STACK = ("ipykernel.kernelapp", "ipykernel.ipkernel", "IPython")
DISTRIBUTIONS = ("ipykernel", "ipython", "keras", "tensorflow", "numpy", "jupyter_client")


def fingerprint() -> str:
    """What a kernel forked from this template would run: the Python, the versions of its
    kernel stack and the course's packages as they are on disk now. A template whose
    fingerprint is no longer the grader's (an upgrade, an edited check) is replaced."""
    import hashlib
    from importlib import metadata
    from pathlib import Path

    from . import bwrap

    digest = hashlib.sha256(f"{sys.executable}\0{sys.version}".encode())
    for name in DISTRIBUTIONS:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none\0".encode())
    for root in bwrap.package_roots():
        for path in sorted(Path(root).rglob("*.py")):
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\0".encode())
    return digest.hexdigest()[:16]


def warm_up() -> None:
    """Import the kernel stack; run nothing of TensorFlow."""
    import importlib

    for name in KERNEL_STACK:
        importlib.import_module(name)
    import autograder  # with ipykernel imported, this loads every check (and Keras)

    autograder.load_all()


def tf_context_started() -> bool:
    """Whether TensorFlow's eager context (and so its thread pools) exists in this process."""
    context = sys.modules.get("tensorflow.python.eager.context")
    found = context.context_safe() if context is not None else None
    return found is not None and found._context_handle is not None


def threads() -> int:
    return len(os.listdir("/proc/self/task"))


def _own_descriptors() -> int:
    """Standard streams to /dev/null, every other descriptor closed (the template's requests
    and answers, anything inherited); returns a copy of the template's stderr, for a
    failure to start only (closed before any learner code runs)."""
    report = os.dup(2)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd > 2 and fd != report:
            with contextlib.suppress(OSError):  # the listing's own descriptor: gone
                os.close(fd)
    return report


def run_kernel(request: dict, private: tuple[int, ...]) -> None:
    """In the forked child: enter its sandbox, become the kernel; never returns."""
    code = 1
    report = -1
    try:
        from . import nested

        del private  # closed with every other descriptor: not the kernel's
        report = _own_descriptors()
        nested.enter(
            request["spool"],
            request["own"],
            int(request.get("memory", 0)),
            request.get("cwd", "") if request.get("run") != "verifier" else "",
        )
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        import numpy as np

        np.random.seed()  # the template's state is every child's: draw a fresh one
        # (Python's `random` reseeds itself in a forked child)
        if request.get("run") == "verifier":
            os.close(report)
            report = -1
            run_verifier(request["socket"])
            code = 0
            return
        argv = list(request["argv"])
        sys.argv = [sys.executable, *argv]
        from ipykernel.kernelapp import IPKernelApp

        import autograder

        app = IPKernelApp.instance()
        app.initialize(argv)
        autograder.in_kernel()  # handler and integrity snapshot, before any learner code
        os.close(report)
        report = -1
        app.start()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException as exc:
        if report >= 0:
            message = f"ckl warm kernel: {type(exc).__name__}: {exc}\n"
            os.write(report, message.encode(errors="replace")[:2000])
    finally:
        os._exit(code)


def run_verifier(path: str) -> None:
    """The replay's verifier (replay_worker), answering over a Unix socket at `path`."""
    import socket

    from . import replay_worker

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path + ".part")
        server.listen(1)
        os.rename(path + ".part", path)  # there once it accepts
        connection, _ = server.accept()
    with connection, connection.makefile("r") as jobs, connection.makefile("w") as answers:
        replay_worker.serve(jobs, answers)


def serve(stdin, stdout, private: tuple[int, ...]) -> None:
    exited: dict[int, int] = {}
    children: set[int] = set()
    forks = 0

    def reap() -> None:
        for pid in list(children):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                children.discard(pid)
                exited[pid] = os.waitstatus_to_exitcode(status)

    def answer(**reply) -> None:
        stdout.write(json.dumps(reply) + "\n")
        stdout.flush()

    answer(
        ready=True,
        threads=threads(),
        tf_context=tf_context_started(),
        pid=os.getpid(),
        fingerprint=fingerprint(),
    )
    for line in stdin:
        try:
            request = json.loads(line)
            op = request.get("op")
            reap()
            if op == "fork":
                stdout.flush()
                pid = os.fork()
                if pid == 0:
                    run_kernel(request, private)
                children.add(pid)
                forks += 1
                answer(pid=pid)
            elif op == "poll":
                pid = int(request["pid"])
                answer(status=exited.get(pid) if pid not in children else None)
            elif op == "signal":
                pid = int(request["pid"])
                if pid in children:
                    os.kill(pid, int(request["signum"]))
                answer(ok=True)
            elif op == "health":
                answer(threads=threads(), tf_context=tf_context_started(), forks=forks)
            else:
                answer(error=f"unknown op {op!r}")
        except Exception as exc:  # a bad request never stops the template
            answer(error=f"{type(exc).__name__}: {exc}")
    # its owner has gone (or closed the requests): no kernel outlives the template, and
    # each is reaped, so that its CPU time is counted to whoever waits for the template
    for pid in children:
        os.kill(pid, 9)
    for pid in children:
        os.waitpid(pid, 0)


def main() -> None:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    requests, answers = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)  # what anything else (a kernel, say) reads or prints is not protocol
    os.dup2(2, 1)
    os.close(devnull)
    warm_up()
    serve(os.fdopen(requests, "r"), os.fdopen(answers, "w"), (requests, answers))


if __name__ == "__main__":
    main()
