"""Imports of supplied mine maps, items found and accidents.

``tables`` reads a table of any format; ``options`` says what an import is asked and
returns; ``rows``, ``positions``, ``values`` and ``stored`` check the rows against the file,
the Earth and the store; ``report`` writes what was refused; ``engine`` runs the three
imports in one transaction each. Callers use the names below.
"""

from .engine import (
    CheckedFile,
    check_file,
    import_accidents,
    import_detections,
    import_mine_map,
    parse_mapping,
    run_import,
)
from .options import (
    ACCIDENTS,
    COORDINATE_MODES,
    COORDINATE_TARGETS,
    DETECTIONS,
    DISTRICT_TOLERANCE_M,
    DUPLICATE_M,
    MINE_MAP,
    TARGET_LAYER,
    ImportOptions,
    ImportResult,
    MineMapDetails,
    Rejection,
    target_label,
    targets_of,
)
from .report import default_report_path
from .stored import stored_features

__all__ = [
    "ACCIDENTS", "COORDINATE_MODES", "COORDINATE_TARGETS", "DETECTIONS", "DISTRICT_TOLERANCE_M", "DUPLICATE_M",
    "MINE_MAP", "TARGET_LAYER", "CheckedFile", "ImportOptions", "ImportResult", "MineMapDetails", "Rejection",
    "check_file", "default_report_path", "import_accidents", "import_detections", "import_mine_map",
    "parse_mapping", "run_import", "stored_features", "target_label", "targets_of",
]
