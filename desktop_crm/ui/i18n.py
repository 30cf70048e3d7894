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


def pick(setting: str) -> str:
    """The profile's language, or the system's when the profile has none."""
    if setting in LANGUAGES:
        return setting
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


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
    return True
