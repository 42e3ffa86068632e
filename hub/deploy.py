"""The course on a real JupyterHub on this machine: set up, start, stop, take down.

`ClassHub(prefix)` lays everything out under one folder (`/srv/ckl-hub` for `make hub`),
and `take_down()` removes all of it again, the accounts included:

- `env/` — the Python environment every user's server and kernel runs in: a virtual
  environment made from a Python every user can run, holding the course's environment
  (`.venv`'s packages, hard-linked, not copied, where the file system allows) and the
  course's packages `autograder` and `explorers` (copied: installed, not read from the
  repository). Users never need to reach the repository or root's home.
- `env/etc/jupyter/nbgrader_config.py` — nbgrader for everyone: the exchange, the course
  id and the course's own nbgrader settings (time limits, Validate's messages; a copy of
  the course's file in `etc/course/`). The instructor's `~/.jupyter/nbgrader_config.py`,
  read before it, names the course directory.
- `etc/student/`, `etc/instructor/` — the Jupyter configuration the hub hands a server
  by role (`JUPYTER_CONFIG_PATH`): students get no formgrader and no Create Assignment;
  the instructor's JupyterLab may frame the formgrader.
- `exchange/` — nbgrader's exchange, owned by the instructor (students fetch from it
  and submit into its inbound folder, which nbgrader makes writable but not readable;
  mode 0o1777, as nbgrader requires, with the sticky bit).
- `home/NAME/` — each account's home (mode 0700). The instructor's holds `course/`,
  the nbgrader course directory (a copy of `course/`, `exercises/`, `solutions/` and
  `nbgrader_config.py`): its `nbgrader_config.py` grades every submission in the
  bubblewrap sandbox, exactly as `ckl-grade` and `nbgrader autograde` do.
- `state/` — the hub's database, cookie secret and log (root only).

Accounts are system users (`useradd`, a password each for PAM): the hub logs them in
with JupyterHub's `PAMAuthenticator` and starts each one's JupyterLab as that user
with its `LocalProcessSpawner`, so a student's code runs as that student and can read
neither another student's home nor the instructor's course. `hub/jupyterhub_config.py`
is the hub's configuration; it reads `state/settings.json`, written here.

Needs root (accounts, `setuid` spawning), Node.js for `configurable-http-proxy`
(installed into `hub/node_modules` by `npm ci` on first use) and bubblewrap.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUB = Path(__file__).resolve().parent
COURSE_FILES = ("course", "exercises", "solutions", "nbgrader_config.py")
COURSE_PACKAGES = ("autograder", "explorers")
COURSE_ID = "combining-keras-layers"
PROXY = HUB / "node_modules" / ".bin" / "configurable-http-proxy"
PY = f"python{sys.version_info.major}.{sys.version_info.minor}"


class HubUnavailable(RuntimeError):
    """Something the hub needs is missing here; str() says what and how to get it."""


# ---------------------------------------------------------------------- prerequisites


def missing() -> list[str]:
    """What this machine lacks for the hub, each with how to get it (empty: nothing)."""
    out = []
    if os.geteuid() != 0:
        out.append("root: the hub creates accounts and starts servers as them (sudo make hub)")
    if not shutil.which("node") or not shutil.which("npm"):
        out.append("Node.js and npm, for configurable-http-proxy (apt-get install nodejs npm)")
    if not shutil.which("bwrap"):
        out.append("bubblewrap, the grading sandbox (apt-get install bubblewrap)")
    for tool in ("useradd", "userdel", "chpasswd"):
        if not shutil.which(tool):
            out.append(f"{tool} (Debian: passwd)")
    if shared_python() is None:
        out.append(f"a {PY} every user may run (Debian: apt-get install {PY})")
    return out


def install_proxy() -> Path:
    """configurable-http-proxy, pinned by hub/package-lock.json, installed into hub/."""
    if not PROXY.exists():
        npm = shutil.which("npm")
        if not npm:
            raise HubUnavailable("npm is missing (apt-get install nodejs npm)")
        result = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--prefix", str(HUB)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode != 0 or not PROXY.exists():
            raise HubUnavailable(
                f"npm ci in hub/ failed (exit {result.returncode}):\n{result.stderr[-2000:]}"
            )
    return PROXY


def _everyone_can_run(path: Path) -> bool:
    """Whether any user may execute `path`: every folder above it searchable by others."""
    path = Path(os.path.realpath(path))
    if not path.exists() or not path.stat().st_mode & stat.S_IXOTH:
        return False
    return all(parent.stat().st_mode & stat.S_IXOTH for parent in path.parents)


def shared_python() -> Path | None:
    """A Python of this minor version that every user can run: the environment's own base
    interpreter if others may reach it (not one in root's home), else the system's."""
    candidates = [
        getattr(sys, "_base_executable", None),
        shutil.which(PY, path="/usr/bin:/usr/local/bin"),
    ]
    for candidate in candidates:
        if candidate and _everyone_can_run(Path(candidate)):
            return Path(os.path.realpath(candidate))
    return None


# ---------------------------------------------------------------------- the environment


def _link_tree(source: Path, target: Path, skip=lambda folder, name: False) -> None:
    """Copy a tree as hard links (a real copy across file systems, or of a file others may
    not read: a link shares its mode, which is never changed here); folders are 0755."""
    for folder, dirs, files in os.walk(source):
        rel = Path(folder).relative_to(source)
        dirs[:] = [d for d in dirs if not skip(rel, d)]
        out = target / rel
        out.mkdir(parents=True, exist_ok=True)
        out.chmod(0o755)
        for name in files:
            if skip(rel, name):
                continue
            src, dst = Path(folder) / name, out / name
            if src.is_symlink():
                dst.symlink_to(os.readlink(src))
                continue
            if src.stat().st_mode & stat.S_IROTH:
                try:
                    os.link(src, dst)
                    continue
                except OSError as error:
                    if error.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK):
                        raise
            shutil.copy2(src, dst)
            _readable(dst)


def build_environment(target: Path, venv: Path | None = None) -> Path:
    """A virtual environment at `target` that every user can run: the course's
    environment's packages and the course's own packages. Returns its python."""
    venv = Path(venv or sys.prefix)
    python = shared_python()
    if python is None:
        raise HubUnavailable(f"no {PY} that every user may run (apt-get install {PY})")
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(target)], check=True)
    lib = Path("lib") / PY / "site-packages"

    def skip(folder: Path, name: str) -> bool:
        # the editable install of the course points into the repository: left out; so are
        # TensorFlow's C++ headers (a third of the files, for building custom operations)
        if folder == Path("tensorflow") and name == "include":
            return True
        editable = name.startswith(("__editable__", "combining_keras_layers"))
        return folder == Path(".") and (editable or name in COURSE_PACKAGES)

    _link_tree(venv / lib, target / lib, skip)
    for data in ("share", "etc"):
        if (venv / data).is_dir():
            _link_tree(venv / data, target / data)
    # console scripts, pointed at the new environment's python
    old = f"#!{venv}/bin/"
    for script in sorted((venv / "bin").iterdir()):
        dest = target / "bin" / script.name
        if dest.exists() or dest.is_symlink() or script.is_symlink() or not script.is_file():
            continue
        head = script.read_bytes()[:200]
        if not head.startswith(old.encode()):
            continue
        text = script.read_text()
        first, _, rest = text.partition("\n")
        dest.write_text(f"#!{target}/bin/{first[len(old) :]}\n{rest}")
        dest.chmod(0o755)
    # the course's packages, installed as a copy (what a shared environment holds)
    for name in COURSE_PACKAGES:
        copy = target / lib / name
        shutil.copytree(ROOT / name, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for path in [copy, *copy.rglob("*")]:
            _readable(path)
    target.chmod(0o755)
    return target / "bin" / "python"


def _readable(path: Path) -> None:
    """Readable by every user (a copy of ours): folders and executables searchable too."""
    mode = path.stat().st_mode
    executable = path.is_dir() or mode & stat.S_IXUSR
    path.chmod((mode & 0o7777) | 0o444 | (0o111 if executable else 0))


def _course_files_only(folder: str, names: list[str]) -> set[str]:
    """Leave out checkpoints, caches and whatever is not a file or a folder (a running
    kernel's sockets, say)."""
    skipped = {".ipynb_checkpoints", "__pycache__"}
    for name in names:
        mode = os.lstat(os.path.join(folder, name)).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
            skipped.add(name)
    return skipped


# ---------------------------------------------------------------------- accounts


def _run(*argv: str, input: str | None = None) -> None:
    result = subprocess.run(argv, input=input, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)}: exit {result.returncode}: {result.stderr.strip()}")


def user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def create_user(name: str, home: Path, password: str) -> None:
    """A system user with its own group, a home only it can read, and a password (PAM)."""
    if user_exists(name):
        raise RuntimeError(f"user {name} exists already: remove it first (userdel -r {name})")
    home.parent.mkdir(parents=True, exist_ok=True)
    _run("useradd", "--create-home", "--home-dir", str(home), "--shell", "/bin/bash",
         "--user-group", name)  # fmt: skip
    home.chmod(0o700)
    _run("chpasswd", input=f"{name}:{password}\n")


def remove_user(name: str) -> None:
    """Remove the user and its own group (its home is removed with the prefix)."""
    if user_exists(name):
        _run("userdel", name)
    with contextlib.suppress(KeyError, RuntimeError):
        import grp

        grp.getgrnam(name)
        _run("groupdel", name)


def chown_tree(path: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    for item in [path, *path.rglob("*")]:
        os.lchown(item, entry.pw_uid, entry.pw_gid)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---------------------------------------------------------------------- the hub


@dataclass
class ClassHub:
    """One JupyterHub for the course: an instructor and students, under `prefix`.

    Attributes:
        prefix: the folder that holds everything (removed by `take_down`).
        instructor, students: the accounts' user names (system users).
        passwords: each account's password (random unless given).
        port: where the hub answers (`url`), on `ip` (0: a free port).
        created: the accounts this hub made (`take_down` removes them, and only them).
        made_prefix: whether this hub made `prefix` (`take_down` removes it only then).
    """

    prefix: Path
    instructor: str = "ckl-instructor"
    students: tuple[str, ...] = ("ckl-student1", "ckl-student2")
    ip: str = "127.0.0.1"
    port: int = 8000
    passwords: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    created: list[str] = field(default_factory=list)
    made_prefix: bool = False

    @property
    def url(self) -> str:
        return f"http://{self.ip}:{self.port}"

    @property
    def users(self) -> list[str]:
        return [self.instructor, *self.students]

    def home(self, user: str) -> Path:
        return self.prefix / "home" / user

    @property
    def course(self) -> Path:
        """The instructor's nbgrader course directory."""
        return self.home(self.instructor) / "course"

    @property
    def exchange(self) -> Path:
        return self.prefix / "exchange"

    @property
    def state(self) -> Path:
        return self.prefix / "state"

    @property
    def log(self) -> Path:
        return self.state / "jupyterhub.log"

    # ------------------------------------------------------------------ set up

    def set_up(self) -> ClassHub:
        """Environment, accounts, course directory, exchange and configuration."""
        absent = missing()
        if absent:
            raise HubUnavailable("the hub needs: " + "; ".join(absent))
        proxy = install_proxy()
        if self.prefix.exists():
            raise RuntimeError(f"{self.prefix} exists: take the old hub down first")
        self.prefix.mkdir(parents=True)
        self.made_prefix = True
        self.prefix.chmod(0o755)
        (self.prefix / "home").mkdir(mode=0o755)
        self.state.mkdir(mode=0o700)
        python = build_environment(self.prefix / "env")
        for user in self.users:
            self.passwords.setdefault(user, secrets.token_urlsafe(12))
            create_user(user, self.home(user), self.passwords[user])
            self.created.append(user)
        # the instructor's course directory: nbgrader's, graded in the sandbox
        self.course.mkdir()
        for name in COURSE_FILES:
            source = ROOT / name
            if source.is_dir():
                shutil.copytree(source, self.course / name, ignore=_course_files_only)
            else:
                shutil.copy(source, self.course / name)
        jupyter = self.home(self.instructor) / ".jupyter"
        jupyter.mkdir()
        (jupyter / "nbgrader_config.py").write_text(
            '"""The instructor\'s nbgrader settings: the course directory\'s own file."""\n\n'
            "c = get_config()  # noqa: F821\n"
            f"load_subconfig({str(self.course / 'nbgrader_config.py')!r})  # noqa: F821\n"
        )
        chown_tree(self.home(self.instructor), self.instructor)
        # the exchange: the instructor releases into it, students fetch and submit
        self.exchange.mkdir()
        self.exchange.chmod(0o1777)  # as nbgrader asks (0o777), sticky: none removes another's
        chown_tree(self.exchange, self.instructor)
        self._write_jupyter_config()
        self._python, self._proxy = python, proxy
        return self

    def _write_jupyter_config(self) -> None:
        etc = self.prefix / "etc"
        for role in ("student", "instructor", "course"):
            (etc / role).mkdir(parents=True, exist_ok=True)
        # The course's nbgrader settings (time limits, Validate's messages, the sandboxed
        # autograde) for every server; the instructor's own file names the course directory.
        shutil.copy(ROOT / "nbgrader_config.py", etc / "course" / "nbgrader_config.py")
        # Everyone's nbgrader settings: the environment's own configuration folder, below
        # each user's ~/.jupyter (where the instructor's names the course directory).
        common = self.prefix / "env" / "etc" / "jupyter" / "nbgrader_config.py"
        common.unlink(missing_ok=True)  # never write through a hard link into .venv
        common.write_text(
            '"""nbgrader on this hub, for every user: the course\'s settings, the exchange."""\n\n'
            "import os\n\n"
            "c = get_config()  # noqa: F821\n"
            f"load_subconfig({str(etc / 'course' / 'nbgrader_config.py')!r})  # noqa: F821\n"
            "# no course directory of one's own (nbgrader's default: the working folder)\n"
            "c.CourseDirectory.root = os.getcwd()\n"
            f"c.CourseDirectory.course_id = {COURSE_ID!r}\n"
            f"c.Exchange.root = {str(self.exchange)!r}\n"
        )
        # Students: no formgrader (server extension and menu) and no Create Assignment.
        (etc / "student" / "jupyter_server_config.json").write_text(
            json.dumps(
                {
                    "ServerApp": {
                        "jpserver_extensions": {"nbgrader.server_extensions.formgrader": False}
                    }
                },
                indent=2,
            )
        )
        (etc / "student" / "labconfig").mkdir(exist_ok=True)
        (etc / "student" / "labconfig" / "page_config.json").write_text(
            json.dumps(
                {
                    "disabledExtensions": {
                        "@jupyter/nbgrader:formgrader": True,
                        "@jupyter/nbgrader:create-assignment": True,
                    }
                },
                indent=2,
            )
        )
        # The instructor: JupyterLab shows the formgrader in a frame of the same origin
        # (a single-user server forbids framing by default since JupyterHub 4.1).
        (etc / "instructor" / "jupyter_server_config.json").write_text(
            json.dumps(
                {
                    "ServerApp": {
                        "tornado_settings": {
                            "headers": {"Content-Security-Policy": "frame-ancestors 'self'"}
                        }
                    }
                },
                indent=2,
            )
        )
        # JupyterLab asks nobody on the network for news or updates.
        overrides = self.prefix / "env" / "share" / "jupyter" / "lab" / "settings"
        overrides.mkdir(parents=True, exist_ok=True)
        (overrides / "overrides.json").unlink(missing_ok=True)
        (overrides / "overrides.json").write_text(
            json.dumps(
                {
                    "@jupyterlab/apputils-extension:notification": {
                        "fetchNews": "false",
                        "checkForUpdates": False,
                    }
                },
                indent=2,
            )
        )
        for path in [etc, *etc.rglob("*"), common, overrides, overrides / "overrides.json"]:
            path.chmod(0o755 if path.is_dir() else 0o644)

    # ------------------------------------------------------------------ run

    def environment(self) -> dict[str, str]:
        env_bin = self.prefix / "env" / "bin"
        return {
            "PATH": f"{env_bin}:/usr/local/bin:/usr/bin:/bin",
            "VIRTUAL_ENV": str(self.prefix / "env"),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "CKL_HUB_SETTINGS": str(self.state / "settings.json"),
            "TF_CPP_MIN_LOG_LEVEL": "3",
        }

    def _write_settings(self, port: int) -> None:
        """What hub/jupyterhub_config.py reads: paths, users, and ports free right now."""
        settings = {
            "prefix": str(self.prefix),
            "python": str(self._python),
            "proxy": str(self._proxy),
            "ip": self.ip,
            "port": port,
            "hub_port": free_port(),
            "proxy_api_port": free_port(),
            "instructors": [self.instructor],
            "students": list(self.students),
        }
        (self.state / "settings.json").write_text(json.dumps(settings, indent=2))

    def start(self, timeout: float = 120, log=None) -> ClassHub:
        """Start JupyterHub (it starts the proxy); return when it answers.

        With `port` 0 the hub takes a free port, and tries again (three times) should
        another program take one of its ports before it binds them.
        """
        chosen = self.port
        for attempt in range(3):
            self.port = chosen or free_port()
            self._write_settings(self.port)
            mark = self.log.stat().st_size if self.log.exists() else 0
            try:
                return self._start_once(timeout, log)
            except RuntimeError:
                taken = "Address already in use" in self.log.read_text(errors="replace")[mark:]
                if chosen or log is not None or not taken or attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _start_once(self, timeout: float, log) -> ClassHub:
        command = [
            str(self.prefix / "env" / "bin" / "jupyterhub"),
            "-f",
            str(HUB / "jupyterhub_config.py"),
        ]
        out = log if log is not None else self.log.open("a")
        self.process = subprocess.Popen(
            command,
            cwd=self.state,
            env=self.environment(),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=log is None,
            preexec_fn=_end_with_parent,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.stop()  # the proxy it started, if any
                raise RuntimeError(f"JupyterHub exited at start:\n{self.log_tail()}")
            with (
                contextlib.suppress(OSError, urllib.error.URLError),
                urllib.request.urlopen(f"{self.url}/hub/health", timeout=5),
            ):
                return self
            time.sleep(0.5)
        raise TimeoutError(f"JupyterHub did not answer in {timeout} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 80) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def processes(self):
        """Every live process of the hub: the hub, its proxy (by their environment), and
        anything run as one of its users."""
        import psutil

        uids = set()
        for user in self.created:
            with contextlib.suppress(KeyError):
                uids.add(pwd.getpwnam(user).pw_uid)
        found = {}
        if self.process is not None:
            with contextlib.suppress(psutil.Error):
                hub = psutil.Process(self.process.pid)
                found[hub.pid] = hub
                for child in hub.children(recursive=True):
                    found[child.pid] = child
        marker = str(self.state / "settings.json")  # in the hub's and its proxy's environment
        for process in psutil.process_iter():
            with contextlib.suppress(psutil.Error):
                if (
                    process.uids().real in uids
                    or process.uids().effective in uids
                    or process.environ().get("CKL_HUB_SETTINGS") == marker
                ):
                    found[process.pid] = process
        return [
            p
            for p in found.values()
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE and p.pid != os.getpid()
        ]

    def stop(self, grace: float = 30) -> list[str]:
        """Stop the hub, its proxy and every user's server (SIGTERM, then SIGKILL for what
        outlives `grace`); return what could not be ended."""
        import psutil

        started = self.processes()
        # the hub and every user's server at once: the hub stops servers one way or another
        for process in started:
            with contextlib.suppress(psutil.Error):
                process.send_signal(signal.SIGTERM)
        _, left = psutil.wait_procs(started, timeout=grace)
        if self.process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
        left = [p for p in [*left, *self.processes()] if _alive(p)]
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for process in left:
                with contextlib.suppress(psutil.Error):
                    process.send_signal(sig)
            _, left = psutil.wait_procs(left, timeout=5)
            left = [p for p in left if _alive(p)]
            if not left:
                break
        if self.process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
        return [_describe(p) for p in [*left, *self.processes()] if _alive(p)]

    def take_down(self) -> list[str]:
        """Stop everything, remove the accounts and the prefix; return what is left."""
        left = self.stop()
        for user in reversed(self.created):
            with contextlib.suppress(RuntimeError):
                remove_user(user)
        if self.made_prefix:  # never another hub's folder
            remove_tree(self.prefix)
        left += [f"user {u}" for u in self.created if user_exists(u)]
        if self.made_prefix and self.prefix.exists():
            left.append(f"folder {self.prefix}")
        return left


def _end_with_parent() -> None:
    """In the hub's process, before exec: SIGTERM when whoever started it dies (a test
    run killed outright), so the hub stops its servers and proxy. Linux only."""
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def remove_tree(path: Path, workers: int = 8) -> None:
    """shutil.rmtree, its largest folders side by side: removing tens of thousands of
    files waits on the disk, not the processor (the environment's: 20 s one by one here)."""
    from concurrent.futures import ThreadPoolExecutor

    site = path / "env" / "lib" / PY / "site-packages"
    if site.is_dir():
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda p: shutil.rmtree(p, ignore_errors=True), list(site.iterdir())))
    shutil.rmtree(path, ignore_errors=True)


def _alive(process) -> bool:
    import psutil

    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _describe(process) -> str:
    try:
        return f"pid {process.pid} ({process.username()}): {' '.join(process.cmdline())[:200]}"
    except Exception:
        return f"pid {process.pid}"
