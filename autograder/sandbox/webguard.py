"""The formgrader's pages in the Jupyter server: a Content-Security-Policy and escaped ids.

nbgrader 0.9.6's formgrader renders its own pages (student list, a student's
assignments and notebooks, the manual-grading lists, the 404 page) from Jinja
templates without autoescaping: a student id such as `<img src=x onerror=...>`
or `a";fetch(...);"` lands in the page as markup or as JavaScript
(`var student_id = "{{ student_id }}";`), in the instructor's session. Its
submission page is rendered by our template (sanitise.py, templates/ckl_formgrade).

`install()`, called from nbgrader_config.py, does nothing outside a Jupyter
server. In the server the formgrader runs in (which loads nbgrader_config.py when
the formgrader starts) it adds, once, a tornado output transform that, for every
response under `<base_url>formgrader/`:

- turns on autoescaping in the formgrader's Jinja environment (before its first
  page is rendered) and gives each of its inline scripts a nonce;
- on its pages (`PAGES`), replaces the nonce token (`sanitise.NONCE`) with a fresh
  random nonce and sends the policy with it: only scripts that carry that nonce
  (and nbgrader's inline click handlers, by hash), requests only to the server, no
  plugins, no framing by another origin;
- on everything else under it (static files, the API, and the files of a
  submission, which nbgrader serves from the autograded folder: a student's own
  `.html` among them) sends `OTHER_POLICY`: shown as a page, it runs nothing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import sys

from jinja2 import BaseLoader

from .sanitise import NONCE, SERVED_POLICY

# nbgrader's inline event handlers (formgrade_macros, gradebook_notebook_submissions.tpl,
# manage_assignments.tpl, manage_students.tpl), allowed by hash (CSP 'unsafe-hashes'):
# these exact strings, nothing else (a test holds the list to nbgrader's templates).
HANDLERS = (
    "toggle_name(true);",
    "toggle_name(false);",
    "toggleAllNames()",
    "createAssignmentModal();",
    "createStudentModal();",
)


def _hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"


def policy(nonce: str) -> str:
    """The header policy of a formgrader response with this nonce."""
    handlers = " ".join(_hash(code) for code in HANDLERS)
    served = SERVED_POLICY.format(nonce=nonce)
    served = served.replace(f"'nonce-{nonce}';", f"'nonce-{nonce}' 'unsafe-hashes' {handlers};", 1)
    return served + "; object-src 'none'; frame-ancestors 'self'"


# Inside nbgrader's inline scripts, `"{{ value }}suffix"` (e.g. `var student_id =
# "{{ student_id }}";`) becomes a JSON string literal of the value: HTML escaping
# there would change the id the page's scripts send to the API.
_SCRIPT = re.compile(r"(<script\b[^>]*>)(.*?)(</script>)", re.S)
_JS_STRING = re.compile(r'"\{\{\s*([^{}"]+?)\s*\}\}([^"{}\n\\]*)"')


def _as_json(match) -> str:
    suffix = f" ~ {json.dumps(match[2])}" if match[2] else ""
    return "{{ (" + match[1] + suffix + ") | tojson }}"


class NoncedLoader(BaseLoader):
    """nbgrader's own templates, each `<script` with the nonce token, values in JS as JSON."""

    def __init__(self, inner: BaseLoader):
        self.inner = inner

    def get_source(self, environment, template):
        source, filename, uptodate = self.inner.get_source(environment, template)
        source = _SCRIPT.sub(lambda m: m[1] + _JS_STRING.sub(_as_json, m[2]) + m[3], source)
        return source.replace("<script", f'<script nonce="{NONCE}"'), filename, uptodate

    def list_templates(self):
        return self.inner.list_templates()


def guard_environment(env) -> None:
    """The formgrader's Jinja environment: autoescaped, scripts nonced. Idempotent."""
    if isinstance(env.loader, NoncedLoader):
        return
    env.loader = NoncedLoader(env.loader)
    env.autoescape = True
    if env.cache is not None:
        env.cache.clear()


# The formgrader's pages (nbgrader 0.9.6's default_handlers), after `<base_url>formgrader`.
PAGES = re.compile(
    r"/?|/manage_assignments/?|/manage_submissions/[^/]+/?|/gradebook(/[^/]+){0,2}/?"
    r"|/manage_students(/[^/]+){0,2}/?|/submissions/[^/]+(/(next|prev)(_incorrect)?)?/?"
)
# Everything else there: static files, the API, and a submission's own files, which
# nbgrader serves from the autograded folder (a student's `evil.html` among them).
# Shown as a document, such a response runs nothing and has no origin of its own.
OTHER_POLICY = "default-src 'none'; sandbox; frame-ancestors 'self'"


def transform_for(web_app):
    """The tornado output transform for this server's formgrader responses."""
    from tornado.web import OutputTransform

    base = web_app.settings.get("base_url", "/")
    prefix = base.rstrip("/") + "/formgrader"

    class FormgraderPolicy(OutputTransform):
        def __init__(self, request):
            super().__init__(request)
            path = request.path or ""
            self.active = path == prefix or path.startswith(prefix + "/")
            self.page = self.active and PAGES.fullmatch(path[len(prefix) :]) is not None
            if self.active:
                env = web_app.settings.get("nbgrader_jinja2_env")
                if env is not None:
                    guard_environment(env)

        def transform_first_chunk(self, status_code, headers, chunk, finishing):
            if not self.active:
                return status_code, headers, chunk
            headers["X-Content-Type-Options"] = "nosniff"
            if not self.page:
                headers["Content-Security-Policy"] = OTHER_POLICY
                return status_code, headers, chunk
            nonce = secrets.token_urlsafe(24)[: len(NONCE)]
            headers["Content-Security-Policy"] = policy(nonce)
            # Tornado's Etag is of the page before its nonce: a revisit got 304, the cached
            # page's old nonce under the new policy, and no script ran. Never cached.
            headers.pop("Etag", None)
            headers["Cache-Control"] = "no-store"
            if headers.get("Content-Type", "").startswith("text/html") and chunk:
                chunk = chunk.replace(NONCE.encode(), nonce.encode())
                if "Content-Length" in headers:
                    headers["Content-Length"] = str(len(chunk))
            return status_code, headers, chunk

    return FormgraderPolicy


def install() -> bool:
    """In a running Jupyter server: add the formgrader's policy transform (once). Else nothing."""
    module = sys.modules.get("jupyter_server.serverapp")
    if module is None or not module.ServerApp.initialized():
        return False
    web_app = getattr(module.ServerApp.instance(), "web_app", None)
    if web_app is None:
        return False
    if web_app.settings.get("ckl_webguard"):
        return True
    web_app.settings["ckl_webguard"] = True
    web_app.transforms.insert(0, transform_for(web_app))
    return True
