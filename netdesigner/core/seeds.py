"""Per-node seeds derived from the project seed, shared by the builder, the exported script
and the importer, so that all three start from the same initial weights."""

from __future__ import annotations

from collections.abc import Iterable

SEED_MODULUS = 2**31 - 1  # a prime, so the project seed can be recovered from any node's seed
SEED_FACTOR = 1_000_003
INDEX_STEP = 7919
_MAX_GUESSED_SEED = 1_000_000


def node_seed(seed: int, index: int) -> int:
    """A distinct, stable seed for the ``index``-th node, so weights do not depend on build order."""
    return (seed * SEED_FACTOR + index * INDEX_STEP) % SEED_MODULUS


def project_seed(node_seeds: Iterable[tuple[int, int]]) -> int | None:
    """The project seed that gave every ``(index, seed)`` pair through ``node_seed``, or None.

    Lets an imported NetDesigner export keep its seed, and with it its initial weights. Any
    single pair fits some seed, so one pair alone counts only if it gives a small, human seed.
    """
    pairs = list(node_seeds)
    if not pairs:
        return None
    index, seed = pairs[0]
    candidate = (seed - index * INDEX_STEP) * pow(SEED_FACTOR, -1, SEED_MODULUS) % SEED_MODULUS
    if len(pairs) == 1 and candidate > _MAX_GUESSED_SEED:
        return None
    if all(node_seed(candidate, i) == s for i, s in pairs):
        return candidate
    return None
