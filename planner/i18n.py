"""Translation set-up: Qt's own words (dialog buttons) and the app's, for the person's language.

Every text a person reads goes through ``self.tr()`` or ``QCoreApplication.translate()``;
the source texts are English, and ``resources/translations/between_checkups.ts`` lists
them all for translators (made by ``pyside6-lupdate``, see the README). English needs no
file, so an English start loads nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from planner.paths import resources_dir

log = logging.getLogger(__name__)

#: The app's translation files: ``between_checkups_<language>.qm``.
CATALOG = "between_checkups"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[object]:
    """Load Qt's and the app's translations for ``locale`` (the system's by default).

    Returns the translators installed (kept alive by the caller: Qt does not own them).
    A language without a file simply stays English; nothing here ever stops the start.
    """
    locale = locale or QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return []
    from PySide6.QtCore import QLibraryInfo, QTranslator  # not needed in English

    installed = []
    sources = (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (CATALOG, str(translations_dir())),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("No %s translation for %s", name, locale.name())
    return installed
