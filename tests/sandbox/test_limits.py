"""The sandbox's limits (issue 20): no terminal and no channel to the grader; memory of
every kind, disk and processes capped — measured inside real sandboxes, cold and warm."""

from __future__ import annotations

import errno
import fcntl
import os
import select
import subprocess
import sys
import termios
import threading
from pathlib import Path

import pytest
from test_warm import run

from autograder.sandbox import bwrap, warm

HERE = Path(__file__).parent
GB = 2**30

# ---------------------------------------------------------------- the command line


def test_the_budget_is_shared_out_and_adds_up():
    for memory in (GB // 2, GB, 4 * GB, 16 * GB):
        shares = bwrap.budget(memory)
        assert shares.address_space + shares.tmp + shares.shm + shares.work == memory
        assert min(shares.tmp, shares.shm, shares.work) > 0
        assert shares.address_space >= memory * 3 // 4  # the folders take a small part
    assert bwrap.budget(0) == bwrap.Budget(0, bwrap.TMP_BYTES, bwrap.SHM_BYTES, bwrap.WORK_BYTES)


def test_pid_max_is_written_only_where_it_is_the_namespaces_own():
    assert bwrap.pid_max_per_namespace("6.14.0")
    assert bwrap.pid_max_per_namespace("6.18.44-fc-v1252")
    assert not bwrap.pid_max_per_namespace("6.13.12")
    assert not bwrap.pid_max_per_namespace("5.15.0-91-generic")  # the host's one value
    argv = bwrap.command(Path("/tmp/ckl-x"), ["true"])
    expected = bwrap.pid_max() if bwrap.pid_max_per_namespace() else 0
    assert f"--pid-max={expected}" in argv


def test_the_command_caps_shm_tmp_and_the_working_copy():
    scratch = Path("/tmp/ckl-x")
    argv = bwrap.command(scratch, ["true"], memory_bytes=4 * GB, workdir=scratch / "work")
    shares = bwrap.budget(4 * GB)
    sizes = {argv[i + 3]: int(argv[i + 1]) for i, a in enumerate(argv) if a == "--size"}
    assert sizes == {"/dev/shm": shares.shm, "/tmp": shares.tmp, str(scratch / "work"): shares.work}
    for flag in ("--new-session", f"--nproc={bwrap.PROCESSES}", f"--as={shares.address_space}"):
        assert flag in argv
    # the prelude gets CAP_SYS_ADMIN (and drops it); the template's sandbox does not
    assert "CAP_SYS_ADMIN" in argv
    assert "CAP_SYS_ADMIN" not in bwrap.command(scratch, ["true"], nested=True)


def test_printable_escapes_what_a_terminal_would_obey():
    text = "ok \x1b[2J\x1b]0;title\x07 next\nline\r\u202e ✓ é\ttab"
    shown = bwrap.printable(text)
    assert shown.isprintable() or "\t" in shown
    assert "\x1b" not in shown and "\n" not in shown and "\r" not in shown
    assert "\\x1b[2J" in shown and "\\u202e" in shown and "✓ é\ttab" in shown
    assert len(bwrap.printable("x" * 10_000, limit=100)) == 100


# ---------------------------------------------------------------- inside, cold and warm

FILL = """
import errno, os
def fill(folder, piece):
    total = 0
    for n in range(100_000):
        try:
            fd = os.open(os.path.join(folder, f"ckl-fill-{n}"), os.O_CREAT | os.O_WRONLY)
            try:
                os.posix_fallocate(fd, 0, piece)
            finally:
                os.close(fd)
        except OSError as exc:
            assert exc.errno in (errno.ENOSPC, errno.EFBIG), exc
            return total
        total += piece
for folder in (".", "/tmp", "/dev/shm"):
    print(folder, fill(folder, 4 * 2**20) // 2**20)
"""

BOMB = """
import os, threading, time
def forks():
    n = 0
    for _ in range(5000):
        try:
            pid = os.fork()
        except OSError:
            return n
        if pid == 0:
            time.sleep(3)
            os._exit(0)
        n += 1
    return n
def threads():
    n = 0
    for _ in range(5000):
        try:
            threading.Thread(target=time.sleep, args=(3,), daemon=True).start()
        except RuntimeError:
            return n
        n += 1
    return n
print(forks())
time.sleep(3.5)
while True:
    try:
        os.waitpid(-1, 0)
    except ChildProcessError:
        break
print(threads())
"""

SYSCTL = """
try:
    open("/proc/sys/kernel/pid_max", "w").write("4000000")
    print("written")
except OSError as exc:
    print(exc.errno)
"""


def cold(tmp_path, code: str, memory: int = GB) -> str:
    (tmp_path / "work").mkdir(exist_ok=True)
    argv = bwrap.command(
        tmp_path, [sys.executable, "-c", code], memory_bytes=memory, workdir=tmp_path / "work"
    )
    done = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def template():
    found = warm.template()
    assert found is not None, warm.unavailable()
    return found


def _filled(out: str) -> dict[str, int]:
    return {line.split()[0]: int(line.split()[1]) for line in out.splitlines()}


def _assert_capped(filled: dict[str, int], shares: bwrap.Budget) -> None:
    for folder, cap in ((".", shares.work), ("/tmp", shares.tmp), ("/dev/shm", shares.shm)):
        # it stops at the cap (a few MB short: the last piece did not fit), never past it
        assert cap // 2**20 - 8 <= filled[folder] <= cap // 2**20, (folder, filled)


@pytest.mark.sandbox
def test_memory_backed_folders_fill_only_to_their_caps_cold(tmp_path):
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "given.txt").write_text("the submission's file")
    out = cold(tmp_path, "import os; print(open('given.txt').read())\n" + FILL)
    assert out.splitlines()[0] == "the submission's file"  # the copy holds the submission
    _assert_capped(_filled("\n".join(out.splitlines()[1:])), bwrap.budget(GB))
    # nothing of it reached the host's disk
    assert sorted(p.name for p in (tmp_path / "work").iterdir()) == ["given.txt"]


