"""The course site (`make site`): every page opens cleanly, and nothing secret reaches it.

The site is built once for the session, as `make site` builds it
(`site/build.py`; the lessons' executed copies are cached in `site/_build/`),
then served from 127.0.0.1 and opened page by page in headless Chromium:

- every lesson (`course/*.ipynb`) and every exercise (`exercises/*/*.ipynb`)
  has its page, and the index links to each; no other page is built but
  Sphinx's search and index pages, which are opened too;
- each page loads with no console error, no uncaught exception, no failed or
  refused request, and nothing requested from anywhere but the site itself
  (any other request is aborted and reported: the site works offline);
- every image on a page (figures, explorer snapshots) is loaded and has a size;
- each lesson page shows its executed outputs and a static snapshot of each
  explorer the lesson imports, reading what a new explorer of that module
  reads (`spec.make()`), its figure of the same size;
- no page shows an error, a line on stderr or TensorFlow's start-up log;
- no file of the site holds nbgrader's solution or hidden-test markers, nor a
  line of a solution or of a hidden test from `solutions/` (the same search
  finds every exercise's visible checks on its page, so it sees code).

Tests on broken pages prove the page and snapshot checks fail where they
should; the build's own guards are tested too (it refuses an exercise that
holds nbgrader's markers, and a widget it cannot draw statically).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from lab_page import image_values, normalise, output_classes, output_texts
from test_browser_lessons import lesson_explorers

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "site" / "_build"
HTML = BUILD / "html"
LESSONS = sorted((ROOT / "course").glob("*.ipynb"))
EXERCISES = sorted((ROOT / "exercises").glob("*/*.ipynb"))
SOLUTIONS = sorted((ROOT / "solutions").glob("*/*.ipynb"))
BUILD_TIMEOUT_S = 1200
LOAD_TIMEOUT_MS = 60_000

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("site"), pytest.mark.timeout(1800)]


def page_of(notebook: Path) -> str:
    """The site's page of a lesson or an exercise, below the HTML folder."""
    return notebook.relative_to(ROOT).with_suffix(".html").as_posix()


PAGES = [
    "index.html",
    *(page_of(p) for p in LESSONS),
    *(page_of(p) for p in EXERCISES),
    "search.html",
    "genindex.html",
]

# nbgrader's source markers, and TensorFlow's start-up log (absl's prefix, oneDNN, CUDA).
MARKERS = ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
TF_LOG = re.compile(
    r"\b[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+|oneDNN custom operations|TF_ENABLE_ONEDNN_OPTS"
    r"|This TensorFlow binary is optimized|Unable to register cu(DNN|FFT|BLAS)"
    r"|could not find cuda drivers|All log messages before absl"
)


# --------------------------------------------------------------------------- building


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site, built once as `make site` does (`--jobs 1`: the suite runs beside it), in a
    build folder of the session's own (seeded with site/_build's executed lessons, if any):
    nothing else that touches site/_build meanwhile can change the pages checked."""
    started = time.monotonic()
    private = tmp_path_factory.mktemp("site-build")
    if (BUILD / "executed").is_dir():
        shutil.copytree(BUILD / "executed", private / "executed")
    env = os.environ | {"TF_CPP_MIN_LOG_LEVEL": "3", "CKL_SITE_BUILD": str(private)}
    run = subprocess.run(
        [sys.executable, str(ROOT / "site" / "build.py"), "--jobs", "1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    if run.returncode != 0:
        pytest.fail(
            f"site/build.py exited {run.returncode}:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}",
            pytrace=False,
        )
    print(f"site built in {time.monotonic() - started:.0f} s: {run.stdout.strip()}")
    (private / "build.log").write_text(run.stdout + run.stderr)
    return private / "html"


def built_pages(html: Path) -> set[str]:
    return {
        p.relative_to(html).as_posix()
        for p in html.rglob("*.html")
        if "_static" not in p.relative_to(html).parts  # the theme's templates, not pages
    }


class _Page(HTMLParser):
    """A page's text (as the DOM's textContent, lines kept), links and classes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.classes: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        self.classes += (values.get("class") or "").split()

    def handle_data(self, data):
        self.parts.append(data)


