"""The window in Simplified Chinese: menus, palette, properties, problems and status messages
are translated, and so is the layer catalog, while the layer types stay Keras's names inside."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesigner.core.catalog import CATALOG, CHOICE_LABELS, GROUPS, LAYER_TITLES
from netdesigner.core.templates import DESCRIPTIONS, TITLES, load_template, template_names
from netdesigner.ui import dialogs, i18n
from netdesigner.ui.catalog_text import choice_label, layer_title, param_title, template_title
from netdesigner.ui.main_window import MainWindow


def chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture
def in_chinese() -> Iterator[None]:
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    i18n.install(i18n.ENGLISH)  # the other tests read English


@pytest.fixture
def window(qtbot: QtBot, in_chinese: None, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    win = MainWindow(remember_layout=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_menus_palette_properties_and_messages_are_chinese(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions() if action.menu() is not None]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "训练(&T)", "帮助(&H)"], "one Help menu, not two"
    assert window.walkthrough.action in window.help_menu.actions()
    assert all(chinese(action.text()) for action in window.edit_menu.actions() if not action.isSeparator())
    assert window.preferences_action in window.edit_menu.actions()  # found without its English title

    palette = window.palette
    assert palette.item_for("Dense").text(0) == "全连接层"
    assert "Dense" in palette.item_for("Dense").toolTip(0)  # Keras's name is still there to learn
    assert chinese(palette.search.placeholderText())
    palette.search.setText("dense")  # the English name finds the entry too
    assert "Dense" in palette.entry_names()
    palette.search.clear()

    window.edits.add_layer("Dense")
    node_id = window.doc.nodes[0].id
    assert window.doc.nodes[0].type == "Dense" and "units" in window.doc.nodes[0].params  # keys stay English
    window.scene.select_nodes([node_id])
    form = window.properties.node_form
    assert form is not None
    labels = [label.text() for label in form.fields.findChildren(QLabel) if label.buddy() is not None]
    assert "神经元数" in labels and "激活函数" in labels
    assert all(chinese(text) for text in labels)
    assert chinese(form.summary.text())

    assert chinese(window.problems.summary.text())
    window.edits.copy()
    assert chinese(window.statusBar().currentMessage())
    assert chinese(window.params_label.text()) and chinese(window.windowTitle())
    assert chinese(window.doc.undo_stack.undoText())


def test_template_chooser_is_chinese(window: MainWindow, qtbot: QtBot) -> None:
    from netdesigner.ui.template_dialog import TemplateDialog

    dialog = TemplateDialog(window)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert all(chinese(text) for text in texts), texts
    assert chinese(dialog.windowTitle())


def test_catalog_strings_translate(in_chinese: None) -> None:
    assert all(chinese(layer_title(name)) for name in CATALOG)
    assert all(chinese(QCoreApplication.translate("Catalog", group)) for group in GROUPS)
    for layer in CATALOG.values():
        assert chinese(QCoreApplication.translate("Catalog", layer.description)), layer.name
        for spec in layer.params:
            assert chinese(QCoreApplication.translate("Catalog", spec.description)), spec.name
            assert param_title(spec) != spec.title or spec.title == "Epsilon"
    assert choice_label("glorot_uniform") == "Xavier / Glorot 均匀" and choice_label("relu") == "relu"
    assert all(chinese(template_title(name)) or name == "lenet5" for name in template_names())


def test_every_layer_and_template_has_its_marked_texts() -> None:
    assert set(LAYER_TITLES) == set(CATALOG)
    assert {p.name for layer in CATALOG.values() for p in layer.params if p.kind == "choice"} >= {"initializer"}
    assert set(CHOICE_LABELS) >= {"random_normal", "cross_entropy", "adam", "image", "flat"}
    for name in template_names():
        assert name in TITLES
        assert DESCRIPTIONS[name] == load_template(name).metadata.description, f"{name}: update DESCRIPTIONS"
