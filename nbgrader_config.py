"""nbgrader configuration: this repository is the nbgrader course directory.

`solutions/` holds the instructor (source) notebooks, `exercises/` the student
versions that `nbgrader generate_assignment` makes from them (`make exercises`).
Class data (`submitted/`, `autograded/`, `feedback/`, `gradebook.db`) is made
here when an instructor grades, and is ignored by git.
"""

import os
from pathlib import Path

# Kernels started by nbgrader inherit this: TensorFlow's C++ logger then stays
# quiet after import, so a log line cannot land in a graded cell's stderr.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

c = get_config()  # noqa: F821 -- provided by traitlets when nbgrader loads this file

COURSE_ID = "combining-keras-layers"

# Every assignment of the course, in teaching order. Each name is a folder of
# solutions/ (and, generated, of exercises/).
ASSIGNMENTS = [
    "01_concatenation",
    "02_elementwise_merges",
    "03_custom_weighted_layers",
    "04_reuse_vs_duplication",
    "05_grafting_networks",
    "06_fusing_layers",
]

c.CourseDirectory.root = str(Path(__file__).resolve().parent)

# Grading runs students' code: every grading kernel (nbgrader autograde, the
# formgrader's, ckl-grade's) starts in a bubblewrap sandbox, and what the kernel
# reports is checked again outside it (autograder/sandbox/, README "Security").
# A learner's own Validate is not affected.
from autograder.sandbox import pipeline  # noqa: E402

c.Autograde.autograde_preprocessors = pipeline.AUTOGRADE
c.GenerateFeedback.preprocessors = pipeline.FEEDBACK

# Nothing a student wrote runs in the instructor's browser: the formgrader's
# submission page and feedback HTML show submissions sanitised, under a
# Content-Security-Policy (autograder/sandbox/sanitise.py); in the Jupyter server
# the formgrader runs in, its pages get a per-response nonce and policy and its
# own templates escape what they insert (webguard.py; outside a server: nothing).
from autograder.sandbox import sanitise, webguard  # noqa: E402

sanitise.configure(c)
webguard.install()

# Validate reads ✗ first: a failed check's message, then the cell it failed in
# (autograder/validation.py), in the Validate button's dialog and `nbgrader validate`.
from autograder import validation  # noqa: E402

validation.install()

c.CourseDirectory.course_id = COURSE_ID
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"

# Time limit for one cell when validating or autograding. The slowest graded
# cell of the course runs in a few seconds; a submission that loops forever is
# stopped here and loses only that cell's points.
c.Execute.timeout = 60
# Kernel start-up includes importing TensorFlow (about 6 s on a laptop CPU).
c.Execute.startup_timeout = 120

# nbgrader scores a test cell zero when it writes anything to stderr. The
# autograder package already keeps Keras warnings and TensorFlow's logs out of
# test cells; this is the second net, for log lines only (never for errors).
c.IgnorePattern.pattern = (
    r"^(WARNING: All log messages before absl|[IWE]\d{4} [\d:. ]+\d+ \w+\.cc:\d+\]"
    r"|.*(UserWarning|DeprecationWarning|FutureWarning): )"
)
