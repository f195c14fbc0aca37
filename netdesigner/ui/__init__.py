"""The designer window: Qt widgets over the core spec; TensorFlow is only loaded when needed."""
