# PyInstaller finds this hook by its file name.
"""Frontdesk's override of PyInstaller's QtCore hook: Qt's own translations only for the app's languages."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bundle_rules import app_languages, keep_qt_translation

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
_languages = app_languages()
datas = [
    (source, folder)
    for source, folder in datas
    if not folder.endswith("translations") or keep_qt_translation(Path(source).name, _languages)
]
