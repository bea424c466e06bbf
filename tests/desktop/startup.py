"""``PYQGIS_STARTUP`` script of tests/packaging/test_desktop.py: QGIS runs it as soon as its Python
starts; it installs the heartbeat and the watchdog (``desktop_watchdog``)."""

import os
import sys

sys.path.insert(0, os.environ["DEMINING_DESKTOP_HELPERS"])

import desktop_watchdog  # noqa: E402

desktop_watchdog.install(os.environ["DEMINING_DESKTOP_OUT"])
