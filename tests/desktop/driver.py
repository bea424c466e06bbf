"""``qgis --code`` script of tests/packaging/test_desktop.py: runs the scenario named in the file
``DEMINING_DESKTOP_CONFIG`` (``desktop_driver``) once QGIS has started."""

import os
import sys

sys.path.insert(0, os.environ["DEMINING_DESKTOP_HELPERS"])

import desktop_driver  # noqa: E402

DEMINING_DESKTOP_SCENARIO = desktop_driver.run(os.environ["DEMINING_DESKTOP_CONFIG"])
