# PyInstaller finds this hook by its file name.
"""Frontdesk's override of PyInstaller's QtGui hook: the same files minus the Qt plugins it never loads.

Pruning here, before PyInstaller resolves linked libraries, also keeps out what only those plugins
link (the Wayland client, EGL device integration, Qt Quick from the virtual keyboard, Qt PDF).
"""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bundle_rules import keep_qt_plugin

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in binaries if keep_qt_plugin(source, folder)]
