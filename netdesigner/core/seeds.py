"""Per-node seeds derived from the project seed, shared by the builder, the exported script
and the importer, so that all three start from the same initial weights."""

from __future__ import annotations

from collections.abc import Sequence

SEED_MODULUS = 2**31 - 1  # a prime, so seeds can be traced back to the project seed
SEED_FACTOR = 1_000_003
INDEX_STEP = 7919


def node_seed(seed: int, index: int) -> int:
    """A distinct, stable seed for the ``index``-th node, so weights do not depend on build order."""
    return (seed * SEED_FACTOR + index * INDEX_STEP) % SEED_MODULUS


def recover_seed(node_seeds: Sequence[int | None]) -> tuple[int, list[int]] | None:
    """The project seed and node order that gave these per-node seeds, or None.

    ``node_seeds`` holds each node's seed (None for nodes without one) in some order, e.g. a
    saved Keras model's layer order. If they can all come from ``node_seed(seed, index)`` with
    distinct indices, return such a ``seed`` and an index for every node: seeded nodes get
    theirs, the others fill the free places in the order given. Building the nodes in that
    order with that seed gives every node its seed again, hence the same initial weights.
    Several answers can do that (a shift of all indices with another seed); the smallest seed
    wins, which is the one a person chose whenever that was a small number. A single seed
    fits anywhere, so its node keeps its place.
    """
    count = len(node_seeds)
    seeded = [(i, s) for i, s in enumerate(node_seeds) if s is not None]
    if not seeded:
        return None
    inverse_factor = pow(SEED_FACTOR, -1, SEED_MODULUS)
    inverse_step = pow(INDEX_STEP, -1, SEED_MODULUS)
    first = seeded[0][1]
    best: tuple[int, dict[int, int]] | None = None
    # One seed fits every place; keep the node where it is rather than pick a place by seed.
    for guess in range(count) if len(seeded) > 1 else [seeded[0][0]]:
        candidate = (first - guess * INDEX_STEP) * inverse_factor % SEED_MODULUS
        if best is not None and candidate >= best[0]:
            continue
        placed: dict[int, int] = {}
        used: set[int] = set()
        for node, seed in seeded:
            index = (seed - candidate * SEED_FACTOR) * inverse_step % SEED_MODULUS
            if index >= count or index in used:
                break
            placed[node] = index
            used.add(index)
        else:
            best = (candidate, placed)
    if best is None:
        return None
    candidate, placed = best
    free = iter(sorted(set(range(count)) - set(placed.values())))
    return candidate, [placed[i] if i in placed else next(free) for i in range(count)]
