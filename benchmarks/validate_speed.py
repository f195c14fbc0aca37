"""Shape inference plus validation of a generated 200-layer graph, as run on every edit.

Prints the median over repeated runs; the last line is ``validate_ms: X``. Target: under 5 ms.
"""

import statistics
import time

from netdesigner.core.analysis import analyze
from netdesigner.core.generate import random_network
from netdesigner.core.spec import TrainingConfig


def main() -> None:
    network = random_network(seed=2024, layers=202)
    assert len(network.nodes) >= 200
    training = TrainingConfig()
    analysis = analyze(network, training)
    assert analysis.valid, analysis.problems[:3]
    for _ in range(20):
        analyze(network, training)
    times = []
    for _ in range(300):
        start = time.perf_counter()
        analyze(network, training)
        times.append((time.perf_counter() - start) * 1000)
    print(f"layers: {len(network.nodes)}, edges: {len(network.edges)}, parameters: {analysis.total_params:,}")
    print(f"p90_ms: {statistics.quantiles(times, n=10)[-1]:.3f}")
    print(f"validate_ms: {statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
