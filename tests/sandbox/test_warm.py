"""Warm kernels: forks of one template, each in a sandbox of its own, sharing nothing.

Each test starts real kernels from this process's template (`warm.template()`),
exactly as grading does (`SandboxedKernelManager(template=...)`), and runs code
in them; what one kernel does must be invisible to the next, and a kernel must
be able to do what a cold one can (train a model) and nothing it cannot.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from autograder.sandbox import bwrap, warm
from autograder.sandbox.kernel import SandboxedKernelManager

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.sandbox, pytest.mark.xdist_group("warm")]


@pytest.fixture
def template():
    found = warm.template()
    assert found is not None, warm.unavailable()
    return found


async def _run(template, cells: list[str], folder: Path | None = None) -> list[str]:
    """Run cells in one warm kernel; each cell's stdout (or its error as 'ERROR name')."""
    km = SandboxedKernelManager(template=template)
    await km.start_kernel(cwd=str(folder) if folder else None)
    kc = km.client()
    kc.start_channels()
    out = []
    try:
        await kc.wait_for_ready(timeout=120)
        for code in cells:
            text: list[str] = []

            def hook(msg, text=text):
                if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
                    text.append(msg["content"]["text"])
                elif msg["msg_type"] == "error":
                    text.append(f"ERROR {msg['content']['ename']}")

            await kc.execute_interactive(code, timeout=120, output_hook=hook)
            out.append("".join(text).strip())
    finally:
        kc.stop_channels()
        await km.shutdown_kernel(now=True)
    return out


