"""Colors and sizes shared by the canvas items, read from the application palette so that
light and dark system themes both work."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

CARD_WIDTH = 212.0
CARD_HEIGHT = 74.0
PORT_RADIUS = 6.0

GROUP_COLORS = {
    "Core": "#3b82f6",
    "Convolution": "#8b5cf6",
    "Pooling": "#14b8a6",
    "Regularization": "#f59e0b",
    "Merge": "#ec4899",
}
ERROR_COLOR = QColor("#dc2626")
WARNING_COLOR = QColor("#d97706")
OK_COLOR = QColor("#16a34a")


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark() -> bool:
    window = palette().color(QPalette.ColorRole.Window)
    return window.lightnessF() < 0.5


def card_fill() -> QColor:
    base = palette().color(QPalette.ColorRole.Base)
    return base.lighter(125) if is_dark() else base


def canvas_background() -> QColor:
    window = palette().color(QPalette.ColorRole.Window)
    return window.darker(115) if is_dark() else window.lighter(103)


def grid_color() -> QColor:
    color = palette().color(QPalette.ColorRole.Text)
    color.setAlphaF(0.07)
    return color


def text_color(muted: bool = False) -> QColor:
    color = palette().color(QPalette.ColorRole.Text)
    if muted:
        color.setAlphaF(0.62)
    return color


def accent() -> QColor:
    return palette().color(QPalette.ColorRole.Highlight)


def group_color(group: str) -> QColor:
    return QColor(GROUP_COLORS.get(group, "#64748b"))


FADED_FLOW = QColor("#94a3b8")  # a gradient that has all but vanished
DEAD_COLOR = QColor("#475569")


def health_color(state: str, strength: float) -> QColor:
    """The gradient flow view's color: faded grey-blue for a vanished gradient through to green
    for the strongest layer; red when it explodes, slate when the units are dead."""
    if state == "exploding":
        return QColor(ERROR_COLOR)
    if state == "dead":
        return QColor(DEAD_COLOR)
    t = min(1.0, max(0.0, strength))
    a, b = FADED_FLOW, OK_COLOR
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )
