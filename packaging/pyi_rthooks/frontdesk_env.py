"""Runtime hook of the frozen Frontdesk: runs before the app's first import."""

import os

# qasync picks its Qt binding from QT_API when set; the bundle holds PySide6 only, so a QT_API left in
# the user's environment by another tool must not send it looking for PyQt.
os.environ["QT_API"] = "pyside6"