def parse(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text())
    parser.close()
    return parser


def text_lines(text: str) -> set[str]:
    """Each line of a text, whitespace normalised, empty ones left out."""
    return {" ".join(line.split()) for line in text.splitlines()} - {""}


def site_text(html: Path) -> dict[str, str]:
    """Every text file of the site: pages as their text, other files as they are."""
    texts = {}
    for path in sorted(p for p in html.rglob("*") if p.is_file()):
        name = path.relative_to(html).as_posix()
        if path.suffix == ".html":
            texts[name] = "".join(parse(path).parts)
        elif path.suffix in (".js", ".txt", ".json", ".css", ".md", ".ipynb"):
            texts[name] = path.read_text(errors="replace")
    return texts


def test_the_site_has_a_page_for_every_lesson_and_exercise(site):
    assert built_pages(site) == set(PAGES), "pages built other than the expected ones"
    links = {link.split("#")[0] for link in parse(site / "index.html").links}
    for notebook in [*LESSONS, *EXERCISES]:
        assert page_of(notebook) in links, f"the index does not link to {page_of(notebook)}"


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_page_shows_its_outputs_executed(site, lesson):
    code = [c for c in nbformat.read(lesson, as_version=4).cells if c.cell_type == "code"]
    page = parse(site / page_of(lesson))
    outputs = page.classes.count("cell_output")
    assert outputs >= len(code) // 2, (
        f"{outputs} output areas for {len(code)} code cells: was the lesson executed?"
    )
    assert "ckl-snapshot" in page.classes, "no explorer snapshot on the page"


def tensorflow_log(text: str) -> list[str]:
    return [line for line in text.splitlines() if TF_LOG.search(line)]


def test_the_log_check_sees_tensorflow_start_up_lines():
    """What `test_no_page_shows_an_error_stderr_or_tensorflow_log` looks for."""
    lines = [
        "I0000 00:00:1733090400.123456   4242 cpu_feature_guard.cc:210] This TensorFlow "
        "binary is optimized to use available CPU instructions",
        "2026-12-01 23:40:00.000000: I tensorflow/core/util/port.cc:153] oneDNN custom "
        "operations are on. To turn them off, set `TF_ENABLE_ONEDNN_OPTS=0`.",
        "E0000 00:00:1733090400.5 4242 cuda_dnn.cc:8310] Unable to register cuDNN factory",
    ]
    assert tensorflow_log("\n".join(["Result shape: (None, 16, 16, 12)", *lines])) == lines


def test_no_page_shows_an_error_stderr_or_tensorflow_log(site):
    for name in PAGES:
        page = parse(site / name)
        assert "stderr" not in page.classes, f"{name}: an output on stderr"
        assert "traceback" not in page.classes, f"{name}: an error output"
        assert tensorflow_log("".join(page.parts)) == [], f"{name}: TensorFlow's log"


# --------------------------------------------------------------------------- no secrets


def marked_blocks(source: str, begin: str, end: str) -> list[str]:
    """The text between nbgrader's `### BEGIN ...` and `### END ...` lines."""
    return re.findall(rf"### {begin}\n(.*?)### {end}", source, flags=re.S)


def secret_lines() -> dict[str, set[str]]:
    """Per assignment, the solution and hidden-test lines found in no public notebook.

    A line that a lesson or a student notebook also holds (a `keras.Input`, a
    visible check, a task's words) is public: finding it on the site would
    prove nothing.
    """
    public = "\n".join(
        " ".join(line.replace("`", "").split())  # as markdown shows it: code spans unmarked
        for path in [*LESSONS, *EXERCISES]
        for cell in nbformat.read(path, as_version=4).cells
        for line in cell.source.splitlines()
    )
    secrets = {}
    for path in SOLUTIONS:
        lines = set()
        for cell in nbformat.read(path, as_version=4).cells:
            for begin, end in (
                ("BEGIN SOLUTION", "END SOLUTION"),
                ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS"),
            ):
                for block in marked_blocks(cell.source, begin, end):
                    lines |= text_lines(block)
        secrets[path.parent.name] = {
            line
            for line in lines
            if len(line) >= 12 and not line.startswith("#") and line not in public
        }
    return secrets


