"""Every preference the plugin keeps in ``QgsSettings``: its key and its default, in one place.

All the plugin's keys live under ``demining/``. ``core/`` never reads settings: the desktop
and Processing read a preference here and pass the value to ``core/`` as an argument.

Keys that earlier versions saved under ``Demining/...`` are moved to their new names once,
when the plugin starts (``migrate_old_keys``). The new names differ from the old ones by
more than letter case: on Windows the settings live in the registry, whose keys ignore case.

Not here: the layer and project properties ``demining/store`` and ``demining/layer`` (kept
in the project, not in the user's settings), and QGIS's own language settings, read by
``core.locale_format``.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

from qgis.core import QgsSettings

from .core.checks.items import DEFAULT_TEAM_DISTANCE_M
from .core.release.marking import DEFAULT_TOLERANCE_M2

#: The prefix of every key of the plugin.
PREFIX = "demining/"


@dataclass(frozen=True)
class Setting:
    """One preference: its ``QgsSettings`` key and the value it has until the user sets one.

    ``kind`` is the type a read returns (QSettings hands back strings from an .ini file);
    a number below ``minimum`` or one that cannot be read gives the default."""

    key: str
    default: Any
    kind: type = str
    minimum: Optional[float] = None

    def value(self) -> Any:
        settings = QgsSettings()
        if self.kind is list:
            return list(settings.value(self.key, self.default, type=list) or [])
        if self.kind is bool:
            return settings.value(self.key, self.default, type=bool)
        raw = settings.value(self.key, self.default)
        if self.kind in (float, int):
            try:
                number = self.kind(float(raw))
            except (TypeError, ValueError):
                return self.default
            return max(self.kind(self.minimum), number) if self.minimum is not None else number
        return raw if raw is not None else self.default

    def set_value(self, value: Any) -> None:
        QgsSettings().setValue(self.key, value)

    def remove(self) -> None:
        QgsSettings().remove(self.key)


@dataclass(frozen=True)
class FolderSetting(Setting):
    """The folder a file dialog opens in: the one of the last file chosen, else the home
    folder (looked up when read, not when the plugin loads)."""

    default: Any = ""

    def value(self) -> str:
        return str(super().value() or "") or str(Path.home())

    def remember_file(self, path: str) -> None:
        """Open the next dialog in the folder of ``path``."""
        self.set_value(str(Path(path).parent))


# -- files -----------------------------------------------------------------------------------
#: Folder of the last store created or opened (New Store…, Open Store…).
STORE_FOLDER = FolderSetting("demining/stores/folder")
#: Folder of the last file imported (mine maps, items found, accidents).
IMPORT_FOLDER = FolderSetting("demining/last_import_folder")
#: Folder of the last totals export or period report.
TOTALS_FOLDER = FolderSetting("demining/totals/export_folder")

# -- land release ------------------------------------------------------------------------------
#: Tolerance (m²) below which slivers are dropped and hazards close.
RELEASE_TOLERANCE_M2 = Setting("demining/release/tolerance_m2", DEFAULT_TOLERANCE_M2, float, minimum=0.0)
#: What the release dialog offers first: the last method, technique, organisation, team
#: and clearance depth (cm) entered.
RELEASE_METHOD = Setting("demining/release/method", "cleared")
RELEASE_TECHNIQUE = Setting("demining/release/technique", "manual")
RELEASE_ORGANISATION = Setting("demining/release/organisation", "")
RELEASE_TEAM = Setting("demining/release/team", "")
RELEASE_DEPTH_CM = Setting("demining/release/depth", 13, int)

# -- minefield records and items found ---------------------------------------------------------
#: Largest traverse misclosure (metres) saved without asking.
CLOSURE_TOLERANCE_M = Setting("demining/traverse/closure_tolerance_m", 1.0, float, minimum=0.0)
#: Items farther than this (metres) from every task of their team are flagged.
TEAM_DISTANCE_M = Setting("demining/items/max_team_distance_m", DEFAULT_TEAM_DISTANCE_M, float, minimum=0.0)

# -- completion and handover ------------------------------------------------------------------
#: A task handed over needs a passed inspection (IMAS 09.20), or the checks report it.
REQUIRE_INSPECTION = Setting("demining/handover/require_inspection", True, bool)

# -- window layout ----------------------------------------------------------------------------
#: objectNames of the panels already tabbed beside the Demining panel once.
ARRANGED_DOCKS = Setting("demining/ui/arranged_docks", [], list)
#: The dashboard was once moved out of a right-hand area too narrow for it.
DASHBOARD_OPENED_LARGE = Setting("demining/ui/dashboard_opened_large", False, bool)

#: Every preference of the plugin.
ALL: Tuple[Setting, ...] = (
    STORE_FOLDER, IMPORT_FOLDER, TOTALS_FOLDER,
    RELEASE_TOLERANCE_M2, RELEASE_METHOD, RELEASE_TECHNIQUE, RELEASE_ORGANISATION, RELEASE_TEAM, RELEASE_DEPTH_CM,
    CLOSURE_TOLERANCE_M, TEAM_DISTANCE_M, REQUIRE_INSPECTION,
    ARRANGED_DOCKS, DASHBOARD_OPENED_LARGE,
)

#: Keys of earlier versions and the settings that replace them.
OLD_KEYS: Dict[str, Setting] = {
    "Demining/lastFolder": STORE_FOLDER,
    "Demining/totalsFolder": TOTALS_FOLDER,
}

#: QGIS's own saved window layout (``QMainWindow.saveState()``, written when QGIS exits
#: normally); the plugin only reads it.
QGIS_WINDOW_STATE = "UI/state"


def saved_window_state() -> bytes:
    """QGIS's saved window layout (empty when QGIS never saved one)."""
    state = QgsSettings().value(QGIS_WINDOW_STATE, None)
    return bytes(state) if state is not None else b""


def migrate_old_keys() -> Dict[str, str]:
    """Move the values saved under ``OLD_KEYS`` to their new keys and remove the old keys;
    a value already saved under a new key wins. Returns {old key: new key} of what moved."""
    settings = QgsSettings()
    moved = {}
    for old, setting in OLD_KEYS.items():
        if not settings.contains(old):
            continue
        value = settings.value(old)
        settings.remove(old)
        if not settings.contains(setting.key):
            settings.setValue(setting.key, value)
            moved[old] = setting.key
    return moved


def configured_team_distance_m() -> float:
    """Items farther than this (metres) from every task of their team are flagged."""
    return TEAM_DISTANCE_M.value()


def release_tolerance_m2() -> float:
    """Slivers of released land smaller than this (m²) are dropped, and hazards close."""
    return RELEASE_TOLERANCE_M2.value()


def closure_tolerance_m() -> float:
    """The largest traverse misclosure (metres) saved without asking."""
    return CLOSURE_TOLERANCE_M.value()
