"""integrity: replaced checks, NumPy or builtins are found; models that pretend are refused."""

from __future__ import annotations

import builtins

import numpy as np
import pytest

import autograder as ag
from autograder import causes, feedback, integrity, parameters, raised

keras = ag.keras


@pytest.fixture
def snapshot():
    ag.load_all()
    integrity.snapshot()
    yield
    integrity._ORIGINAL.clear()


@pytest.mark.parametrize(
    ("target", "name"),
    [
        (ag, "check_counts"),
        (parameters, "check_counts"),
        # the layers under the checks: a silenced explainer or voice must not pass a check
        (causes, "report"),
        (feedback, "say"),
        (raised, "explain"),
        (np, "allclose"),
    ],
)
def test_a_replaced_function_is_found(snapshot, monkeypatch, target, name):
    integrity.verify()  # nothing replaced yet
    monkeypatch.setattr(target, name, lambda *a, **k: True)
    with pytest.raises(integrity.TamperingDetected, match=name):
        integrity.verify()


def test_a_replaced_builtin_is_found(snapshot):
    original = builtins.isinstance
    builtins.isinstance = lambda obj, cls: True  # pytest itself needs the real one: restore at once
    try:
        found = integrity.changes()
    finally:
        builtins.isinstance = original
    assert "builtins.isinstance" in found


def test_a_changed_function_body_is_found(snapshot, monkeypatch):
    monkeypatch.setattr(parameters.check_counts, "__code__", (lambda *a, **k: None).__code__)
    with pytest.raises(integrity.TamperingDetected, match="check_counts"):
        integrity.verify()


def test_no_snapshot_no_verdict():
    integrity._ORIGINAL.clear()
    assert integrity.changes() == []


class Honest(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)

    def helper(self):  # a method of its own is fine
        return 1


class Pretender(Honest):
    def count_params(self):
        return 113


class EqualsAnything(keras.layers.Layer):
    def call(self, x):
        return x

    def __eq__(self, other):
        return True


@pytest.mark.parametrize(
    ("cls", "ok"), [(Honest, True), (Pretender, False), (EqualsAnything, False)]
)
def test_genuine(cls, ok):
    obj = cls()
    if ok:
        integrity.genuine(obj)
    else:
        with pytest.raises(integrity.TamperingDetected, match="overrides"):
            integrity.genuine(obj)


class Anything:
    def __eq__(self, other):
        return True

    def __sub__(self, other):
        return 0


def test_plain_array():
    assert integrity.plain_array([1.0, 2.0]).dtype.kind == "f"
    with pytest.raises(integrity.TamperingDetected, match="not a tensor"):
        integrity.plain_array(Anything())
    with pytest.raises(ag.CheckFailed, match="a tensor of numbers"):
        integrity.plain_array("text")
