"""Grading that a submission cannot forge or sabotage (the security model, README).

Every kernel that grades a student's notebook — `ckl-grade`, `nbgrader autograde`
and the formgrader's autograde — is started by `kernel.SandboxedKernelManager`
inside a bubblewrap sandbox (`bwrap`): a read-only view of the Python
environment and of the course's `autograder` package, a scratch folder as the
only writable place, no network, its own PID namespace and a memory cap on its
address space. nbgrader is configured to use it in `nbgrader_config.py`
(`c.Autograde.autograde_preprocessors`), so it needs no flag.

Modules:
    bwrap     the sandbox's command line, and whether bubblewrap works here
    kernel    the kernel manager nbgrader's executor uses (Jupyter's extension point)
    execute   nbgrader's Execute, sandboxed; a kernel that ignores an interrupt
              or dies costs only its own cell and the cells after it
    verdicts  after execution, outside the kernel: a test cell's points need
              its own pass line; stderr becomes a note; tampering is flagged
    secrets   feedback without hidden-test source, reference lines or huge outputs
"""
