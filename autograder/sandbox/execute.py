"""nbgrader's Execute, with every grading kernel in a sandbox, and hard stops that cost little.

`SandboxedExecute` replaces nbgrader's `Execute` among the autograde
preprocessors (`nbgrader_config.py`), so `nbgrader autograde`, the
formgrader's autograde and `ckl-grade` all start their kernels through
`kernel.SandboxedKernelManager`. It refuses to run when bubblewrap cannot
start a sandbox, unless the instructor says so explicitly
(`CKL_NO_SANDBOX=1`, which `ckl-grade --no-sandbox` sets).

What a kernel does to itself costs only its own cells:

- a cell that runs past the time limit is interrupted (nbgrader's way); if the
  kernel ignores the interrupt, it is stopped after `interrupt_grace` seconds,
  that cell is recorded as timed out and the cells after it as not run — the
  points of the cells graded before it are kept (nbgrader alone would give the
  whole notebook up);
- a kernel that dies (os._exit, a signal, out of memory) costs the cell it
  died in and the cells after it, in the same way.

What a kernel prints costs the grader little: each cell keeps at most
`cell_output_bytes` of output and each notebook `notebook_output_bytes` (what comes
after is dropped as it streams in, through nbclient's message hook, with one note
saying so; error outputs are always kept, shortened), and no single message may
exceed `kernel.MESSAGE_BYTES`. A submission with far more cells than its assignment
(`extra_cells` more) is not run: its test cells score 0 with a clear error.

A failure on the grader's side (no space left on a disk, the warm template gone)
is raised, never written into the notebook as the student's, and noted in
GRADER_FAILURES for a ckl-grade worker, which grades the submission again.

Symbolic links in a submission are not followed for the student: nbgrader
copies a submission's files with `shutil.copy` (as the instructor), so a link
to `solutions/` or the gradebook would arrive in autograded/ (and feedback/)
as the file it points to. Those copies are removed before the kernel starts;
a submitted notebook that is itself a link (to the solution notebook, say)
is not run: its answers are blanked and every test cell is flagged.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute
from nbgrader.utils import is_grade, is_solution
from traitlets import Bool, Float, Int

from . import bwrap, replay, warm
from .flags import (
    PASS_MARK,
    STOPPED,
    flag,
    ignored_interrupt,
    kernel_died,
    not_run,
    time_limit,
    too_many_cells,
)
from .kernel import SandboxedKernelManager

# Kernel messages whose content is kept in the notebook (or the executor's widget state).
OUTPUT_MESSAGES = {
    "stream",
    "display_data",
    "execute_result",
    "update_display_data",
    "error",
    "comm_open",
    "comm_msg",
}
CELLS_WITHOUT_ASSIGNMENT = 800  # the cells a notebook may have when its assignment is unknown
ERROR_CHARS = 4000  # of an error's value and traceback, kept past the output caps
PASS_LINES, PASS_LINE_CHARS = 16, 300  # result lines kept per cell past the output caps

# Why the last gradings in this process cannot be trusted, for the grader's own reasons
# (read and cleared by ckl-grade's worker): such a grading is repeated, never recorded.
GRADER_FAILURES: list[str] = []


class GraderFailure(RuntimeError):
    """Grading stopped for a reason of the grader's own; nothing is the student's doing."""


def _content_size(content) -> int:
    """About how many characters a message's content holds (strings, recursively)."""
    if isinstance(content, str | bytes):
        return len(content)
    if isinstance(content, dict):
        return sum(len(str(k)) + _content_size(v) for k, v in content.items())
    if isinstance(content, list | tuple):
        return sum(_content_size(v) for v in content)
    return 8


def disabled_by_instructor() -> bool:
    return os.environ.get("CKL_NO_SANDBOX", "") not in ("", "0")


def _error(ename: str, evalue: str) -> NotebookNode:
    return nbformat.v4.new_output(
        "error", ename=ename, evalue=evalue, traceback=evalue.splitlines() or [ename]
    )


