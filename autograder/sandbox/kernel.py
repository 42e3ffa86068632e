"""The kernel manager nbgrader's executor uses to start a grading kernel in a sandbox.

nbclient (under nbgrader's `Execute`) creates one kernel manager per notebook
from `kernel_manager_class` — Jupyter's own extension point. This one:

- ignores the notebook's kernelspec (a submission cannot choose another
  kernel, or an unsandboxed one): the kernel is always this Python's
  ipykernel, started as `python -P -m ipykernel_launcher` so that files that
  came with the submission never shadow a module (`autograder.py`, say);
- copies the folder nbgrader runs the notebook in to a fresh scratch folder,
  the only place the kernel may write, and starts the kernel there inside
  bubblewrap (`bwrap.command`): no network, its own PID namespace, memory cap;
- talks to it over Jupyter's `ipc` transport (Unix sockets in the scratch
  folder), since the sandbox has no view of the host's loopback;
- gives it `/dev/null` for its standard streams and a session of its own:
  nothing it prints or types reaches the grader's terminal, log or answers
  (a ckl-grade worker's standard output is its answer channel to the pool);
- talks to it over sockets that refuse any message larger than MESSAGE_BYTES
  (ZMQ_MAXMSGSIZE, and at most QUEUED_MESSAGES of them queued): whatever the
  kernel prints, what the grader holds of it is bounded (the executor caps what it keeps: `execute.py`);
- removes the scratch folder when the kernel is shut down. The kernel's
  sandbox dies with it: nothing it started outlives grading.

Given a warm template (`warm.Template`, passed by `SandboxedExecute`), the
kernel is instead a fork of it, launched by `warm.WarmProvisioner` in a
sandbox nested in the template's (`nested.py`) with the same folders, the
same environment and the same limits; everything else here is unchanged.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import zmq
from jupyter_client.manager import AsyncKernelManager
from traitlets import Float, Unicode

from . import bwrap, folders

MESSAGE_BYTES = 8 * 2**20  # the largest message the grader accepts from a kernel
QUEUED_MESSAGES = 64  # messages queued per socket, unread (ZMQ_RCVHWM; ZMQ drops the rest)
KERNEL_MODULE = 4  # KERNEL[:KERNEL_MODULE] starts Python; a warm kernel gets the rest
KERNEL = [
    sys.executable,
    "-P",
    "-m",
    "ipykernel_launcher",
    "-f",
    "{connection_file}",
    "--IPKernelApp.ignore_cwd=True",
    "--HistoryManager.hist_file=:memory:",
]


class SandboxedKernelManager(AsyncKernelManager):
    """An ipykernel in a bubblewrap sandbox, with a scratch copy of its folder."""

    memory_gb = Float(
        4.0,
        help="Cap on the kernel's address space, in GB (0: no cap). Covers every "
        "allocation, mmap included.",
    ).tag(config=True)
    scratch_parent = Unicode(
        "",
        help="Where scratch folders are made (default: the system's temporary folder). "
        "Keep the path short: Unix socket paths are limited to 107 characters.",
    ).tag(config=True)

    record_dir = Unicode(
        "",
        help="A folder the kernel may write the models its test cells received to "
        "(autograder.recording), for the verdicts to be recomputed outside it.",
    ).tag(config=True)

    def __init__(self, template=None, **kwargs):
        kwargs["kernel_name"] = "python3"  # the notebook's kernelspec never chooses
        super().__init__(**kwargs)
        self.template = template
        self.transport = "ipc"
        parent = template.spool if template else self.scratch_parent
        if parent:
            self.scratch = Path(tempfile.mkdtemp(prefix="ckl-", dir=parent))
        else:
            self.scratch = folders.make("ckl-", below=folders.SOCKET)
        os.chmod(self.scratch, 0o700)
        self.connection_file = str(self.scratch / "kernel.json")
        self.ip = str(self.scratch / "k")
        if error := folders.socket_path_error(f"{self.ip}-65535"):
            shutil.rmtree(self.scratch, ignore_errors=True)
            raise ValueError(error)
        self.workdir = self.scratch / "work"
        self._capped(self.context)

    def _capped(self, context) -> None:
        """Every socket this context opens refuses messages larger than MESSAGE_BYTES (the
        connection is dropped instead of the message being held) and queues at most
        QUEUED_MESSAGES: what the grader holds of a kernel's messages is bounded."""
        context.setsockopt(zmq.MAXMSGSIZE, MESSAGE_BYTES)
        context.setsockopt(zmq.RCVHWM, QUEUED_MESSAGES)

    def client(self, **kwargs):
        kc = super().client(**kwargs)
        self._capped(kc.context)
        return kc

    def _copy_submission(self, folder: str | None) -> None:
        """The folder nbgrader runs the notebook in, copied; symlinks are not followed."""
        if self.workdir.exists():
            return  # a restart keeps the scratch copy
        inside = folder and self.scratch.resolve().is_relative_to(Path(folder).resolve())
        if folder and os.path.isdir(folder) and not inside:
            shutil.copytree(folder, self.workdir, symlinks=True, ignore_dangling_symlinks=True)
        else:
            self.workdir.mkdir()
        (self.scratch / "runtime").mkdir(exist_ok=True)

    async def _async_pre_start_kernel(self, **kw):
        self._copy_submission(kw.get("cwd"))
        kw["cwd"] = str(self.scratch)
        kw["env"] = {}  # the sandbox sets the kernel's whole environment
        # no channel to the grader: what the kernel writes to its own streams goes nowhere
        # (jupyter_client would give it our stdout and stderr)
        for stream in ("stdin", "stdout", "stderr"):
            kw[stream] = subprocess.DEVNULL
        if self.template is not None and self.provisioner is None:
            from .warm import WarmProvisioner

            self.kernel_id = self.kernel_id or kw.pop("kernel_id", str(uuid.uuid4()))
            self.provisioner = WarmProvisioner(
                kernel_id=self.kernel_id, kernel_spec=self.kernel_spec, parent=self
            )
        return await super()._async_pre_start_kernel(**kw)

    def _records_env(self) -> dict[str, str]:
        return {"CKL_RECORD_DIR": self.record_dir} if self.record_dir else {}

    def _records_folders(self) -> list[str]:
        return [self.record_dir] if self.record_dir else []

    def kernel_environment(self) -> dict[str, str]:
        """The kernel's whole environment (nothing of the grader's)."""
        return {**bwrap.environment(self.scratch), **self._records_env()}

    def own_folders(self) -> list[str]:
        """The folders the kernel may write: its scratch copy and its records."""
        return [str(self.scratch), *self._records_folders()]

    def format_kernel_cmd(self, extra_arguments=None) -> list[str]:
        inner = [arg.replace("{connection_file}", self.connection_file) for arg in KERNEL]
        if self.template is not None:
            return inner[KERNEL_MODULE:]  # the template is that Python, with the module loaded
        return bwrap.command(
            self.scratch,
            inner,
            memory_bytes=int(self.memory_gb * 2**30),
            workdir=self.workdir,
            writable=self._records_folders(),
            env=self._records_env(),
        )

    async def _async_interrupt_kernel(self) -> None:
        """Interrupt by message: ipykernel then signals itself, inside its sandbox.

        (A SIGINT to the process group would reach bubblewrap itself, which
        dies of it and takes the kernel along.)
        """
        if self.has_kernel:
            msg = self.session.msg("interrupt_request", content={})
            self._connect_control_socket()
            self.session.send(self._control_socket, msg)

    interrupt_kernel = _async_interrupt_kernel

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self.scratch, ignore_errors=True)