def test_no_solution_or_hidden_test_reaches_the_site(site):
    texts = site_text(site)
    for name, text in texts.items():
        held = [m for m in MARKERS if m in text]
        assert held == [], f"{name} holds nbgrader's markers {held}"
    everything = "\n".join(texts.values())
    lines = text_lines(everything)
    for assignment, secrets in secret_lines().items():
        assert secrets, f"{assignment}: no solution or hidden-test line to look for"
        found = sorted(s for s in secrets if s in lines or s in everything)
        assert found == [], f"{assignment}: solution or hidden-test lines on the site: {found[:5]}"


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda p: p.parent.name)
def test_the_secret_search_finds_code_an_exercise_page_shows(site, exercise):
    """The search above reads code as it is shown: each exercise's visible checks are found."""
    shown = text_lines("".join(parse(site / page_of(exercise)).parts))
    checks = [
        line
        for cell in nbformat.read(exercise, as_version=4).cells
        if cell.metadata.get("nbgrader", {}).get("grade")
        for line in text_lines(cell.source)
        if len(line) >= 12
    ]
    assert checks, f"{exercise.name} has no visible check"
    missing = [line for line in checks if line not in shown]
    assert missing == [], f"visible checks not found on the page: {missing[:5]}"


# --------------------------------------------------------------------------- in Chromium


@dataclass
class Visit:
    """What went wrong while a page loaded."""

    url: str
    problems: list[str] = field(default_factory=list)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # the test's report shows what failed, not each GET
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a folder from 127.0.0.1 on a free port; its base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def served(site) -> Iterator[str]:
    with serve(site) as base:
        yield base


def visit(browser, base: str, path: str, check=None) -> Visit:
    """Open a page in a fresh context; every problem seen while it loads and shows its images.

    Requests anywhere but `base` are aborted (and reported): the site must work offline.
    `check(page)`, if given, runs on the loaded page and returns more problems.
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    context.set_default_timeout(LOAD_TIMEOUT_MS)
    seen = Visit(base + path)

    def route(request_route):
        url = request_route.request.url
        if url.startswith(base):
            request_route.continue_()
        else:
            seen.problems.append(f"request outside the site: {url}")
            request_route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on(
        "console",
        lambda m: (
            seen.problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda e: seen.problems.append(f"uncaught: {e}"))
    page.on(
        "requestfailed",
        lambda r: (
            None
            if not r.url.startswith(base)
            else seen.problems.append(f"request failed: {r.url} ({r.failure})")
        ),
    )
    page.on(
        "response",
        lambda r: seen.problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
    )
    try:
        page.goto(seen.url, wait_until="load")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        try:
            page.wait_for_function(
                "() => Array.from(document.images).every(i => i.complete)", timeout=30_000
            )
        except Exception:
            seen.problems.append("images still loading after 30 s")
        broken = page.evaluate(
            """() => Array.from(document.images)
                .filter(i => !(i.complete && i.naturalWidth > 0))
                .map(i => i.src.slice(0, 120))"""
        )
        seen.problems += [f"image not shown: {src}" for src in broken]
        page.wait_for_load_state("networkidle")
        if check is not None:
            seen.problems += check(page)
    finally:
        context.close()
    return seen


def png_size(data: bytes | str) -> tuple[int, int]:
    """A figure's natural size in CSS pixels: a PNG's, or an SVG's (drawn in pt)."""
    if isinstance(data, str):
        found = re.search(r'<svg[^>]*\bwidth="([\d.]+)pt" height="([\d.]+)pt"', data)
        assert found, "not an SVG with a size in pt"
        return tuple(round(float(v) * 4 / 3) for v in found.groups())
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def snapshot_problems(lesson: Path):
    """A check for `visit`: each explorer the lesson imports is shown, as a new one reads."""
    import explorers  # imports Keras: only when the test runs

    modules = lesson_explorers(lesson)
    specs = {name: explorers.EXPLORERS[name] for name in modules}
    twins = {name: spec.make() for name, spec in specs.items()}

    def check(page) -> list[str]:
        found = []
        if not modules:
            return [f"{lesson.name} imports no explorer (from explorers import <module>)"]
        if page.locator(".cell_output img").count() == 0:
            found.append("no figure on the page")
        boxes = page.locator(".ckl-snapshot .ckl-explorer")
        if boxes.count() == 0:
            return [*found, "no explorer snapshot (.ckl-snapshot .ckl-explorer)"]
        shown = set()
        for i in range(boxes.count()):
            box = boxes.nth(i)
            result = normalise(box.locator(".ckl-result").first.text_content())
            names = [n for n, t in twins.items() if normalise(t.result_label.value) == result]
            if not names:
                found.append(
                    f"snapshot {i + 1} reads {result!r}: no new explorer of {modules} does"
                )
                continue
            twin = twins[names[0]]
            shown.add(names[0])
            expected = output_texts(twin, output_classes(twin))
            texts = box.evaluate(
                """(box, classes) => classes.map(c => {
                    const el = box.querySelector('.' + c);
                    return el ? el.textContent : null;
                })""",
                list(expected),
            )
            texts = dict(zip(expected, map(normalise, texts), strict=True))
            if texts != expected:
                found.append(f"snapshot {i + 1} ({names[0]}) reads {texts}, expected {expected}")
            sizes = box.evaluate(
                "box => Array.from(box.querySelectorAll('img')).map(i => [i.naturalWidth, i.naturalHeight])"
            )
            wanted = [list(png_size(value)) for value in image_values(twin) if value]
            if sizes != wanted:
                found.append(f"snapshot {i + 1} ({names[0]}): figures {sizes}, expected {wanted}")
        if shown != set(modules):
            found.append(f"explorers imported but not shown: {set(modules) - shown}")
        return found

    return check


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_page_opens_with_its_figures_and_explorer_snapshots(browser, served, lesson):
    seen = visit(browser, served, page_of(lesson), check=snapshot_problems(lesson))
    assert seen.problems == [], f"{seen.url}:\n  " + "\n  ".join(seen.problems)


