"""Feedback without secrets: no hidden-test source, no reference line, no huge output.

nbgrader's feedback HTML shows each cell as it was graded, hidden tests
included (jupyter/nbgrader#917). `Redact`, among the feedback preprocessors
(`nbgrader_config.py`), makes the copy the student gets:

- hidden-test regions are cut from every cell's source;
- tracebacks in test cells are cut to their last line (a traceback quotes
  the line it came from, which may be a hidden one); a failed check's
  message is kept whole — that is the feedback;
- any output line that is a line of a hidden test or of the reference
  solution (and not of the student's own version) is withheld, so a
  submission cannot print them into its own feedback;
- any output that holds such a line under a common encoding — base64 (also
  URL-safe, wrapped over lines), base32, hex, zlib or gzip inside any of these,
  rot13, reversed, character codes, %-escapes, \\u-escapes, spaces removed — is
  withheld whole (`encodes_secret`). A kernel can read the code it runs, hidden
  tests included, so this is a net, not a wall: an encoding of its own (a key,
  a text split over cells) passes it. README's security model says so;
- each cell's outputs are cut to `max_bytes` (100 kB), with a note.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import contextlib
import re
import urllib.parse
import zlib
from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import is_grade
from traitlets import Integer

BEGIN_HIDDEN, END_HIDDEN = "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"
BEGIN_SOLUTION, END_SOLUTION = "BEGIN SOLUTION", "END SOLUTION"
WITHHELD = "[line withheld from feedback: it belongs to the hidden tests or the reference]"
WITHHELD_ENCODED = (
    "[output withheld from feedback: it holds lines of the hidden tests or the reference, "
    "encoded]\n"
)
MIN_ENCODED = 16  # a secret line this long (spaces removed) is looked for in decoded text
MIN_SECRET = 8  # shorter lines (`)`, `return x`) are not worth withholding
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def regions(source: str, begin: str, end: str) -> list[str]:
    """The lines between `begin` and `end` markers."""
    out, inside = [], False
    for line in source.splitlines():
        if begin in line:
            inside = True
        elif end in line:
            inside = False
        elif inside:
            out.append(line)
    return out


def without_hidden(source: str) -> str:
    lines, inside = [], False
    for line in source.splitlines():
        if BEGIN_HIDDEN in line:
            inside = True
            lines.append("# (hidden tests: not shown)")
        elif END_HIDDEN in line:
            inside = False
        elif not inside:
            lines.append(line)
    return "\n".join(lines)


def _norm(line: str) -> str:
    return " ".join(ANSI.sub("", line).split())


def secret_lines(source_nb, release_nb=None) -> set[str]:
    """Lines of hidden tests and reference solutions that the student's version lacks."""
    public = set()
    if release_nb is not None:
        public = {_norm(line) for cell in release_nb.cells for line in cell.source.splitlines()}
    secrets = set()
    for cell in source_nb.cells:
        lines = regions(cell.source, BEGIN_HIDDEN, END_HIDDEN)
        lines += regions(cell.source, BEGIN_SOLUTION, END_SOLUTION)
        for line in lines:
            norm = _norm(line)
            if len(norm.replace(" ", "")) >= MIN_SECRET and norm not in public:
                secrets.add(norm)
    return secrets


def redact_text(text: str, secrets: set[str]) -> str:
    if not secrets:
        return text
    return "".join(
        (WITHHELD + ("\n" if line.endswith("\n") else ""))
        if _norm(line) in secrets or any(s in _norm(line) for s in _long(secrets))
        else line
        for line in text.splitlines(keepends=True)
    )


def _long(secrets: set[str]) -> list[str]:
    """Secret lines long enough to be found inside another line, too."""
    return [s for s in secrets if len(s) >= 24]


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _inflated(data: bytes) -> list[bytes]:
    """`data`, and what it inflates to if it is zlib, gzip or raw deflate."""
    out = [data]
    for wbits in (47, -15):  # zlib or gzip (auto), raw deflate
        with contextlib.suppress(zlib.error):
            out.append(zlib.decompressobj(wbits).decompress(data, 4 * 2**20))
    return out


def _b64_runs(text: str) -> list[bytes]:
    """Bytes of every base64-looking run (standard or URL-safe, wrapped over lines or not),
    tried at each of the four alignments a prefix could have shifted it to."""
    out = []
    for source in (text, re.sub(r"\s+", "", text)):
        for run in re.findall(r"[A-Za-z0-9+/_-]{16,}={0,2}", source):
            run = run.replace("-", "+").replace("_", "/").rstrip("=")
            for shift in range(4):
                part = run[shift:]
                if len(part) % 4 == 1:
                    part = part[:-1]
                with contextlib.suppress(binascii.Error, ValueError):
                    out.append(binascii.a2b_base64(part + "=" * (-len(part) % 4)))
    return out


def _decodings(text: str) -> list[str]:
    """`text` under every decoding a submission might have used to smuggle a line out."""
    blobs: list[bytes] = _b64_runs(text)
    for run in re.findall(r"[A-Z2-7]{16,}={0,6}", re.sub(r"\s+", "", text)):
        for shift in range(8):
            part = run.rstrip("=")[shift:]
            part = part[: len(part) - len(part) % 8] if len(part) % 8 in (1, 3, 6) else part
            with contextlib.suppress(binascii.Error, ValueError):
                blobs.append(base64.b32decode(part + "=" * (-len(part) % 8)))
    hexed = re.sub(r"\\x|0x|[\s:,]", "", text)
    for run in re.findall(r"(?:[0-9a-fA-F]{2}){8,}", hexed):
        for shift in (0, 1):
            part = run[shift:]
            part = part[: len(part) - len(part) % 2]
            blobs.append(bytes.fromhex(part))
    out = [text]
    for blob in blobs:
        out += [b.decode("utf-8", "ignore") for b in _inflated(blob)]
    codes = [int(n) for n in re.findall(r"\d{1,7}", text)]
    out.append("".join(chr(n) for n in codes if 0 < n < 0x110000))
    out.append(urllib.parse.unquote(text))
    with contextlib.suppress(UnicodeDecodeError, ValueError):
        out.append(codecs.decode(text, "unicode_escape"))
    return out


