"""The QGIS project of a field package: what QField opens.

Context layers are styled as in the plugin and read-only; the field layers carry the
plugin's forms (aliases, value maps, date pickers, constraints) with defaults a team needs:
today, the team, the task under the point (an expression, so a moved point follows), a new
UUID, and a photo taken with QField's attachment widget into ``DCIM/``. Paths are relative:
the folder can be copied to a tablet as it is.
"""

import json
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize

from ..errors import DeminingError
from ..geo.crs import utm_crs_at
from ..model.schema import layer_def
from ..store.styles import RELATIVE_TO_PROJECT, apply_symbology, configure_form, translate_legend
from ..store.styles import photo_widget as attachment_widget
from .layout import DATA_FILE, FIELD_ITEMS, FIELD_RELEASED, FIELD_UUID, PHOTO_FIELD, PHOTO_FOLDER
from .package_data import FIELD_LAYER_DEFS

translate = QCoreApplication.translate

CONTEXT_GROUP = QT_TRANSLATE_NOOP("FieldPackage", "Context (read only)")
FIELD_GROUP = QT_TRANSLATE_NOOP("FieldPackage", "Field work")
BASEMAP_NAME = QT_TRANSLATE_NOOP("FieldPackage", "Basemap")

#: Field layer -> the store layer whose symbology it borrows.
_FIELD_STYLES = {FIELD_ITEMS: "detections", FIELD_RELEASED: "cleared_areas"}
#: Context layers from the top of the legend down (drawn last first).
_CONTEXT_ORDER = ("task_points", "detections", "mapped_mines", "cleared_routes", "cleared_areas",
                  "clearance_tasks", "hazard_areas")

#: QFieldSync's custom property: the attachment file name for each field, an expression.
ATTACHMENT_NAMING = "QFieldSync/attachment_naming"
PHOTO_NAMING = "QFieldSync/photo_naming"
#: Path of a new photo, relative to the project (the attachment widget stores it so).
PHOTO_NAME_EXPRESSION = (f"'{PHOTO_FOLDER}/item_' || format_date(now(), 'yyyyMMdd_hhmmss_zzz') || '.jpg'")


def _quoted(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def photo_widget() -> QgsEditorWidgetSetup:
    """The attachment widget: a photo stored as a path relative to the project, under DCIM/
    (where the file picker starts, found from wherever the package is)."""
    return attachment_widget(RELATIVE_TO_PROJECT, f"@project_folder || '/{PHOTO_FOLDER}'")


def task_under_expression(tasks_layer_id: str) -> str:
    """Task id under the feature's geometry: a sector rather than its parent task."""
    def under(extra: str) -> str:
        return (f"aggregate(layer:='{tasks_layer_id}', aggregate:='max', expression:=\"task_id\", "
                f"filter:=intersects($geometry, geometry(@parent)){extra})")
    sector = under(' AND "parent_task_id" IS NOT NULL')
    return f"coalesce({sector}, {under('')})"


def _plain_links(layer: QgsVectorLayer) -> None:
    """Relation reference widgets need the store's relations; the package has none of them."""
    for index in range(layer.fields().count()):
        if layer.editorWidgetSetup(index).type() == "RelationReference":
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False}))