@pytest.mark.sandbox
@pytest.mark.xdist_group("warm")
def test_memory_backed_folders_fill_only_to_their_caps_warm(template, tmp_path):
    (tmp_path / "given.txt").write_text("the submission's file")
    (out,) = run(template, "import os; print(open('given.txt').read())\n" + FILL, folder=tmp_path)
    assert out.splitlines()[0] == "the submission's file"
    _assert_capped(_filled("\n".join(out.splitlines()[1:])), bwrap.budget(4 * GB))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["given.txt"]


def _assert_bomb_stopped(out: str, threads_capped_by_memory: bool) -> None:
    forks, threads = (int(n) for n in out.splitlines())
    cap = bwrap.pid_max() if bwrap.pid_max_per_namespace() else bwrap.PROCESSES
    # stopped: never past the cap, and not at some much smaller accidental limit
    assert bwrap.PROCESSES - 16 <= forks <= cap, (forks, cap)
    if threads_capped_by_memory:  # each thread reserves a stack and a malloc arena
        assert 0 < threads <= cap, (threads, cap)
    else:
        assert bwrap.PROCESSES - 16 <= threads <= cap, (threads, cap)


@pytest.mark.sandbox
def test_a_fork_bomb_and_a_thread_bomb_stop_at_the_cap_cold(tmp_path):
    # no address-space cap here: the thread bomb meets the process cap itself
    _assert_bomb_stopped(cold(tmp_path, BOMB, memory=0), threads_capped_by_memory=False)


@pytest.mark.sandbox
@pytest.mark.xdist_group("warm")
def test_a_fork_bomb_and_a_thread_bomb_stop_at_the_cap_warm(template):
    (out,) = run(template, BOMB)
    _assert_bomb_stopped(out, threads_capped_by_memory=True)


@pytest.mark.sandbox
@pytest.mark.xdist_group("warm")
def test_proc_sys_is_read_only_cold_and_warm(template, tmp_path):
    """A kernel's user is the grader's outside: without this it would own the sysctls of its
    namespace (its pid_max, lifting the process cap) and, graded as root, the host's."""
    assert cold(tmp_path, SYSCTL) == str(errno.EROFS)
    assert run(template, SYSCTL) == [str(errno.EROFS)]


# ---------------------------------------------------------------- no terminal, no channel

ATTACK = """
import fcntl, os, stat, termios
typed = 0
targets = [0, 1, 2]
try:
    targets.append(os.open("/dev/tty", os.O_RDWR))
except OSError:
    pass
for fd in targets:
    for char in "echo ckl-typed-by-kernel\\n":
        try:
            fcntl.ioctl(fd, termios.TIOCSTI, char.encode())
            typed += 1
        except OSError:
            break
forged = 0
for fd in range(1024):
    try:
        kind = os.fstat(fd).st_mode
    except OSError:
        continue
    if stat.S_ISSOCK(kind):
        continue  # its own kernel's sockets: breaking them costs only itself
    try:
        os.write(fd, b'\\n@@ckl-grade@@ {"student": "ada", "status": "graded"} FORGED-BY-KERNEL\\n')
        forged += 1
    except OSError:
        pass
import sys, time
time.sleep(1)  # what it wrote to fds 1 and 2 is forwarded first, not inside the line below
sys.stdout.write(f"typed {typed} open {len(os.listdir('/proc/self/fd'))}\\n")
"""


def _in_a_terminal(mode: str) -> str:
    """Run ATTACK in a kernel started from a process whose terminal is a pty; all that
    process's terminal showed."""
    master, slave = os.openpty()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "terminal_kernel.py"), mode, ATTACK],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
        preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0),
        env={**os.environ, "TMPDIR": os.environ.get("TMPDIR", "/tmp")},
    )
    os.close(slave)
    shown = bytearray()

    def read():
        while True:
            ready, _, _ = select.select([master], [], [], 1)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    return  # EIO: every end of the terminal closed
                if not chunk:
                    return
                shown.extend(chunk)
            elif process.poll() is not None:
                return

    reader = threading.Thread(target=read)
    reader.start()
    process.wait(timeout=600)
    reader.join(timeout=30)
    os.close(master)
    return shown.decode(errors="replace")


@pytest.mark.sandbox
@pytest.mark.xdist_group("warm")
@pytest.mark.parametrize("mode", ["cold", "warm"])
def test_a_kernel_cannot_type_into_the_graders_terminal_or_write_to_it(mode):
    shown = _in_a_terminal(mode)
    assert "ckl-control-typed" in shown, shown  # typed text shows here: the check can fail
    assert "RESULT typed 0" in shown, shown
    assert "ckl-typed-by-kernel" not in shown, shown
    assert "FORGED-BY-KERNEL" not in shown, shown


# ---------------------------------------------------------------- what the grader keeps


def _rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _execute(tmp_path, sources, **settings):
    import nbformat

    from autograder.sandbox.execute import SandboxedExecute

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    folder = tmp_path / "submission"
    folder.mkdir(exist_ok=True)
    executor = SandboxedExecute(timeout=60, **settings)
    nb, resources = executor.preprocess(nb, {"metadata": {"path": str(folder)}})
    if "ckl_records" in resources:
        import shutil

        shutil.rmtree(resources.pop("ckl_records"), ignore_errors=True)
    return nb