def fresh_loop(coroutine):
    """Run a coroutine on an event loop of its own (a test before may have left one running
    in this thread: nbclient's run_sync does)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def run(template, *cells, folder=None) -> list[str]:
    return fresh_loop(_run(template, list(cells), folder))


def test_the_template_has_imported_keras_and_started_no_tensorflow(template):
    assert template.info["ready"] is True
    health = template.health()
    # one thread: nothing of TensorFlow (or BLAS) has started a pool to be broken by fork
    assert health["threads"] == 1, health
    assert health["tf_context"] is False, health


def test_a_forked_kernel_trains_and_checks_work(template):
    (out,) = run(
        template,
        "import sys, autograder as ag, numpy as np, keras\n"
        "print('keras' in sys.modules and 'tensorflow' in sys.modules)\n"
        "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
        "m.compile('sgd', 'mse')\n"
        "h = m.fit(np.ones((8, 3)), np.zeros((8, 2)), epochs=1, verbose=0)\n"
        "print(len(h.history['loss']), ag.counts(m).trainable)",
    )
    assert out.splitlines() == ["True", "1 8"], out
    assert template.health()["tf_context"] is False  # the child's TensorFlow, not the template's


def test_a_failed_check_shows_as_feedback_in_a_warm_kernel(template):
    (out,) = run(
        template,
        "import autograder as ag, keras\n"
        "m = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])\n"
        "try:\n ag.check_counts(m, trainable=9)\nexcept ag.CheckFailed: print('feedback')\n"
        "from autograder import integrity; print(bool(integrity._ORIGINAL), integrity.changes())",
    )
    assert out.splitlines() == ["feedback", "True []"], out


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("import os; print(os.path.exists({solutions!r}))", "False"),
        ("import os; print(os.path.exists('/etc/shadow'))", "False"),
        ("import os; print(os.environ.get('USER', 'none'), os.environ['HOME'])", "none /tmp/home"),
        (
            "import socket\ntry:\n socket.create_connection(('127.0.0.1', 22), 1)\n"
            "except OSError: print('refused')",
            "refused",
        ),
        # its own PID namespace: its init (1) and itself; not the template, not another kernel
        ("import os; print(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))", "[1, 2]"),
        ("import os; print(os.getuid(), os.getgid())", "1000 1000"),
        # no capabilities at all, and no way to get some in a user namespace of its own
        (
            "print(open('/proc/self/status').read().split('CapEff:')[1].split()[0])",
            "0000000000000000",
        ),
        (
            "import ctypes; libc = ctypes.CDLL(None, use_errno=True)\n"
            "print(libc.unshare(0x10000000), ctypes.get_errno() != 0)",
            "-1 True",
        ),
        (
            "import resource; print(resource.getrlimit(resource.RLIMIT_AS)[0] == {address_space},"
            " resource.getrlimit(resource.RLIMIT_CORE))",
            "True (0, 0)",
        ),
        # the course's files and the shared /dev are read-only; its /tmp is its own
        (
            "try:\n open({config!r}, 'a')\nexcept OSError: print('ro')\n"
            "try:\n open('/dev/ckl', 'w')\nexcept OSError: print('ro')",
            "ro\nro",
        ),
    ],
)
def test_inside_a_warm_kernel(template, code, expected):
    code = code.format(
        solutions=str(ROOT / "solutions"),
        config=str(ROOT / "nbgrader_config.py"),
        address_space=bwrap.budget(4 * 2**30).address_space,  # the rest of the default budget
    )
    (out,) = run(template, code)
    assert out == expected


def test_a_kernel_sees_none_of_the_spool_but_its_own_folders(template):
    # another kernel's folders, and a file the grader left in the spool
    (template.spool / "ckl-other").mkdir(exist_ok=True)
    (template.spool / "grader.txt").write_text("not for kernels")
    spool = str(template.spool)
    (out,) = run(
        template,
        f"import os; spool = {spool!r}\n"
        "print(os.listdir(spool) == [os.path.basename(os.path.dirname(os.getcwd()))])\n"
        # its /tmp is a fresh one: its home, and (when the spool is under /tmp) the spool
        "print(sorted(set(os.listdir('/tmp')) - {'home', spool.split('/')[2]}))",
    )
    assert out.splitlines() == ["True", "[]"], out


def test_nothing_one_kernel_does_reaches_the_next(template, tmp_path):
    (folder := tmp_path / "submission").mkdir()
    (folder / "data.txt").write_text("original")
    first = run(
        template,
        # globals, a monkeypatch of Keras and of builtins, an imported module, random state
        "import builtins, keras, numpy as np, random, sys, types, os, threading, time\n"
        "secret = 42\n"
        "keras.Model.count_params = lambda self: 0\n"
        "builtins.ckl_planted = True\n"
        "sys.modules['ckl_planted'] = types.ModuleType('ckl_planted')\n"
        "np.random.seed(0); random.seed(0)\n"
        # files in every place it may write, environment variables, threads, processes
        "open('data.txt', 'w').write('changed'); open('/tmp/ckl_planted', 'w').write('x')\n"
        "open('/dev/shm/ckl_planted', 'w').write('x')\n"
        "open(os.path.join(os.path.dirname(os.getcwd()), 'ckl_planted'), 'w').write('x')\n"
        "os.environ['CKL_PLANTED'] = '1'\n"
        "threading.Thread(target=time.sleep, args=(600,), name='ckl-planted', daemon=True).start()\n"
        "import subprocess; subprocess.Popen(['sleep', '600', 'ckl-planted'])\n"
        "print('planted')",
        folder=folder,
    )
    assert first == ["planted"]
    second = run(
        template,
        "import builtins, keras, numpy as np, random, sys, os, glob, threading\n"
        "print('secret' in globals(), keras.Model.count_params.__module__.startswith('keras'),"
        " hasattr(builtins, 'ckl_planted'), 'ckl_planted' in sys.modules)\n"
        "print(open('data.txt').read(), os.path.exists('/tmp/ckl_planted'),"
        " os.path.exists('/dev/shm/ckl_planted'),"
        " os.path.exists(os.path.join(os.path.dirname(os.getcwd()), 'ckl_planted')))\n"
        "print(os.environ.get('CKL_PLANTED'),"
        " 'ckl-planted' in [t.name for t in threading.enumerate()])",
        folder=folder,
    )
    assert second[0].splitlines() == [
        "False True False False",
        "original False False False",
        "None False",
    ], second
    # the first kernel's `sleep` died with its sandbox
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "ckl-planted" not in ps


def test_random_state_is_fresh_in_every_kernel(template):
    draws = [run(template, "import numpy as np, random; print(np.random.rand(), random.random())")]
    draws.append(
        run(template, "import numpy as np, random; print(np.random.rand(), random.random())")
    )
    assert draws[0] != draws[1]


def test_a_kernel_cannot_signal_or_see_another(template):
    async def both():
        km_a = SandboxedKernelManager(template=template)
        await km_a.start_kernel()
        try:
            (out,) = await _run(
                template,
                [
                    # every pid but its own threads' (which name the kernel itself)
                    "import os\n"
                    "print([p for p in os.listdir('/proc') if p.isdigit()])\n"
                    "mine = {1, *map(int, os.listdir('/proc/self/task'))}\n"
                    "hit = 0\n"
                    "for pid in set(range(1, 2**15)) - mine:\n"
                    "  try: os.kill(pid, 0); hit += 1\n"
                    "  except OSError: pass\n"
                    "print(hit)"
                ],
            )
            return out, await km_a.is_alive()
        finally:
            await km_a.shutdown_kernel(now=True)

    out, alive = fresh_loop(both())
    assert out.splitlines() == ["['1', '2']", "0"]
    assert alive


def test_the_template_stays_healthy_after_100_forks(template):
    for _ in range(100):
        # a child that enters its sandbox, then exits at once (ipykernel's --version)
        pid = template.fork(
            argv=["--version"],
            env={"PATH": "/usr/bin"},
            cwd="/",
            own=[],
            memory_bytes=0,
        )
        forked = warm.ForkedKernel(template, pid)
        assert forked.wait(timeout=60) == 0
    health = template.health()
    assert health["threads"] == 1 and health["tf_context"] is False, health
    assert health["forks"] >= 100
    test_a_forked_kernel_trains_and_checks_work(template)


def test_cold_when_asked_or_when_forking_is_impossible(monkeypatch):
    code = (
        "import logging, sys; logging.basicConfig()\n"
        "from autograder.sandbox import warm\n"
        "warm.sys.platform = 'darwin'\n"
        "print(warm.template(), warm.unavailable())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (
        done.stdout.strip() == "None warm kernels need Linux's fork and namespaces (this is darwin)"
    )
    monkeypatch.setenv("CKL_COLD", "1")
    assert warm.cold_by_request()


def test_the_cpu_of_the_template_and_its_kernels_is_counted_to_its_owner():
    """Closing the template reaps it, and it reaps its kernels: a benchmark that reads the
    CPU of a grading process's children sees the template's import of Keras and the
    kernels' work (a kill would lose both)."""
    code = (
        "import resource\n"
        "from autograder.sandbox import warm\n"
        "template = warm.template()\n"
        "template.fork(argv=['--version'], env={}, cwd='/', own=[], memory_bytes=0)\n"
        "template.close()\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "own = resource.getrusage(resource.RUSAGE_SELF)\n"
        "print(usage.ru_utime + usage.ru_stime, own.ru_utime + own.ru_stime)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    children, own = map(float, done.stdout.split())
    # importing Keras costs seconds of CPU, which the owner itself never spent
    assert children > 1.0 and children > own, done.stdout + done.stderr


def test_a_template_that_no_longer_matches_is_replaced(template, monkeypatch, caplog):
    """An upgraded kernel stack or an edited check: the next kernel comes from a new template."""
    assert warm.template() is template  # unchanged: the same template
    monkeypatch.setattr(warm, "fingerprint", lambda: "changed")
    with caplog.at_level("WARNING"):
        replaced = warm.template()
    assert replaced is not None and replaced is not template
    assert replaced.alive() and "new warm template" in caplog.text
    # the notebook being graded may still use the old one's spool: kept until the next
    assert template.alive() and template.spool.is_dir()
    warm.close_retired()
    assert not template.alive() and not template.spool.exists()
    monkeypatch.undo()
    assert warm.template() is replaced  # it matches what a cold kernel would run


def test_the_replay_verifier_is_a_fork_too_and_gives_the_same_verdicts(template, tmp_path):
    """One Keras import fewer per grading process: the verifier is forked from the template,
    in a sandbox of its own, and refutes and confirms as the cold verifier does."""
    import keras

    from autograder.sandbox import replay

    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
    verdicts = {}
    for kind, make in (("warm", replay.Verifier), ("cold", None)):
        if kind == "cold":
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("CKL_COLD", "1")
                verifier = replay.Verifier()
            assert not isinstance(verifier.process, warm.ForkedKernel)
        else:
            verifier = make()
            assert isinstance(verifier.process, warm.ForkedKernel)
            assert verifier.root.parent == template.spool
        try:
            saved = verifier.root / "m.keras"
            model.save(saved)
            for counts in (8, 9):
                job = {
                    "setup": ["import autograder as ag"],
                    "test": f"m = ag.build(f)\nag.check_counts(m, trainable={counts})\n"
                    "ag.passed('T')",
                    "models": [str(saved)],
                }
                verdicts[kind, counts] = verifier.ask(job)["verdict"]
        finally:
            verifier.close()
    assert verdicts == {
        ("warm", 8): "confirmed",
        ("warm", 9): "refuted",
        ("cold", 8): "confirmed",
        ("cold", 9): "refuted",
    }
