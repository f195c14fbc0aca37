"""The app's language: which one to use, and loading its translations into Qt.

The language follows the system locale unless the student chose one in Preferences (kept in
the settings as ``language``: ``"system"``, ``"en"`` or a code such as ``"zh_CN"``). Every
``resources/i18n/*_<code>.qm`` is loaded, plus Qt's own translations of its standard dialogs
and buttons when the Qt installation has them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from netdesigner.core import i18n as core_i18n
from netdesigner.paths import resource
from netdesigner.translation_areas import LANGUAGES
from netdesigner.ui import settings

SYSTEM = "system"
ENGLISH = "en"
NAMES = {ENGLISH: "English", "zh_CN": "简体中文 (Simplified Chinese)"}


def chosen_language() -> str:
    value = settings.settings().value("language", SYSTEM)
    return value if value in (SYSTEM, ENGLISH, *LANGUAGES) else SYSTEM


def set_chosen_language(value: str) -> None:
    settings.settings().setValue("language", value)


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """The language to show for a choice: the system's when it has a translation, else English."""
    if choice != SYSTEM:
        return choice
    locale = locale or QLocale.system()
    for code in LANGUAGES:
        if QLocale(code).language() == locale.language() and (
            QLocale(code).script() == locale.script() or QLocale(code).territory() == locale.territory()
        ):
            return code
    return ENGLISH


def translation_files(language: str) -> list:
    folder = resource("i18n")
    return sorted(folder.glob(f"*_{language}.qm")) if language != ENGLISH and folder.is_dir() else []


_installed: list[QTranslator] = []
_shown = [ENGLISH]  # the language install() last put in place


def current_language() -> str:
    """The language the app shows now: ``"en"`` or a code such as ``"zh_CN"``."""
    return _shown[0]


def install(language: str) -> str:
    """Replace the app's translators with ``language``'s; returns the language now shown.

    Messages from ``core`` and ``engine`` are translated through Qt from then on too."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _shown[0] = ENGLISH
    if language == ENGLISH:
        core_i18n.set_translator(None)
        return ENGLISH
    core_i18n.set_translator(QCoreApplication.translate)
    files = translation_files(language)
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    _shown[0] = language if files else ENGLISH
    return _shown[0]
