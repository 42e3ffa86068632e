"""Every hostile submission the security tests grade: `attacks.py` and its sibling families.

A family is a module `attacks_<family>.py` beside this one with a list `ATTACKS` of
`attacks.Attack`; list it in FAMILIES. Student ids must be unique across families.
"""

from __future__ import annotations

import importlib

import attacks

FAMILIES = ["attacks", "attacks_web", "attacks_records", "attacks_resources"]

ATTACKS = [a for family in FAMILIES for a in importlib.import_module(family).ATTACKS]
BY_STUDENT = {a.student: a for a in ATTACKS}
assert len(BY_STUDENT) == len(ATTACKS), "two attacks share a student id"
POINTS = attacks.POINTS
