"""The palette lists every layer type, filters, and hands out the data a drag carries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesigner.core.catalog import CATALOG, GROUPS
from netdesigner.ui.mime import layer_type_of
from netdesigner.ui.palette import Palette


@pytest.fixture
def palette(qtbot: QtBot) -> Palette:
    widget = Palette()
    qtbot.addWidget(widget)
    widget.resize(240, 600)
    widget.show()
    return widget


def test_every_layer_type_is_listed_under_its_group(palette: Palette) -> None:
    assert sorted(palette.entry_names()) == sorted(CATALOG)
    for name, layer in CATALOG.items():
        item = palette.item_for(name)
        assert item.parent().text(0) == layer.group
        assert layer.description in item.toolTip(0)
        assert not item.icon(0).isNull()
    assert [palette.tree.topLevelItem(i).text(0) for i in range(palette.tree.topLevelItemCount())] == list(GROUPS)


def test_search_filters_entries_and_hides_empty_groups(palette: Palette, qtbot: QtBot) -> None:
    qtbot.keyClicks(palette.search, "pool")
    assert palette.entry_names() == ["MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "zzz nothing")
    assert palette.entry_names() == []
    assert all(palette.tree.topLevelItem(i).isHidden() for i in range(palette.tree.topLevelItemCount()))
    qtbot.keyClick(palette.search, Qt.Key.Key_Escape)
    assert palette.search.text() == ""
    assert len(palette.entry_names()) == len(CATALOG)


def test_search_matches_descriptions(palette: Palette, qtbot: QtBot) -> None:
    qtbot.keyClicks(palette.search, "residual")
    assert palette.entry_names() == ["Add"]


def test_activating_an_entry_asks_to_add_it(palette: Palette, qtbot: QtBot) -> None:
    palette.tree.setCurrentItem(palette.item_for("Dropout"))
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.keyClick(palette.tree, Qt.Key.Key_Return)
    assert added.args == ["Dropout"]
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.keyClicks(palette.search, "conv")
        qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert added.args == ["Conv2D"]


def test_double_click_on_an_entry_asks_to_add_it(palette: Palette, qtbot: QtBot) -> None:
    item = palette.item_for("Dense")
    rect = palette.tree.visualItemRect(item)
    with qtbot.assertNotEmitted(palette.add_requested):
        qtbot.mouseClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(palette.add_requested) as added:
        qtbot.mouseDClick(palette.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert added.args == ["Dense"]


def test_drag_data_names_the_layer_type(palette: Palette) -> None:
    for name in CATALOG:
        assert layer_type_of(palette.mime_data_for(name)) == name