def needles(secrets: set[str]) -> list[str]:
    """The secret lines worth looking for in decoded text (spaces removed)."""
    return sorted({_squeeze(s) for s in secrets if len(_squeeze(s)) >= MIN_ENCODED})


def encodes_secret(text: str, secret_needles: list[str]) -> bool:
    """Whether `text` holds a secret line under a common encoding (see the module)."""
    if not secret_needles or not text:
        return False
    found = []
    for decoded in _decodings(text):
        squeezed = _squeeze(decoded)
        found += [squeezed, squeezed[::-1], codecs.encode(squeezed, "rot13")]
    haystack = "\0".join(found)
    return any(needle in haystack for needle in secret_needles)


def withhold_encoded(cell, secrets: set[str]) -> None:
    """Replace every output of `cell` that smuggles a secret line in an encoding."""
    found = needles(secrets)
    if not found:
        return
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "stream":
            if encodes_secret(output.get("text", ""), found):
                output["text"] = WITHHELD_ENCODED
        elif kind == "error":
            text = output.get("evalue", "") + "\n" + "\n".join(output.get("traceback", []))
            if encodes_secret(text, found):
                output["evalue"] = WITHHELD_ENCODED.strip()
                output["traceback"] = [f"{output.get('ename')}: {WITHHELD_ENCODED.strip()}"]
        elif kind in ("execute_result", "display_data"):
            data = output.get("data", {})
            for key in list(data):
                value = data[key]
                value = value if isinstance(value, str) else str(value)
                if encodes_secret(value, found):
                    data[key] = WITHHELD_ENCODED if key.startswith("text/") else ""
                    if not key.startswith("text/"):
                        del data[key]
            if not data:
                data["text/plain"] = WITHHELD_ENCODED


def cap_outputs(cell, max_bytes: int) -> None:
    """Cut a cell's outputs to max_bytes in all, with a note saying so."""
    used, kept = 0, []
    for output in cell.get("outputs", []):
        size = len(str(output).encode())
        if used + size <= max_bytes:
            kept.append(output)
            used += size
            continue
        room = max(0, max_bytes - used)
        if output.get("output_type") == "stream" and room > 200:
            output["text"] = output["text"][: room - 200]
            kept.append(output)
        kept.append(
            nbformat.v4.new_output(
                "stream",
                name="stdout",
                text=f"\n[output cut: feedback shows at most {max_bytes // 1000} kB per cell]\n",
            )
        )
        break
    cell.outputs = kept


class Redact(NbGraderPreprocessor):
    """The student's feedback copy: no hidden tests, no reference lines, bounded outputs."""

    max_bytes = Integer(100_000, help="Most bytes of output per cell in feedback.").tag(config=True)

    def preprocess(self, nb, resources):
        self._secrets = self._load_secrets(resources)
        return super().preprocess(nb, resources)

    def _load_secrets(self, resources) -> set[str]:
        from nbgrader.coursedir import CourseDirectory

        info = resources.get("nbgrader", {})
        try:
            coursedir = CourseDirectory(config=self.config)
            name = f"{info['notebook']}.ipynb"
            source = Path(
                coursedir.format_path(coursedir.source_directory, ".", info["assignment"])
            )
            release = Path(
                coursedir.format_path(coursedir.release_directory, ".", info["assignment"])
            )
            source_nb = nbformat.read(source / name, as_version=4)
            release_nb = (
                nbformat.read(release / name, as_version=4) if (release / name).is_file() else None
            )
            return secret_lines(source_nb, release_nb)
        except (KeyError, OSError, ValueError) as exc:
            self.log.warning("feedback: source notebook not read (%s); hidden lines only", exc)
            return set()

    def preprocess_cell(self, cell, resources, index):
        secrets = set(self._secrets)
        for line in regions(cell.source, BEGIN_HIDDEN, END_HIDDEN):
            if len(_norm(line).replace(" ", "")) >= MIN_SECRET:
                secrets.add(_norm(line))
        cell.source = without_hidden(cell.source)
        for output in cell.get("outputs", []):
            kind = output.get("output_type")
            if kind == "stream":
                output["text"] = redact_text(output.get("text", ""), secrets)
            elif kind == "error":
                if is_grade(cell) and output.get("ename") != "CheckFailed":
                    output["traceback"] = [f"{output.get('ename')}: {output.get('evalue')}"]
                output["traceback"] = [redact_text(t, secrets) for t in output.get("traceback", [])]
                output["evalue"] = redact_text(output.get("evalue", ""), secrets)
            elif kind in ("execute_result", "display_data"):
                data = output.get("data", {})
                for key in list(data):
                    if key.startswith("text/") and isinstance(data[key], str):
                        data[key] = redact_text(data[key], secrets)
        cap_outputs(cell, self.max_bytes)  # first: what is cut is not shown, nor searched
        withhold_encoded(cell, secrets)
        return cell, resources


class LimitBytes(NbGraderPreprocessor):
    """The autograded notebook itself keeps at most `max_bytes` of output per cell.

    (nbgrader's LimitOutput counts lines: one 50 MB line passes it.)
    """

    max_bytes = Integer(1_000_000, help="Most bytes of output per cell kept.").tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code":
            cap_outputs(cell, self.max_bytes)
        return cell, resources
