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


@contextlib.contextmanager
def captured_warnings():
    """Record Python warnings raised in the block instead of printing them.

    Yields the list that `warnings.catch_warnings(record=True)` fills.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught
