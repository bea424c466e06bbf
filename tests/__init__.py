"""The plugin's tests; the folders mirror the package (core/<subpackage>/, gui/, processing/,
demo/) and packaging/ holds what concerns the plugin as users install it.

Shared helpers: ``tests/helpers.py`` (Qt event loop, locale, files, layers, sessions),
``tests/ground.py`` (geometry on the ground, pyproj measurements); fixtures in conftest.py.
"""

from pathlib import Path

#: The repository (the folder holding ``demining_plugin/``, ``seeds/``, ``tests/``).
REPO_ROOT = Path(__file__).resolve().parent.parent
