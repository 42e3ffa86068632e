"""What a student wrote, made safe to show: formgrader pages, feedback HTML, class reports.

A submission is the student's to shape: its Markdown, every output its code
produced (HTML, SVG, JavaScript, images and their metadata), its cells' metadata,
its notebook metadata (widget state that loads scripts from a CDN), and the
student id itself. Rendered as nbgrader 0.9.6 renders it, any of these runs
script in the instructor's browser, where it acts with the instructor's Jupyter
session. Here all of it goes through one allowlist before it reaches a page:

- `clean_html`: bleach (the library nbconvert's own `SanitizeHTML` uses), with a
  narrow allowlist: formatting tags only, no `style`, `class`, `id` or event
  attribute, links only to http(s)/mailto/fragments, images only as inline
  PNG/JPEG/GIF/WebP data. Anything else is shown escaped, as text, so the
  instructor sees what was tried.
- `Sanitise`, an nbconvert preprocessor (a `SanitizeHTML` with that allowlist):
  keeps outputs of the MIME types a page can show safely (text, PNG, JPEG, HTML
  and Markdown cleaned, LaTeX shown as text), says in words what it removed,
  keeps only numeric image sizes, drops notebook metadata a template would turn
  into script (widget state) and neutralises grade ids a template inserts raw.
- `markdown2html`: the exporter's Markdown filter, whose HTML is cleaned after
  rendering (Markdown cells, Markdown outputs, comments): raw HTML, `javascript:`
  links and remote images in Markdown never survive.
- Pages carry a Content-Security-Policy: feedback forbids every script and every
  request (`FEEDBACK_POLICY`); the formgrader's submission page allows only its
  own scripts, by nonce (`webguard` replaces `NONCE` with a fresh one per response),
  and requests to its own server. No MathJax or anything else from a CDN.

`configure(c)` (called by nbgrader_config.py) puts these in place for the
formgrader's exporter and for `nbgrader generate_feedback`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import bleach
from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors.sanitize import SanitizeHTML
from traitlets import Any, Bool, List, Unicode

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Replaced, in each formgrader response, by a fresh nonce (webguard.py). A page
# rendered without that server hook still carries a policy naming this token.
NONCE = "cklNonceToBeReplacedPerResponse0"

# Written HTML files (feedback): no script, no request of any kind.
FEEDBACK_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "base-uri 'none'; form-action 'none'"
)
# A page the formgrader serves: only its own scripts (each carries the nonce: not
# even a script file of the server runs without it), its own styles, images and
# fonts, API calls to its own server; nothing from another origin.
SERVED_POLICY = (
    "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)

TAGS = frozenset(
    {
        *("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup"),
        *("dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark"),
        *("ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary"),
        *("sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var"),
    }
)
ATTRIBUTES = {
    "*": {"title", "lang", "dir"},
    "a": {"href"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start"},
    "col": {"span"},
    "colgroup": {"span"},
}
PROTOCOLS = frozenset({"http", "https", "mailto", "data"})
IMAGE_TYPES = ("image/png", "image/jpeg")
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")
_SIZE = re.compile(r"\d{1,5}(\.\d{1,3})?")
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,100}")
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]+")

# Output types a page shows as they are (escaped by the template) or after cleaning.
SHOWN = frozenset({"text/plain", "text/latex", *IMAGE_TYPES})
CLEANED = frozenset({"text/html", "text/markdown"})
# Notebook metadata a template may read; the rest (e.g. `widgets`: state whose
# presence makes nbconvert load widget scripts from a CDN) is dropped.
NOTEBOOK_METADATA = frozenset({"kernelspec", "language_info", "nbgrader"})


def _allowed(tag: str, name: str, value: str) -> bool:
    if name not in ATTRIBUTES["*"] and name not in ATTRIBUTES.get(tag, ()):
        return False
    plain = _SPACE.sub("", value).lower()
    if tag == "img" and name == "src":
        return _DATA_IMAGE.fullmatch(plain) is not None
    if tag == "a" and name == "href":
        return not plain.startswith("data:")  # bleach then allows http(s), mailto, #
    if name in ("width", "height"):
        return _SIZE.fullmatch(plain) is not None
    if name in ("colspan", "rowspan", "start", "span"):
        return plain.isdigit() and len(plain) < 4
    return True


def clean_html(text) -> str:
    """`text` as HTML with only formatting kept; every other tag shown escaped, as text."""
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return bleach.clean(
        text,
        tags=TAGS,
        attributes=_allowed,
        protocols=PROTOCOLS,
        strip=False,
        strip_comments=True,
    )


def escape(text) -> str:
    """A plain string (a student id, a layer name) for an HTML page: shown, never run."""
    return html.escape(str(text), quote=True)


def safe_id(value) -> str:
    """A grade id as an HTML id/anchor: letters, digits, `-` and `_` only."""
    text = str(value)
    return text if _SAFE_ID.fullmatch(text) else re.sub(r"[^A-Za-z0-9_-]", "_", text)[:100]


try:  # jinja2 >= 3
    from jinja2 import pass_context
except ImportError:  # pragma: no cover
    from jinja2 import contextfilter as pass_context


def _renderer():
    from nbconvert.filters.markdown_mistune import InvalidNotebook, IPythonRenderer

    class Renderer(IPythonRenderer):
        """nbconvert's, but an attachment that is missing (or was removed) shows nothing."""

        def _embed_image_or_attachment(self, src: str) -> str:
            try:
                return super()._embed_image_or_attachment(src)
            except InvalidNotebook:
                return ""

    return Renderer


