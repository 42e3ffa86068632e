"""The sandbox's command line (bubblewrap), and whether bubblewrap works here.

    >>> argv = command(Path("/tmp/ckl-x"), ["python", "-c", "1"], memory_bytes=2**32)
    >>> argv[0].endswith("bwrap") and "--unshare-all" in argv
    True

Inside, the kernel sees, read-only: the operating system's `/usr` (with the
usual `/bin`, `/lib` links), a few files of `/etc` that programs need, the
Python installation and virtual environment, and the folders of the course's
own packages (`autograder`, `explorers`) — nothing else of the course
directory. It can write only `scratch` (its copy of the submission, its
connection file and sockets) and a small private `/tmp`. It has no network
(a new network namespace with only its own loopback), its own PID namespace
(it cannot see or signal any process outside, and everything it starts dies
with it), runs as an unprivileged user with no capabilities, and its address
space is capped (`prlimit --as`), which holds for every kind of allocation,
`mmap` included.

It has no controlling terminal (a session of its own: `--new-session`), and its
standard streams are the grader's choice (`/dev/null` for a kernel): nothing
it writes or types reaches the grader's terminal or a channel of the grader.

One memory budget (`memory_bytes`, `budget()`) covers what the kernel can take:
its address space, and the memory-backed file systems it can write — `/tmp`,
`/dev/shm` and its working copy of the submission (a tmpfs each, size-capped:
the copy is made inside, `prelude()`); processes and threads are capped per
sandbox (`PROCESSES`: the PID namespace's own `pid_max` where the kernel has
one, Linux 6.14 and later, and `RLIMIT_NPROC` everywhere), and `/proc/sys` is
read-only (a grader run as root would otherwise let the kernel write the
host's sysctls). Where cgroup v2 delegates the memory and pids controllers
(`cgroup_v2()`), a cgroup caps memory and processes of the whole sandbox too.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

# Files of /etc that the kernel's programs read (dynamic linker, fonts, time zone).
ETC = [
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/fonts",
    "/etc/nsswitch.conf",
    "/etc/passwd",
    "/etc/group",
    "/etc/mime.types",
]
# The course's packages a kernel imports; only their folders are visible.
PACKAGES = ["autograder", "explorers"]
UID = 1000  # the unprivileged user the kernel runs as, inside
TMP_BYTES = 256 * 2**20  # the private /tmp (memory-backed) may hold this much
SHM_BYTES = 64 * 2**20  # the private /dev/shm (POSIX shared memory)
WORK_BYTES = 256 * 2**20  # the kernel's working copy of its submission (a tmpfs)
FILE_BYTES = 2**30  # no file the kernel writes may grow beyond this
# processes and threads of one sandbox; TensorFlow starts about two per core
PROCESSES = max(256, 8 * (os.cpu_count() or 1))
RESERVED_PIDS = 300  # Linux hands out PIDs below this only before its first wrap-around
PER_NAMESPACE_PID_MAX = (6, 14)  # the first Linux whose pid_max is per PID namespace
SUBMISSION = "/ckl-submission"  # the read-only view of the host's copy, inside
STAGE = "/ckl-stage"  # a warm template's mount points for its forks' own folders (nested.py)
STAGES = 4


@dataclass(frozen=True)
class Budget:
    """How one kernel's memory budget is shared out (bytes; 0: no cap)."""

    address_space: int
    tmp: int
    shm: int
    work: int


