"""Help › User Guide…: the guide opens inside the app with its pictures, in the app's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from netdesigner.paths import docs_dir
from netdesigner.ui import i18n
from netdesigner.ui.accessibility import describe, unnamed_controls
from netdesigner.ui.guide import GuideWindow
from netdesigner.ui.guide.files import anchor, guide_file
from netdesigner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def picture(path: Path, color: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path))


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A small guide in English and Chinese; the Chinese one lacks one of its pictures."""
    (tmp_path / "guide.md").write_text(
        "# Guide\n\n![shared](images/shared.png)\n\n## Second part\n\nMore.\n\n[中文](zh_CN/guide.md)\n",
        encoding="utf-8",
    )
    picture(tmp_path / "images" / "shared.png", "red")
    picture(tmp_path / "images" / "own.png", "red")
    zh = tmp_path / "zh_CN"
    zh.mkdir()
    (zh / "guide.md").write_text(
        "# 指南\n\n![共用](images/shared.png)\n\n![自己的](images/own.png)\n\n## 第二部分\n\n[English](../guide.md#second-part)\n",
        encoding="utf-8",
    )
    picture(zh / "images" / "own.png", "blue")
    return tmp_path


def test_the_help_menu_opens_the_real_guide_with_its_pictures(qtbot: QtBot) -> None:
    window = MainWindow(remember_layout=False)
    qtbot.addWidget(window)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and window.about_action in a.menu().actions()
    )
    titles = [a.text() for a in help_menu.actions()]
    assert "&User Guide…" in titles and titles.index("&User Guide…") < titles.index("&Learn Panel")
    window.user_guide.action.trigger()
    guide = window.user_guide.window
    assert guide is not None and guide.isVisible()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "NetDesigner user guide" in text and "The sketch pad" in text and "Troubleshooting" in text
    assert guide.path == docs_dir() / "guide.md"
    qtbot.waitUntil(lambda: docs_dir() / "images" / "window.png" in guide.browser.loaded_images)
    assert guide.browser.document().resource(2, QUrl("images/window.png")) is not None  # 2: an image
    window.user_guide.action.trigger()  # again: the same window, not a second one
    assert window.user_guide.window is guide
    guide.close()


def test_a_translated_guide_is_shown_with_english_pictures_where_it_has_none(
    qtbot: QtBot, docs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "current_language", lambda: "zh_CN")
    guide = GuideWindow(docs=docs)
    qtbot.addWidget(guide)
    guide.show_guide()
    assert guide.path == docs / "zh_CN" / "guide.md" and "第二部分" in guide.browser.toPlainText()
    qtbot.waitUntil(lambda: len(guide.browser.loaded_images) >= 2)
    assert set(guide.browser.loaded_images) == {docs / "images" / "shared.png", docs / "zh_CN" / "images" / "own.png"}
    guide.close()


def test_the_open_guide_follows_a_change_of_language(qtbot: QtBot, docs: Path) -> None:
    guide = GuideWindow(docs=docs)
    qtbot.addWidget(guide)
    guide.show_guide()
    assert guide.path == docs / "guide.md"
    try:
        assert i18n.install("zh_CN") == "zh_CN"
        qtbot.waitUntil(lambda: guide.path == docs / "zh_CN" / "guide.md")
        assert guide.windowTitle() == "NetDesigner 用户指南"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: guide.path == docs / "guide.md")
    assert guide.windowTitle() == "NetDesigner User Guide"
    guide.close()


def test_links_go_to_headings_and_between_languages(qtbot: QtBot, docs: Path) -> None:
    guide = GuideWindow(docs=docs)
    qtbot.addWidget(guide)
    guide.resize(400, 150)
    guide.load(guide_file("en", docs))
    guide.show()
    guide.browser.anchorClicked.emit(QUrl("zh_CN/guide.md"))
    assert guide.path == docs / "zh_CN" / "guide.md"
    guide.browser.anchorClicked.emit(QUrl("../guide.md#second-part"))
    assert guide.path == docs / "guide.md"
    assert guide.browser.scroll_to("second-part") and not guide.browser.scroll_to("no-such-part")
    guide.close()


def test_a_language_without_a_guide_falls_back_to_english_and_a_missing_guide_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    assert guide_file("fr", tmp_path) == tmp_path / "guide.md"
    guide = GuideWindow(docs=tmp_path)
    qtbot.addWidget(guide)
    assert not guide.load(tmp_path / "guide.md")
    assert "could not be read" in guide.browser.toPlainText()


def test_find_goes_to_the_next_match_and_says_when_there_is_none(qtbot: QtBot, docs: Path) -> None:
    guide = GuideWindow(docs=docs)
    qtbot.addWidget(guide)
    guide.load(docs / "guide.md")
    guide.search.setText("more")
    guide.find_next()
    assert guide.browser.textCursor().selectedText().lower() == "more" and guide.note.text() == ""
    guide.search.setText("nothing like this")
    guide.find_next()
    assert guide.note.text() == "Not found"


def test_every_control_of_the_guide_window_has_a_name(qtbot: QtBot, docs: Path) -> None:
    guide = GuideWindow(docs=docs)
    qtbot.addWidget(guide)
    guide.show_guide()
    assert [describe(w) for w in unnamed_controls(guide)] == []
    guide.close()


def test_anchors_are_the_ones_github_makes() -> None:
    assert anchor("Saving, loading and exporting") == "saving-loading-and-exporting"
    assert anchor("Gradients and the diagnosis") == "gradients-and-the-diagnosis"
    assert anchor("保存、加载与导出") == "保存加载与导出"


def test_the_installers_carry_the_guide() -> None:
    spec = (ROOT / "packaging" / "netdesigner.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs"), "docs")' in spec
