"""Plain graph algorithms over node ids: adjacency, topological order, cycles, reachability."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence


def adjacency(
    node_ids: Sequence[str], edges: Iterable[tuple[str, str]]
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Incoming and outgoing neighbour lists, in edge order."""
    incoming: dict[str, list[str]] = {n: [] for n in node_ids}
    outgoing: dict[str, list[str]] = {n: [] for n in node_ids}
    for source, target in edges:
        outgoing[source].append(target)
        incoming[target].append(source)
    return incoming, outgoing


def topological_order(node_ids: Sequence[str], outgoing: dict[str, list[str]]) -> list[str]:
    """Kahn's algorithm, stable in ``node_ids`` order. Nodes on or after a cycle are left out."""
    indegree = {n: 0 for n in node_ids}
    for targets in outgoing.values():
        for target in targets:
            indegree[target] += 1
    ready = deque(n for n in node_ids if indegree[n] == 0)
    order: list[str] = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for target in outgoing[node]:
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    return order


def cycles(node_ids: Sequence[str], outgoing: dict[str, list[str]]) -> list[list[str]]:
    """One node path per strongly connected component that contains a cycle (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in node_ids:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = outgoing[node]
            if child < len(targets):
                work.append((node, child + 1))
                target = targets[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in outgoing[node]:
                    found.append(_cycle_path(set(component), outgoing))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def _cycle_path(component: set[str], outgoing: dict[str, list[str]]) -> list[str]:
    """A closed walk a -> b -> ... -> a inside one strongly connected component."""
    start = min(component)
    path = [start]
    seen = {start}
    node = start
    while True:
        nxt = next(t for t in outgoing[node] if t in component)
        if nxt in seen:
            return path[path.index(nxt) :] + [nxt]
        path.append(nxt)
        seen.add(nxt)
        node = nxt


def reachable(starts: Iterable[str], outgoing: dict[str, list[str]]) -> set[str]:
    seen = set(starts)
    todo = list(seen)
    while todo:
        node = todo.pop()
        for target in outgoing[node]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen
