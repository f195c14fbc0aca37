"""Training panel: the worker, plots, run history and evaluation."""
