"""Default look and data-entry forms of store layers, and adding a store to a project.

Symbology lives in data files (``demining_plugin/styles/<layer>.qml``, IMAS 07.11 colours);
forms (aliases, value maps, date pickers, relation references, constraints, default
identifiers) are derived from ``schema`` so that QGIS's own "add feature" form is the
data-entry form. Both are saved into the store as each layer's default style.
"""

from pathlib import Path
from typing import Dict, List

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsRuleBasedRenderer,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...__about__ import PACKAGE_DIR
from ..errors import StoreError
from ..log import log_warning
from ..model.schema import LAYERS, FieldDef, LayerDef, relations
from . import location as store_location
from .location import STORE_ENTRY, location_for_project

STYLES_DIR = PACKAGE_DIR / "styles"
GROUP_NAME = "Demining"
STYLE_NAME = "demining default"

_SYMBOLOGY = QgsMapLayer.Symbology | QgsMapLayer.Labeling | QgsMapLayer.Rendering


#: Qt's translation function under the name pylupdate5 collects.
translate = QCoreApplication.translate


#: Legend labels of the .qml files. Stored styles keep them in English; they are translated
#: where a layer is added to a project (``translate_legend``).
LEGEND_LABELS = (
    QT_TRANSLATE_NOOP("Styles", "CHA, open"), QT_TRANSLATE_NOOP("Styles", "CHA, worked on"),
    QT_TRANSLATE_NOOP("Styles", "CHA, closed"), QT_TRANSLATE_NOOP("Styles", "SHA, open"),
    QT_TRANSLATE_NOOP("Styles", "SHA, worked on"), QT_TRANSLATE_NOOP("Styles", "SHA, closed"),
    QT_TRANSLATE_NOOP("Styles", "unclassified"),
    QT_TRANSLATE_NOOP("Styles", "Cleared"), QT_TRANSLATE_NOOP("Styles", "Reduced"),
    QT_TRANSLATE_NOOP("Styles", "Cancelled"),
    QT_TRANSLATE_NOOP("Styles", "AP mine"), QT_TRANSLATE_NOOP("Styles", "AT mine"),
    QT_TRANSLATE_NOOP("Styles", "UXO"), QT_TRANSLATE_NOOP("Styles", "AXO"), QT_TRANSLATE_NOOP("Styles", "IED"),
    QT_TRANSLATE_NOOP("Styles", "Submunition"), QT_TRANSLATE_NOOP("Styles", "Other"),
    QT_TRANSLATE_NOOP("Styles", "Medical evacuation point"), QT_TRANSLATE_NOOP("Styles", "Helicopter landing site"),
    QT_TRANSLATE_NOOP("Styles", "Access point"), QT_TRANSLATE_NOOP("Styles", "Assembly point"),
    QT_TRANSLATE_NOOP("Styles", "Control point"),
) + (  # styles/inspections.qml
    QT_TRANSLATE_NOOP("Styles", "Inspection passed"), QT_TRANSLATE_NOOP("Styles", "Inspection failed"),
    QT_TRANSLATE_NOOP("Styles", "Corrective action"),
)


