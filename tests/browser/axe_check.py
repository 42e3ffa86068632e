"""WCAG 2.2 A/AA checks of a page with axe-core (Deque's engine, run in the page itself).

axe-core comes bundled in `axe-playwright-python` (a pinned dev dependency); it is
injected into the page and run with the WCAG 2.x A/AA tags only, violations only.
A page passes when no violation has the impact "serious" or "critical"; violations
of lower impact are returned too, for the report (`.artifacts/browser/axe-moderate.txt`).
"""

from __future__ import annotations

from dataclasses import dataclass

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = ("serious", "critical")


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]
    summary: str

    def __str__(self) -> str:
        shown = ", ".join(self.targets[:3]) + (" …" if len(self.targets) > 3 else "")
        first = self.summary.replace("\n", " ")[:240]
        return f"{self.impact} {self.rule} ({len(self.targets)}×: {shown}): {self.help}. {first}"


def require_axe() -> None:
    """Skip the test (fail it under CI, `CI=true`) when axe-playwright-python is missing."""
    import os

    import pytest

    try:
        import axe_playwright_python  # noqa: F401
    except ImportError:
        reason = "axe-playwright-python is not installed (pip install -e '.[dev]')"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason} (required under CI)", pytrace=False)
        pytest.skip(reason)


def _script() -> str:
    from axe_playwright_python.base import AXE_SCRIPT  # the bundled axe.min.js

    return AXE_SCRIPT


def axe_version(page) -> str:
    page.evaluate(_script())
    return page.evaluate("axe.version")


def violations(page, context: str | None = None) -> list[Violation]:
    """axe-core's WCAG 2.2 A/AA violations on the page (or inside the `context` selector)."""
    page.evaluate(_script())
    found = page.evaluate(
        """async ([context, tags]) => {
            const target = context
                ? {include: context.split(',').map(s => [s.trim()])} : document;
            const res = await axe.run(target, {
                runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
            });
            return res.violations.map(v => ({
                rule: v.id, impact: v.impact || 'unknown', help: v.help,
                targets: v.nodes.map(n => n.target.join(' ')),
                summary: v.nodes.length ? (v.nodes[0].failureSummary || '') : '',
            }));
        }""",
        [context, WCAG_TAGS],
    )
    return [Violation(**{**v, "targets": tuple(v["targets"])}) for v in found]


def blocking(found: list[Violation]) -> list[Violation]:
    return [v for v in found if v.impact in BLOCKING]
