"""Import TensorFlow and Keras without the notices its C++ core writes straight to the
standard error file descriptor (oneDNN, CPU features), which mean nothing to a student.

Python-level errors still surface: anything written during a failed import is replayed.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile


def load_keras() -> None:
    """Import keras (and TensorFlow) once, with fd 2 pointed at a scratch file meanwhile."""
    if "keras" in sys.modules:
        return
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as scratch:
        os.dup2(scratch.fileno(), 2)
        try:
            import keras  # noqa: F401
        except BaseException:
            os.dup2(saved, 2)
            scratch.seek(0)
            sys.stderr.write(scratch.read().decode("utf-8", "replace"))
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)
    # TensorFlow and Keras bring some 270,000 objects that live as long as the process. Moved out
    # of the collector's reach, a full collection takes well under a millisecond instead of
    # ~140 ms, which would otherwise hold the interpreter (and so training and the window) still.
    gc.freeze()