def translate_legend(layer: QgsVectorLayer) -> None:
    """Legend labels of the layer's renderer in the user's language."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(index, translate("Styles", category.label()))
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            if rule.label():
                rule.setLabel(translate("Styles", rule.label()))


def translate_form(layer: QgsVectorLayer, definition: LayerDef) -> None:
    """Field aliases and value-map labels in the user's language (the stored default style
    holds them in the language of whoever created the store)."""
    for field in definition.fields:
        index = layer.fields().indexOf(field.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, translate("Schema", field.alias))
        if field.domain is not None:
            layer.setEditorWidgetSetup(index, _widget_for(field))


def symbology_file(layer_name: str) -> Path:
    return STYLES_DIR / f"{layer_name}.qml"


def apply_symbology(layer: QgsVectorLayer, layer_name: str) -> None:
    path = symbology_file(layer_name)
    message, ok = layer.loadNamedStyle(str(path), _SYMBOLOGY)
    if not ok:
        raise StoreError(translate("Styles", "Style {path_name} could not be loaded: {message}").format(
            path_name=path.name, message=message))


def _id_default_expression(definition: LayerDef) -> str:
    """Next free identifier, e.g. H-0014 after H-0013, computed by the form."""
    start = len(definition.id_prefix) + 2
    return (
        f"'{definition.id_prefix}-' || lpad(to_string(coalesce(maximum(to_int(substr(\"{definition.id_field}\", "
        f"{start}))), 0) + 1), {definition.id_digits}, '0')"
    )


#: QgsFileWidget.RelativeProject / RelativeDefaultPath, QgsExternalResourceWidget.Image and
#: QgsProperty.ExpressionBasedProperty (qgis.gui enums written as numbers: core/ imports no qgis.gui).
RELATIVE_TO_PROJECT, RELATIVE_TO_ROOT, _VIEW_IMAGE, _EXPRESSION_PROPERTY = 1, 2, 1, 3
#: The folder of the layer's own file (the store's folder), which a store's photo paths are relative to.
STORE_FOLDER_EXPRESSION = "file_path(layer_property(@layer, 'path'))"


def photo_widget(relative_to: int, root_expression: str) -> QgsEditorWidgetSetup:
    """The attachment widget showing a photo: the path stored relative to the project
    (``RELATIVE_TO_PROJECT``) or to the folder ``root_expression`` gives (``RELATIVE_TO_ROOT``),
    which is also where the file picker starts."""
    return QgsEditorWidgetSetup("ExternalResource", {
        "DocumentViewer": _VIEW_IMAGE,
        "DocumentViewerHeight": 0,
        "DocumentViewerWidth": 0,
        "FileWidget": True,
        "FileWidgetButton": True,
        "FileWidgetFilter": translate("Schema", "Images (*.jpg *.jpeg *.png)"),
        "RelativeStorage": relative_to,
        "StorageMode": 0,  # a file
        "UseLink": True,
        "FullUrl": False,
        "PropertyCollection": {"name": "", "type": "collection", "properties": {
            "propertyRootPath": {"active": True, "type": _EXPRESSION_PROPERTY, "expression": root_expression}}},
    })


def _widget_for(field: FieldDef) -> QgsEditorWidgetSetup:
    if field.name == "field_uuid":
        return QgsEditorWidgetSetup("Hidden", {})
    if field.name == "photo":
        # Merged photos live in <store>_attachments/, their paths relative to the store's folder.
        return photo_widget(RELATIVE_TO_ROOT, STORE_FOLDER_EXPRESSION)
    if field.domain is not None:
        entries = [] if field.required else [{translate("Schema",
            "(not recorded)"): QgsValueMapFieldFormatter.NULL_VALUE}]
        entries += [{translate("Schema", label): code} for code, label in field.domain.values]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if field.references is not None:
        relation_id = next(
            r.id for r in relations() if r.child_field == field.name and r.parent == field.references.layer
            and r.parent_field == field.references.field
        )
        return QgsEditorWidgetSetup(
            "RelationReference",
            {
                "Relation": relation_id,
                "AllowNULL": not field.required,
                "ShowForm": False,
                "MapIdentification": True,
                "OrderByValue": True,
                "ReadOnly": False,
                "AllowAddFeatures": False,
            },
        )
    if field.type == "date":
        return QgsEditorWidgetSetup(
            "DateTime",
            {
                "allow_null": not field.required,
                "calendar_popup": True,
                "display_format": "yyyy-MM-dd",
                "field_format": "yyyy-MM-dd",
                "field_iso_format": False,
            },
        )
    if field.type == "boolean":
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": ""})
    if field.type in ("integer", "real") and field.minimum is not None:
        config = {
            "AllowNull": not field.required,
            "Min": field.minimum,
            "Max": field.maximum if field.maximum is not None else 1e9,
            "Step": 1,
            "Style": "SpinBox",
        }
        if field.type == "real":
            config["Precision"] = 2
        return QgsEditorWidgetSetup("Range", config)
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": field.length > 200, "UseHtml": False})


def _range_expression(field: FieldDef) -> str:
    checks = []
    if field.minimum is not None:
        checks.append(f'"{field.name}" >= {field.minimum:g}')
    if field.maximum is not None:
        checks.append(f'"{field.name}" <= {field.maximum:g}')
    return f'"{field.name}" IS NULL OR ({" AND ".join(checks)})' if checks else ""


def configure_form(layer: QgsVectorLayer, definition: LayerDef) -> None:
    """Aliases, widgets, constraints and default values for every field of the layer."""
    for field in definition.fields:
        index = layer.fields().indexOf(field.name)
        if index < 0:
            raise StoreError(translate("Styles", "Layer {definition_name} has no field {field_name}.").format(
                definition_name=definition.name, field_name=field.name))
        layer.setFieldAlias(index, translate("Schema", field.alias))
        layer.setEditorWidgetSetup(index, _widget_for(field))
        hard = QgsFieldConstraints.ConstraintStrengthHard
        if field.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull, hard)
        if field.unique:
            layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintUnique, hard)
        expression = _range_expression(field)
        if expression:
            layer.setConstraintExpression(index, expression, translate("Schema", "Value out of range"))
        if field.name == definition.id_field:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(_id_default_expression(definition)))
        elif field.type == "date" and field.required:
            layer.setDefaultValueDefinition(index, QgsDefaultValue("to_date(now())"))
        elif field.default is not None:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(field.default))
    # The fid is the GeoPackage row id; users never type it.
    fid_index = layer.fields().indexOf("fid")
    if fid_index >= 0:
        layer.setEditorWidgetSetup(fid_index, QgsEditorWidgetSetup("Hidden", {}))
    form = layer.editFormConfig()
    form.setSuppress(form.SuppressOff)
    layer.setEditFormConfig(form)
    layer.setDisplayExpression(f'"{definition.id_field}"')


def save_default_styles(store, definitions=LAYERS) -> None:
    """Style and form of every layer (or the given ones), stored in the store as its default style.

    A style of the same name already saved for a layer is deleted first: QGIS 3.22's providers
    ask "A style named ... already exists. Overwrite?" in a modal dialog, which nobody answers
    in a Processing algorithm or ``qgis_process`` (they wait for ever).
    """
    # Read by the store first: QGIS logs an error for each layer it lists no styles table of.
    already_saved = {style["table"] for style in store.saved_styles() if style["name"] == STYLE_NAME}
    for definition in definitions:
        layer = QgsVectorLayer(store.uri(definition.name), definition.title, store.provider)
        if not layer.isValid():
            raise StoreError(translate("Styles", "Layer {definition_name} of {store_name} cannot be opened.").format(
                definition_name=definition.name, store_name=store.name))
        apply_symbology(layer, definition.name)
        configure_form(layer, definition)
        if definition.name in already_saved:
            _delete_saved_style(layer, definition, store)
        error = layer.saveStyleToDatabase(STYLE_NAME, translate("Schema", definition.description), True, "")
        if error:
            raise StoreError(translate("Styles", "Saving the style of {definition_name} failed: {error}").format(
                definition_name=definition.name, error=error))


def _delete_saved_style(layer: QgsVectorLayer, definition: LayerDef, store) -> None:
    """Delete the styles named ``STYLE_NAME`` saved for ``layer``, so that saving it asks nothing."""
    related, ids, names, _descriptions, _error = layer.listStylesInDatabase()
    # The first ``related`` entries belong to this layer; -1 or an error: no styles table yet.
    stale = [style_id for style_id, name in zip(ids[:max(related, 0)], names) if name == STYLE_NAME]
    for style_id in stale:
        deleted, error = layer.deleteStyleFromDatabase(style_id)
        if not deleted:
            raise StoreError(translate("Styles", "The old style of {definition_name} in {store_name} cannot be "
                                                 "replaced: {error}").format(
                                                     definition_name=definition.name, store_name=store.name,
                                                     error=error))
    if stale:
        log_warning(translate("Styles", "{store_name}: replaced the style saved earlier for {definition_name}.").format(
            store_name=store.name, definition_name=definition.name))


def make_relations(layers: Dict[str, QgsVectorLayer], project: QgsProject) -> List[QgsRelation]:
    found = []
    for definition in relations():
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId(definition.id)
        relation.setName(definition.name)
        relation.setReferencingLayer(layers[definition.child].id())
        relation.setReferencedLayer(layers[definition.parent].id())
        relation.addFieldPair(definition.child_field, definition.parent_field)
        relation.setStrength(QgsRelation.Association)
        if not relation.isValid():
            raise StoreError(
                translate("Styles", "Relation {definition_id} between {definition_child} and {definition_parent} is "
                                    "not valid.").format(
                                        definition_id=definition.id, definition_child=definition.child,
                                        definition_parent=definition.parent))
        found.append(relation)
    return found


def add_store_to_project(store, project: QgsProject = None) -> Dict[str, QgsVectorLayer]:
    """Add every layer of ``store`` to a "Demining" group (replacing a previous one), styled,
    with the relations between layers defined. Returns the layers by store name."""
    project = project or QgsProject.instance()
    layers = {}
    for definition in LAYERS:
        layer = store.layer(definition.name, translate("Schema", definition.title))
        translate_legend(layer)
        translate_form(layer, definition)
        layer.setCustomProperty(store_location.STORE_PROPERTY, store.location)
        layer.setCustomProperty(store_location.LAYER_PROPERTY, definition.name)
        layers[definition.name] = layer

    root = project.layerTreeRoot()
    old_group = root.findGroup(GROUP_NAME)
    if old_group is not None:
        project.removeMapLayers([node.layerId() for node in old_group.findLayers()])
        root.removeChildNode(old_group)
    group: QgsLayerTreeGroup = root.insertGroup(0, GROUP_NAME)
    # Top of the list is drawn last: insert from the top layer down.
    for definition in reversed(LAYERS):
        project.addMapLayer(layers[definition.name], False)
        group.addLayer(layers[definition.name])
    for relation in make_relations(layers, project):
        project.relationManager().addRelation(relation)
    # Relative to the project file when it has one, as QGIS records the layers' files;
    # the session records it again whenever the project is saved elsewhere.
    project.writeEntry(*STORE_ENTRY, location_for_project(store.location, project))
    return layers


def store_location_of(project: QgsProject = None) -> str:
    """Location of the store the project was last given, resolved against the project's
    file (see ``core.store.location``), or ''."""
    return store_location.store_location_of(project)
