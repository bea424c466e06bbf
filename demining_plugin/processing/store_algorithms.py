"""Algorithms that create project stores: ``demining:createstore`` and ``demining:builddemo``."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.model.schema import DEFAULT_CRS
from ..core.store import create_store
from ..core.store.location import is_file_location
from .base import STORE_GROUP, DeminingAlgorithm
from .store_parameter import StoreDestination, StoreLocation, store_parameter


class CreateStoreAlgorithm(DeminingAlgorithm):
    NAME = "createstore"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CreateStoreAlgorithm", "Create project store")
    GROUP, GROUP_ID = STORE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "CreateStoreAlgorithm",
        "Creates an empty Demining project store: a GeoPackage holding every layer of the "
        "data model (regions, hazard_areas, clearance_tasks, cleared_areas, minefield_records, "
        "mapped_mines, record_points, detections, cleared_routes, accidents), each with its "
        "default style (IMAS 07.11 colours) and attribute form saved in the file.\n\n"
        "OUTPUT: path of the new .gpkg file. CRS: coordinate reference system of the layers "
        "(default EPSG:4326). An existing file is replaced only when OVERWRITE is set.\n\n"
        "OUTPUT may also be a PostGIS location (pg:connection='<QGIS connection name>' schema=<schema>, "
        "pg:service=<service> schema=<schema>, or postgresql://<user>@<host>/<database>?schema=<schema>): "
        "the store is then made as that schema of the database, with the same layers, an edit history "
        "kept by triggers, and styles and forms saved in the database's layer_styles table.")

    def initAlgorithm(self, config=None):
        # Optional so that qgis_process accepts a run without it (it does not apply the
        # default of a mandatory CRS parameter).
        self.addParameter(QgsProcessingParameterCrs("CRS", self.tr("Layer CRS"), DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", self.tr("Replace an existing file"), False))
        self.addParameter(StoreDestination("OUTPUT", self.tr("Store"), self.tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("SCHEMA_VERSION", self.tr("Data model version")))

    def compute(self, parameters, context, feedback):
        crs: QgsCoordinateReferenceSystem = self.parameterAsCrs(parameters, "CRS", context)
        if not crs.isValid():
            given = parameters.get("CRS")
            if given not in (None, ""):
                raise QgsProcessingException(self.tr("Unknown coordinate reference system: {}").format(given))
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        overwrite = self.parameterAsBoolean(parameters, "OVERWRITE", context)
        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        store = create_store(path, crs.authid() or crs.toWkt(), overwrite=overwrite)
        # store.name, not the location: a PostGIS location may hold a password.
        shown = path if is_file_location(path) else store.name
        feedback.pushInfo(self.tr("Created store {} ({})").format(shown, crs.authid()))
        # A PostGIS store as it names itself: a typed password is its authcfg now.
        return {"OUTPUT": path if is_file_location(path) else store.location, "SCHEMA_VERSION": store.schema_version}


class BuildDemoAlgorithm(DeminingAlgorithm):
    NAME = "builddemo"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("BuildDemoAlgorithm", "Build demo store")
    GROUP, GROUP_ID = STORE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "BuildDemoAlgorithm",
        "Builds the demo scenario (land release around Karabakh, Azerbaijan, 2020-2022) into a "
        "new store from a fixed random seed, on the real district boundaries shipped with QGIS "
        "(Natural Earth). Writes a QGIS project (.qgz) next to the store that opens it styled.\n\n"
        "OUTPUT: path of the .gpkg to write (replaced if it exists). SEED: random seed "
        "(the default reproduces the published figures).")

    def initAlgorithm(self, config=None):
        from qgis.core import QgsProcessingParameterNumber

        self.addParameter(
            QgsProcessingParameterNumber("SEED", self.tr("Random seed"), QgsProcessingParameterNumber.Integer, 2021)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination("OUTPUT", self.tr("Demo store"), self.tr("GeoPackage (*.gpkg)"))
        )
        self.addOutput(QgsProcessingOutputString("PROJECT", self.tr("Demo project")))
        self.addOutput(QgsProcessingOutputNumber("RELEASED_HA", self.tr("Hectares released")))
        self.addOutput(QgsProcessingOutputNumber("ITEMS", self.tr("Items found")))

    def compute(self, parameters, context, feedback):
        from ..demo.generator import build_demo

        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        seed = self.parameterAsInt(parameters, "SEED", context)
        result = build_demo(path, seed=seed, progress=feedback.setProgress, is_canceled=feedback.isCanceled,
                            log=feedback.pushInfo)
        return {
            "OUTPUT": path,
            "PROJECT": result.project_path,
            "RELEASED_HA": result.released_ha,
            "ITEMS": result.items,
        }


class CopyStoreAlgorithm(DeminingAlgorithm):
    NAME = "copystore"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("CopyStoreAlgorithm", "Copy project store")
    GROUP, GROUP_ID = STORE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "CopyStoreAlgorithm",
        "Copies a whole project store into a new store, GeoPackage to PostGIS or back, without "
        "loss: every feature of every layer with its identifier, attributes and geometry, the "
        "styles and forms saved in the store, its metadata (data model version, CRS, creation "
        "facts), its history of changes (demining_history: the copy rebuilds the same figures as of any "
        "moment) and its submissions, pending and decided (demining_submissions). The features are written "
        "in one transaction; a failed copy leaves no target.")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "CopyStoreAlgorithm",
        "TARGET: where the copy goes, a .gpkg path or a PostGIS location written the same "
        "way. OVERWRITE: replace an existing target file or schema. Outputs FEATURES (features copied), "
        "STYLES (saved styles copied), HISTORY (history rows copied) and SUBMISSIONS (submissions copied).")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter("STORE", QT_TRANSLATE_NOOP("StoreParameter", "Store to copy")))
        self.addParameter(StoreLocation("TARGET", self.tr("Copy to (.gpkg path or PostGIS location)")))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", self.tr("Replace an existing target"), False))
        self.addOutput(QgsProcessingOutputString("OUTPUT", self.tr("Copy")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", self.tr("Features copied")))
        self.addOutput(QgsProcessingOutputNumber("STYLES", self.tr("Styles copied")))
        self.addOutput(QgsProcessingOutputNumber("HISTORY", self.tr("History rows copied")))
        self.addOutput(QgsProcessingOutputNumber("SUBMISSIONS", self.tr("Submissions copied")))

    def compute(self, parameters, context, feedback):
        from ..core.store.copy import copy_store

        source = self.parameterAsFile(parameters, "STORE", context)
        target = self.parameterAsString(parameters, "TARGET", context).strip()
        if not target:
            raise QgsProcessingException(self.tr("TARGET is empty: give a .gpkg path or a PostGIS location."))
        result = copy_store(source, target, overwrite=self.parameterAsBoolean(parameters, "OVERWRITE", context),
                            progress=feedback.setProgress, log=feedback.pushInfo)
        feedback.pushInfo(self.tr("Copied {features} features, {styles} styles, {history} history rows and "
                                  "{submissions} submissions into {target}.").format(
            features=result.features, styles=result.styles, history=result.history, submissions=result.submissions,
            target=result.target.name))
        return {"OUTPUT": result.target.location, "FEATURES": result.features, "STYLES": result.styles,
                "HISTORY": result.history, "SUBMISSIONS": result.submissions}
