"""Loading TensorFlow and Keras, called off the GUI thread so the window stays responsive."""

from __future__ import annotations


def load_engine() -> str:
    """Import Keras (and TensorFlow under it); returns the Keras version."""
    from netdesigner.engine.backend import load_keras

    load_keras()
    import keras

    return str(keras.__version__)
