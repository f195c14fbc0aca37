"""A layer on the canvas: a card with its type, key settings, output shape, parameter count,
an input port on top, an output port below and a badge when something is wrong."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from netdesigner.core.catalog import CATALOG
from netdesigner.core.problems import Problem
from netdesigner.core.shapes import format_shape
from netdesigner.core.spec import LayerNode
from netdesigner.ui import theme
from netdesigner.ui.catalog_text import layer_description, layer_label, layer_title

if TYPE_CHECKING:
    from netdesigner.ui.scene import CanvasScene


def key_settings(node: LayerNode) -> str:
    """The one-line summary on a card, e.g. ``128 · relu`` for a Dense layer."""
    p = node.params
    kind = node.type
    if kind == "Input":
        return (
            QCoreApplication.translate("NodeItem", "28×28×1 image")
            if p["format"] == "image"
            else QCoreApplication.translate("NodeItem", "784 values, flat")
        )
    if kind == "Dense":
        return f"{p['units']} · {p['activation']}"
    if kind == "Conv2D":
        text = f"{p['filters']} × {p['kernel_size']}×{p['kernel_size']} · {p['activation']}"
        return text + (
            QCoreApplication.translate("NodeItem", " · stride {n}").format(n=p["strides"]) if p["strides"] != 1 else ""
        )
    if kind in ("MaxPooling2D", "AveragePooling2D"):
        text = f"{p['pool_size']}×{p['pool_size']}"
        return text + (
            QCoreApplication.translate("NodeItem", " · stride {n}").format(n=p["strides"])
            if p["strides"] != p["pool_size"]
            else ""
        )
    if kind == "Dropout":
        return QCoreApplication.translate("NodeItem", "rate {rate}").format(rate=f"{p['rate']:g}")
    if kind == "Activation":
        return str(p["activation"])
    if kind == "Reshape":
        return QCoreApplication.translate("NodeItem", "to {shape}").format(
            shape="×".join(str(s) for s in p["target_shape"])
        )
    return ""


def _count(value: int) -> str:
    return f"{value:,}"


class Port(QGraphicsItem):
    """An input or output port: a small circle on the card's edge that edges attach to."""

    def __init__(self, node: NodeItem, role: str) -> None:
        super().__init__(node)
        self.node = node
        self.role = role  # "in" or "out"
        self.highlighted = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        if role == "out":
            tip = QCoreApplication.translate("NodeItem", "Drag from here to an input port to connect")
        else:
            tip = QCoreApplication.translate("NodeItem", "Input")
        self.setToolTip(tip)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        r = theme.PORT_RADIUS + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.boundingRect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = theme.PORT_RADIUS + (2 if self.highlighted else 0)
        color = theme.accent() if self.highlighted else theme.group_color(self.node.group)
        painter.setPen(QPen(color, 2))
        painter.setBrush(QBrush(theme.card_fill() if self.role == "in" else color))
        painter.drawEllipse(QPointF(0, 0), r, r)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def scene_center(self) -> QPointF:
        return self.scenePos()


