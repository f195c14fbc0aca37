"""Guided First Model: a checked, step-by-step walkthrough of the tutorial's first network."""

from netdesigner.ui.walkthrough.controller import Walkthrough

__all__ = ["Walkthrough"]
