"""Colors and sizes shared by the canvas items, read from the application palette so that
light and dark system themes both work."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette

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
BASE_POINT_SIZE = 9.0  # the font size the card sizes above were drawn for


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


def card_scale() -> float:
    """How much larger than designed the cards must be for the application's font size."""
    font = QGuiApplication.font()
    size = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return max(1.0, size / BASE_POINT_SIZE)


def card_text_height(font: QFont) -> float:
    """Height of a card's three lines (bold title, settings, shape) in ``font``, with margins."""
    size = max(font.pointSizeF(), BASE_POINT_SIZE)
    total = 16.0
    for factor, bold in ((1.05, True), (1.0, False), (0.88, False)):
        line = QFont(font)
        line.setBold(bold)
        line.setPointSizeF(size * factor)
        total += QFontMetricsF(line).height()
    return total


def card_size() -> tuple[float, float]:
    """Width and height of a layer's card: larger with a larger system font, so its text fits
    (its height only as much as the text needs, so that cards in a column keep their gaps)."""
    font = QGuiApplication.font()
    return CARD_WIDTH * card_scale(), max(CARD_HEIGHT, card_text_height(font) + 6.0)


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