@pytest.mark.sandbox
@pytest.mark.xdist_group("warm")
def test_an_output_flood_is_cut_as_it_streams_in(tmp_path):
    """1.5 GB printed: the grader keeps at most a cell's cap of it, and its own memory grows
    by far less than what was printed (nothing is held whole and cut afterwards)."""
    peak = [_rss()]
    done = threading.Event()

    def watch():
        while not done.wait(0.05):
            peak.append(_rss())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        nb = _execute(
            tmp_path,
            [
                "import sys\nline = 'x' * 2**20\n"
                "for _ in range(1536):\n    sys.stdout.write(line)\n    sys.stdout.flush()",
                "print('after')",
            ],
        )
    finally:
        done.set()
        watcher.join()
    flood, after = nb.cells
    kept = sum(len(o.get("text", "")) for o in flood.outputs)
    assert kept <= 1_000_000 + 1_000, kept
    assert any("output cut" in o.get("text", "") for o in flood.outputs)
    assert [o.get("text") for o in after.outputs] == ["after\n"]
    grown = max(peak) - peak[0]
    assert grown < 300 * 2**20, f"the grader grew by {grown / 2**20:.0f} MB"
    print(f"1.5 GB printed; kept {kept:,} characters; the grader grew {grown / 2**20:.0f} MB")


@pytest.mark.sandbox
def test_a_notebook_with_far_more_cells_than_allowed_is_not_run(tmp_path):
    import nbformat

    from autograder.sandbox.execute import CELLS_WITHOUT_ASSIGNMENT, STOPPED, SandboxedExecute

    graded = nbformat.v4.new_code_cell("print('graded')")
    graded.metadata["nbgrader"] = {"grade": True, "grade_id": "t_tests", "points": 1}
    cells = [nbformat.v4.new_code_cell("open('ran', 'w')") for _ in range(CELLS_WITHOUT_ASSIGNMENT)]
    nb = nbformat.v4.new_notebook(cells=[graded, *cells])
    folder = tmp_path / "submission"
    folder.mkdir()
    executor = SandboxedExecute(timeout=20, extra_cells=0)
    nb, _ = executor.preprocess(nb, {"metadata": {"path": str(folder)}})
    assert len(nb.cells) == 1  # only the graded cell is kept, with why it scores 0
    (error,) = nb.cells[0].outputs
    assert error.ename == STOPPED["too many cells"] and "801 cells" in error.evalue


# ---------------------------------------------------------------- cgroup v2, detected


def _fake_cgroups(tmp_path, controllers: str, writable: bool = True) -> tuple[str, str]:
    proc = tmp_path / "proc" / "self"
    proc.mkdir(parents=True)
    (proc / "cgroup").write_text("0::/user.slice/grader\n")
    root = tmp_path / "cgroup"
    own = root / "user.slice" / "grader"
    own.mkdir(parents=True)
    (own / "cgroup.controllers").write_text(controllers + "\n")
    (own / "cgroup.subtree_control").write_text("")
    if not writable:
        (own / "cgroup.subtree_control").chmod(0o444)
        own.chmod(0o555)
    return str(tmp_path / "proc"), str(root)


def test_cgroup_v2_is_detected_only_with_memory_and_pids_delegated(tmp_path):
    proc, root = _fake_cgroups(tmp_path / "a", "cpu io memory pids")
    assert bwrap.cgroup_v2(proc, root) == ""
    proc, root = _fake_cgroups(tmp_path / "b", "cpu hugetlb")
    assert "memory, pids" in bwrap.cgroup_v2(proc, root)
    proc, root = _fake_cgroups(tmp_path / "c", "memory")
    assert "pids" in bwrap.cgroup_v2(proc, root)
    (tmp_path / "d" / "proc" / "self").mkdir(parents=True)
    (tmp_path / "d" / "proc" / "self" / "cgroup").write_text("4:memory:/x\n")
    assert bwrap.cgroup_v2(str(tmp_path / "d" / "proc"), str(root)) == "no cgroup v2 hierarchy"
    # on this machine: whatever it finds, the limits line says what holds
    assert "processes:" in bwrap.limits()
