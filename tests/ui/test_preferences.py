"""Edit › Preferences switches the language; Chinese shows in the panels at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from netdesigner.ui import i18n
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.preferences import PreferencesDialog


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_chosen_language(i18n.SYSTEM)
    i18n.install(i18n.ENGLISH)


def test_preferences_is_in_the_edit_menu(qtbot: QtBot) -> None:
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.preferences_action in edit.actions()


def test_choosing_chinese_translates_the_learn_panel_and_is_remembered(qtbot: QtBot) -> None:
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.apply() == "zh_CN"
    assert i18n.chosen_language() == "zh_CN"
    assert QCoreApplication.translate("LearnPanel", "Follow selection") != "Follow selection"
    qtbot.waitUntil(lambda: any("\u4e00" <= ch <= "\u9fff" for ch in window.learn.panel.follow.text()), timeout=5000)
    again = PreferencesDialog(window)
    assert again.language.currentData() == "zh_CN"
    again.language.setCurrentIndex(again.language.findData("en"))
    assert again.apply() == "en"
    qtbot.waitUntil(lambda: window.learn.panel.follow.text() == "Follow selection", timeout=5000)
