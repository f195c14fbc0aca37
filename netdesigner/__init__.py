"""NetDesigner: build, train and look inside neural networks for handwritten digits."""

__version__ = "0.1.0"
