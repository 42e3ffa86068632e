"""The sanitiser of what students wrote (autograder/sandbox/sanitise.py), table-tested.

Every payload must come out with nothing that runs or calls out: no tag or
attribute outside the allowlist (parsed, not grepped), no `javascript:`/`data:`
link, no image that is not inline PNG/JPEG/GIF/WebP data. Legitimate content
(formatting, tables, inline images, the checks' ✓/✗ messages) stays readable.
The preprocessor and the pages it feeds (formgrader submission page, feedback)
are rendered with the course's own nbgrader configuration, and the policy the
feedback template writes is the one the module names.
"""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

import nbformat
import pytest

from autograder.sandbox import sanitise, webguard
from autograder.sandbox.sanitise import clean_html

ROOT = Path(__file__).resolve().parents[2]
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
JS = "window.__ckl_pwned=1;fetch('http://127.0.0.1:9/x')"
SAFE_HREF = re.compile(r"(https?:|mailto:|#)", re.I)


class Elements:
    """Every element with its attributes, parsed as a browser parses HTML (html5lib)."""

    def __init__(self, text: str):
        from bleach._vendor import html5lib  # the WHATWG parsing algorithm, as browsers parse

        root = html5lib.parseFragment(text, namespaceHTMLElements=False)
        self.found: list[tuple[str, dict[str, str]]] = [
            (str(e.tag), {str(k): v for k, v in e.attrib.items()})
            for e in root.iter()
            if e is not root and isinstance(e.tag, str)
        ]


def assert_inert(text: str) -> None:
    """Only allowlisted tags and attributes; links and images that cannot run or call out."""
    for tag, attrs in Elements(text).found:
        assert tag in sanitise.TAGS, (tag, text)
        for name, value in attrs.items():
            assert name in sanitise.ATTRIBUTES["*"] | sanitise.ATTRIBUTES.get(tag, set()), (
                tag,
                name,
                text,
            )
            assert not name.startswith("on"), text
            plain = re.sub(r"[\s\x00-\x1f]", "", value)
            if tag == "a" and name == "href":
                assert SAFE_HREF.match(plain) or ("://" not in plain and ":" not in plain), text
            if tag == "img" and name == "src":
                assert re.fullmatch(r"data:image/(png|jpeg|gif|webp);base64,[\w+/=]+", plain), text


PAYLOADS = {
    "script": f"<script>{JS}</script>",
    "img onerror": f'<img src=x onerror="{JS}">',
    "img onerror unquoted": "<img src=x onerror=alert(1)//>",
    "javascript: link": f'<a href="javascript:{JS}">x</a>',
    "javascript: link, spaced and cased": '<a href=" JaVaScRiPt:alert(1)">x</a>',
    "javascript: link, entity-encoded": '<a href="&#106;avascript:alert(1)">x</a>',
    "javascript: link, tab inside": '<a href="java&#9;script:alert(1)">x</a>',
    "vbscript: link": '<a href="vbscript:msgbox(1)">x</a>',
    "data:text/html link": '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "data:text/html base64 link": '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "svg onload": f'<svg onload="{JS}"><circle r="4"/></svg>',
    "svg script": f"<svg><script>{JS}</script></svg>",
    "svg animate href": '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
    "iframe srcdoc": f'<iframe srcdoc="<script>{JS}</script>"></iframe>',
    "iframe src": '<iframe src="javascript:alert(1)"></iframe>',
    "object": '<object data="javascript:alert(1)"></object>',
    "embed": '<embed src="data:text/html,<script>alert(1)</script>">',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
    "base href": '<base href="http://127.0.0.1:9/"><img src="x.png">',
    "link stylesheet": '<link rel="stylesheet" href="http://127.0.0.1:9/s.css">',
    "style with url()": "<style>body{background:url(http://127.0.0.1:9/s)}</style>",
    "style @import": "<style>@import 'http://127.0.0.1:9/i.css';</style>",
    "style attribute url()": '<p style="background:url(http://127.0.0.1:9/p)">x</p>',
    "style expression": '<p style="width:expression(alert(1))">x</p>',
    "remote image": '<img src="http://127.0.0.1:9/i.png">',
    "protocol-relative image": '<img src="//127.0.0.1:9/i.png">',
    "svg data image": '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "srcset": '<img src="data:image/png;base64,AAAA" srcset="http://127.0.0.1:9/a.png 2x">',
    "entity-encoded script": f"&lt;script&gt;{JS}&lt;/script&gt;",
    "double-encoded": "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
    "form action": '<form action="javascript:alert(1)"><button>go</button></form>',
    "button formaction": '<button formaction="javascript:alert(1)">go</button>',
    "input autofocus onfocus": '<input autofocus onfocus="alert(1)">',
    "details ontoggle": '<details open ontoggle="alert(1)"><summary>s</summary></details>',
    "math mxss": '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
    "noscript mxss": '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "comment breakout": '<!--><img src=x onerror="alert(1)">-->',
    "template": '<template><img src=x onerror="alert(1)"></template>',
    "id/class clobbering": '<form id="statusmessage"><input class="score" name="x"></form>',
    "unclosed attribute": '<img src="x" alt="a onerror=alert(1) b',
    "null byte": '<img src=x on\x00error="alert(1)">',
    "uppercase": f'<IMG SRC=x ONERROR="{JS}">',
    "video poster": '<video poster="http://127.0.0.1:9/p.png"><source src="x"></video>',
    "audio": '<audio src="http://127.0.0.1:9/a.mp3" autoplay></audio>',
}


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
def test_a_payload_comes_out_inert(payload):
    cleaned = clean_html(payload)
    assert_inert(cleaned)
    assert_inert(clean_html(cleaned))  # stable: cleaning twice adds nothing that runs
    assert "127.0.0.1" not in "".join(
        v for _, attrs in Elements(cleaned).found for v in attrs.values()
    )