def budget(memory_bytes: int) -> Budget:
    """The memory-backed folders count against the kernel's budget: the address-space cap
    is what is left of it. Without a budget, the folders keep their own caps."""
    if memory_bytes <= 0:
        return Budget(0, TMP_BYTES, SHM_BYTES, WORK_BYTES)
    tmp = min(TMP_BYTES, memory_bytes // 16)
    shm = min(SHM_BYTES, memory_bytes // 64)
    work = min(WORK_BYTES, memory_bytes // 16)
    return Budget(memory_bytes - tmp - shm - work, tmp, shm, work)


def pid_max_per_namespace(release: str | None = None) -> bool:
    """Whether this Linux keeps a pid_max per PID namespace (before 6.14 it is the host's
    one value: never written from a sandbox then)."""
    release = release if release is not None else os.uname().release
    found = re.match(r"(\d+)\.(\d+)", release)
    return bool(found) and (int(found[1]), int(found[2])) >= PER_NAMESPACE_PID_MAX


def pid_max(processes: int = PROCESSES) -> int:
    """The pid_max that lets a namespace hold `processes` tasks even after PIDs wrap around
    (then only PIDs from RESERVED_PIDS up are handed out), and at most RESERVED_PIDS more."""
    return processes + RESERVED_PIDS


# PID 1 of the sandbox: a shell that starts the command, waits for it (so its CPU time is
# counted to the shell, and the shell's to the grader) and exits with its status. The
# command is then an ordinary process (PID 2): it can signal itself, and everything
# still dies with PID 1.
INIT = ["/bin/sh", "-c", '"$@"; exit $?', "ckl-init"]


class SandboxUnavailable(RuntimeError):
    """Bubblewrap is missing or cannot start a sandbox here; str() says what to do."""


def executable() -> str | None:
    return shutil.which("bwrap")


def _python_roots() -> list[str]:
    """Folders the kernel's Python needs: the installation and the environment."""
    roots = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        roots.add(sysconfig.get_paths()[key])
    # an interpreter reached through a symlink (pyenv shims, venvs) needs its target too
    roots.add(str(Path(os.path.realpath(sys.executable)).parent.parent))
    return _outermost(roots)


def package_roots() -> list[str]:
    """Folders of the course's packages, wherever they are installed (editable or not)."""
    out = []
    for name in PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            out.extend(spec.submodule_search_locations)
    return out


def visible_roots() -> list[str]:
    """The folders bound read-only into every sandbox: the Python and the course packages."""
    return _outermost([*_python_roots(), *package_roots()])


def _outermost(paths) -> list[str]:
    """Drop paths that lie inside another path of the list."""
    paths = sorted({os.path.realpath(p) for p in paths if p and os.path.exists(p)})
    out: list[str] = []
    for path in paths:
        if not any(path == p or path.startswith(p.rstrip("/") + "/") for p in out):
            out.append(path)
    return out


def environment(scratch: Path) -> dict[str, str]:
    """The kernel's whole environment: nothing of the grader's is passed on."""
    home = "/tmp/home"
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "LANG": "C.UTF-8",
        "TMPDIR": "/tmp",
        "MPLCONFIGDIR": f"{home}/.matplotlib",
        "KERAS_HOME": f"{home}/.keras",
        "IPYTHONDIR": f"{home}/.ipython",
        "JUPYTER_RUNTIME_DIR": str(scratch / "runtime"),
        "JUPYTER_PLATFORM_DIRS": "1",
        "TF_CPP_MIN_LOG_LEVEL": "3",
        # one BLAS thread: no thread in a warm template before it forks (numpy's OpenBLAS
        # starts its pool at import), and no kernel taking every core of a grading machine
        "OPENBLAS_NUM_THREADS": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONSAFEPATH": "1",  # files of the submission never shadow a module
        "NBGRADER_EXECUTION": "autograde",
        "CKL_SANDBOXED": "1",
    }


def command(
    scratch: Path,
    inner: list[str],
    *,
    memory_bytes: int = 0,
    workdir: Path | None = None,
    writable: list[str] = (),
    readable: list[str] = (),
    env: dict[str, str] | None = None,
    nested: bool = False,
) -> list[str]:
    """The argv that runs `inner` in a sandbox whose only writable folders are `scratch`
    (and `writable`); `readable` folders are added read-only.

    `workdir` inside `scratch` (a kernel's copy of its submission) is, inside, a tmpfs
    of its own holding a copy of it (capped: `budget().work`), made by the prelude.

    `nested`: the sandbox of the warm template (`template.py`), whose forked children
    make their own inside it (`nested.enter`). They need what bubblewrap would otherwise
    take away: to create namespaces, mount points for their own folders, and a `/proc`
    that the kernel lets them mount their own over (bubblewrap's own `/proc` has covered
    subfolders, which forbids that). Nothing but the template runs with these.
    """
    bwrap = executable() or "bwrap"
    shares = budget(memory_bytes)
    argv = [
        bwrap,
        "--unshare-all",  # user, ipc, pid, net, uts, cgroup
        "--unshare-user",
        "--uid",
        str(UID),
        "--gid",
        str(UID),
        *([] if nested else ["--disable-userns"]),
        # no controlling terminal: a session of its own (TIOCSTI cannot type into ours)
        "--new-session",
        "--cap-drop",
        "ALL",
        # the prelude (PID 1 before it becomes INIT) caps the namespace's processes and
        # makes /proc/sys read-only, then drops this for good (nested.prelude)
        *([] if nested else ["--cap-add", "CAP_SYS_ADMIN", "--cap-add", "CAP_SETPCAP"]),
        "--die-with-parent",
        # PID 1 of the namespace is INIT below, not bubblewrap's own reaper (whose CPU time,
        # and the kernel's, would never reach whoever waits for the sandbox)
        "--as-pid-1",
        "--clearenv",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for link in ("bin", "lib", "lib64", "sbin"):
        target = os.readlink(f"/{link}") if os.path.islink(f"/{link}") else None
        if target:
            argv += ["--symlink", target, f"/{link}"]
        elif os.path.isdir(f"/{link}"):
            argv += ["--ro-bind", f"/{link}", f"/{link}"]
    # the private /tmp first: what is bound below stays visible even when it lives under
    # the host's /tmp (a virtual environment or a course checked out there)
    argv += [
        *(["--bind", "/proc", "/proc"] if nested else ["--proc", "/proc"]),
        "--dev",
        "/dev",
        # POSIX shared memory is memory the address-space cap does not see: capped here
        "--size",
        str(shares.shm),
        "--tmpfs",
        "/dev/shm",
        "--size",
        str(shares.tmp),
        "--tmpfs",
        "/tmp",
        "--dir",
        "/tmp/home",
    ]
    for path in ETC:
        argv += ["--ro-bind-try", path, path]
    for path in _outermost([*_python_roots(), *package_roots()]):
        if not path.startswith("/usr/"):
            argv += ["--ro-bind", path, path]
    if nested:
        for index in range(STAGES):
            argv += ["--dir", f"{STAGE}/{index}"]
    argv += ["--bind", str(scratch), str(scratch)]
    copy = workdir is not None and Path(workdir).parent == Path(scratch) and not nested
    if copy:
        # the host's copy, read-only, and over it a capped tmpfs the prelude copies it into
        argv += ["--ro-bind", str(workdir), SUBMISSION]
        argv += ["--size", str(shares.work), "--tmpfs", str(workdir)]
    for path in writable:
        argv += ["--bind", str(path), str(path)]
    for path in readable:
        argv += ["--ro-bind", str(path), str(path)]
    # the sandbox's own root (where the mount points above live) is read-only too
    argv += ["--remount-ro", "/", "--chdir", str(workdir or scratch)]
    for key, value in {**environment(scratch), **(env or {})}.items():
        argv += ["--setenv", key, value]
    limits = [f"--fsize={FILE_BYTES}", "--core=0", f"--nproc={PROCESSES}"]
    if shares.address_space > 0:
        limits.append(f"--as={int(shares.address_space)}")
    prlimit = shutil.which("prlimit") or "/usr/bin/prlimit"
    chain = [*INIT, prlimit, *limits, "--", *inner]
    if nested:
        return [*argv, "--", *chain]
    return [*argv, "--", *prelude(str(workdir) if copy else ""), *chain]


def prelude(workdir: str = "") -> list[str]:
    """What runs first in a sandbox, as PID 1 (`nested.prelude`), then becomes INIT."""
    pids = pid_max() if pid_max_per_namespace() else 0
    return [
        sys.executable,
        "-P",
        "-m",
        "autograder.sandbox.nested",
        f"--pid-max={pids}",
        f"--copy={workdir}",
        "--",
    ]


def cgroup_v2(proc: str = "/proc", root: str | None = None) -> str:
    """'' when this process's cgroup (v2) delegates the memory and pids controllers to it
    (a cgroup of its own could cap each sandbox's memory and processes as a whole); else
    why not. `proc` and `root` (the cgroup2 mount) are for tests."""
    try:
        lines = Path(proc, "self", "cgroup").read_text().splitlines()
    except OSError as exc:
        return f"no cgroup information ({exc})"
    own = next((line[3:] for line in lines if line.startswith("0::")), None)
    if own is None:
        return "no cgroup v2 hierarchy"
    if root is None:
        mounts = Path(proc, "self", "mountinfo").read_text().splitlines()
        found = [m.split(" - ")[0].split()[4] for m in mounts if " - cgroup2 " in m]
        if not found:
            return "cgroup v2 is not mounted"
        root = found[0]
    folder = Path(root) / own.lstrip("/")
    try:
        controllers = set((folder / "cgroup.controllers").read_text().split())
    except OSError as exc:
        return f"cgroup v2 folder unreadable ({exc})"
    missing = {"memory", "pids"} - controllers
    if missing:
        return f"cgroup v2 does not delegate {', '.join(sorted(missing))} here"
    if not os.access(folder, os.W_OK) or not os.access(folder / "cgroup.subtree_control", os.W_OK):
        return "cgroup v2 folder not writable by the grader"
    return ""


def limits() -> str:
    """One line: the per-kernel limits that hold on this machine (for the log)."""
    pids = (
        f"pid_max {pid_max()} per sandbox"
        if pid_max_per_namespace()
        else f"RLIMIT_NPROC {PROCESSES} (holds unless the grader runs as root)"
    )
    cgroup = cgroup_v2()
    return (
        f"sandbox limits: tmpfs /tmp, /dev/shm and the working copy within the memory budget; "
        f"processes: {pids}; cgroup v2: {cgroup or 'memory and pids delegated (not used yet)'}"
    )


def printable(text: str | bytes, limit: int = 2000) -> str:
    """Text from a sandbox (or a submission), safe for a log or a terminal: control
    characters and terminal escapes shown escaped (as repr does), at most `limit`
    characters. Tabs stay; line breaks are escaped, so one line stays one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="backslashreplace")
    text = text[:limit]
    out = []
    for char in text:
        if char == "\t" or char.isprintable():
            out.append(char)
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        else:
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
    return "".join(out)


@functools.cache
def probe() -> str:
    """'' when a sandbox starts here; else why not, and what to do."""
    if executable() is None:
        return (
            "bubblewrap (bwrap) is not installed, so student code cannot be sandboxed. "
            "Install it (Debian/Ubuntu: sudo apt-get install bubblewrap)."
        )
    if shutil.which("prlimit") is None:
        return "prlimit (util-linux) is not installed: the sandbox cannot cap memory."
    scratch = Path(os.environ.get("TMPDIR", "/tmp"))
    try:
        done = subprocess.run(
            command(scratch, [sys.executable, "-c", "print('ok')"]),
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bubblewrap cannot start a sandbox here: {exc}"
    if done.returncode != 0 or done.stdout.strip() != "ok":
        why = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return (
            f"bubblewrap cannot start a sandbox here ({why[0]}); it needs user "
            "namespaces (kernel.unprivileged_userns_clone=1) or root."
        )
    return ""


def require() -> None:
    """Raise SandboxUnavailable, with what to do, unless a sandbox starts here."""
    problem = probe()
    if problem:
        raise SandboxUnavailable(
            f"{problem}\nGrading refuses to run student code unsandboxed. To grade anyway, "
            "at your own risk: ckl-grade --no-sandbox, or CKL_NO_SANDBOX=1 for nbgrader."
        )