@pytest.mark.parametrize(
    "path", [p for p in PAGES if not p.startswith("course/")], ids=lambda p: p.removesuffix(".html")
)
def test_every_other_page_opens_cleanly(browser, served, path):
    seen = visit(browser, served, path)
    assert seen.problems == [], f"{seen.url}:\n  " + "\n  ".join(seen.problems)


def test_the_page_checks_see_what_would_break_a_page(browser, tmp_path):
    """A console error, an uncaught exception, a missing image, a missing file, a CDN."""

    (tmp_path / "broken.html").write_text(
        "<!doctype html><html><head>"
        '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/nothing.css">'
        "</head><body>"
        '<img src="missing.png" alt="a figure that is not there">'
        '<script src="_static/missing.js"></script>'
        "<script>console.error('a console error')</script>"
        "<script>throw new Error('an uncaught exception')</script>"
        "</body></html>"
    )
    with serve(tmp_path) as base:
        seen = visit(browser, base, "broken.html")
    problems = "\n".join(seen.problems)
    for expected in (
        "request outside the site: https://cdn.jsdelivr.net/npm/nothing.css",
        "console error: a console error",
        "uncaught: an uncaught exception",
        f"HTTP 404: {base}missing.png",
        f"HTTP 404: {base}_static/missing.js",
        f"image not shown: {base}missing.png",
    ):
        assert expected in problems, f"not reported: {expected!r}\nreported:\n{problems}"


