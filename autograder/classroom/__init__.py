"""Grading a whole class in parallel: `ckl-grade ASSIGNMENT`.

nbgrader stays the engine: every submission is graded by nbgrader's own
autograde (its API, one call per student), in worker processes that each
grade one submission at a time. What this adds: one worker per core, a
progress bar, a time limit per cell and per submission, a memory limit per
kernel, a record of every submission that could not be graded (and why), a
run that can be interrupted and run again, and at the end a grades CSV and
feedback.

Modules: `plan` (what there is to grade, and the instructor's input
checked), `worker` (the process that grades), `preflight` (its set-up
check before the first submission), `pool` (runs the workers),
`cluster` (the same workers on a Dask distributed cluster, `--scheduler`),
`report` (the CSV and feedback), `misconceptions` (what the class got wrong:
report.html and causes.csv), `cli` (the command).
"""
