"""Preferences of the plugin kept in ``QgsSettings``, read where the desktop and Processing
meet them, so that ``core/`` takes every preference as an argument and never reads settings.
"""

from qgis.core import QgsSettings

from .core.checks.items import DEFAULT_TEAM_DISTANCE_M

#: Items farther than this (metres) from every task of their team are flagged.
TEAM_DISTANCE_SETTING = "demining/items/max_team_distance_m"


def configured_team_distance_m() -> float:
    value = QgsSettings().value(TEAM_DISTANCE_SETTING, DEFAULT_TEAM_DISTANCE_M)
    try:
        return max(0.0, float(value))
    except (TypeError, ValueError):
        return DEFAULT_TEAM_DISTANCE_M