def test_the_snapshot_check_sees_a_wrong_or_missing_snapshot(browser, site, tmp_path):
    """A lesson page whose explorer reads something else, or lost its figure, is reported."""
    lesson = LESSONS[0]
    page = (site / page_of(lesson)).read_text()
    result = re.compile(r'(class="[^"]*\bckl-result\b[^"]*">)[^<]*<')
    figure = re.compile(r'(<div class="[^"]*\bckl-figure\b[^"]*">)<img [^>]*>')
    assert result.search(page) and figure.search(page), "the page has no snapshot to break"
    for kind, broken, expected in (
        (
            "result",
            result.sub(r"\1Result shape: made up<", page, count=1),
            "reads 'Result shape: made up'",
        ),
        ("figure", figure.sub(r"\1", page, count=1), "figures [], expected"),
    ):
        (tmp_path / f"{kind}.html").write_text(broken)
        with serve(tmp_path) as base:
            seen = visit(browser, base, f"{kind}.html", check=snapshot_problems(lesson))
        problems = "\n".join(seen.problems)
        assert expected in problems, f"{kind}: not reported: {expected!r}\nreported:\n{problems}"


# --------------------------------------------------------------------------- the build's guards


def site_module(name: str):
    """site/<name>.py, imported by path (a folder named `site` is not importable by name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"ckl_site_{name}", ROOT / "site" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("marker", MARKERS)
def test_the_build_refuses_an_exercise_holding_solution_markers(tmp_path, marker):
    build = site_module("build")
    folder = tmp_path / "01_topic"
    folder.mkdir()
    cells = [
        nbformat.v4.new_markdown_cell("# Exercise"),
        nbformat.v4.new_code_cell(f"### {marker}"),
    ]
    nbformat.write(nbformat.v4.new_notebook(cells=cells), folder / "01_topic.ipynb")
    with pytest.raises(build.BuildError, match=marker):
        build.student_version(folder / "01_topic.ipynb")
    cells[1] = nbformat.v4.new_code_cell("raise NotImplementedError()")
    nbformat.write(nbformat.v4.new_notebook(cells=cells), folder / "01_topic.ipynb")
    assert len(build.student_version(folder / "01_topic.ipynb").cells) == 3  # the note added


def test_a_widget_without_a_static_form_stops_the_build():
    snapshot = site_module("snapshot")
    state = {"a": {"model_name": "MysteryModel", "state": {"layout": "IPY_MODEL_b"}}}
    with pytest.raises(snapshot.SnapshotError, match="MysteryModel"):
        snapshot.render("a", state)
    with pytest.raises(snapshot.SnapshotError, match="not in the notebook's widget state"):
        snapshot.render("IPY_MODEL_missing", state)


# --------------------------------------------------------------------------- accessibility


def themed_context(browser, mode: str):
    """A browser context whose site pages open in the theme's light or dark mode."""
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, color_scheme=mode)
    context.set_default_timeout(LOAD_TIMEOUT_MS)
    # what the theme's mode switch stores (pydata-sphinx-theme), read before the page paints
    context.add_init_script(f"localStorage.setItem('mode', '{mode}');")
    return context


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.removesuffix(".html"))
def test_every_page_has_no_serious_wcag_violation_in_light_or_dark_mode(
    browser, served, path, artifacts
):
    """axe-core, WCAG 2.2 A/AA rules: nothing "serious" or "critical", in either mode.

    Lower impacts are written to `.artifacts/browser/axe-moderate.txt` for the record.
    """
    from axe_check import blocking, require_axe, violations

    require_axe()
    problems, lesser = [], []
    for mode in ("light", "dark"):
        context = themed_context(browser, mode)
        try:
            page = context.new_page()
            page.goto(served + path, wait_until="load")
            assert page.evaluate("document.documentElement.dataset.theme") == mode
            found = violations(page)
        finally:
            context.close()
        problems += [f"{mode}: {v}" for v in blocking(found)]
        lesser += [f"{path} {mode}: {v}" for v in found if v not in blocking(found)]
    if lesser:
        with (artifacts / "axe-moderate.txt").open("a") as report:
            report.write("\n".join(lesser) + "\n")
    assert problems == [], f"{path}: axe-core finds\n  " + "\n  ".join(problems)


