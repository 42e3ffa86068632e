"""nbgrader's autograde and feedback steps, with the sandbox's own in their place.

`nbgrader_config.py` sets `c.Autograde.autograde_preprocessors = AUTOGRADE` and
`c.GenerateFeedback.preprocessors = FEEDBACK`. Compared with nbgrader 0.9.6's
defaults: `Execute` becomes `SandboxedExecute`; after it, `verdicts.Verdicts`
turns stderr into notes and withholds the points of any test cell whose result
cannot be trusted (both in a grading process whose temporary folder is capped:
`isolated.Isolated`); `LimitBytes` caps each cell's output at 1 MB; feedback loses hidden-test source, reference lines and
oversized outputs (`secrets`), gains at its top what each check said, failures first
(`summary.Summary`: feedback reads ✗ first), then everything a student wrote is sanitised
(`sanitise.Sanitise`: nothing of it runs as script in a browser) and the page is
rendered by `sanitise.FeedbackExporter` under a policy that forbids any script or request.
"""

from nbconvert.preprocessors import ClearMetadataPreprocessor, CSSHTMLHeaderPreprocessor
from nbgrader.preprocessors import (
    AssignLatePenalties,
    CheckCellMetadata,
    GetGrades,
    IgnorePattern,
    LimitOutput,
    SaveAutoGrades,
)

from .isolated import Isolated
from .sanitise import Sanitise
from .secrets import LimitBytes, Redact
from .summary import Summary
from .verdicts import RecordFlags

AUTOGRADE = [
    Isolated,  # SandboxedExecute, then Verdicts, in a grading process with a capped TMPDIR
    IgnorePattern,
    ClearMetadataPreprocessor,
    LimitOutput,
    LimitBytes,
    SaveAutoGrades,
    RecordFlags,
    AssignLatePenalties,
    CheckCellMetadata,
]
FEEDBACK = [GetGrades, Redact, Summary, Sanitise, CSSHTMLHeaderPreprocessor]
