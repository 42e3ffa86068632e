"""Run one grading kernel, cold or warm, from a process whose controlling terminal is a pty.

`python terminal_kernel.py cold|warm CODE` (started by test_limits.py with a pty as its
terminal and standard streams, as an instructor's `nbgrader autograde` has): first types
a control string into its own terminal (TIOCSTI: the harness can see typed text), then
runs CODE in a sandboxed kernel started exactly as grading starts it, and prints the
cell's output lines that start with "typed" after `RESULT` (what the kernel sends over
its own, legitimate channel — the cell's output — is not this terminal's).
"""

from __future__ import annotations

import fcntl
import os
import sys
import termios
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_warm import _run, fresh_loop

from autograder.sandbox import warm

CONTROL = "ckl-control-typed"


def main() -> None:
    mode, code = sys.argv[1], sys.argv[2]
    for char in CONTROL + "\n":
        fcntl.ioctl(0, termios.TIOCSTI, char.encode())
    if mode == "cold":
        os.environ["CKL_COLD"] = "1"
        template = None
    else:
        template = warm.template()
        assert template is not None, warm.unavailable()
    (out,) = fresh_loop(_run(template, [code]))
    said = [line for line in out.splitlines() if line.startswith("typed")]
    print("RESULT", " | ".join(said), flush=True)


if __name__ == "__main__":
    main()
