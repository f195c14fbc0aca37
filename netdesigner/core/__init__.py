"""The truth about a network: spec, catalog, shapes, validation, project files. No Qt, no TensorFlow."""