KEPT = {
    "formatting": ("<p><b>bold</b> <em>it</em> <code>x = 1</code></p>", "<b>bold</b>"),
    "table": ("<table><tr><th>a</th><td>1</td></tr></table>", "<th>a</th>"),
    "inline png": (f'<img src="data:image/png;base64,{PNG}" alt="fig">', 'alt="fig"'),
    "https link": ('<a href="https://keras.io">Keras</a>', 'href="https://keras.io"'),
    "fragment link": ('<a href="#task-1">task 1</a>', 'href="#task-1"'),
    "check messages": ("✓ Task 1: two branches\n✗ expected 650", "✓ Task 1"),
    "text with brackets": ("a < b and c > d", "a &lt; b and c &gt; d"),
}


@pytest.mark.parametrize("given,kept", list(KEPT.values()), ids=list(KEPT))
def test_legitimate_content_is_kept(given, kept):
    assert kept in clean_html(given)


def test_a_refused_tag_is_shown_as_text():
    """The instructor sees what was tried, escaped, rather than nothing."""
    assert clean_html("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_plain_strings_are_escaped():
    hostile = '<img src=x onerror="alert(1)">\'&'
    assert sanitise.escape(hostile) == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#x27;&amp;"


@pytest.mark.parametrize(
    "grade_id,expected",
    [
        ("two_branches_tests", "two_branches_tests"),
        ('x"><script>alert(1)</script>', "x___script_alert_1___script_"),
        ("a b", "a_b"),
    ],
)
def test_grade_ids_become_safe_anchors(grade_id, expected):
    assert sanitise.safe_id(grade_id) == expected


MARKDOWN = {
    "raw script": f"# Title\n\n<script>{JS}</script>\n",
    "img onerror": f'text <img src=x onerror="{JS}"> more\n',
    "javascript: link": f"[click](javascript:{JS})\n",
    "javascript: autolink": "<javascript:alert(1)>\n",
    "data: link": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n",
    "remote image": "![r](http://127.0.0.1:9/r.png)\n",
    "reference link": "[x][1]\n\n[1]: javascript:alert(1)\n",
    "image title breakout": '![a](x.png "a\\" onerror=\\"alert(1))\n',
    "html block then markdown": f"<div>\n\n[x](javascript:{JS})\n\n</div>\n",
    "iframe": f'<iframe srcdoc="<script>{JS}</script>"></iframe>\n',
    "math with html": "$<img src=x onerror=alert(1)>$ and $$</p><script>alert(1)</script>$$\n",
    "fenced code": f"```html\n<script>{JS}</script>\n```\n",
}


def _render_markdown(source: str, attachments=None) -> str:
    return sanitise.markdown2html({"cell": {"attachments": attachments or {}}}, source)


@pytest.mark.parametrize("source", list(MARKDOWN.values()), ids=list(MARKDOWN))
def test_markdown_renders_inert(source):
    assert_inert(_render_markdown(source))


def test_markdown_keeps_its_formatting():
    out = _render_markdown("# Task 1\n\n**bold**, `code`, [Keras](https://keras.io)\n\n- a\n- b\n")
    for kept in ("<h1>", "<strong>bold</strong>", "<code>code</code>", "https://keras.io", "<li>a"):
        assert kept in out, out


def test_markdown_attachments_are_images_only():
    attachments = {"a.png": {"image/png": PNG}, "b.html": {"text/html": "PHNjcmlwdD4="}}
    out = _render_markdown("![a](attachment:a.png) ![b](attachment:b.html)", attachments)
    assert_inert(out)
    assert f"data:image/png;base64,{PNG}" in out


# ------------------------------------------------------------------ the preprocessor


def _notebook():
    nb = nbformat.v4.new_notebook()
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    nb.metadata["title"] = "</title><script>alert(1)</script>"
    code = nbformat.v4.new_code_cell("x = 1")
    code.metadata["nbgrader"] = {
        "grade": True,
        "grade_id": 'x"><script>alert(1)</script>',
        "points": 1,
        "score": 0,
        "solution": False,
        "locked": True,
    }
    code.metadata["tags"] = ['a" onmouseover="alert(1)']
    out = nbformat.v4.new_output
    code.outputs = [
        out("stream", name="stdout", text=f"<script>{JS}</script> ✓ Task 1"),
        out("display_data", data={"text/html": f'<b>ok</b><img src=x onerror="{JS}">'}),
        out("display_data", data={"application/javascript": JS}),
        out("display_data", data={"image/svg+xml": f'<svg onload="{JS}"/>'}),
        out(
            "display_data",
            data={"application/vnd.jupyter.widget-view+json": {"model_id": "m"}, "text/plain": "w"},
        ),
        out(
            "display_data",
            data={"image/png": PNG, "text/plain": "fig"},
            metadata={"image/png": {"width": f"1 onerror={JS}", "height": 40, "alt": "a figure"}},
        ),
        out("display_data", data={"image/png": f'x" onerror="{JS}'}),
        out(
            "display_data",
            data={"text/html": "<p>i</p>"},
            metadata={"text/html": {"isolated": True}},
        ),
        out("display_data", data={"text/markdown": f'<img src=x onerror="{JS}"> **md**'}),
        out("display_data", data={"text/latex": f"</div><script>{JS}</script>"}),
        out("error", ename="CheckFailed", evalue="✗ <b>expected</b>", traceback=["<script>"]),
    ]
    raw = nbformat.v4.new_raw_cell(f"<script>{JS}</script>")
    raw.metadata["raw_mimetype"] = "text/html"
    md = nbformat.v4.new_markdown_cell(f"# Notes\n<script>{JS}</script>\n![r](attachment:r.html)")
    md["attachments"] = {"r.html": {"text/html": "PHNjcmlwdD4="}}
    nb.cells = [md, code, raw]
    return nb


def test_the_preprocessor_keeps_only_what_a_page_shows_safely():
    nb, resources = sanitise.Sanitise().preprocess(_notebook(), {})
    assert resources["ckl_sanitised"]
    assert set(nb.metadata) <= sanitise.NOTEBOOK_METADATA
    md, code, raw = nb.cells
    assert md.attachments == {}
    assert code.metadata.nbgrader.grade_id == "x___script_alert_1___script_"
    kinds = [sorted(o.get("data", {})) for o in code.outputs]
    assert kinds == [
        [],  # stream
        ["text/html"],
        ["text/plain"],  # the JavaScript, said in words
        ["text/plain"],  # the SVG, said in words
        ["text/plain"],  # the widget's text stays
        ["image/png", "text/plain"],
        ["text/plain"],  # an "image" that was not base64
        ["text/html"],
        ["text/markdown"],
        ["text/latex"],
        [],  # error
    ]
    assert "application/javascript" in code.outputs[2].data["text/plain"]
    assert code.outputs[5].metadata == {"image/png": {"height": 40, "alt": "a figure"}}
    assert code.outputs[7].metadata == {}  # no "isolated" iframe
    assert_inert(code.outputs[1].data["text/html"])
    assert_inert(raw.source)
    # a second pass (exporter and converter both list it) changes nothing
    again, _ = sanitise.Sanitise().preprocess(nb, resources)
    assert again == nb


def _exporter(kind: str):
    """The exporter the formgrader or `generate_feedback` builds from nbgrader_config.py."""
    from nbconvert.exporters import HTMLExporter
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(ROOT)).load_config()
    if kind == "formgrade":
        return HTMLExporter(config=config), {
            "assignment_id": "a",
            "notebook_id": "n",
            "submission_id": "s",
            "index": 0,
            "total": 1,
            "base_url": "",
            "student": f'<img src=x onerror="{JS}">',
            "first_name": None,
            "last_name": None,
            "notebook_path": 'p"><script>alert(1)</script>',
        }
    config.HTMLExporter.template_name = "feedback"  # what GenerateFeedback sets
    exporter = sanitise.FeedbackExporter(config=config)
    for preprocessor in config.GenerateFeedback.preprocessors[1:]:  # all but GetGrades
        exporter.register_preprocessor(preprocessor)  # as nbgrader's converters do
    resources = {"nbgrader": {"notebook": "n", "score": 0, "max_score": 1, "late_penalty": 0}}
    return exporter, resources


