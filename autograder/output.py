"""What a grading kernel prints, held within what the grader keeps.

A correct answer that prints tens of MB (a debugging loop left in) must keep its
points. The grader keeps a cell's result lines past its output cap, but it can only
read what reaches it: one message larger than the grader accepts, or more messages
than it queues, are dropped whole on the way, and the result line with them.

So in a grading kernel (`CKL_SANDBOXED=1`) `sys.stdout` and `sys.stderr` keep at most
CELL_CHARS characters per cell between them, then one note saying the rest was cut;
each execution starts afresh. The checks' result lines go through `emit`, which no
budget stops. A learner's own kernel prints everything, as usual.

This guards honest noise only: code that writes to the kernel's sockets some other way
can drown its own result lines, and so costs only its own points.
"""

from __future__ import annotations

import os
import sys
import threading

CELL_CHARS = 500_000  # half what the grader keeps of a cell (execute.cell_output_bytes)
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


def _budget(msg):
    """ipykernel's stream hook: the message, cut to what is left of the cell's budget."""
    content = msg.get("content", {})
    text = content.get("text", "")
    if _exempt[0] or not isinstance(text, str) or len(text) <= _left[0]:
        if not _exempt[0] and isinstance(text, str):
            _left[0] -= len(text)
        return msg
    kept = text[: _left[0]]
    _left[0] = 0
    if not _noted[0]:
        _noted[0] = True
        kept += NOTE.format(CELL_CHARS)
    content["text"] = kept
    return msg


def _hook(stream) -> None:
    """Register the budget as a hook of `stream`. ipykernel keeps hooks per thread and
    sends from its IO thread: the hook is registered there (and here, for a send made
    from this thread when the IO thread is gone)."""
    stream.register_hook(_budget)
    thread = getattr(stream, "pub_thread", None)
    if thread is not None and getattr(thread, "thread", None) is not None:
        done = threading.Event()
        thread.schedule(lambda: (stream.register_hook(_budget), done.set()))
        done.wait(10)


def install(shell=None) -> bool:
    """Put the budget on this grading kernel's stdout and stderr (once); True if done.

    It is a hook of ipykernel's own streams (`OutStream.register_hook`), which sees every
    message they send, whatever wrote into them (IPython swaps their `write` per cell)."""
    if os.environ.get("CKL_SANDBOXED") != "1" or _installed:
        return False
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    streams = [getattr(sys, name) for name in ("stdout", "stderr")]
    if shell is None or not all(hasattr(s, "register_hook") for s in streams):
        return False
    for stream in streams:
        _hook(stream)
        _installed.append(stream)
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
