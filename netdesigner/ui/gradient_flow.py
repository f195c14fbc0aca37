"""The gradient flow view: the canvas colors each layer by how strongly it learns.

From the latest probe, every trainable layer gets a state (healthy, weak, vanishing,
exploding or dead) and a strength: its gradient norm relative to the strongest layer's, on a
log scale. Edges carry the strength of the layer they feed, so a gradient that fades on its
way back to the input shows as edges that thin out. Each card also prints its norm, so the
view does not depend on telling colors apart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QAction

from netdesigner.core.diagnosis import DEAD_SHARE, EXPLODING_NORM, VANISHING_RATIO, LayerHealth
from netdesigner.core.spec import Network

ORDERS_SHOWN = 6.0  # strength 0 means this many orders of magnitude below the strongest layer
WEAK_RATIO = 1e-2


@dataclass(frozen=True)
class LayerFlow:
    state: str  # healthy | weak | vanishing | exploding | dead
    strength: float  # 0 (vanished) .. 1 (the strongest layer)
    norm: float

    def label(self) -> str:
        if self.state == "dead":
            return QCoreApplication.translate("GradientFlow", "∇ dead")
        return f"∇ {self.norm:.0e}" if self.norm > 0 else "∇ 0"


def layer_states(health: list[LayerHealth]) -> dict[str, LayerFlow]:
    """The flow of each probed layer, keyed by layer name (the node id)."""
    finite = [h.gradient_norm for h in health if math.isfinite(h.gradient_norm) and h.gradient_norm > 0]
    strongest = max(finite, default=0.0)
    states: dict[str, LayerFlow] = {}
    for h in health:
        norm = h.gradient_norm
        if not math.isfinite(norm) or norm > EXPLODING_NORM:
            states[h.layer] = LayerFlow("exploding", 1.0, norm)
            continue
        ratio = norm / strongest if strongest > 0 else 0.0
        strength = 1.0 + math.log10(ratio) / ORDERS_SHOWN if ratio > 0 else 0.0
        strength = min(1.0, max(0.0, strength))
        if h.dead_share is not None and h.dead_share >= DEAD_SHARE:
            state = "dead"
        elif ratio < VANISHING_RATIO:
            state = "vanishing"
        elif ratio < WEAK_RATIO:
            state = "weak"
        else:
            state = "healthy"
        states[h.layer] = LayerFlow(state, strength, norm)
    return states


def edge_flow(network: Network, states: dict[str, LayerFlow]) -> dict[tuple[str, str], LayerFlow]:
    """Each edge carries the flow of the first probed layer at or after its target: the
    gradient that comes back along an edge is the one that reaches that layer."""
    outgoing: dict[str, list[str]] = {}
    for edge in network.edges:
        outgoing.setdefault(edge.source, []).append(edge.target)

    def downstream(node_id: str, seen: set[str]) -> LayerFlow | None:
        if node_id in states:
            return states[node_id]
        if node_id in seen:
            return None
        seen.add(node_id)
        for target in outgoing.get(node_id, []):
            found = downstream(target, seen)
            if found is not None:
                return found
        return None

    flows = {}
    for edge in network.edges:
        found = downstream(edge.target, set())
        if found is not None:
            flows[(edge.source, edge.target)] = found
    return flows


class GradientFlow(QObject):
    """Owns the View menu's toggle and paints the latest probe onto the canvas while it is on."""

    message = Signal(str)

    def __init__(self, scene, session, parent: QObject | None = None) -> None:  # noqa: ANN001 - Qt objects
        super().__init__(parent)
        self.scene = scene
        self.session = session
        self.health: list[LayerHealth] = []
        self.toggle_action = QAction(self.tr("Color Layers by &Gradient Health"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.setStatusTip(
            self.tr("Color each layer by the size of the gradient that reaches it, from the latest probe")
        )
        self.toggle_action.toggled.connect(self._on_toggled)
        session.probed.connect(self._on_probed)
        session.model_changed.connect(self._on_model_changed)
        doc = scene.doc
        doc.project_replaced.connect(self._forget)
        for signal in (doc.node_added, doc.node_removed, doc.node_changed):
            signal.connect(self._on_design_edited)
        doc.edges_changed.connect(self._on_design_edited)

    @property
    def enabled(self) -> bool:
        return self.toggle_action.isChecked()

    @Slot(bool)
    def _on_toggled(self, on: bool) -> None:
        if on and not self.health:
            self.message.emit(
                self.tr("The layers are colored once training has measured their gradients (after the first probe).")
            )
        self._paint()

    @Slot(int, object)
    def _on_probed(self, step: int, health: list) -> None:
        self.health = list(health)
        self._paint()

    @Slot()
    def _on_model_changed(self) -> None:
        if self.session.model is None:
            self._forget()

    @Slot()
    @Slot(str)
    def _on_design_edited(self, node_id: str = "") -> None:
        if not self.session.busy:  # the colors described the design as it was trained
            self._forget()

    @Slot()
    def _forget(self) -> None:
        self.health = []
        self._paint()

    def _paint(self) -> None:
        if not self.enabled or not self.health:
            self.scene.set_gradient_flow({}, {})
            return
        states = layer_states(self.health)
        self.scene.set_gradient_flow(states, edge_flow(self.scene.doc.project.network, states))