class NodeItem(QGraphicsObject):
    """Mirror of one :class:`LayerNode`; position in the document is the card's centre."""

    def __init__(self, node: LayerNode) -> None:
        super().__init__()
        self.node_id = node.id
        self.type_name = node.type
        self.title = layer_title(node.type)  # what the card shows, in the student's language
        self.group = CATALOG[node.type].group
        self.summary = ""
        self.shape_text = ""
        self.params_text = ""
        self.problems: list[Problem] = []
        self.locked = False
        self.flow: Any = None  # a gradient_flow.LayerFlow while the gradient flow view is on
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.card_width, self.card_height = theme.card_size()  # grows with the system font
        self.input_port = Port(self, "in") if CATALOG[node.type].max_inputs != 0 else None
        self.output_port = Port(self, "out")
        if self.input_port is not None:
            self.input_port.setPos(0, -self.card_height / 2)
        self.output_port.setPos(0, self.card_height / 2)
        self.update_node(node)

    # -- mirror the document -----------------------------------------------------------------

    def update_node(self, node: LayerNode) -> None:
        self.summary = key_settings(node)
        self.setPos(node.position.x, node.position.y)
        self._refresh_tooltip()
        self.update()

    def update_analysis(
        self, shape: tuple[int, ...] | None, params: tuple[int, int] | None, problems: list[Problem]
    ) -> None:
        self.shape_text = format_shape(shape) if shape is not None else "?"
        if params is None:
            self.params_text = ""
        else:
            trainable, frozen = params
            total = trainable + frozen
            self.params_text = (
                QCoreApplication.translate("NodeItem", "{count} params").format(count=_count(total))
                if total
                else QCoreApplication.translate("NodeItem", "no weights")
            )
        self.problems = problems
        self._refresh_tooltip()
        self.update()

    def _refresh_tooltip(self) -> None:
        lines = [f"<b>{html.escape(layer_label(self.type_name))}</b> &nbsp;<i>{html.escape(self.node_id)}</i>"]
        lines.append(html.escape(layer_description(self.type_name)))
        if self.shape_text:
            lines.append(
                QCoreApplication.translate("NodeItem", "Output shape: {shape} · {params}").format(
                    shape=html.escape(self.shape_text), params=html.escape(self.params_text)
                )
            )
        for problem in self.problems:
            error = problem.severity == "error"
            text = (
                QCoreApplication.translate("NodeItem", "Error: {message}")
                if error
                else QCoreApplication.translate("NodeItem", "Warning: {message}")
            )
            color = theme.ERROR_COLOR if error else theme.WARNING_COLOR
            lines.append(
                f"<span style='color:{color.name()}'>⚠ {text.format(message=html.escape(problem.message))}</span>"
            )
        tooltip = "<br>".join(lines)
        self.setToolTip(tooltip)

    def set_flow(self, flow: Any) -> None:
        if flow != self.flow:
            self.prepareGeometryChange()
            self.flow = flow
            self.update()

    @property
    def severity(self) -> str | None:
        if any(p.severity == "error" for p in self.problems):
            return "error"
        return "warning" if self.problems else None

    # -- geometry and painting ---------------------------------------------------------------

    def card_rect(self) -> QRectF:
        return QRectF(-self.card_width / 2, -self.card_height / 2, self.card_width, self.card_height)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        right = 100 if self.flow is not None else 20  # room for the gradient tab, or the badge
        return self.card_rect().adjusted(-8, -18, right, 12)  # and for the shadow and ports

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), 8, 8)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = self.card_rect()
        color = theme.group_color(self.group)
        selected = self.isSelected()
        # shadow
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRoundedRect(rect.translated(0, 2), 8, 8)
        if selected:
            halo = QColor(theme.accent())
            halo.setAlphaF(0.35)
            painter.setPen(QPen(halo, 6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 10, 10)
        if self.flow is not None:
            self._paint_flow(painter, rect)
        # card
        border = theme.accent() if selected else QColor(color).darker(110)
        if self.severity == "error":
            border = theme.ERROR_COLOR
        painter.setPen(QPen(border, 2.5 if selected or self.severity == "error" else 1.2))
        painter.setBrush(theme.card_fill())
        painter.drawRoundedRect(rect, 8, 8)
        # group stripe on the left
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.left(), rect.top(), 12, rect.height()), 8, 8)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.left(), rect.top(), 6, rect.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(stripe.intersected(clip))
        self._paint_text(painter, rect)
        if self.severity:
            self._paint_badge(painter, rect)
        if self.locked:
            painter.setPen(QPen(theme.text_color(muted=True), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 6, 6)

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        left = rect.left() + 16
        width = rect.width() - 26
        title_font = QFont(painter.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(title_font.pointSizeF(), 9.0) * 1.05)
        small = QFont(painter.font())
        small.setPointSizeF(max(small.pointSizeF(), 9.0) * 0.88)
        painter.setFont(title_font)
        painter.setPen(theme.text_color())
        metrics = QFontMetricsF(title_font)
        title_height = metrics.height()
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, rect.top() + 6, width, title_height), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(small)
        painter.setPen(theme.text_color(muted=True))
        id_rect = QRectF(left + metrics.horizontalAdvance(title) + 6, rect.top() + 7, width, title_height)
        id_width = rect.right() - 22 - id_rect.left()
        small_metrics = QFontMetricsF(small)
        painter.drawText(
            QRectF(id_rect.left(), id_rect.top(), max(id_width, 0), title_height),
            Qt.AlignmentFlag.AlignRight,
            small_metrics.elidedText(self.node_id, Qt.TextElideMode.ElideMiddle, max(id_width, 0)),
        )
        body = QFont(painter.font())
        body.setPointSizeF(max(body.pointSizeF(), 9.0))
        painter.setFont(body)
        painter.setPen(theme.text_color())
        line = QFontMetricsF(body).height()
        y = rect.top() + 8 + title_height
        painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignLeft, self.summary)
        painter.setFont(small)
        painter.setPen(theme.text_color(muted=True))
        y = rect.bottom() - 6 - small_metrics.height()
        painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignLeft, f"→ {self.shape_text}")
        painter.drawText(QRectF(left, y, width, line), Qt.AlignmentFlag.AlignRight, self.params_text)

    def _paint_flow(self, painter: QPainter, rect: QRectF) -> None:
        """A glow around the card in the gradient's color and its norm in a tab on the right."""
        color = theme.health_color(self.flow.state, self.flow.strength)
        glow = QColor(color)
        glow.setAlphaF(0.55)
        painter.setPen(QPen(glow, 7))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 11, 11)
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 0.85)
        font.setBold(True)
        text = self.flow.label()
        metrics = QFontMetricsF(font)
        tab = QRectF(rect.right() + 8, rect.center().y() - metrics.height() / 2 - 2, 0, metrics.height() + 4)
        tab.setWidth(metrics.horizontalAdvance(text) + 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(tab, 4, 4)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(tab, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_badge(self, painter: QPainter, rect: QRectF) -> None:
        """An error is a red disc with a cross, a warning an amber triangle with "!": told apart
        by shape and sign as well as by color."""
        error = self.severity == "error"
        r = 9.0 * theme.card_scale()
        center = QPointF(rect.right(), rect.top())
        painter.setPen(QPen(theme.card_fill(), 2))
        painter.setBrush(theme.ERROR_COLOR if error else theme.WARNING_COLOR)
        if error:
            painter.drawEllipse(center, r, r)
        else:
            painter.drawPolygon(
                QPolygonF([center + QPointF(0, -r * 1.15), center + QPointF(r * 1.1, r), center + QPointF(-r * 1.1, r)])
            )
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white") if error else QColor("black"))
        box = QRectF(center.x() - r, center.y() - r + (0 if error else r * 0.25), 2 * r, 2 * r)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "✕" if error else "!")

    # -- moves -------------------------------------------------------------------------------

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:  # noqa: N802 - Qt's name
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None:
                scene_: CanvasScene = scene  # type: ignore[assignment]
                scene_.node_geometry_changed(self)
        return super().itemChange(change, value)
