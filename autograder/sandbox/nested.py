"""A forked child's own sandbox, nested in the warm template's (Linux namespaces via libc).

The warm template (`template.py`) runs in a bubblewrap sandbox like a cold
kernel's; a kernel forked from it must not share anything with the template's
other children. `enter()`, called in the freshly forked child (which has one
thread, as `unshare` requires), gives it what bubblewrap gives a cold kernel:

- new user, mount, PID, network, IPC and UTS namespaces: it cannot see or
  signal any process outside (not the template, not another kernel), has no
  network but its own loopback, and shares no System V IPC;
- a session of its own (no controlling terminal), and `/dev/null` for its
  standard streams (`template.run_kernel`): nothing it writes reaches the template's
  owner;
- a fresh private `/tmp` and `/dev/shm` (memory-backed, capped), its own folders
  of the spool (its scratch and its records) and nothing else of the spool: the
  other kernels' folders are covered by an empty read-only file system; its
  working copy of the submission is a capped tmpfs of its own, filled from the
  spool's copy (the three caps count against its memory budget: `bwrap.budget`);
- its own `/proc` (only its own processes), mounted by PID 1 of its namespace,
  with `/proc/sys` read-only; its processes and threads capped (`bwrap.PROCESSES`:
  the namespace's `pid_max` on Linux 6.14 and later, `RLIMIT_NPROC` everywhere);
- no capabilities (bounding set emptied, `no_new_privs`), no further user
  namespaces (the limit is used up, as bubblewrap's `--disable-userns` does),
  and the same resource limits (`--as`, `--fsize`, no core files).

Run as a program (`python -m autograder.sandbox.nested --pid-max=N --copy=DIR --
INIT...`), it is the *prelude* of a cold sandbox (`bwrap.command`): PID 1 with the
one capability bubblewrap left it, it does the same for a cold kernel — the process
cap, `/proc/sys` read-only, the working copy filled — drops every capability and
becomes INIT.

`enter()` returns in the kernel process, which is PID 2 of the new namespace
(PID 1 is a forked waiter that exits with the kernel's status and takes every
other process of the namespace with it), or raises OSError in the child.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import socket
import struct
import sys
from pathlib import Path

from . import bwrap

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY = 1
MS_NOSUID = 2
MS_NODEV = 4
MS_NOEXEC = 8
MS_REMOUNT = 32
MS_BIND = 4096
MS_MOVE = 8192
MS_REC = 16384
MS_PRIVATE = 1 << 18
PR_SET_PDEATHSIG = 1
PR_CAPBSET_DROP = 24
PR_SET_NO_NEW_PRIVS = 38
PR_CAP_AMBIENT = 47
PR_CAP_AMBIENT_CLEAR_ALL = 4
CAP_LAST = 63  # past the last capability any kernel knows; EINVAL ends the loop
SIOCGIFFLAGS = 0x8913
SIOCSIFFLAGS = 0x8914
IFF_UP = 1

# mount points the template's sandbox provides (bwrap --dir) for the child's own folders
STAGE, STAGES = bwrap.STAGE, bwrap.STAGES  # where a fork's own folders are staged

_libc = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"{what}: {os.strerror(errno)}")


def _mount(source, target, fstype, flags, data=None) -> None:
    enc = lambda s: None if s is None else os.fsencode(s)  # noqa: E731
    _check(_libc.mount(enc(source), enc(target), enc(fstype), flags, enc(data)), f"mount {target}")


def _prctl(option: int, arg: int) -> int:
    return _libc.prctl(option, ctypes.c_ulong(arg), 0, 0, 0)


def _map_ids(uid: int, gid: int) -> None:
    Path("/proc/self/setgroups").write_text("deny")
    Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
    Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")


def _new_namespaces() -> None:
    """A user namespace that may create no more of them, and in it all the others."""
    uid, gid = os.getuid(), os.getgid()
    _check(_libc.unshare(CLONE_NEWUSER), "unshare user")
    _map_ids(uid, gid)
    # one more user namespace may be made below this one: the one made next
    Path("/proc/sys/user/max_user_namespaces").write_text("1")
    flags = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS
    _check(_libc.unshare(flags), "unshare")
    _map_ids(uid, gid)


def _own_folders(spool: str, own: list[str], shares: bwrap.Budget, workdir: str = "") -> None:
    """Private /tmp; of the spool, only `own` stays visible (at the same paths); `workdir`
    (inside one of them) becomes a capped tmpfs holding a copy of what it held."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    if len(own) > STAGES:
        raise OSError(0, f"at most {STAGES} own folders")
    for index, path in enumerate(own):
        _mount(path, f"{STAGE}/{index}", None, MS_BIND | MS_REC)
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={shares.tmp},mode=1777")
    covered = os.path.isdir(spool)  # else it lay under /tmp and is gone with the old /tmp
    if covered:
        _mount("tmpfs", spool, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
    for index, path in enumerate(own):
        os.makedirs(path, exist_ok=True)
        _mount(f"{STAGE}/{index}", path, None, MS_MOVE)
    if covered:
        _mount("tmpfs", spool, "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    if workdir and any(Path(workdir).parent == Path(p) for p in own) and os.path.isdir(workdir):
        _own_workdir(workdir, shares.work)
    os.makedirs("/tmp/home", exist_ok=True)
    _own_dev(shares)


def _own_workdir(workdir: str, size: int) -> None:
    """The working copy on a tmpfs of its own (what the kernel writes there is capped and
    counted as its memory), filled from the folder it covers (held open meanwhile)."""
    below = os.open(workdir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        _mount("tmpfs", workdir, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size},mode=0755")
        _copy_into(f"/proc/self/fd/{below}", workdir)
    finally:
        os.close(below)


def _copy_into(source: str, target: str) -> None:
    """Copy a folder's content; symlinks stay links; what does not fit is left out."""
    import contextlib
    import shutil

    # a submission larger than the cap: the kernel sees what fitted
    with contextlib.suppress(OSError, shutil.Error):
        shutil.copytree(source, target, symlinks=True, dirs_exist_ok=True)


def _own_dev(shares: bwrap.Budget) -> None:
    """The template's /dev is shared by its children: theirs gets its own shm and ptys, and
    the rest read-only (a cold kernel's whole /dev is its own)."""
    _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, f"size={shares.shm},mode=1777")
    _mount(
        "devpts", "/dev/pts", "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,ptmxmode=0666,mode=620"
    )
    _mount(None, "/dev", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)


def _loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        import fcntl

        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(sock, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


def _drop_privileges() -> None:
    for cap in range(CAP_LAST + 1):
        if _prctl(PR_CAPBSET_DROP, cap) != 0:
            break  # past the last capability this kernel has
    _prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL)
    _check(_prctl(PR_SET_NO_NEW_PRIVS, 1), "no_new_privs")
    header = struct.pack("Ii", 0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = ctypes.create_string_buffer(24)  # two zeroed {effective, permitted, inheritable}
    _check(_libc.capset(ctypes.c_char_p(header), data), "capset")


def _limits(address_space: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (bwrap.FILE_BYTES, bwrap.FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (bwrap.PROCESSES, bwrap.PROCESSES))
    if address_space > 0:
        resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))


def _cap_processes_and_sysctls(pids: int) -> None:
    """In PID 1 of a PID namespace whose mount namespace it may change: cap the namespace's
    tasks (its own pid_max, where Linux has one per namespace), then make /proc/sys
    read-only. The kernel's user is, outside, the grader's, which owns the namespace's
    sysctls (pid_max among them); run as root, it would own the host's too."""
    if pids:
        Path("/proc/sys/kernel/pid_max").write_text(str(pids))
    _mount("/proc/sys", "/proc/sys", None, MS_BIND | MS_REC)
    flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC
    _mount(None, "/proc/sys", None, flags)


def _init(kernel_pid: int) -> None:
    """PID 1 of the namespace: reap everything, exit with the kernel's status."""
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_IGN)
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            os._exit(1)
        if pid == kernel_pid:
            os._exit(os.waitstatus_to_exitcode(status) & 0xFF)


def enter(spool: str, own: list[str], memory_bytes: int, workdir: str = "") -> None:
    """Make this (freshly forked, single-threaded) process a sandboxed kernel; see above."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the template gone: so is the kernel
    os.setsid()  # a session of its own: no controlling terminal, no signals from ours
    shares = bwrap.budget(memory_bytes)
    _new_namespaces()
    _own_folders(spool, own, shares, workdir)
    init = os.fork()  # PID 1 of the new PID namespace
    if init:
        # this process stays outside the namespace: it waits, and is what the template kills
        _, status = os.waitpid(init, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    _cap_processes_and_sysctls(bwrap.pid_max() if bwrap.pid_max_per_namespace() else 0)
    _loopback_up()
    kernel = os.fork()
    if kernel:
        _drop_privileges()
        _init(kernel)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _drop_privileges()
    _limits(shares.address_space)


def prelude(argv: list[str]) -> None:
    """PID 1 of a cold sandbox, before it becomes INIT (see the module's docstring)."""
    options, rest = argv[: argv.index("--")], argv[argv.index("--") + 1 :]
    values = dict(option.removeprefix("--").split("=", 1) for option in options)
    try:
        # bubblewrap's mount namespace belongs to the user namespace above this one: a
        # mount namespace of its own (same view), where /proc/sys can be made read-only
        _check(_libc.unshare(CLONE_NEWNS), "unshare mount")
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        _cap_processes_and_sysctls(int(values.get("pid-max", "0")))
        _drop_privileges()
    except OSError as exc:  # a sandbox that cannot be made so is not started
        print(f"ckl sandbox prelude: {exc}", file=sys.stderr, flush=True)
        os._exit(125)
    if values.get("copy"):
        _copy_into(bwrap.SUBMISSION, values["copy"])
    os.execv(rest[0], rest)


if __name__ == "__main__":
    prelude(sys.argv[1:])


PRIVATE_TMP = "CKL_PRIVATE_TMPDIR"  # set once a process has tried: its private folder, or ""
PRIVATE_TMP_BYTES = 512 * 2**20  # a grading process's private TMPDIR (what its kernels leave)


def private_tmp(size: int = PRIVATE_TMP_BYTES) -> str:
    """Make this (single-threaded) process's TMPDIR a tmpfs of `size` bytes, in a user and
    mount namespace of its own (the same user: uid and gid mapped to themselves). '' when
    done, else why not (then TMPDIR stays an ordinary folder). Either way PRIVATE_TMP
    says, to this process and its children, that it was tried."""
    import tempfile

    folder = tempfile.gettempdir()
    uid, gid = os.getuid(), os.getgid()
    try:
        _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS), "unshare")
        _map_ids(uid, gid)
        _mount(None, "/", None, MS_REC | MS_PRIVATE)
        _mount("tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size},mode=0700")
    except OSError as exc:
        os.environ[PRIVATE_TMP] = ""
        return f"no private temporary folder ({exc})"
    os.environ[PRIVATE_TMP] = folder
    return ""
