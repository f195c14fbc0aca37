"""The sketch pad: draw a digit and see what the network answers."""
