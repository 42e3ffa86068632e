"""What a failed check is: the facts a judge found, and the message a learner reads.

A judging check (parameters, identity, shapes, outputs, training, layers.find_layer,
learner) decides, and when it refuses it builds a `Failure`: which check, what was
expected, what was received, the model and the facts it measured (counts, shapes, the
learner's exception) — no explanation. The explaining layer (`autograder.causes`, with
`structure` and `keras_errors`) turns it into a likely cause and a next step, and the
voice (`autograder.feedback`) renders the four parts as a `Feedback` and raises
`CheckFailed`::

    ✗ Parameter count of the model
      Expected:    113 trainable parameters
      Received:    105 trainable parameters (8 fewer)
      Likely cause: the head sees 8 features, not 16: the branches were added, not concatenated.
      Next step:   merge the branches with keras.layers.Concatenate().

`Feedback` and `CheckFailed` live here, at the bottom, so that code below the voice
(`integrity`, which `feedback.passed` relies on) can raise them too; `autograder.feedback`
is where everyone else takes them from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Feedback:
    """The four parts of a message, plus optional detail lines (a table)."""

    title: str
    expected: str
    received: str
    cause: str = ""
    next_step: str = ""
    details: list[str] = field(default_factory=list)

    def render(self) -> str:
        """The message: ✗ and the title first, then the parts that are not empty."""
        width = 13
        lines = [f"✗ {self.title}"]
        for label, text in (
            ("Expected:", self.expected),
            ("Received:", self.received),
            ("Likely cause:", self.cause),
            ("Next step:", self.next_step),
        ):
            if text:
                lines.append(f"  {label:<{width}} {text}")
        lines.extend(f"  {line}" for line in self.details)
        return "\n".join(lines)


class CheckFailed(AssertionError):
    """A failed check. `str(error)` is the whole message for the learner."""

    def __init__(self, feedback: Feedback):
        self.feedback = feedback
        super().__init__(feedback.render())


def fail(title, expected, received, cause="", next_step="", details=()):
    """Raise CheckFailed with the four parts (and optional detail lines)."""
    __tracebackhide__ = True
    raise CheckFailed(Feedback(title, expected, received, cause, next_step, list(details)))


@dataclass(frozen=True)
class Explanation:
    """What the explaining layer finds for a failure: the likely cause and the next step."""

    cause: str
    next_step: str


class Failure(AssertionError):
    """The facts of a refused check, before any explanation.

    Args:
        check: which check refused, as "module.function" ("parameters.check_counts");
            the explaining layer chooses its words by it.
        title, expected, received: the facts as the learner reads them.
        model: the learner's model (or layer) the check looked at, if any.
        error: the learner's exception, when their code raised one.
        cause, next_step: words given by the test cell (`cause=`, a `causes=` or `known=`
            entry), which the explaining layer weighs against what it finds itself.
        details: lines shown under the message (a per-layer table).
        facts: whatever else the check measured (counts, shapes, ranks, a table of causes).

    It is an AssertionError, so one that escapes unexplained still fails the test cell.
    """

    def __init__(
        self,
        check: str,
        title: str,
        expected: str,
        received: str,
        *,
        model=None,
        error: BaseException | None = None,
        cause: str = "",
        next_step: str = "",
        details=(),
        **facts,
    ):
        self.check = check
        self.title = title
        self.expected = expected
        self.received = received
        self.model = model
        self.error = error
        self.cause = cause
        self.next_step = next_step
        self.details = list(details)
        self.facts = facts
        super().__init__(f"{title}: expected {expected}, received {received}")
