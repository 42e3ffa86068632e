"""Feedback without hidden-test source, reference lines or huge outputs."""

from __future__ import annotations

import nbformat
import pytest

from autograder.sandbox import secrets

SOURCE = nbformat.v4.new_notebook(
    cells=[
        nbformat.v4.new_code_cell(
            "def f():\n    ### BEGIN SOLUTION\n    return keras.layers.Dense(8, activation='relu')\n"
            "    ### END SOLUTION"
        ),
        nbformat.v4.new_code_cell(
            "ag.check(model)\n### BEGIN HIDDEN TESTS\nhead = ag.find_layer(model, kernel_shape=(16, 1))\n"
            "### END HIDDEN TESTS\nag.passed('T')"
        ),
    ]
)
RELEASE = nbformat.v4.new_notebook(
    cells=[nbformat.v4.new_code_cell("def f():\n    raise NotImplementedError()")]
)


def test_secret_lines_are_hidden_and_reference_lines_only():
    found = secrets.secret_lines(SOURCE, RELEASE)
    assert "head = ag.find_layer(model, kernel_shape=(16, 1))" in found
    assert "return keras.layers.Dense(8, activation='relu')" in found
    assert "ag.check(model)" not in found


def test_printed_secrets_are_withheld():
    found = secrets.secret_lines(SOURCE, RELEASE)
    text = "my output\n  head = ag.find_layer(model, kernel_shape=(16, 1))\nmore\n"
    assert secrets.redact_text(text, found) == f"my output\n{secrets.WITHHELD}\nmore\n"
    embedded = "x = 'return keras.layers.Dense(8, activation=\\'relu\\')'"
    assert "withheld" in secrets.redact_text(
        "return keras.layers.Dense(8, activation='relu') # mine", found
    )
    assert secrets.redact_text(embedded, set()) == embedded


def test_hidden_tests_cut_from_source():
    cut = secrets.without_hidden(SOURCE.cells[1].source)
    assert "find_layer" not in cut
    assert "ag.passed('T')" in cut and "hidden tests: not shown" in cut


def test_outputs_capped_with_a_note():
    cell = nbformat.v4.new_code_cell("print('x' * 10**6)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 10**6)]
    secrets.cap_outputs(cell, 100_000)
    assert sum(len(str(o)) for o in cell.outputs) < 101_000
    assert "output cut" in cell.outputs[-1]["text"]


# ------------------------------------------------------------ secrets smuggled out encoded

HIDDEN = SOURCE.cells[1].source  # the whole test cell, hidden tests included
LINE = "head = ag.find_layer(model, kernel_shape=(16, 1))"


def _encodings():
    import base64
    import codecs
    import gzip
    import urllib.parse
    import zlib

    raw = HIDDEN.encode()
    b64 = base64.b64encode(raw).decode()
    return {
        "base64": b64,
        "base64 after a prefix": "x" + b64,
        "base64 of one line": base64.b64encode(LINE.encode()).decode(),
        "base64 wrapped": base64.encodebytes(raw).decode(),
        "base64 one chunk per print": "\n".join(b64[i : i + 10] for i in range(0, len(b64), 10)),
        "urlsafe base64": base64.urlsafe_b64encode(raw).decode(),
        "base32": base64.b32encode(raw).decode(),
        "hex": raw.hex(),
        "hex, spaced": raw.hex(" "),
        "\\x escapes": "".join(f"\\x{b:02x}" for b in raw),
        "zlib + base64": base64.b64encode(zlib.compress(raw)).decode(),
        "gzip + base64": base64.b64encode(gzip.compress(raw)).decode(),
        "zlib + hex": zlib.compress(raw).hex(),
        "rot13": codecs.encode(HIDDEN, "rot13"),
        "reversed": HIDDEN[::-1],
        "char codes": str([ord(c) for c in HIDDEN]),
        "%-escapes": urllib.parse.quote(HIDDEN),
        "\\u escapes": "".join(f"\\u{ord(c):04x}" for c in HIDDEN),
        "spaces removed": "".join(HIDDEN.split()),
    }


ENCODED = _encodings()


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encoded_hidden_tests_are_found(name):
    found = secrets.needles(secrets.secret_lines(SOURCE, RELEASE))
    assert secrets.encodes_secret(ENCODED[name], found)


@pytest.mark.parametrize(
    "text",
    [
        "✓ Task 1: two branches, one head\n",
        "expected 113 trainable parameters, received 105 (8 fewer)\n",
        "Note (stderr): debug: building\n" + "x" * 100_000,
        "[0.1, 0.25, -3.5, 113, 105, 97, 16, 4, 6, 8]\n",
        __import__("base64").b64encode(b"my own notes about the model, nothing secret").decode(),
        "deadbeef" * 20,
        "ag.check(model)",  # a visible line: public, not secret
    ],
)
def test_honest_outputs_are_kept(text):
    found = secrets.needles(secrets.secret_lines(SOURCE, RELEASE))
    assert not secrets.encodes_secret(text, found)


@pytest.mark.parametrize("kind", ["stream", "error", "execute_result"])
def test_feedback_withholds_an_encoded_output_whole(kind):
    redact = secrets.Redact()
    redact._secrets = secrets.secret_lines(SOURCE, RELEASE)
    cell = nbformat.v4.new_code_cell("print(x)")
    blob = ENCODED["zlib + base64"]
    if kind == "stream":
        output = nbformat.v4.new_output("stream", name="stdout", text=f"here:\n{blob}\n")
    elif kind == "error":
        output = nbformat.v4.new_output(
            "error", ename="ValueError", evalue=blob, traceback=[f"ValueError: {blob}"]
        )
    else:
        output = nbformat.v4.new_output("execute_result", data={"text/plain": repr(blob)})
    kept = nbformat.v4.new_output("stream", name="stdout", text="✓ Task 1\n")
    cell.outputs = [output, kept]
    redact.preprocess_cell(cell, {}, 0)
    shown = str(cell.outputs[0])
    assert blob not in shown and "withheld" in shown
    assert cell.outputs[1]["text"] == "✓ Task 1\n"


def test_an_encoding_of_the_students_own_is_the_stated_limit():
    """README, 'What remains': a kernel reads the hidden tests it runs; an encoding of its
    own (here XOR with a key, then hex) is not recognised. If this starts failing, the net
    grew: update the README."""
    key = b"k3y"
    raw = HIDDEN.encode()
    xored = bytes(b ^ key[i % len(key)] for i, b in enumerate(raw)).hex()
    found = secrets.needles(secrets.secret_lines(SOURCE, RELEASE))
    assert not secrets.encodes_secret(xored, found)
