"""Figures as a reader meets them in the browser: their text alternative and text size.

`figure_problems(page, scope, body)` looks at every `<img>` inside `scope`:

- its `alt` says what the figure shows: not empty, not a file name or path, not a
  generic word ("figure", "explorer figure", "image"), at least three words; two
  different images never share one;
- an SVG figure's smallest text, as drawn at the image's rendered width
  (`font-size × rendered width / viewBox width`), is no smaller than the page's body
  text (the computed font size of the `body` selector's first element), less half a
  pixel for rounding.
"""

from __future__ import annotations

import re

GENERIC = {"figure", "explorer figure", "image", "picture", "plot", "chart", "graph", "img"}
FILE_LIKE = re.compile(r"(^|[\s/\\])[\w.-]+\.(png|svg|jpe?g|gif|webp)\b|^\.?\.?/|^data:", re.I)

# For each image: alt, source, rendered width, and (SVG) viewBox width and font sizes.
MEASURE = """async ([scope, body]) => {
    const root = document.querySelector(scope) || document;
    const text = document.querySelector(body);
    const bodyPx = text ? parseFloat(getComputedStyle(text).fontSize) : null;
    const out = [];
    for (const img of root.querySelectorAll('img')) {
        if (img.closest('.navbar-brand, .bd-header, .bd-sidebar-primary')) continue;  // logos
        const entry = {alt: img.getAttribute('alt'), src: img.src.slice(0, 200),
                       key: img.src.length > 400 ? img.src.slice(-200) : img.src,
                       width: img.getBoundingClientRect().width, svg: null};
        if (/\\.svg($|\\?)|^data:image\\/svg/.test(img.src)) {
            const source = await (await fetch(img.src)).text();
            const box = source.match(/viewBox="[\\d.]+ [\\d.]+ ([\\d.]+) [\\d.]+"/);
            const sizes = Array.from(source.matchAll(/font-size:\\s*([\\d.]+)px/g), m => +m[1]);
            entry.svg = {viewWidth: box ? +box[1] : null, sizes};
        }
        out.push(entry);
    }
    return {bodyPx, images: out};
}"""


def alt_problem(alt: str | None) -> str | None:
    """Why an alt text does not say what a figure shows; None if it does."""
    if alt is None or not alt.strip():
        return "no alt text"
    words = " ".join(alt.split())
    if words.lower().strip(" .") in GENERIC:
        return f"a generic alt text {words!r}"
    if FILE_LIKE.search(words):
        return f"an alt text that is a file name {words[:60]!r}"
    if len(words.split()) < 3:
        return f"an alt text of fewer than three words {words!r}"
    return None


def figure_problems(page, scope: str = "body", body: str = "article p") -> list[str]:
    """What is wrong with the figures inside `scope` (see the module's docstring)."""
    measured = page.evaluate(MEASURE, [scope, body])
    body_px = measured["bodyPx"]
    problems, owners = [], {}
    for image in measured["images"]:
        name = image["src"][:80]
        why = alt_problem(image["alt"])
        if why:
            problems.append(f"{name}: {why}")
        elif image["alt"] in owners and owners[image["alt"]] != image["key"]:
            problems.append(f"{name}: the same alt text as another image: {image['alt'][:60]!r}")
        owners.setdefault(image["alt"], image["key"])
        svg = image["svg"]
        if svg is None or not svg["sizes"] or not svg["viewWidth"] or not image["width"]:
            continue
        smallest = min(svg["sizes"]) * image["width"] / svg["viewWidth"]
        if body_px and smallest < body_px - 0.5:
            problems.append(
                f"{name}: its smallest text is {smallest:.1f} px at the width it is shown "
                f"({image['width']:.0f} px), the body text {body_px:.0f} px"
            )
    return problems
