"""Keras and TensorFlow: build models from specs, load datasets, train, import. No Qt."""
