"""Panels that show what the network learned and how it learns: weights, activations, one neuron."""