class Page(html.parser.HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.scripts: list[dict] = []
        self.policy = ""
        self.body_tags: list[tuple[str, dict]] = []
        self._in_notebook = False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "script":
            self.scripts.append(attrs)
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy":
            self.policy = attrs.get("content", "")
        for name, value in attrs.items():
            if name.startswith("on") or "javascript:" in value.replace(" ", "").lower():
                self.body_tags.append((tag, attrs))


@pytest.mark.parametrize("kind", ["formgrade", "feedback"])
def test_pages_render_sanitised_under_a_policy(kind):
    exporter, resources = _exporter(kind)
    out, _ = exporter.from_notebook_node(_notebook(), resources=resources)
    page = Page(out)
    assert [t for t in page.body_tags if t[0] != "span"] == [], page.body_tags
    assert "__ckl_pwned" not in "".join(  # no payload inside any script element's attributes
        str(s) for s in page.scripts
    )
    assert "cdnjs" not in out and "unpkg" not in out and "MathJax.js" not in out
    assert "✓ Task 1" in out
    if kind == "feedback":
        assert exporter.template_name == "ckl_feedback"
        assert page.scripts == []
        assert page.policy == sanitise.FEEDBACK_POLICY
    else:
        assert exporter.template_name == "ckl_formgrade"
        assert page.scripts and all(s.get("nonce") == sanitise.NONCE for s in page.scripts)
        assert page.policy == sanitise.SERVED_POLICY.format(nonce=sanitise.NONCE)
        assert "&lt;img src=x onerror=" in out  # the student id, as text
    # the payloads' text is there, escaped, where they were
    assert "&lt;script&gt;window.__ckl_pwned=1" in out


def test_every_inline_handler_of_nbgrader_is_allowed_by_hash():
    """The formgrader's own buttons keep working under the policy; nothing else is allowed."""
    from nbgrader.server_extensions.formgrader import handlers

    found = set()
    for path in Path(handlers.template_path).rglob("*"):
        if path.suffix in (".tpl", ".j2"):
            found |= set(re.findall(r'\son[a-z]+="([^"]*)"', path.read_text(), re.I))
    assert found == set(webguard.HANDLERS)


def test_the_served_policy_allows_only_nonced_script():
    policy = webguard.policy("n0nce")
    script_src = re.search(r"script-src([^;]*)", policy).group(1).split()
    assert script_src[0] == "'nonce-n0nce'"
    assert "'self'" not in script_src and "'unsafe-inline'" not in script_src
    assert len(script_src) == 2 + len(webguard.HANDLERS)
    assert all(s.startswith("'sha256-") for s in script_src[2:])  # nbgrader's handlers
    assert "connect-src 'self'" in policy and "default-src 'none'" in policy


@pytest.mark.parametrize(
    "path,page",
    [
        ("", True),
        ("/manage_students/%3Cimg%20src%3Dx%3E", True),
        ("/manage_students/bob/01_concatenation", True),
        ("/gradebook/01_concatenation/01_concatenation", True),
        ("/submissions/abc123/", True),
        ("/submissions/abc123/next_incorrect", True),
        ("/submissions/abc123/evil.html", False),  # a student's file, served by nbgrader
        ("/submissions/components/x.js", False),
        ("/static/js/formgrade.js", False),
        ("/api/students", False),
    ],
)
def test_formgrader_pages_and_other_responses(path, page):
    assert (webguard.PAGES.fullmatch(path) is not None) == page


def test_the_guarded_environment_escapes_and_nonces():
    """nbgrader's own pages: ids escaped as HTML in the page, as JSON in its scripts."""
    import json

    from jinja2 import DictLoader, Environment

    template = (
        '<script src="{{ base }}/x.js"></script>\n'
        '<script>var s = "{{ student_id }}";\nvar u = "{{ base }}/formgrader";</script>'
        "<li>{{ student_id }}</li>"
    )
    env = Environment(loader=DictLoader({"t.tpl": template}))
    webguard.guard_environment(env)
    webguard.guard_environment(env)  # idempotent
    hostile = 'x";alert(1);"</script><img src=x onerror=alert(1)>'
    out = env.get_template("t.tpl").render(student_id=hostile, base="/b")
    assert out.count(f'nonce="{sanitise.NONCE}"') == 2
    assert "<img" not in out and out.count("</script>") == 2  # the template's own two
    literal = re.search(r"var s = (.*);\n", out).group(1)
    assert json.loads(literal) == hostile  # the page's scripts get the id itself
    assert re.search(r"var u = (.*);</script>", out).group(1) == '"/b/formgrader"'
    assert "<li>x&#34;;alert(1);&#34;&lt;/script&gt;&lt;img" in out


def test_install_outside_a_server_does_nothing():
    assert webguard.install() is False
