"""What a grading kernel prints, held within what the grader keeps.

A correct answer that prints tens of MB (a debugging loop left in) must keep its
points. The grader keeps a cell's result lines past its output cap, but it can only
read what reaches it: one message larger than the grader accepts, or more messages
than it queues, are dropped whole on the way, and the result line with them.

So in a grading kernel (`CKL_SANDBOXED=1`) `sys.stdout` and `sys.stderr` keep at most
CELL_CHARS characters per cell between them, then one note saying the rest was cut;
each execution starts afresh. Two places of ipykernel's streams hold that:

- the buffers they gather text in until they send it: past the budget a write costs
  a count, not memory (1.4 GB printed in a cell holds nothing);
- a hook on every message they send (`OutStream.register_hook`, ipykernel's own
  extension point), which cuts any message longer than MESSAGE_CHARS — whatever
  wrote into the stream, and on a version of ipykernel whose buffers differ.

IPython keeps what a cell printed for its history (`history_manager.outputs`); a
grading kernel has no use for it, so it keeps nothing there. The checks' result lines
go through `emit`, which no budget stops. A learner's own kernel prints everything, as
usual.

This guards honest noise only: code that writes to the kernel's sockets some other way
can drown its own result lines, and so costs only its own points.
"""

from __future__ import annotations

import io
import os
import sys
import threading
from collections import defaultdict

CELL_CHARS = 500_000  # half what the grader keeps of a cell (execute.cell_output_bytes)
MESSAGE_CHARS = 1_000_000  # one message, whatever wrote it (the grader takes 8 MB)
NOTE = (
    "\n[output cut in the kernel: this cell printed more than {:,} characters; "
    "the rest is not shown]\n"
)

_left = [CELL_CHARS]
_noted = [False]
_exempt = [False]
_installed: list = []  # the streams given the budget


def _reset(*_args, **_kwargs) -> None:
    _left[0] = CELL_CHARS
    _noted[0] = False


class _Budgeted(io.StringIO):
    """One of a stream's buffers: what is written past the cell's budget is counted only."""

    def write(self, text):
        if _exempt[0] or not isinstance(text, str):
            return super().write(text)
        if len(text) <= _left[0]:
            _left[0] -= len(text)
            return super().write(text)
        kept = text[: _left[0]]
        _left[0] = 0
        if not _noted[0]:
            _noted[0] = True
            kept += NOTE.format(CELL_CHARS)
        if kept:
            super().write(kept)
        return len(text)


def _budget_buffers(stream) -> None:
    """Make `stream` gather its text in _Budgeted buffers, now and after every send
    (ipykernel 7: `_buffers`, renewed by `_rotate_buffers`); nothing if it has none."""
    lock = getattr(stream, "_buffer_lock", None)
    if lock is None or not isinstance(getattr(stream, "_buffers", None), dict):
        return
    stream.flush()  # what was gathered before goes out as it is

    def rotate():
        with lock:
            old = stream._buffers
            stream._buffers = defaultdict(_Budgeted)
        return old

    with lock:
        stream._buffers = defaultdict(_Budgeted)
    stream._rotate_buffers = rotate


def _message_cap(msg):
    """ipykernel's stream hook: no message longer than MESSAGE_CHARS leaves the kernel."""
    content = msg.get("content", {})
    text = content.get("text", "")
    if isinstance(text, str) and len(text) > MESSAGE_CHARS:
        content["text"] = text[:MESSAGE_CHARS] + NOTE.format(MESSAGE_CHARS)
    return msg


def _hook(stream) -> None:
    """Register the message cap as a hook of `stream`. ipykernel keeps hooks per thread and
    sends from its IO thread: the hook is registered there (and here, for a send made
    from this thread when the IO thread is gone)."""
    stream.register_hook(_message_cap)
    thread = getattr(stream, "pub_thread", None)
    if thread is not None and getattr(thread, "thread", None) is not None:
        done = threading.Event()
        thread.schedule(lambda: (stream.register_hook(_message_cap), done.set()))
        done.wait(10)


class _Forgotten(dict):
    """IPython's record of what cells printed, kept empty."""

    def __contains__(self, key) -> bool:
        return False

    def __getitem__(self, key) -> list:
        return []


def install(shell=None) -> bool:
    """Put the budget on this grading kernel's stdout and stderr (once); True if done."""
    if os.environ.get("CKL_SANDBOXED") != "1" or _installed:
        return False
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    streams = [getattr(sys, name) for name in ("stdout", "stderr")]
    if shell is None or not all(hasattr(s, "register_hook") for s in streams):
        return False
    for stream in streams:
        _budget_buffers(stream)
        _hook(stream)
        _installed.append(stream)
    history = getattr(shell, "history_manager", None)
    if history is not None and isinstance(getattr(history, "outputs", None), dict):
        history.outputs = _Forgotten()
    shell.events.register("pre_execute", _reset)
    return True


def emit(text: str) -> None:
    """Print `text` on stdout past any budget (a check's result line), in a message of
    its own: what the cell printed before is sent first."""
    sys.stdout.flush()
    _exempt[0] = True
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    finally:
        _exempt[0] = False
