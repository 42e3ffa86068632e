"""The sandbox's command line, and what a process inside it can and cannot do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from autograder.sandbox import bwrap

ROOT = Path(__file__).resolve().parents[2]


def run_inside(tmp_path, code: str, **kwargs) -> subprocess.CompletedProcess:
    argv = bwrap.command(tmp_path, [sys.executable, "-c", code], **kwargs)
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


def test_command_isolates_everything():
    argv = bwrap.command(Path("/tmp/ckl-x"), ["true"], memory_bytes=2**30)
    for flag in ("--unshare-all", "--unshare-user", "--die-with-parent", "--clearenv"):
        assert flag in argv
    assert argv[argv.index("--cap-drop") + 1] == "ALL"
    assert "--share-net" not in argv
    assert f"--as={bwrap.budget(2**30).address_space}" in argv
    assert "--new-session" in argv
    # the only writable folder is the scratch folder
    binds = [argv[i + 1] for i, a in enumerate(argv) if a == "--bind"]
    assert binds == ["/tmp/ckl-x"]


def test_only_the_package_folders_of_the_course_are_visible():
    argv = bwrap.command(Path("/tmp/ckl-x"), ["true"])
    visible = [argv[i + 1] for i, a in enumerate(argv) if a == "--ro-bind"]
    assert str(ROOT / "autograder") in visible
    assert str(ROOT) not in visible
    assert not any(str(ROOT / "solutions") in p for p in visible)


@pytest.mark.sandbox
@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # the course's secrets and the grader's files are not there
        ("import os; print(os.path.exists({solutions!r}))", "False"),
        ("import os; print(os.path.exists('/etc/shadow'))", "False"),
        (
            "import os; print(sorted(os.environ) == sorted(os.environ) and 'HOME' in os.environ)",
            "True",
        ),
        ("import os; print(os.environ.get('USER', 'none'))", "none"),
        # no network, not even the host's loopback
        (
            "import socket\ntry:\n socket.create_connection(('127.0.0.1', 22), 1)\n"
            "except OSError as e: print('refused')",
            "refused",
        ),
        # its own PID namespace: only the sandbox's init (1) and itself, the grader invisible
        (
            "import os; print(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))",
            "[1, 2]",
        ),
        # an ordinary process there: it can end itself with a signal
        ("import os, signal; os.kill(os.getpid(), signal.SIGKILL); print('alive')", ""),
        ("import os; print(os.getuid())", "1000"),
    ],
)
def test_inside_the_sandbox(tmp_path, code, expected):
    code = code.format(solutions=str(ROOT / "solutions"), config=str(ROOT / "nbgrader_config.py"))
    done = run_inside(tmp_path, code)
    assert done.stdout.strip() == expected, done.stderr


@pytest.mark.sandbox
def test_course_files_cannot_be_changed(tmp_path):
    config = ROOT / "nbgrader_config.py"
    before = config.read_bytes()
    code = f"try:\n open({str(config)!r}, 'a').write('x')\nexcept OSError as e: print('OSError')"
    done = run_inside(tmp_path, code)
    assert config.read_bytes() == before, done.stderr
    if not str(ROOT).startswith("/tmp/"):  # under /tmp it lands in the sandbox's private /tmp
        assert done.stdout.strip() == "OSError", done.stderr


@pytest.mark.sandbox
def test_memory_cap_holds_for_mmap(tmp_path):
    code = (
        "import mmap\ntry:\n mmap.mmap(-1, 3 * 2**30); print('mapped')\n"
        "except OSError: print('refused')"
    )
    assert run_inside(tmp_path, code, memory_bytes=2**30).stdout.strip() == "refused"


@pytest.mark.sandbox
def test_what_it_starts_dies_with_it(tmp_path):
    code = (
        "import subprocess, os\n"
        "subprocess.Popen(['sleep', '300'], start_new_session=True)\n"
        "print(os.getpid())"
    )
    run_inside(tmp_path, code)
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "sleep 300" not in ps


@pytest.mark.sandbox
def test_probe_says_it_works_here():
    assert bwrap.probe() == ""


def test_require_explains_what_to_do(monkeypatch):
    monkeypatch.setattr(bwrap, "probe", lambda: "bubblewrap (bwrap) is not installed")
    with pytest.raises(bwrap.SandboxUnavailable, match="--no-sandbox"):
        bwrap.require()


@pytest.mark.sandbox
def test_cpu_time_inside_is_counted_to_the_grader(tmp_path):
    """Without a reaper in between, the sandbox's CPU time reaches RUSAGE_CHILDREN."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    run_inside(tmp_path, "s = 0\nfor i in range(10_000_000): s += i")
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before > 0.2
