"""SandboxedExecute: every kernel in the sandbox, whatever the notebook asks; stops cost little."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from autograder.sandbox import pipeline
from autograder.sandbox.execute import STOPPED, SandboxedExecute

pytestmark = pytest.mark.sandbox


def execute(tmp_path, sources, kernelspec=None, **settings):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    if kernelspec:
        nb.metadata["kernelspec"] = kernelspec
    folder = tmp_path / "submission"
    folder.mkdir(exist_ok=True)
    (folder / "autograder.py").write_text("raise SystemExit('shadowed!')\n")
    executor = SandboxedExecute(timeout=settings.pop("timeout", 20), **settings)
    nb, resources = executor.preprocess(nb, {"metadata": {"path": str(folder)}})
    shutil.rmtree(resources.pop("ckl_records"))  # Verdicts would, after it
    return [
        "".join(o.get("text", "") for o in c.outputs if o.output_type == "stream")
        + "".join(o.get("ename", "") for o in c.outputs if o.output_type == "error")
        for c in nb.cells
    ]


def test_the_notebook_cannot_choose_its_kernel_and_files_do_not_shadow(tmp_path):
    spec = {"name": "evil", "display_name": "Not sandboxed", "language": "python"}
    out = execute(
        tmp_path,
        [
            "import os; print(os.environ.get('CKL_SANDBOXED'))",
            "import autograder; print(autograder.__file__.endswith('autograder/__init__.py'))",
            "open('mine.txt', 'w').write('x'); print(os.path.exists('autograder.py'))",
        ],
        kernelspec=spec,
    )
    assert out == ["1\n", "True\n", "True\n"]  # the folder's autograder.py is there, unused


def test_a_loop_that_ignores_the_interrupt_costs_its_cell_and_the_rest(tmp_path):
    out = execute(
        tmp_path,
        [
            "print('before')",
            "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True: pass",
            "print('after')",
        ],
        timeout=3,
        interrupt_grace=3,
    )
    assert out[0] == "before\n"
    assert STOPPED["timeout"] in out[1]
    assert out[2] == STOPPED["not run"]


def test_an_interruptible_loop_costs_its_cell_only(tmp_path):
    out = execute(tmp_path, ["print(1)", "while True: pass", "print('after')"], timeout=3)
    assert out[0] == "1\n"
    assert "KeyboardInterrupt" in out[1]
    assert out[2] == "after\n"


def test_an_interrupted_cell_says_so_in_the_course_voice(tmp_path):
    """Not a bare KeyboardInterrupt: what happened, the likely cause, the next step."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("while True: pass")])
    folder = tmp_path / "submission"
    folder.mkdir()
    nb, resources = SandboxedExecute(timeout=3).preprocess(nb, {"metadata": {"path": str(folder)}})
    shutil.rmtree(resources.pop("ckl_records"))
    errors = [o for o in nb.cells[0].outputs if o.output_type == "error"]
    assert [e.ename for e in errors] == ["KeyboardInterrupt", "CellTimeoutError"]  # as read
    error = errors[-1]  # by ckl-grade and the report; the last is what the learner reads
    assert error.evalue.startswith("✗ Time limit")
    assert "time limit (3 s)" in error.evalue and "Next step:" in error.evalue
    assert error.traceback == error.evalue.splitlines()


def test_a_dead_kernel_costs_its_cell_and_the_rest(tmp_path):
    out = execute(tmp_path, ["print(1)", "import os; os._exit(1)", "print(2)"])
    assert out == ["1\n", STOPPED["died"], STOPPED["not run"]]


def test_a_dead_kernel_and_the_cells_it_stopped_say_so_in_the_course_voice(tmp_path):
    """What happened, the likely cause and the next step, as a failed check says them."""
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(s) for s in ("import os; os._exit(1)", "print(2)")]
    )
    nb.cells[0].metadata["nbgrader"] = {"grade_id": "crash_tests", "grade": True, "points": 1}
    folder = tmp_path / "submission"
    folder.mkdir()
    nb, resources = SandboxedExecute(timeout=20).preprocess(nb, {"metadata": {"path": str(folder)}})
    shutil.rmtree(resources.pop("ckl_records"))
    died, not_run = (c.outputs[-1] for c in nb.cells)
    assert died.evalue.startswith("✗ Kernel died") and "Next step:" in died.evalue
    assert "memory ran out" in died.evalue
    assert not_run.evalue.startswith("✗ Not run")
    assert "stopped at cell crash_tests (it died)" in not_run.evalue
    assert "fix cell crash_tests first" in not_run.evalue
    assert died.traceback == died.evalue.splitlines()


def test_nbgrader_config_uses_the_sandbox_for_autograde_only():
    from nbgrader.preprocessors import Execute

    from autograder.sandbox.isolated import Isolated
    from autograder.sandbox.secrets import Redact

    assert pipeline.AUTOGRADE[0] is Isolated  # SandboxedExecute and Verdicts, in a process
    assert Execute not in pipeline.AUTOGRADE
    assert Redact in pipeline.FEEDBACK
    text = (Path(__file__).parents[2] / "nbgrader_config.py").read_text()
    assert "c.Autograde.autograde_preprocessors = pipeline.AUTOGRADE" in text
    assert "c.GenerateFeedback.preprocessors = pipeline.FEEDBACK" in text
    assert "c.Validator" not in text and "c.Execute.kernel_manager_class" not in text


def test_a_long_temporary_folder_does_not_stop_the_kernels_sockets(tmp_path, monkeypatch):
    """A Unix socket's path holds at most 107 bytes: under a long TMPDIR (a CI runner's,
    pytest's) the kernel's scratch folder goes to /tmp instead, and the kernel runs."""
    import tempfile

    from autograder.sandbox import folders

    long = tmp_path / ("long-temporary-folder-" * 4)
    long.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(long))
    for prefix, below in [("w-", folders.SPOOL), ("s-", folders.SCRATCH), ("k-", folders.SOCKET)]:
        made = folders.make(prefix, below)
        assert len(str(made)) + below <= folders.SOCKET_PATH_MAX, made
        made.rmdir()
    short = folders.make("ckl-short-", folders.SOCKET)  # a short TMPDIR is kept
    monkeypatch.setattr(tempfile, "tempdir", str(short))
    assert folders.make("k-", folders.SOCKET).parent == short
    shutil.rmtree(short)

    monkeypatch.setattr(tempfile, "tempdir", str(long))
    assert execute(tmp_path, ["print(6 * 7)"], warm=False) == ["42\n"]


def test_a_socket_path_too_long_is_refused_in_words(tmp_path):
    from autograder.sandbox.kernel import SandboxedKernelManager

    deep = tmp_path / ("d" * 100)
    deep.mkdir()
    with pytest.raises(ValueError, match="at most 107"):
        SandboxedKernelManager(scratch_parent=str(deep))
    assert list(deep.iterdir()) == []  # nothing left behind


def test_a_flood_of_output_keeps_the_result_line_and_the_kernel(tmp_path):
    """50 MB printed by a cell (a debugging loop left in a correct answer): the kernel
    sends at most autograder.output's budget of it, so no message is too large for the
    grader to take, and the check's ✓ line and the next cell arrive."""
    out = execute(
        tmp_path,
        [
            "import autograder as ag",
            "for _ in range(50):\n    print('x' * 2**20)\nag.passed('Task 1: it works')",
            "print('next')",
        ],
        warm=False,
        timeout=60,
    )
    assert "[output cut in the kernel: this cell printed more than 500,000 characters" in out[1]
    assert out[1].endswith("✓ Task 1: it works\n") and len(out[1]) < 600_000
    assert out[2] == "next\n"
