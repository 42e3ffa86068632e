"""Hostile submissions against the grading records and the hidden tests (issue 20).

The records: a test cell's models, saved in the kernel for the verifier outside it
(`autograder.recording`, `autograder.sandbox.replay`). The grader, not the kernel,
decides which files are a cell's records: it takes them out of the kernel's reach
when the cell's reply arrives, and accepts exactly `<the cell's request id>.1..m`,
regular files within the size cap; anything else flags the test cell at or after
the code that wrote it. Each attack below would have forged marks before that rule
(a record `.0` read first, an earlier record rewritten by a later cell or a thread).

The hidden tests: a kernel can read the code it runs; these attacks read the hidden
tests through each door IPython leaves open and print them encoded into their own
feedback, which must withhold them (`autograder.sandbox.secrets`). Each prints
"hidden tests read: yes" (kept in the autograded notebook: `shows`) to prove it did
read them; the feedback check of the suite decodes base64, and the unit tests of
`secrets` every other encoding.
"""

from __future__ import annotations

import textwrap

from attacks import FULL, LYING_SESSION, POINTS, REF, T1, T2, T3, WRONG1, Attack, code

# A correct model of task 1, built in the kernel by code the attacker holds (as if stolen:
# the in-kernel reference of the issue) and saved where it likes.
RIGHT1 = REF[T1].replace("def build_two_branch_model(", "def _right_model(")
SAFE_ID = code(
    """
    import os as _os
    def _request_id():
        msg_id = get_ipython().kernel.get_parent("shell")["header"]["msg_id"]
        return "".join(c for c in msg_id if c.isalnum() or c in "-_")[:80]
    """
)


def _in_task1_test(body: str) -> str:
    """Run `body` (with `stem`: the record path prefix of the cell) before task 1's test cell."""
    return (
        SAFE_ID
        + "def _before(info):\n"
        + '    if "ag.build(build_two_branch_model)" not in (info.raw_cell or ""):\n'
        + "        return\n"
        + '    stem = _os.path.join(_os.environ["CKL_RECORD_DIR"], _request_id())\n'
        + textwrap.indent(code(body), "    ")
        + "get_ipython().events.register('pre_run_cell', _before)\n"
    )


READ_MARK = 'print("hidden tests read:", "yes" if "BEGIN HIDDEN" in _found else "no")\n'


def _leak(read: str, encode: str) -> str:
    """An answer cell that reads the hidden tests (`read` sets `_found`, a str) and prints
    them encoded (`encode` is an expression of `_found`)."""
    return code(read) + READ_MARK + f"print({encode})\n"


