"""Imports as algorithms: ``demining:importminemap``, ``demining:importdetections`` and
``demining:importaccidents``. Thin callers of ``core.imports.engine``."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core import imports as importers
from ..core.dates import guess_date
from ..core.geo.crs import wgs84
from ..core.imports import ACCIDENTS, COORDINATE_MODES, DETECTIONS, MINE_MAP, ImportOptions, MineMapDetails
from ..core.imports.tables import FILE_FILTER
from ..core.store.submissions import SubmittingStore
from ..settings import configured_team_distance_m
from .base import IMPORT_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter

#: Help every import algorithm shares (translated under its own context).
_COMMON_HELP = QT_TRANSLATE_NOOP(
    "_ImportAlgorithm",
    "INPUT: the file (CSV, XLSX, GeoJSON, Shapefile, KML/KMZ or GPX). "
    "COORDINATES: auto (the file's geometry, else latitude/longitude, MGRS or x/y columns), latlon, xy, "
    "mgrs or geometry. XY_CRS: the CRS of x/y columns. UTM_ZONE: refuse rows outside this UTM zone "
    "(0: no check). EXTENT: refuse rows outside this area (default: rows more than 1 km outside the "
    "store's districts). "
    "DUPLICATE_M: two positions closer than this (in the file or against what is stored) are the "
    "same item. MAPPING (optional): target=column pairs separated by ';' where the detected columns are "
    "wrong, e.g. 'lat=N;lon=E;category=Type'. REPORT: the CSV listing refused rows (default: beside "
    "the input).\n\n"
    "Each row is checked (missing or non-numeric coordinates, latitude/longitude swapped, outside the "
    "expected area or UTM zone, duplicate positions, unknown categories, dates, quantities, depths); "
    "the good rows are stored in one transaction and the refused ones listed with their row number "
    "and reason. A file that is not what it claims to be changes nothing.\n\n"
    "SUBMIT (default false): keep the good rows as a submission waiting for review instead of "
    "storing them; they count nowhere until demining:review approves them. An operator of a PostGIS "
    "store always submits.\n\n"
    "Outputs: IMPORTED and REJECTED (row counts), REPORT (path), SUBMISSION (its identifier when submitted).")


class _ImportAlgorithm(DeminingAlgorithm):
    EXPLAINS_STORE = True
    GROUP, GROUP_ID = IMPORT_GROUP
    KIND = ""

    def shared_help(self) -> str:
        return QCoreApplication.translate("_ImportAlgorithm", _COMMON_HELP)

    def _common_parameters(self):
        self.addParameter(
            QgsProcessingParameterFile(
                "INPUT", self.tr("File to import"), QgsProcessingParameterFile.File,
                fileFilter=QCoreApplication.translate("TabularImport", FILE_FILTER)
            )
        )
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterBoolean(
            "SUBMIT", self.tr("Submit for review instead of storing (a data manager approves it)"), False))

    def _coordinate_parameters(self):
        self.addParameter(
            QgsProcessingParameterEnum(
                "COORDINATES",
                self.tr("Coordinates"),
                options=list(COORDINATE_MODES),
                defaultValue="auto",
                usesStaticStrings=True,
            )
        )
        self.addParameter(QgsProcessingParameterCrs("XY_CRS", self.tr("CRS of x/y columns"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "UTM_ZONE",
                self.tr("Expected UTM zone (0: no check)"),
                QgsProcessingParameterNumber.Integer,
                0,
                optional=True,
                minValue=0,
                maxValue=60,
            )
        )
        self.addParameter(QgsProcessingParameterExtent("EXTENT", self.tr("Expected area"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                "DUPLICATE_M",
                self.tr("Duplicate distance (m)"),
                QgsProcessingParameterNumber.Double,
                importers.DUPLICATE_M,
                optional=True,
                minValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterString("MAPPING", self.tr("Column mapping"), optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT", self.tr("Import report"), self.tr("CSV files (*.csv)"), optional=True, createByDefault=False
            )
        )

    def _outputs(self):
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", self.tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED", self.tr("Rows refused")))
        self.addOutput(QgsProcessingOutputString("SUBMISSION", self.tr("Submission waiting for review")))

    def _options(self, parameters, context) -> ImportOptions:
        options = ImportOptions(max_team_distance_m=configured_team_distance_m())
        options.mode = self.parameterAsEnumString(parameters, "COORDINATES", context) or "auto"
        if parameters.get("XY_CRS") not in (None, ""):
            crs = self.parameterAsCrs(parameters, "XY_CRS", context)
            if not crs.isValid():
                raise QgsProcessingException(self.tr("Unknown CRS for x/y: {}").format(parameters.get("XY_CRS")))
            options.xy_crs = crs.authid() or crs.toWkt()
        zone = parameters.get("UTM_ZONE")
        if zone not in (None, ""):
            options.expected_zone = self.parameterAsInt(parameters, "UTM_ZONE", context) or None
        if parameters.get("EXTENT") not in (None, ""):
            geographic = wgs84()
            rectangle = self.parameterAsExtent(parameters, "EXTENT", context, geographic)
            extent_crs = self.parameterAsExtentCrs(parameters, "EXTENT", context)
            if extent_crs.isValid() and extent_crs != geographic:
                rectangle = QgsCoordinateTransform(extent_crs, geographic, QgsProject.instance()).transformBoundingBox(
                    rectangle
                )
            if not rectangle.isNull():
                options.extent = (
                    rectangle.xMinimum(),
                    rectangle.yMinimum(),
                    rectangle.xMaximum(),
                    rectangle.yMaximum(),
                )
        if parameters.get("DUPLICATE_M") not in (None, ""):
            options.duplicate_m = self.parameterAsDouble(parameters, "DUPLICATE_M", context)
        mapping = self.parameterAsString(parameters, "MAPPING", context)
        if mapping.strip():
            options.mapping = importers.parse_mapping(mapping)
        if parameters.get("REPORT") not in (None, ""):
            options.report_path = self.parameterAsFileOutput(parameters, "REPORT", context) or None
        return options

    def _report(self, result, feedback) -> dict:
        word = self.tr("feature") if result.row_label == "feature" else self.tr("row")
        for rejection in result.rejected[:50]:
            feedback.reportError(self.tr("{0} {1}: {2}").format(word, rejection.row, rejection.reason))
        if result.rejected_count > 50:
            feedback.reportError(self.tr("... and {0} more; see the report.").format(result.rejected_count - 50))
        if result.outside_count:
            feedback.pushInfo(self.tr("{0} imported, {1} refused ({2}). Report: {3}").format(
                result.imported, result.rejected_count, result.outside_text(), result.report_path))
        else:
            feedback.pushInfo(
                self.tr("{0} imported, {1} refused. Report: {2}").format(
                    result.imported, result.rejected_count, result.report_path
                )
            )
        outputs = {"IMPORTED": result.imported, "REJECTED": result.rejected_count, "REPORT": result.report_path,
                   "SUBMISSION": ""}
        submitted = getattr(self, "_submitting", None)
        if submitted is not None and submitted.submission_id:
            outputs["SUBMISSION"] = submitted.submission_id
            feedback.pushInfo(self.tr("Nothing was stored yet: the rows wait for review as submission {0} "
                                      "(demining:review approves or rejects it).").format(submitted.submission_id))
        return outputs

    # Items found and accidents; the mine map adds its record's parameters to these.
    def initAlgorithm(self, config=None):
        self._common_parameters()
        self._coordinate_parameters()
        self._outputs()

    def compute(self, parameters, context, feedback):
        path, store = self._open(parameters, context)
        result = importers.run_import(self.KIND, store, path, self._options(parameters, context))
        return self._report(result, feedback)

    def _open(self, parameters, context):
        path = self.parameterAsFile(parameters, "INPUT", context)
        if not path:
            raise QgsProcessingException(self.tr("INPUT: choose the file to import."))
        store = self.store(parameters, context)
        self._submitting = None
        if self.parameterAsBoolean(parameters, "SUBMIT", context) or store.must_submit():
            store = self._submitting = SubmittingStore(store, f"demining:{self.NAME}")
        return path, store


class ImportMineMapAlgorithm(_ImportAlgorithm):
    NAME = "importminemap"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportMineMapAlgorithm", "Import mine map")
    KIND = MINE_MAP
    HELP = QT_TRANSLATE_NOOP(
        "ImportMineMapAlgorithm",
        "Imports a supplied mine map (minefield record): mapped mine points into mapped_mines and, "
        "for a new record, a minefield_records polygon (the file's polygons, or the mines' convex hull "
        "grown by 10 m) with its district.\n\n"
        "SOURCE: where the map comes from (required for a new record). RECEIVED_ON: YYYY-MM-DD. "
        "RECORD_ID (optional): add the mines to this existing record instead of creating one. "
        "CLAIMED_AP, CLAIMED_AT, CLAIMED_TOTAL: the counts the map claims (default: counted from "
        "the imported mines).")
    PARAMETERS_HELP = QT_TRANSLATE_NOOP("ImportMineMapAlgorithm", "RECORD_ID: the record the mines were stored in.")

    def initAlgorithm(self, config=None):
        self._common_parameters()
        self.addParameter(QgsProcessingParameterString("SOURCE", self.tr("Source of the map"), optional=True))
        self.addParameter(
            QgsProcessingParameterString("RECEIVED_ON", self.tr("Received on (YYYY-MM-DD)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString("SUPPLIED_BY", self.tr("Supplied by"), optional=True))
        self.addParameter(QgsProcessingParameterString("RECORD_ID", self.tr("Existing record ID"), optional=True))
        for name, label in (
            ("CLAIMED_AP", self.tr("Claimed AP mines")),
            ("CLAIMED_AT", self.tr("Claimed AT mines")),
            ("CLAIMED_TOTAL", self.tr("Claimed mines")),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(
                    name, label, QgsProcessingParameterNumber.Integer, optional=True, minValue=0
                )
            )
        self._coordinate_parameters()
        self._outputs()
        self.addOutput(QgsProcessingOutputString("RECORD_ID", self.tr("Minefield record")))

    def compute(self, parameters, context, feedback):
        path, store = self._open(parameters, context)
        received_text = self.parameterAsString(parameters, "RECEIVED_ON", context).strip()
        received = None
        if received_text:
            received = guess_date(received_text)
            if received is None:
                raise QgsProcessingException(
                    self.tr("RECEIVED_ON '{}' is not a date (YYYY-MM-DD).").format(received_text)
                )
        details = MineMapDetails(
            source=self.parameterAsString(parameters, "SOURCE", context),
            received_on=received,
            supplied_by=self.parameterAsString(parameters, "SUPPLIED_BY", context),
            record_id=self.parameterAsString(parameters, "RECORD_ID", context).strip() or None,
        )
        for name in ("CLAIMED_AP", "CLAIMED_AT", "CLAIMED_TOTAL"):
            if parameters.get(name) not in (None, ""):
                setattr(details, name.lower(), self.parameterAsInt(parameters, name, context))
        result = importers.import_mine_map(store, path, details, self._options(parameters, context))
        outputs = self._report(result, feedback)
        outputs["RECORD_ID"] = result.record_id
        return outputs


class ImportDetectionsAlgorithm(_ImportAlgorithm):
    NAME = "importdetections"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportDetectionsAlgorithm", "Import items found")
    KIND = DETECTIONS
    HELP = QT_TRANSLATE_NOOP(
        "ImportDetectionsAlgorithm",
        "Imports items found (detections) from teams' files into detections; the task and district "
        "are filled from what lies under each point. Categories are read in the spellings teams use "
        "('AP', 'anti-personnel', 'APM', a model such as 'PMN-2' or 'TM-62M'...). Rows with a date in "
        "the future, a quantity under 1 or a depth outside 0-500 cm are refused.")


class ImportAccidentsAlgorithm(_ImportAlgorithm):
    NAME = "importaccidents"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ImportAccidentsAlgorithm", "Import accidents")
    KIND = ACCIDENTS
    HELP = QT_TRANSLATE_NOOP(
        "ImportAccidentsAlgorithm",
        "Imports mine and UXO accidents into accidents (date, killed, injured, civilian, activity at "
        "the time, device); the district is filled from what lies under each point.")


IMPORT_ALGORITHMS = (ImportMineMapAlgorithm, ImportDetectionsAlgorithm, ImportAccidentsAlgorithm)
