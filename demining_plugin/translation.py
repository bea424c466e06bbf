"""The plugin's translations: which language QGIS runs in, and the Qt translator for it.

Compiled translations are ``i18n/demining_plugin_<lang>.qm`` inside the installed plugin
(``make package`` compiles the ``.ts`` sources with lrelease).
"""

from pathlib import Path
from typing import Iterable, Optional

from qgis.PyQt.QtCore import QLocale, QTranslator

from .__about__ import PACKAGE_DIR
from .core.locale_format import interface_language

#: Where .qm files are looked for: inside the installed plugin, then beside the source
#: tree (a run from a checkout after ``lrelease``).
TRANSLATION_FOLDERS = (PACKAGE_DIR / "i18n", PACKAGE_DIR.parent / "i18n")
FILE_PREFIX = "demining_plugin"


def user_locale() -> str:
    """QGIS's language, e.g. ``ru_RU`` or ``az``. QGIS keeps it in ``locale/userLocale``
    (its own choice or the system's); the default locale otherwise. Numbers and dates
    follow it too (``core.locale_format``) unless the user set a number locale."""
    return interface_language()


def load_translator(locale_name: str, folders: Optional[Iterable[Path]] = None) -> Optional[QTranslator]:
    """The translator for ``locale_name``, or None when the plugin has no translation for it.

    Qt's locale fallback: ``az_AZ`` tries ``demining_plugin_az_AZ.qm``, then
    ``demining_plugin_az.qm``.
    """
    for folder in folders if folders is not None else TRANSLATION_FOLDERS:
        folder = Path(folder)
        translator = QTranslator()
        if folder.is_dir() and translator.load(QLocale(locale_name), FILE_PREFIX, "_", str(folder)):
            return translator
    return None
