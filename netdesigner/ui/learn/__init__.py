"""The Learn panel: short concept pages with formulas and plots, and "Try it" experiments."""