def test_the_accessibility_check_sees_what_fails_wcag(browser, tmp_path):
    """Grey text on grey, an image without alt text, a control without a name: all reported."""
    from axe_check import blocking, require_axe, violations

    require_axe()
    (tmp_path / "inaccessible.html").write_text(
        '<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
        '<p style="color:#999;background:#aaa">faint text</p>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<input type="range"></main></body></html>'
    )
    with serve(tmp_path) as base:
        context = themed_context(browser, "light")
        try:
            page = context.new_page()
            page.goto(base + "inaccessible.html")
            rules = {v.rule for v in blocking(violations(page))}
        finally:
            context.close()
    assert {"color-contrast", "image-alt", "label"} <= rules, rules


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_pages_figures_say_what_they_show_in_text_as_large_as_the_body(
    browser, served, lesson
):
    """Every image has a meaningful alt; figure text is no smaller than the body text."""
    from figures_check import figure_problems

    context = themed_context(browser, "light")
    try:
        page = context.new_page()
        page.goto(served + page_of(lesson), wait_until="load")
        assert page.locator("article img").count() > 0, "no figure on the page"
        problems = figure_problems(page, "article", "article p")
        cut = page.evaluate(
            """() => Array.from(document.querySelectorAll('.cell_output pre'))
                .filter(p => p.scrollWidth > p.clientWidth + 1
                        && getComputedStyle(p).overflowX !== 'auto')
                .map(p => p.textContent.slice(0, 60))"""
        )
        problems += [f"an output cut at the right edge: {text!r}" for text in cut]
    finally:
        context.close()
    assert problems == [], f"{page_of(lesson)}:\n  " + "\n  ".join(problems)


def test_the_figure_checks_see_a_missing_generic_or_file_alt_and_small_text():
    from figures_check import alt_problem

    assert alt_problem(None) == "no alt text"
    assert "generic" in alt_problem("explorer figure")
    assert "file name" in alt_problem("../_images/b6b2002.png")
    assert alt_problem("Concatenate(axis=-1) along axis 3 (channels).") is None


def test_the_site_reads_as_a_book(site):
    """Short navigation labels, lesson then exercise, a download and one search box a page."""
    index = (site / "index.html").read_text()
    assert "Combining Keras layers 1 —" not in index, "navigation repeats the course's name"
    for lesson in LESSONS:
        name = lesson.stem
        exercise = f"exercises/{name}/{name}.html"
        if not (site / exercise).exists():
            continue
        page = (site / page_of(lesson)).read_text()
        nxt = re.search(r'<a class="right-next"\s+href="([^"]+)"', page)
        assert nxt and nxt.group(1).endswith(f"{name}/{name}.html"), (
            f"{name}: next does not lead to its exercise ({nxt and nxt.group(1)})"
        )
        back = (site / exercise).read_text()
        assert f"course/{name}.html" in back, f"{exercise} does not link to its lesson"
        for html_page in (page, back):
            assert re.search(r'href="[^"]*_downloads/[^"]+\.ipynb"', html_page), (
                f"{name}: no notebook to download"
            )
            fields = len(re.findall(r'<input[^>]+type="search"', html_page))
            assert fields <= 1, f"{name}: {fields} search boxes"


def test_search_works_served_and_says_what_it_cannot_do_from_a_file(browser, served, site):
    """Served: results with summaries. Opened as a file: titles only, a message, no error."""
    context = themed_context(browser, "light")
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(served + "search.html?q=Concatenate", wait_until="load")
        page.wait_for_selector("#search-results li", timeout=30_000)
        assert page.locator(".ckl-search-offline").count() == 0
        page.goto((site / "search.html").as_uri() + "?q=Concatenate", wait_until="load")
        page.wait_for_selector("#search-results li", timeout=30_000)
        page.wait_for_timeout(500)
        note = page.locator(".ckl-search-offline").text_content() or ""
    finally:
        context.close()
    assert "opened as a file" in note
    assert errors == [], f"console errors: {errors}"


def test_the_build_is_quiet(site):
    """No kernel warning (TCP without encryption, a parent gone) nor any other in the build."""
    log = (site.parent / "build.log").read_text()
    noisy = [line for line in log.splitlines() if "WARNING" in line or "Traceback" in line]
    assert noisy == [], "the build printed:\n  " + "\n  ".join(noisy[:10])
