"""Keras and TensorFlow: build models from specs, load datasets, train, import. No Qt."""

import os

# TensorFlow's start-up notices (oneDNN, CPU features) mean nothing to a student.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