@pass_context
def markdown2html(context, source) -> str:
    """nbconvert's Markdown filter (attachments, math kept as text), then `clean_html`."""
    from nbconvert.filters.markdown_mistune import MarkdownWithMath

    cell = context.get("cell", {}) or {}
    renderer = _renderer()(
        escape=False,
        attachments=cell.get("attachments", {}) or {},
        embed_images=False,
        path="",
        anchor_link_text="",
        exclude_anchor_links=True,
    )
    return clean_html(MarkdownWithMath(renderer=renderer).render(str(source)))


def _number(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return 0 <= value < 100_000
    return isinstance(value, str) and _SIZE.fullmatch(value) is not None


class Sanitise(SanitizeHTML):
    """nbconvert's SanitizeHTML with the course's allowlist, for every part of a notebook."""

    # on whatever way it is registered (nbgrader's converters register preprocessors
    # without enabling them; nbconvert's own default to off)
    enabled = Bool(True).tag(config=True)
    tags = List(Unicode(), default_value=sorted(TAGS)).tag(config=True)
    attributes = Any(default_value=_allowed).tag(config=True)
    strip = Bool(False).tag(config=True)
    safe_output_keys = Any(default_value=set(SHOWN)).tag(config=True)
    sanitized_output_types = Any(default_value=set(CLEANED)).tag(config=True)

    def sanitize_html_tags(self, html_str):
        return clean_html(html_str)

    def preprocess(self, nb, resources):
        if resources.get("ckl_sanitised"):  # once per page (the exporter's and the converter's)
            return nb, resources
        resources["ckl_sanitised"] = True
        for key in set(nb.metadata) - NOTEBOOK_METADATA:
            del nb.metadata[key]
        for index, cell in enumerate(nb.cells):
            nb.cells[index], resources = self.preprocess_cell(cell, resources, index)
        return nb, resources

    def preprocess_cell(self, cell, resources, cell_index):
        meta = cell.get("metadata", {})
        nbgrader = meta.get("nbgrader")
        if isinstance(nbgrader, dict) and "grade_id" in nbgrader:
            nbgrader["grade_id"] = safe_id(nbgrader["grade_id"])
        if not isinstance(meta.get("tags", []), list):
            meta["tags"] = []
        if cell.cell_type == "markdown":
            # the Markdown itself is cleaned after rendering (markdown2html); attachments
            # are kept only as images
            attachments = cell.get("attachments") or {}
            for name in list(attachments):
                bundle = attachments[name]
                kept = {
                    k: v
                    for k, v in (bundle.items() if isinstance(bundle, dict) else [])
                    if k in IMAGE_TYPES and isinstance(v, str) and _BASE64.fullmatch(v)
                }
                if kept:
                    attachments[name] = kept
                else:
                    del attachments[name]
        elif cell.cell_type == "code":
            cell.outputs = self.sanitize_code_outputs(cell.get("outputs", []))
        else:  # raw cells (and anything else) are shown as text
            cell.source = clean_html(cell.get("source", ""))
        return cell, resources

    def sanitize_code_outputs(self, outputs):
        kept = []
        for output in outputs:
            kind = output.get("output_type")
            if kind == "stream":
                output["text"] = str(output.get("text", ""))
            elif kind == "error":
                output["ename"] = str(output.get("ename", ""))
                output["evalue"] = str(output.get("evalue", ""))
                output["traceback"] = [str(line) for line in output.get("traceback", [])]
            elif kind in ("display_data", "execute_result"):
                self._sanitise_bundle(output)
            else:
                continue
            kept.append(output)
        return kept

    def _sanitise_bundle(self, output) -> None:
        data = output.get("data", {})
        removed = []
        for key in list(data):
            value = data[key]
            if isinstance(value, list):  # nbformat allows multiline strings as lists
                value = "".join(str(v) for v in value)
            text = isinstance(value, str)
            if text and key in IMAGE_TYPES and _BASE64.fullmatch(value):
                data[key] = value
            elif text and key in ("text/plain", "text/latex", "text/markdown"):
                data[key] = value  # escaped by the template; Markdown cleaned by markdown2html
            elif text and key == "text/html":
                data[key] = clean_html(value)
            else:
                removed.append(key)
                del data[key]
        if removed and "text/plain" not in data:
            data["text/plain"] = f"[removed for safety: an output of type {', '.join(removed)}]"
        metadata = output.get("metadata", {})
        output["metadata"] = {}
        for key in IMAGE_TYPES:
            given = metadata.get(key)
            if key in data and isinstance(given, dict):
                safe = {k: given[k] for k in ("width", "height") if _number(given.get(k))}
                if isinstance(given.get("alt"), str):
                    safe["alt"] = given["alt"]
                output["metadata"][key] = safe


class FeedbackExporter(HTMLExporter):
    """The feedback page: nbgrader's feedback template under a policy with no script at all."""


def configure(c) -> None:
    """The formgrader's exporter and `generate_feedback` render through all of the above."""
    from nbgrader.server_extensions.formgrader import handlers

    nbgrader_templates = handlers.template_path
    bootstrap = str(Path(handlers.static_path) / "node_modules" / "bootstrap" / "dist" / "css")
    filters = {"markdown2html": f"{__name__}.markdown2html"}
    # the formgrader's submission page (nbgrader renders it with a plain HTMLExporter)
    c.HTMLExporter.template_name = "ckl_formgrade"
    c.HTMLExporter.extra_template_basedirs = [str(TEMPLATES), nbgrader_templates]
    c.HTMLExporter.extra_template_paths = [nbgrader_templates]
    c.HTMLExporter.preprocessors = [Sanitise]
    c.HTMLExporter.filters = filters
    c.HTMLExporter.mathjax_url = ""
    # feedback (its preprocessors, Sanitise last, are pipeline.FEEDBACK)
    c.GenerateFeedback.exporter_class = FeedbackExporter
    c.FeedbackExporter.template_name = "ckl_feedback"
    c.FeedbackExporter.extra_template_basedirs = [str(TEMPLATES), nbgrader_templates]
    c.FeedbackExporter.extra_template_paths = [bootstrap, nbgrader_templates]
    c.FeedbackExporter.preprocessors = []
    c.FeedbackExporter.filters = filters
