"""Temporary folders whose Unix sockets fit in a socket address.

A kernel's sockets live in its scratch folder, which sits in a template's spool,
which sits in a grading worker's temporary folder: three random names below the
system's temporary folder. A Unix socket's path is limited to 107 bytes, and binding
a longer one fails (`zmq.error.ZMQError: File name too long`) for every kernel alike.
So a folder that will hold sockets is made in the system's temporary folder only
when the deepest socket below it still fits, and otherwise in `/tmp`:

    >>> folder = make("ckl-demo-", below=SPOOL)
    >>> len(str(folder)) + SPOOL <= SOCKET_PATH_MAX
    True
    >>> folder.rmdir()
"""

from __future__ import annotations

import tempfile
from pathlib import Path

SOCKET_PATH_MAX = 107  # sizeof(sockaddr_un.sun_path) - 1 on Linux
SOCKET = len("/k-65535")  # a kernel's socket, in its scratch folder
# what a spool holds: a kernel's scratch folder and its socket, or the replay's verifier
SCRATCH = max(len("/ckl-xxxxxxxx") + SOCKET, len("/ckl-verify-xxxxxxxx/verifier.sock"))
SPOOL = len("/ckl-warm-xxxxxxxx") + SCRATCH  # a template's spool, and what it holds
FALLBACK = "/tmp"
RANDOM = 8  # characters tempfile.mkdtemp adds to a prefix


def make(prefix: str, below: int) -> Path:
    """A new private folder (mode 0700) in the system's temporary folder if a path
    `below` characters longer than the folder's still fits in a socket address, else
    in /tmp."""
    folder = tempfile.gettempdir()
    if len(folder.encode()) + 1 + len(prefix) + RANDOM + below > SOCKET_PATH_MAX:
        folder = FALLBACK
    return Path(tempfile.mkdtemp(prefix=prefix, dir=folder))


def socket_path_error(path: str) -> str:
    """'' if a socket at `path` can be bound, else why not, in words."""
    if len(path.encode()) <= SOCKET_PATH_MAX:
        return ""
    return (
        f"the kernel's socket path is {len(path.encode())} bytes long, and a Unix socket's "
        f"path may be at most {SOCKET_PATH_MAX}: {path}. Use a shorter temporary folder "
        "(TMPDIR=/tmp) or a shorter scratch_parent."
    )
