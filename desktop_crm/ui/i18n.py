"""Languages: Simplified Chinese and English ship complete (``resources/translations``).

Catalogues are ``.ts`` sources; ``./dev`` builds the ``.qm`` files with pyside6-lrelease. A
language switch installs another translator; Qt then sends every widget a LanguageChange event
and the panes re-word themselves, so nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}  # each in its own language, for the picker

_installed: list[QTranslator] = []
_current = "en"  # the source strings are English


def current() -> str:
    """The language the application shows now."""
    return _current


def pick(setting: str) -> str:
    """The profile's language, or the system's when the profile has none (the first run)."""
    if setting in LANGUAGES:
        return setting
    for tag in QLocale.system().uiLanguages():  # the user's preferred languages, in order
        if tag.startswith("zh"):
            return "zh_CN"  # the Chinese we ship, rather than English, for any Chinese
        if tag.startswith("en"):
            return "en"
    return "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Switch the application to ``language``; False if its catalogue is missing (not built)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS / f"desktop_crm_{language}.qm")):
        return False
    qt = QTranslator(app)  # Qt's own words: standard buttons and dialogs
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    # Dates and numbers Qt formats (day names in the week view and date pickers) follow suit.
    QLocale.setDefault(QLocale(language))
    app.installTranslator(ours)
    _installed.append(ours)
    global _current
    _current = language
    return True
