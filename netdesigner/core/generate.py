"""Random valid networks with branches and merges, for parity tests against Keras and for
the validation benchmark. Each step picks a layer that fits the current shape."""

from __future__ import annotations

import random
from typing import Any

from netdesigner.core.shapes import Shape, ShapeError, output_shape
from netdesigner.core.spec import Edge, LayerNode, Network


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.nodes: list[LayerNode] = []
        self.edges: list[Edge] = []
        self.shapes: dict[str, Shape] = {}

    def add(self, type_name: str, sources: list[str], **params: Any) -> str | None:
        """Add a layer fed by ``sources`` if its shape works out; return its id or None."""
        node = LayerNode(
            id=f"n{len(self.nodes)}", type=type_name, params=params, position={"x": 0, "y": 110 * len(self.nodes)}
        )
        try:
            shape = output_shape(type_name, node.id, node.params, [self.shapes[s] for s in sources], sources)
        except ShapeError:
            return None
        if any(size <= 0 for size in shape):
            return None
        self.nodes.append(node)
        self.edges.extend(Edge(source=s, target=node.id) for s in sources)
        self.shapes[node.id] = shape
        return node.id

    def weights(self) -> dict[str, Any]:
        rng = self.rng
        return {
            "activation": rng.choice(["linear", "relu", "tanh", "sigmoid", "elu", "gelu", "leaky_relu"]),
            "use_bias": rng.random() < 0.8,
            "initializer": rng.choice(["glorot_uniform", "he_normal", "random_normal", "zeros"]),
            "regularizer": rng.choice(["none", "l1", "l2", "l1_l2"]),
        }

    def image_step(self, tip: str) -> str | None:
        rng = self.rng
        kind = rng.choice(["conv", "conv", "pool", "norm", "branch", "other"])
        if kind == "conv":
            return self.add(
                "Conv2D",
                [tip],
                filters=rng.randint(1, 8),
                kernel_size=rng.randint(1, 5),
                strides=rng.randint(1, 2),
                padding=rng.choice(["valid", "same"]),
                **self.weights(),
            )
        if kind == "pool":
            return self.add(
                rng.choice(["MaxPooling2D", "AveragePooling2D"]),
                [tip],
                pool_size=rng.randint(1, 3),
                strides=rng.randint(1, 3),
                padding=rng.choice(["valid", "same"]),
            )
        if kind == "norm":
            return self.add("BatchNormalization", [tip])
        if kind == "branch":
            filters = rng.randint(1, 6)
            a = self.add("Conv2D", [tip], filters=filters, kernel_size=3, padding="same", **self.weights())
            b = self.add(
                "Conv2D", [tip], filters=filters if rng.random() < 0.5 else filters + 2, kernel_size=1, padding="same"
            )
            if a is None or b is None:
                return a or b
            merge = "Add" if self.shapes[a] == self.shapes[b] and rng.random() < 0.7 else "Concatenate"
            return self.add(merge, [a, b])
        return self.add(rng.choice(["Dropout", "Activation"]), [tip])

    def flat_step(self, tip: str) -> str | None:
        rng = self.rng
        kind = rng.choice(["dense", "dense", "norm", "branch", "other"])
        if kind == "dense":
            return self.add("Dense", [tip], units=rng.randint(1, 40), **self.weights())
        if kind == "norm":
            return self.add("BatchNormalization", [tip])
        if kind == "branch":
            a = self.add("Dense", [tip], units=rng.randint(2, 20), **self.weights())
            b = self.add("Dense", [tip], units=self.shapes[a][0] if a and rng.random() < 0.6 else rng.randint(2, 20))
            if a is None or b is None:
                return a or b
            return self.add("Add" if self.shapes[a] == self.shapes[b] else "Concatenate", [a, b])
        return self.add(rng.choice(["Dropout", "Activation"]), [tip])


def random_network(seed: int, layers: int = 12, classes: int = 10) -> Network:
    """A valid network of about ``layers`` layers ending in Dense(classes, softmax)."""
    builder = _Builder(random.Random(seed))
    image = builder.rng.random() < 0.6
    tip = builder.add("Input", [], format="image" if image else "flat")
    assert tip is not None
    while len(builder.nodes) < layers - 2:
        rank = len(builder.shapes[tip])
        if rank == 3 and builder.rng.random() < 0.1:
            step = builder.add(builder.rng.choice(["Flatten", "GlobalAveragePooling2D"]), [tip])
        elif rank == 1 and builder.shapes[tip][0] % 4 == 0 and builder.rng.random() < 0.05:
            step = builder.add("Reshape", [tip], target_shape=[2, -1, 2])
        else:
            step = builder.image_step(tip) if rank == 3 else builder.flat_step(tip)
        tip = step or tip
    if len(builder.shapes[tip]) != 1:
        tip = builder.add("Flatten", [tip]) or tip
    builder.add("Dense", [tip], units=classes, activation="softmax")
    return Network(nodes=builder.nodes, edges=builder.edges)
