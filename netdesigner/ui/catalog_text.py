"""What the window shows of the layer catalog and the templates, in the student's language.

``netdesigner.core.catalog`` and ``netdesigner.core.templates`` mark their display texts with
``QT_TRANSLATE_NOOP("Catalog", ...)``; these functions translate them where the GUI shows them.
Layer type keys and parameter names stay English: they are what project files and Keras use.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesigner.core.catalog import CATALOG, CHOICE_LABELS, LAYER_TITLES, ParamSpec
from netdesigner.core.templates import DESCRIPTIONS, TITLES

CONTEXT = "Catalog"


def catalog_tr(text: str) -> str:
    """``text`` (marked in context "Catalog") in the current language."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def layer_title(type_name: str) -> str:
    """The short name of a layer type, e.g. "Dense" (全连接层 in Chinese), for the canvas cards."""
    return catalog_tr(LAYER_TITLES.get(type_name, type_name))


def layer_label(type_name: str) -> str:
    """The name with the Keras class beside it when the two differ, e.g. "全连接层 (Dense)"."""
    title = layer_title(type_name)
    return (
        type_name
        if title == type_name
        else QCoreApplication.translate("LayerLabel", "{title} ({type})").format(title=title, type=type_name)
    )


def layer_description(type_name: str) -> str:
    layer = CATALOG.get(type_name)
    return catalog_tr(layer.description) if layer is not None else ""


def group_title(group: str) -> str:
    return catalog_tr(group)


def param_title(spec: ParamSpec) -> str:
    return catalog_tr(spec.title)


def param_description(spec: ParamSpec) -> str:
    return catalog_tr(spec.description)


def choice_label(value: str) -> str:
    """A readable label for a choice value; activations and paddings stay as Keras names them."""
    return catalog_tr(CHOICE_LABELS.get(value, value))


def bounds_text(spec: ParamSpec) -> str:
    """The allowed range, e.g. "> 0 and <= 10", with its words translated."""
    low = "" if spec.minimum is None else f"{'>' if spec.exclusive_minimum else '>='} {spec.minimum:g}"
    high = "" if spec.maximum is None else f"<= {spec.maximum:g}"
    if low and high:
        return QCoreApplication.translate("LayerLabel", "{low} and {high}").format(low=low, high=high)
    return low or high


def template_title(name: str, fallback: str = "") -> str:
    return catalog_tr(TITLES.get(name, fallback or name))


def template_description(name: str, text: str) -> str:
    """A template's description translated when it is the one marked in ``core.templates``."""
    return catalog_tr(text) if DESCRIPTIONS.get(name) == text else text