ATTACKS = [
    # ------------------------------------------------------------ the records' identity
    Attack(
        "zero",
        "a lying kernel and a wrong model; before task 1's test a correct model is saved as "
        "record .0, which sorts before the genuine .1",
        {
            T1: LYING_SESSION
            + RIGHT1
            + _in_task1_test('_right_model().save(stem + ".0.keras")')
            + WRONG1,
            T2: REF[T2],
            T3: REF[T3],
        },
        7,
        "flagged",
        flagged=(T1,),
        detail=("grading records were tampered with", "numbered 0, 1"),
    ),
    Attack(
        "overwriter",
        "a lying kernel and a wrong model for task 1; task 2's answer cell then rewrites task 1's "
        "record .1 with a correct model",
        {
            T1: LYING_SESSION
            + SAFE_ID
            + "_ids = []\n"
            + "get_ipython().events.register('pre_run_cell', lambda info: _ids.append(_request_id()))\n"
            + WRONG1,
            T2: RIGHT1
            + code(
                """
                import glob as _glob
                _folder = _os.environ["CKL_RECORD_DIR"]
                for _id in _ids:  # task 1's test cell was one of them
                    _right_model().save(_os.path.join(_folder, _id + ".1.keras"))
                """
            )
            + REF[T2],
            T3: REF[T3],
        },
        4,
        "flagged",
        flagged=(T1, T2),  # task 1 refuted on its genuine record; task 2 wrote under other ids
        detail=("checked again outside the notebook's kernel", "another cell's id"),
    ),
    Attack(
        "borrower",
        "a correct model saved, during task 1's test, under the id of the cell before it",
        {
            T1: LYING_SESSION
            + RIGHT1
            + "_previous = []\n"
            + _in_task1_test(
                """
                _right_model().save(_os.path.join(_os.path.dirname(stem), "aaaa.1.keras"))
                """
            )
            + WRONG1,
            T2: REF[T2],
            T3: REF[T3],
        },
        7,
        "flagged",
        flagged=(T1,),
        detail=("another cell's id (aaaa.1.keras)",),
    ),
    Attack(
        "reclink",
        "task 1's record .1 is a symbolic link, made before its test, to a correct model "
        "in the kernel's scratch (Keras saves through it)",
        {
            T1: LYING_SESSION
            + RIGHT1
            + _in_task1_test(
                """
                _right_model().save("/tmp/right.keras")
                _os.symlink("/tmp/right.keras", stem + ".1.keras")
                """
            )
            + WRONG1,
            T2: REF[T2],
            T3: REF[T3],
        },
        7,
        "flagged",
        flagged=(T1,),
        detail=("symbolic link",),
    ),
    Attack(
        "recfolder",
        "an honest task 1 whose record .1 is made a folder before its test (holding a model)",
        {
            T1: RIGHT1
            + _in_task1_test(
                """
                _os.mkdir(stem + ".1.keras")
                _right_model().save(stem + ".1.keras/inner.keras")
                """
            )
            + REF[T1],
            T2: REF[T2],
            T3: REF[T3],
        },
        7,
        "flagged",
        flagged=(T1,),
        detail=("a folder",),
    ),
    Attack(
        "bigrecord",
        "an honest task 1 with an extra record .2 of 200 MB (sparse) beside the genuine .1",
        {
            T1: _in_task1_test(
                """
                with open(stem + ".2.keras", "wb") as _handle:
                    _handle.truncate(200 * 2**20)
                """
            )
            + REF[T1],
            T2: REF[T2],
            T3: REF[T3],
        },
        7,
        "flagged",
        flagged=(T1,),
        detail=("larger than 16 MB",),
    ),
    Attack(
        "latewriter",
        "a lying kernel and a wrong model; a thread waits until task 1's test cell has ended, "
        "then rewrites its record .1 with a correct model",
        {
            T1: LYING_SESSION
            + RIGHT1
            + code(
                """
                import os as _os, threading as _threading, time as _time
                _shell = get_ipython()

                def _rewrite(path, count):
                    while _shell.execution_count < count + 2:  # task 2's answer cell has begun
                        _time.sleep(0.05)
                    _right_model().save(path)

                def _watch(folder, count):
                    for _ in range(600):
                        done = [f for f in _os.listdir(folder) if f.endswith(".1.keras")]
                        if done:
                            return _rewrite(_os.path.join(folder, done[0]), count)
                        _time.sleep(0.02)
                """
            )
            + WRONG1.replace(
                "    numbers = keras.Input(shape=(4,))\n",
                "    _threading.Thread(target=_watch, args=(_os.environ['CKL_RECORD_DIR'], "
                "_shell.execution_count), daemon=True).start()\n"
                "    numbers = keras.Input(shape=(4,))\n",
            ),
            T2: REF[T2],
            T3: REF[T3],
        },
        4,
        "flagged",
        flagged=(T1, T2),  # task 1 refuted on its genuine record; the late write before task 2
        detail=("checked again outside the notebook's kernel", "another cell's id"),
    ),
    Attack(
        "honestbuilder",
        "honest: correct answers, and task 1's answer cell checks itself with ag.build (a record "
        "under the answer cell's own id, which no test reads)",
        {T1: REF[T1] + "ag.build(build_two_branch_model)\n", T2: REF[T2], T3: REF[T3]},
        FULL,
    ),
    # ------------------------------------------------------------ the limit, tested as such
    Attack(
        "trustedliar",
        "LIMIT (README, 'What remains'): a lying kernel whose wrong model holds a layer class "
        "of its own that its function really uses: not recomputable, the kernel's word stands, "
        "and grades.csv says so",
        {
            T1: LYING_SESSION
            + code(
                """
                class Passthrough(keras.layers.Layer):
                    def call(self, x):
                        return x
                """
            )
            + WRONG1.replace(
                "keras.layers.Add()([a, b])", "Passthrough()(keras.layers.Add()([a, b]))"
            ),
            T2: REF[T2],
            T3: REF[T3],
        },
        FULL,
        detail=(f"{T1}_tests: passed on the kernel's checks alone",),
    ),
    # ------------------------------------------------------------ hidden tests read back
    Attack(
        "inreader",
        "task 2's answer reads task 1's test cell from In and prints it hex-encoded",
        {
            T1: REF[T1],
            T2: _leak(
                '_found = "".join(s for s in In if "BEGIN HIDDEN" in s)', "_found.encode().hex()"
            )
            + "def build_inception_block():\n    raise NotImplementedError()\n",
        },
        POINTS[T1],
        shows=("hidden tests read: yes",),
    ),
    Attack(
        "ihreader",
        "task 2's answer reads _ih and prints it rot13-encoded",
        {
            T1: REF[T1],
            T2: "import codecs\n"
            + _leak(
                '_found = "".join(s for s in _ih if "BEGIN HIDDEN" in s)',
                'codecs.encode(_found, "rot13")',
            )
            + "def build_inception_block():\n    raise NotImplementedError()\n",
        },
        POINTS[T1],
        shows=("hidden tests read: yes",),
    ),
    Attack(
        "framewalker",
        "task 1's function walks sys._getframe to its test cell and prints its source, reversed",
        {
            T1: code(
                """
                import sys, linecache
                def _caller_sources():
                    frame, found = sys._getframe(1), ""
                    while frame is not None:  # the cells' frames (the kernel's own are long)
                        name = frame.f_code.co_filename
                        if "ipykernel_" in name or name.startswith("<"):
                            found += "".join(linecache.getlines(name))
                        frame = frame.f_back
                    return found
                """
            )
            + REF[T1].replace(
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n',
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n'
                "    _found = _caller_sources()\n"
                "    " + READ_MARK + "    print(_found[::-1])\n",
            ),
        },
        POINTS[T1],
        shows=("hidden tests read: yes",),
    ),
    Attack(
        "inspector",
        "task 1's function reads its test cell through inspect.stack() and prints it "
        "zlib-compressed and base64-encoded",
        {
            T1: "import inspect, base64, zlib\n"
            + REF[T1].replace(
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n',
                '    """Return the two-branch model of Task 1 (a keras.Model)."""\n'
                '    _found = "".join("".join(inspect.getframeinfo(f.frame, 1000).code_context '
                'or []) for f in inspect.stack(0) if "ipykernel_" in f.filename)\n'
                "    "
                + READ_MARK
                + "    print(base64.b64encode(zlib.compress(_found.encode())).decode())\n",
            ),
        },
        POINTS[T1],
        shows=("hidden tests read: yes",),
    ),
    Attack(
        "sqlreader",
        "task 2's answer reads the history database and prints character codes",
        {
            T1: REF[T1],
            T2: _leak(
                """
                _rows = get_ipython().history_manager.db.execute(
                    "SELECT source_raw FROM history").fetchall()
                _found = "".join(r[0] for r in _rows) + "".join(
                    get_ipython().history_manager.input_hist_raw)
                """,
                "[ord(c) for c in _found]",
            )
            + "def build_inception_block():\n    raise NotImplementedError()\n",
        },
        POINTS[T1],
        shows=("hidden tests read: yes",),
    ),
    Attack(
        "nsreader",
        "task 3's answer reads _i* from get_ipython().user_ns and the linecache, and prints them "
        "base32-encoded",
        {
            T1: REF[T1],
            T2: REF[T2],
            T3: "import base64, linecache\n"
            + _leak(
                """
                _ns = get_ipython().user_ns
                _found = "".join(v for k, v in list(_ns.items())
                                 if k.startswith("_i") and isinstance(v, str))
                _found += "".join("".join(e[2]) for e in list(linecache.cache.values())
                                  if len(e) > 2 and isinstance(e[2], list))
                """,
                "base64.b32encode(_found.encode()).decode()",
            )
            + "def build_tiled_metadata_model():\n    raise NotImplementedError()\n",
        },
        POINTS[T1] + POINTS[T2],
        shows=("hidden tests read: yes",),
    ),
]
