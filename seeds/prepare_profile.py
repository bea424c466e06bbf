"""Prepare a dedicated QGIS profile for ``make run``.

Writes ``<profile-dir>/QGIS/QGIS3.ini`` (creating or updating it) so that QGIS 3.22
starts with the Demining plugin enabled and without anything between start-up and the
project: no splash screen, no version check, no plugin repository check, no news feed,
no "this plugin crashed last time" refusal. Settings the profile already has (window
layout, recent projects) are kept.

Usage: prepare_profile.py --profile-dir build/profiles/profiles/demining
"""

import argparse
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QSettings

PLUGIN = "demining_plugin"

#: Key -> value, as QGIS 3.22 reads them (QgsSettings keys; "core/" is the Core section).
SETTINGS = {
    # Load the plugin (and Processing, whose provider the plugin registers into).
    f"PythonPlugins/{PLUGIN}": True,
    "PythonPlugins/processing": True,
    # Start-up: no splash, no online version check, no plugin repository check.
    "qgis/hideSplash": True,
    "qgis/checkVersion": False,
    "qgis/allowVersionCheck": False,
    "app/plugin_installer/checkOnStart": False,
    # News feed of the welcome page (shown when QGIS starts without a project).
    "core/NewsFeed/httpsfeedqgisorg/disabled": True,
    # First-run welcome/migration dialog (shown only once per QGIS version).
    "migration/firstRunVersionFlag": 32216,
    # Projects written by the demo builder carry no macros; never ask about them.
    "qgis/enableMacros": "Never",
    # The demo project comes from this QGIS version; no "older version" warning bar.
    "qgis/warnOldProjectVersion": False,
}

#: Keys QGIS sets while loading a plugin and clears once it loaded; left over after a
#: killed session they make QGIS skip the plugin as "crashed".
STALE_KEYS = (f"PythonPlugins/watchDog/{PLUGIN}", f"Plugins/watchDog/{PLUGIN}")


def settings_file(profile_dir: Path) -> Path:
    return profile_dir / "QGIS" / "QGIS3.ini"


def prepare_profile(profile_dir: Path) -> Path:
    path = settings_file(profile_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    # QSettings writes the INI dialect QGIS reads (escaping, booleans, sections).
    settings = QSettings(str(path), QSettings.IniFormat)
    for key, value in SETTINGS.items():
        settings.setValue(key, value)
    for key in STALE_KEYS:
        settings.remove(key)
    settings.sync()
    if settings.status() != QSettings.NoError:
        raise OSError(f"Could not write QGIS settings to {path}")
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile-dir", required=True, type=Path,
                        help="folder of the QGIS profile, e.g. build/profiles/profiles/demining")
    args = parser.parse_args(argv)
    try:
        path = prepare_profile(args.profile_dir)
    except OSError as error:
        print(f"prepare_profile: {error}", file=sys.stderr)
        return 1
    print(f"QGIS profile ready: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
