"""Edit › Preferences switches the language; Chinese shows in the panels at once."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from netdesigner.ui import dialogs, i18n, preferences
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


def _choose(window: MainWindow, code: str) -> PreferencesDialog:
    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    return dialog


def test_a_new_language_offers_to_restart_after_the_usual_unsaved_question(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    answers = {"ask_restart": [True, True], "ask_save": ["cancel", "discard"]}
    monkeypatch.setattr(dialogs, "ask_restart", lambda parent: calls.append("ask") or answers["ask_restart"].pop(0))
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: calls.append("save?") or answers["ask_save"].pop(0))
    monkeypatch.setattr(preferences, "start_again", lambda: calls.append("start") or True)
    monkeypatch.setattr(preferences, "quit_app", lambda: calls.append("quit"))
    i18n.set_chosen_language("en")
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    window.edits.add_layer("Dense")  # unsaved work

    preferences.change_language(window, _choose(window, "zh_CN"))
    assert calls == ["ask", "save?"]  # cancelled at the unsaved-changes question: nothing restarts
    assert window.isVisible()

    preferences.change_language(window, _choose(window, "en"))
    assert calls == ["ask", "save?", "ask", "save?", "start", "quit"]
    assert not window.isVisible()


def test_later_keeps_the_window_and_says_when_the_menus_change(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(dialogs, "ask_restart", lambda parent: asked.append(True) or False)
    monkeypatch.setattr(preferences, "start_again", lambda: pytest.fail("must not restart"))
    i18n.set_chosen_language("en")
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    preferences.change_language(window, _choose(window, "en"))  # the same language: no question
    assert not asked
    preferences.change_language(window, _choose(window, "zh_CN"))
    assert asked == [True] and window.isVisible()
    assert "NetDesigner" in window.statusBar().currentMessage()
    assert window.doc.analysis.problems and all(
        any("\u4e00" <= c <= "\u9fff" for c in problem.message) for problem in window.doc.analysis.problems
    ), "an empty design's problems are told in Chinese at once"


def test_the_relaunch_uses_this_python_and_its_arguments() -> None:
    program, arguments = preferences.relaunch_command()
    assert program == sys.executable
    assert arguments == (list(sys.orig_argv[1:]) if hasattr(sys, "orig_argv") else sys.argv)
