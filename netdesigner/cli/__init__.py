"""The command line; the GUI shares its engine code."""

from netdesigner.cli.app import main

__all__ = ["main"]
