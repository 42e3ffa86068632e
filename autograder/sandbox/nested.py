"""A forked child's own sandbox, nested in the warm template's (Linux namespaces via libc).

The warm template (`template.py`) runs in a bubblewrap sandbox like a cold
kernel's; a kernel forked from it must not share anything with the template's
other children. `enter()`, called in the freshly forked child (which has one
thread, as `unshare` requires), gives it what bubblewrap gives a cold kernel:

- new user, mount, PID, network, IPC and UTS namespaces: it cannot see or
  signal any process outside (not the template, not another kernel), has no
  network but its own loopback, and shares no System V IPC;
- a fresh private `/tmp` (memory-backed, capped), its own folders of the spool
  (its scratch copy and its records) and nothing else of the spool: the other
  kernels' folders are covered by an empty read-only file system;
- its own `/proc` (only its own processes), mounted by PID 1 of its namespace;
- no capabilities (bounding set emptied, `no_new_privs`), no further user
  namespaces (the limit is used up, as bubblewrap's `--disable-userns` does),
  and the same resource limits (`--as`, `--fsize`, no core files).

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
STAGE = "/ckl-stage"
STAGES = 4

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


def _own_folders(spool: str, own: list[str]) -> None:
    """Private /tmp; of the spool, only `own` stays visible (at the same paths)."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    if len(own) > STAGES:
        raise OSError(0, f"at most {STAGES} own folders")
    for index, path in enumerate(own):
        _mount(path, f"{STAGE}/{index}", None, MS_BIND | MS_REC)
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={bwrap.TMP_BYTES},mode=1777")
    covered = os.path.isdir(spool)  # else it lay under /tmp and is gone with the old /tmp
    if covered:
        _mount("tmpfs", spool, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0755")
    for index, path in enumerate(own):
        os.makedirs(path, exist_ok=True)
        _mount(f"{STAGE}/{index}", path, None, MS_MOVE)
    if covered:
        _mount("tmpfs", spool, "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    os.makedirs("/tmp/home", exist_ok=True)
    _own_dev()


def _own_dev() -> None:
    """The template's /dev is shared by its children: theirs gets its own shm and ptys, and
    the rest read-only (a cold kernel's whole /dev is its own)."""
    _mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, f"size={bwrap.TMP_BYTES},mode=1777")
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


def _limits(memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (bwrap.FILE_BYTES, bwrap.FILE_BYTES))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if memory_bytes > 0:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))


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


def enter(spool: str, own: list[str], memory_bytes: int) -> None:
    """Make this (freshly forked, single-threaded) process a sandboxed kernel; see above."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the template gone: so is the kernel
    _new_namespaces()
    _own_folders(spool, own)
    init = os.fork()  # PID 1 of the new PID namespace
    if init:
        # this process stays outside the namespace: it waits, and is what the template kills
        _, status = os.waitpid(init, 0)
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    _loopback_up()
    kernel = os.fork()
    if kernel:
        _drop_privileges()
        _init(kernel)
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _drop_privileges()
    _limits(memory_bytes)
