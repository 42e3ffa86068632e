"""autograder.causes: a judge's Failure becomes a cause and a next step, then the voice's message."""

import re

import pytest

import autograder as ag
from autograder import causes
from autograder.failure import Failure

# (the failure, the cause and next step expected)
EXPLAINED = [
    pytest.param(
        Failure("training.check_moves", "Head", "to change", "no change"),
        r"^it is frozen \(trainable = False\)",
        r"^leave it trainable",
        id="a-check's-own-fallback",
    ),
    pytest.param(
        Failure("training.check_moves", "Head", "to change", "no change", cause="c", next_step="n"),
        r"^c$",
        r"^n$",
        id="the-test-cell's-words-first",
    ),
    pytest.param(
        Failure("an.unknown_check", "T", "e", "r", cause="given"),
        r"^given$",
        r"^$",
        id="an-unknown-check-keeps-the-cell's-words",
    ),
    pytest.param(
        Failure(
            "parameters.check_counts",
            "Parameter count",
            "650",
            "1,290",
            model=None,
            kind="trainable",
            expected_count=650,
            received_count=1300,
            causes={1300: "two encoders"},
        ),
        r"^two encoders$",
        r"compare your layers with the task",
        id="a-count-in-the-cell's-table",
    ),
    pytest.param(
        Failure(
            "parameters.check_counts",
            "Parameter count",
            "650",
            "1,300",
            kind="trainable",
            expected_count=650,
            received_count=1300,
        ),
        r"twice as many: a layer was duplicated",
        r"call that same instance",
        id="a-count-twice-the-task's",
    ),
    pytest.param(
        Failure("shapes.check_inputs", "Input shapes", "(None, 4), (None, 6)", "x", reordered=True),
        r"in another order",
        r"in the order the task gives",
        id="inputs-in-another-order",
    ),
    pytest.param(
        Failure(
            "learner.call.raised",
            "f() raised",
            "f()",
            "ZeroDivisionError",
            error=ZeroDivisionError(),
        ),
        r"^see the error message and the line it points to\.$",
        r"in a new cell",
        id="an-error-nothing-explains",
    ),
]


@pytest.mark.parametrize(("failure", "cause", "step"), EXPLAINED)
def test_explain(failure, cause, step):
    found = causes.explain(failure)
    assert re.search(cause, found.cause), found.cause
    assert re.search(step, found.next_step), found.next_step


def test_report_raises_the_voice_s_message_with_the_facts_and_the_cause():
    failure = Failure("training.check_frozen", "Base after one step", "unchanged", "2 changed")
    with pytest.raises(ag.CheckFailed) as info:
        causes.report(failure)
    text = str(info.value)
    assert text.startswith(
        "✗ Base after one step\n  Expected:     unchanged\n  Received:     2 changed"
    )
    assert "Likely cause: it is still trainable" in text


def test_report_fails_even_if_the_voice_were_silenced(monkeypatch):
    monkeypatch.setattr(causes, "say", lambda *a, **k: None)
    with pytest.raises(AssertionError):
        causes.report(Failure("training.check_moves", "Head", "to change", "no change"))


def test_every_explained_check_is_one_a_judge_reports():
    """No explainer for a check name that no judge uses (a typo would silently fall back)."""
    from pathlib import Path

    sources = "".join(
        (Path(causes.__file__).parent / f"{m}.py").read_text()
        for m in ("parameters", "identity", "shapes", "outputs", "training", "layers", "learner")
    )
    named = set(re.findall(r'Failure\(\s*"([\w.]+)"', sources))
    assert set(causes.EXPLAINERS) | set(causes.DEFAULTS) <= named