class SandboxedExecute(Execute):
    """Execute (nbgrader's), in a bubblewrap sandbox; stops cost only their own cells."""

    sandbox = Bool(
        True,
        help="Run grading kernels in a bubblewrap sandbox. Turn off only on purpose "
        "(CKL_NO_SANDBOX=1 does the same): student code then runs as you.",
    ).tag(config=True)
    warm = Bool(
        True,
        help="Start each grading kernel as a fork of a warm template that has already "
        "imported Keras (autograder.sandbox.warm), in a sandbox of its own; False (or "
        "CKL_COLD=1) starts every kernel cold. Where forking is not possible, kernels "
        "start cold, with a one-line notice.",
    ).tag(config=True)
    cell_output_bytes = Int(
        1_000_000,
        help="Output kept per cell (characters); what a kernel prints past it is dropped as "
        "it arrives, with a note.",
    ).tag(config=True)
    notebook_output_bytes = Int(
        8_000_000,
        help="Output kept per notebook (characters), all cells together.",
    ).tag(config=True)
    extra_cells = Int(
        200,
        help="Cells a submission may have beyond its assignment's; with more it is not run.",
    ).tag(config=True)
    interrupt_grace = Float(
        10.0,
        help="Seconds a timed-out cell has to stop after the interrupt before its kernel is stopped.",
    ).tag(config=True)

    def __init__(self, *args, **kwargs):
        use_sandbox = not disabled_by_instructor() and kwargs.get("sandbox", True)
        kwargs["kernel_manager_class"] = (
            SandboxedKernelManager if use_sandbox else AsyncKernelManager
        )
        super().__init__(*args, **kwargs)
        self.kernel_name = "python3"  # the notebook's kernelspec never chooses
        self._template = None
        self._cell_bytes = self._notebook_bytes = 0
        self._pass_kept = 0
        self._cut = False

    def preprocess(self, nb, resources=None, km=None):
        if self.sandbox and not disabled_by_instructor():
            bwrap.require()  # SandboxUnavailable: nbgrader reports it and grades nothing
            self.kernel_manager_class = SandboxedKernelManager
            sandboxed = True
        else:
            self.log.warning(
                "Grading WITHOUT a sandbox (CKL_NO_SANDBOX): student code runs as you."
            )
            self.kernel_manager_class = AsyncKernelManager
            sandboxed = False
        self.iopub_timeout = max(self.iopub_timeout, self.interrupt_grace)
        self._stopped = ""  # why the kernel is gone ('' while it runs)
        self._stopped_at = ""
        self._timed_out = False
        resources = resources if resources is not None else {}
        self._template = None
        warm.close_retired()  # a new notebook: nothing of the last one uses their spools
        if sandboxed and self.warm and not warm.cold_by_request():
            self._template = warm.template()  # None: cold kernels (the notice is logged)
        records_parent = self._template.spool if self._template else None
        self._records = tempfile.mkdtemp(prefix="ckl-rec-", dir=records_parent)
        resources["ckl_records"] = self._records  # read by verdicts/replay, then removed
        resources["ckl_sandboxed"] = sandboxed
        resources["ckl_warm"] = self._template is not None
        if self._links_removed(nb, resources):
            return nb, resources  # the notebook itself was a link: nothing of it is run
        if self._too_many_cells(nb, resources):
            return nb, resources  # not run: its test cells say why
        self._notebook_bytes = 0
        try:
            return super().preprocess(nb, resources, km)
        except OSError as exc:
            shutil.rmtree(self._records, ignore_errors=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                GRADER_FAILURES.append(f"no space left on a disk of the grader ({exc})")
            raise
        except warm.TemplateError as exc:
            shutil.rmtree(self._records, ignore_errors=True)
            GRADER_FAILURES.append(f"the warm template failed ({exc})")
            raise
        except BaseException:  # nothing will read the records: do not leave them behind
            shutil.rmtree(self._records, ignore_errors=True)
            raise

    # -- symbolic links in the submission ----------------------------------------------

    def _submitted_folder(self, resources) -> Path | None:
        from nbgrader.coursedir import CourseDirectory

        info = resources.get("nbgrader", {})
        try:
            coursedir = CourseDirectory(config=self.config)
            return Path(
                coursedir.format_path(
                    coursedir.submitted_directory, info["student"], info["assignment"]
                )
            )
        except (KeyError, TypeError, ValueError):
            return None

    def _links_removed(self, nb, resources) -> bool:
        """Remove what nbgrader copied through the submission's symlinks; True when the
        notebook itself came through one (then it is blanked and its test cells flagged)."""
        folder = self._submitted_folder(resources)
        build = resources.get("metadata", {}).get("path")
        if folder is None or not build:
            return False
        info = resources.get("nbgrader", {})
        name = f"{info.get('notebook', '')}.ipynb"
        linked_folder = any(p.is_symlink() for p in (folder, folder.parent))
        for top, dirs, files in os.walk(folder):
            for entry in dirs + files:
                path = Path(top) / entry
                if not path.is_symlink():
                    continue
                copy = Path(build) / path.relative_to(folder)
                self.log.warning("submission file %s is a symbolic link: not copied", path)
                if copy.is_dir() and not copy.is_symlink():
                    shutil.rmtree(copy, ignore_errors=True)
                elif copy.exists() or copy.is_symlink():
                    copy.unlink()
        if not (linked_folder or (folder / name).is_symlink()):
            return False
        reason = (
            "the submitted notebook is a symbolic link, not a file of the student's own; "
            "it was not run."
        )
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs = []
            if is_solution(cell):
                cell.source = "# (not graded: the submitted notebook was a symbolic link)"
            if is_grade(cell):
                flag(cell, reason, resources)
        return True

    # -- a notebook far larger than its assignment ----------------------------------

    def _assignment_cells(self, resources) -> int | None:
        """How many cells the assignment's own notebook has (None: not found)."""
        from nbgrader.coursedir import CourseDirectory

        info = resources.get("nbgrader", {})
        try:
            coursedir = CourseDirectory(config=self.config)
            folder = coursedir.format_path(coursedir.source_directory, ".", info["assignment"])
            path = Path(folder) / f"{info['notebook']}.ipynb"
            return len(nbformat.read(path, as_version=4).cells)
        except (KeyError, TypeError, ValueError, OSError):
            return None

    def _too_many_cells(self, nb, resources) -> bool:
        """A submission with far more cells than its assignment is not run: only its graded
        cells are kept, and each test cell says why it scores 0."""
        expected = self._assignment_cells(resources)
        limit = (expected if expected is not None else CELLS_WITHOUT_ASSIGNMENT) + self.extra_cells
        if len(nb.cells) <= limit:
            return False
        reason = too_many_cells(
            len(nb.cells), expected if expected is not None else "?", self.extra_cells
        )
        self.log.warning("%s", reason)
        kept = [cell for cell in nb.cells if cell.metadata.get("nbgrader")]
        for cell in kept:
            if cell.cell_type == "code":
                cell.outputs = [_error(STOPPED["too many cells"], reason)] if is_grade(cell) else []
        nb.cells = kept
        return True

    # -- what a kernel prints -----------------------------------------------------

    def process_message(self, msg, cell, cell_index):
        """Keep at most cell_output_bytes of a cell's output and notebook_output_bytes of
        the notebook's; drop the rest as it arrives (errors are kept, shortened)."""
        kind = msg.get("msg_type")
        if kind in OUTPUT_MESSAGES:
            size = _content_size(msg.get("content"))
            self._cell_bytes += size  # all the cell printed: past its cap, the rest is cut
            over = (
                self._cell_bytes > self.cell_output_bytes
                or self._notebook_bytes + size > self.notebook_output_bytes
            )
            if not over:
                self._notebook_bytes += size  # what the notebook keeps
            if over and kind == "error":
                msg = self._shortened_error(msg)
            elif over:
                if not self._cut:
                    self._cut = True
                    note = (
                        f"[output cut: this cell printed more than the grader keeps "
                        f"({self.cell_output_bytes:,} characters per cell, "
                        f"{self.notebook_output_bytes:,} per notebook)]\n"
                    )
                    cell.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=note))
                kept = self._pass_lines(msg)  # a noisy correct cell keeps its result line
                if kept is None:
                    return None
                msg = kept
        return super().process_message(msg, cell, cell_index)

    def _pass_lines(self, msg):
        """Of stdout past the cap, only the checks' result lines ('✓ title'), a few and short:
        verdicts needs them, and printing them earns nothing the checks did not grant."""
        content = msg.get("content", {})
        if msg.get("msg_type") != "stream" or content.get("name") != "stdout":
            return None
        lines = [
            line[:PASS_LINE_CHARS] + "\n"
            for line in str(content.get("text", ""))[: 4 * 2**20].splitlines()
            if line.startswith(PASS_MARK)
        ][: max(0, PASS_LINES - self._pass_kept)]
        if not lines:
            return None
        self._pass_kept += len(lines)
        return {**msg, "content": {**content, "text": "".join(lines)}}

    @staticmethod
    def _shortened_error(msg):
        content = msg.get("content", {})
        traceback = [str(line)[:ERROR_CHARS] for line in content.get("traceback", [])[-5:]]
        shortened = {
            **content,
            "ename": str(content.get("ename", ""))[:200],
            "evalue": str(content.get("evalue", ""))[:ERROR_CHARS],
            "traceback": traceback,
        }
        return {**msg, "content": shortened}

    def on_cell_executed(self, **kwargs):
        """Remember which execute request each cell was (models are recorded under it)."""
        super().on_cell_executed(**kwargs)
        reply = kwargs.get("execute_reply") or {}
        msg_id = reply.get("parent_header", {}).get("msg_id")
        if msg_id and self.resources is not None:
            self.resources.setdefault("ckl_requests", {})[kwargs["cell_index"]] = msg_id
            # the cell's records, out of the kernel's reach at once (issue 20: replay.take)
            replay.take(self.resources, kwargs["cell_index"])

    def create_kernel_manager(self):
        if self.kernel_manager_class is SandboxedKernelManager:
            self.km = SandboxedKernelManager(
                template=self._template, kernel_name=self.kernel_name, config=self.config
            )
            km = self.km
        else:
            km = super().create_kernel_manager()
        # models are saved for the replay, unless the replay is off (c.Verdicts.recompute)
        replaying = self.config.get("Verdicts", {}).get("recompute", True)
        if isinstance(km, SandboxedKernelManager) and replaying:
            km.record_dir = self._records
        return km

    # -- one cell ---------------------------------------------------------------

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        if self._stopped:
            cell.outputs = [_error(STOPPED["not run"], not_run(self._stopped_at, self._stopped))]
            return cell, resources
        self._timed_out = False
        # a kernel whose output never ends (or whose messages the sockets refused) costs its
        # cell the output after the reply, not the whole notebook: a test cell's points need
        # its own result line anyway (verdicts). A cell past its time limit still raises:
        # its kernel is then stopped (_async_poll_for_reply)
        self.raise_on_iopub_timeout = False
        self._cell_bytes = 0
        self._pass_kept = 0
        self._cut = False
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
            if self._timed_out:  # interrupted at its time limit: nbclient's CellTimeoutError
                # output says so in the course's voice (the KeyboardInterrupt before it keeps
                # the line the cell was at; ckl-grade and the report read both names)
                for output in cell.get("outputs", []):
                    if output.get("output_type") == "error" and output.get("ename") == (
                        "CellTimeoutError"
                    ):
                        output["evalue"] = time_limit(self.timeout)
                        output["traceback"] = time_limit(self.timeout).splitlines()
            return cell, resources
        except DeadKernelError:
            if self._template is not None and not self._template.alive():
                GRADER_FAILURES.append("the warm template this kernel was forked from died")
                raise GraderFailure("the warm template died while a cell ran") from None
            self._stop(cell, "died", kernel_died())
            return cell, resources

    def _stop(self, cell, kind: str, evalue: str) -> None:
        self._stopped = "it died" if kind == "died" else "it ignored the interrupt"
        self._stopped_at = cell.metadata.get("nbgrader", {}).get("grade_id") or str(
            cell.get("execution_count") or "?"
        )
        cell.outputs = [*cell.get("outputs", []), _error(STOPPED[kind], evalue)]

    # -- a cell past its time limit -------------------------------------------------

    async def _async_handle_timeout(self, timeout, cell=None):
        self._timed_out = True
        self.raise_on_iopub_timeout = True
        return await super()._async_handle_timeout(timeout, cell)

    async def _async_poll_for_reply(self, msg_id, cell, timeout, task_output, task_alive):
        try:
            return await super()._async_poll_for_reply(
                msg_id, cell, timeout, task_output, task_alive
            )
        except CellTimeoutError:
            if not self._timed_out:
                raise
            # interrupted, and still busy after the grace period: stop this kernel
            task_output.cancel()
            task_alive.cancel()
            try:
                await self.km.shutdown_kernel(now=True)
            except Exception as exc:  # a kernel that is already gone
                self.log.warning("stopping an unresponsive kernel: %s", exc)
            self._stop(cell, "timeout", ignored_interrupt(timeout))
            return {
                "parent_header": {"msg_id": msg_id},
                "content": {**self.error_on_timeout, "status": "error"},
            }
