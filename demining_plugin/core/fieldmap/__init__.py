"""Field maps: the printed A4/A3 page of each clearance task, for the team leader on the ground.

``options`` (what is asked), ``tasks`` (which tasks, their turning points, scale and grid),
``panels`` (legend, table, texts) and ``atlas`` (the page and the printing). Callers use
the names below.
"""

from .atlas import FieldMapBuilder, check_output, export_field_maps, field_map_layout, write_pages
from .options import ORIENTATIONS, PAPERS, TASK_OUTLINE, FieldMapOptions, FieldMapResult, TurningPoint, template_path
from .tasks import parse_task_ids, select_tasks, turning_points

__all__ = [
    "ORIENTATIONS", "PAPERS", "TASK_OUTLINE", "FieldMapBuilder", "FieldMapOptions", "FieldMapResult", "TurningPoint",
    "check_output", "export_field_maps", "field_map_layout", "parse_task_ids", "select_tasks", "template_path",
    "turning_points", "write_pages",
]