def _layer(path: Path, name: str, title: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", translate("Schema", title) if title else name, "ogr")
    if not layer.isValid():
        raise DeminingError(translate("FieldPackage", "Layer {0} of the package cannot be opened.").format(name))
    return layer


def _context_layer(data: Path, name: str) -> QgsVectorLayer:
    definition = layer_def(name)
    layer = _layer(data, name, definition.title)
    apply_symbology(layer, name)
    translate_legend(layer)
    configure_form(layer, definition)
    _plain_links(layer)
    layer.setReadOnly(True)
    return layer


def _field_layer(data: Path, definition, team: str, tasks: Sequence[Tuple[str, str]],
                 tasks_layer_id: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{data}|layername={definition.name}", translate("FieldPackage", definition.title), "ogr")
    if not layer.isValid():
        raise DeminingError(translate("FieldPackage", "Layer {0} of the package cannot be opened.").format(
            definition.name))
    if definition.name in _FIELD_STYLES:
        apply_symbology(layer, _FIELD_STYLES[definition.name])
        translate_legend(layer)
    configure_form(layer, definition)
    fields = layer.fields()
    layer.setDefaultValueDefinition(fields.indexOf(FIELD_UUID), QgsDefaultValue("uuid()"))
    if team:
        layer.setDefaultValueDefinition(fields.indexOf("team"), QgsDefaultValue(_quoted(team)))
    task_index = fields.indexOf("task_id")
    layer.setEditorWidgetSetup(task_index, QgsEditorWidgetSetup("ValueMap", {
        "map": [{f"{task_id} {name}".strip(): task_id} for task_id, name in tasks]}))
    if layer.isSpatial():
        layer.setDefaultValueDefinition(task_index, QgsDefaultValue(task_under_expression(tasks_layer_id), True))
    elif len(tasks) == 1:
        layer.setDefaultValueDefinition(task_index, QgsDefaultValue(_quoted(tasks[0][0])))
    if definition.name == FIELD_ITEMS:
        layer.setEditorWidgetSetup(fields.indexOf(PHOTO_FIELD), photo_widget())
        naming = json.dumps({PHOTO_FIELD: PHOTO_NAME_EXPRESSION})
        layer.setCustomProperty(ATTACHMENT_NAMING, naming)
        layer.setCustomProperty(PHOTO_NAMING, naming)
        layer.setDisplayExpression("concat(\"category\", ' ', \"model\", ' ', format_date(\"found_on\", 'yyyy-MM-dd'))")
    elif definition.name == FIELD_RELEASED:
        layer.setDisplayExpression("concat(\"release_method\", ' ', format_date(\"released_on\", 'yyyy-MM-dd'))")
    else:
        layer.setDisplayExpression("concat(\"task_id\", ' ', format_date(\"worked_on\", 'yyyy-MM-dd'))")
    return layer


def _canvas_writer(project: QgsProject, extent: QgsRectangle):
    """What a desktop would save of its map canvas (QGIS and QField open the project there):
    a slot for ``QgsProject.writeProject``."""
    settings = QgsMapSettings()
    settings.setDestinationCrs(project.crs())
    settings.setOutputSize(QSize(1000, 1000))
    settings.setExtent(extent)

    def write(document) -> None:
        canvas = document.createElement("mapcanvas")
        canvas.setAttribute("name", "theMapCanvas")
        settings.writeXml(canvas, document)
        document.firstChildElement("qgis").appendChild(canvas)
    return write


def write_project(folder: Path, project_file: str, context_names: Sequence[str], team: str,
                  box: Tuple[float, float, float, float], crs: QgsCoordinateReferenceSystem, title: str,
                  basemap_file: Optional[str] = None) -> Path:
    """Write the package's project into ``folder`` (which holds DATA_FILE already); its path."""
    data = folder / DATA_FILE
    project = QgsProject()
    try:
        context: Dict[str, QgsVectorLayer] = {name: _context_layer(data, name) for name in context_names}
        tasks_layer = context["clearance_tasks"]
        tasks: List[Tuple[str, str]] = sorted(
            (f["task_id"], f["name"] or "") for f in tasks_layer.getFeatures())
        field_layers = [_field_layer(data, definition, team, tasks, tasks_layer.id())
                        for definition in FIELD_LAYER_DEFS]
        centre = QgsPointXY((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        project.setCrs(utm_crs_at(centre, crs))
        project.setTitle(title)
        project.writeEntry("Paths", "/Absolute", False)
        root = project.layerTreeRoot()
        field_group = root.addGroup(translate("FieldPackage", FIELD_GROUP))
        for layer in field_layers:
            project.addMapLayer(layer, False)
            field_group.addLayer(layer)
        context_group = root.addGroup(translate("FieldPackage", CONTEXT_GROUP))
        for name in _CONTEXT_ORDER:
            if name in context:
                project.addMapLayer(context[name], False)
                context_group.addLayer(context[name])
        if basemap_file:
            raster = QgsRasterLayer(str(folder / basemap_file), translate("FieldPackage", BASEMAP_NAME), "gdal")
            if not raster.isValid():
                raise DeminingError(translate("FieldPackage", "The clipped basemap cannot be opened."))
            project.addMapLayer(raster, False)
            root.addLayer(raster)
        for node in root.findLayers():
            node.setExpanded(False)  # the legend of each layer folded: the list fits a tablet
        project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(QgsRectangle(*box), crs))
        extent = QgsCoordinateTransform(crs, project.crs(), project).transformBoundingBox(QgsRectangle(*box))
        project.writeProject.connect(_canvas_writer(project, extent))
        path = folder / project_file
        if not project.write(str(path)):
            raise DeminingError(translate("FieldPackage", "The package's project cannot be written: {0}").format(
                project.error()))
        return path
    finally:
        project.clear()
