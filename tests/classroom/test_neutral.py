"""What we write for a spreadsheet is neutralised: no formula, no control character."""

from __future__ import annotations

import csv

import pytest

from autograder.classroom import misconceptions, neutral


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("ada", "ada"),
        ("o'brien", "o'brien"),
        ("a b", "a b"),
        ("star*", "star*"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\\x0d=1+1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # full-width =
        ("\uff0b1", "'\uff0b1"),
        ("\uff0d1", "'\uff0d1"),
        ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
        ("dense=1", "dense=1"),  # a sign inside is not a formula
        ("a\x1b[31mred", "a\\x1b[31mred"),  # a terminal escape
        ("two\nlines", "two\\x0alines"),
        ("bell\x07", "bell\\x07"),
        ("del\x7f", "del\\x7f"),
        ("c1\x9b", "c1\\x9b"),
        ("abc\u202edcba", "abc\\u202edcba"),  # right-to-left override
        ("名前", "名前"),
        ("", ""),
    ],
)
def test_cell(value, written):
    assert neutral.cell(value) == written


def test_our_numbers_pass():
    assert neutral.row([3.0, 0, -1.5, "=1"]) == [3.0, 0, -1.5, "'=1"]
    assert neutral.row({"a": "@x", "b": 2}) == {"a": "'@x", "b": 2}


def test_rewrite_keeps_numbers_in_numeric_columns_only(tmp_path):
    path = tmp_path / "grades.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student_id", "status", "score", "detail"])
        writer.writerow(["-1", "graded", "-0.5", "=cmd"])
        writer.writerow(["=1+1", "graded", "=2", "t: \x1b[2Jcleared"])
        writer.writerow(["@me", "flagged", "nan", "-fine"])
    neutral.rewrite(path, numeric=("score",))
    with path.open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [
        ["student_id", "status", "score", "detail"],
        ["'-1", "graded", "-0.5", "'=cmd"],
        ["'=1+1", "graded", "'=2", "t: \\x1b[2Jcleared"],
        ["'@me", "flagged", "nan", "'-fine"],
    ]


def test_causes_csv_is_neutralised(tmp_path):
    task = misconceptions.Task("two_branches", "01_concatenation", 3.0)
    task.failures = [
        misconceptions.Failure("=evil()", "two_branches", "@layer", "+cause\x1b[0m"),
        misconceptions.Failure("ada", "two_branches", "Counts", "the head sees 8 features"),
    ]
    path = tmp_path / "causes.csv"
    misconceptions.write_causes(path, [task])
    with path.open(newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["'=evil()", "two_branches", "'@layer", "'+cause\\x1b[0m"]
    assert rows[2] == ["ada", "two_branches", "Counts", "the head sees 8 features"]
