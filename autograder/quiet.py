"""Keep TensorFlow's and Keras's noise out of notebooks, and out of stderr.

nbgrader scores a test cell zero when anything reaches stderr, and a learner
should not have to read C++ log lines. TensorFlow prints some of them while
it is imported (no setting stops those), others at its first operation (the
TF_CPP_MIN_LOG_LEVEL variable stops those, if it is set before the import).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import warnings

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")


@contextlib.contextmanager
def native_stderr_silenced():
    """Point file descriptor 2 at /dev/null for the duration of the block.

    Python-level exceptions still propagate as usual; only what C++ code
    writes straight to the descriptor is dropped.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def import_keras():
    """Import Keras (and TensorFlow under it) without the start-up log."""
    if "keras" not in sys.modules:
        with native_stderr_silenced():
            import keras  # noqa: F401
    import tensorflow as tf

    tf.get_logger().setLevel(logging.ERROR)
    logging.getLogger("absl").setLevel(logging.ERROR)
    return sys.modules["keras"]


_LIBRARY = tuple(
    {os.path.dirname(os.__file__), os.path.dirname(os.path.abspath(__file__))}
    | {p for p in sys.path if p.endswith(("site-packages", "dist-packages"))}
)


def library(filename: str) -> bool:
    """True for code that is not the learner's: Python's, an installed package's, the course's."""
    path = os.path.abspath(filename) if filename and not filename.startswith("<") else filename
    return not filename or filename.startswith("<frozen") or path.startswith(_LIBRARY)


def _raised_by_the_learner(message: warnings.WarningMessage) -> bool:
    """The warning points at the learner's code, or at what the learner's line called directly.

    A Keras or NumPy warning raised deep inside the library while the learner's model
    runs (a deprecation inside Keras's own conversion, say) is not about their code.
    """
    if not library(message.filename):
        return True
    frames = []  # outermost first: (filename, line number)
    frame = sys._getframe(2)
    while frame is not None:
        frames.append((frame.f_code.co_filename, frame.f_lineno))
        frame = frame.f_back
    frames.reverse()
    learner = [i for i, (name, _) in enumerate(frames) if not library(name)]
    reported = [i for i, f in enumerate(frames) if f == (message.filename, message.lineno)]
    return bool(learner and reported) and reported[-1] - 1 == learner[-1]


@contextlib.contextmanager
def captured_warnings():
    """Record Python warnings raised in the block instead of printing them.

    Yields the list of the recorded warnings worth a note to the learner: those raised
    by the learner's own code, or by a function their line called directly (Keras's
    warning about `input_shape=` passed to a layer, say). Warnings raised deep inside
    Keras, TensorFlow or NumPy are silenced and left out.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        def record(message):
            if _raised_by_the_learner(message):
                caught.append(message)

        warnings._showwarnmsg_impl = record  # catch_warnings puts its own back on leaving
        yield caught
