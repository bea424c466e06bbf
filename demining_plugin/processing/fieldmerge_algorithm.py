"""``demining:fieldmerge``: what a team brought back from the field, merged into the store."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.fieldwork.merge import merge_package
from ..core.fieldwork.merge_submit import submit_merge
from ..settings import configured_team_distance_m
from .base import FIELD_MAPS_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter


class FieldMergeAlgorithm(DeminingAlgorithm):
    NAME = "fieldmerge"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("FieldMergeAlgorithm", "Merge field results")
    GROUP, GROUP_ID = FIELD_MAPS_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "FieldMergeAlgorithm",
        "Merges what a team recorded in a field package (made by 'Package for the field' and filled in QField) "
        "into the project store, by the rules of the desktop: items found get the task and district under them "
        "and the item checks (warnings kept, items the store cannot hold refused); released land is clipped to "
        "the hazard areas, land already released is taken out, and it is split by task and district, so land "
        "two teams or two trips covered is counted once; the daily log goes to work_days; photos are copied "
        "beside the store into <store>_attachments. Features already merged (their field UUID is in the store) "
        "are skipped, so merging a package twice adds nothing; context layers edited in the field are not merged "
        "and are listed as ignored. Everything is stored in one transaction: if anything fails, nothing changes.")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "FieldMergeAlgorithm",
        "PACKAGE: the package folder (or its manifest.json), or the package zipped. APPLY (default yes): no for "
        "a dry run that only reports. ALLOW_OTHER_STORE (default no): merge a package made from another store. "
        "REPORT (optional): a .csv file, or a .gpkg with the table field_merge_report, listing every field "
        "feature and what became of it. Outputs ITEMS_ADDED, RELEASED_HA (true ellipsoidal hectares), "
        "DAYS_LOGGED, REFUSED and WARNINGS (counts) and REPORT (path).\n\n"
        "SUBMIT (default no): keep the merge as a submission waiting for review instead of storing it; it counts "
        "nowhere until demining:review approves it, which merges it then, against the store as it is at that "
        "moment. An operator of a PostGIS store always submits. Output SUBMISSION: its identifier when submitted.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterFile(
            "PACKAGE", self.tr("Field package (folder, manifest.json or .zip)"), QgsProcessingParameterFile.File,
            fileFilter=self.tr("Field packages (*.zip manifest.json);;All files (*)")))
        self.addParameter(QgsProcessingParameterBoolean("APPLY", self.tr("Store the merge (no: dry run)"), True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALLOW_OTHER_STORE", self.tr("Merge a package made from another store"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "SUBMIT", self.tr("Submit for review instead of storing (a data manager approves it)"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", self.tr("Merge report"), self.tr("CSV files (*.csv);;GeoPackage (*.gpkg)"), optional=True,
            createByDefault=False))
        for name, title in (("ITEMS_ADDED", self.tr("Items found added")),
                            ("RELEASED_HA", self.tr("Hectares released added")),
                            ("DAYS_LOGGED", self.tr("Work days added")),
                            ("REFUSED", self.tr("Field features refused")),
                            ("WARNINGS", self.tr("Warnings"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputString("SUBMISSION", self.tr("Submission waiting for review")))

    def compute(self, parameters, context, feedback):
        store = self.store(parameters, context)
        report = ""
        if parameters.get("REPORT") not in (None, ""):
            report = self.parameterAsFileOutput(parameters, "REPORT", context) or ""
        package = self.parameterAsFile(parameters, "PACKAGE", context)
        apply = self.parameterAsBoolean(parameters, "APPLY", context)
        allow_other_store = self.parameterAsBoolean(parameters, "ALLOW_OTHER_STORE", context)
        submission = ""
        if apply and (self.parameterAsBoolean(parameters, "SUBMIT", context) or store.must_submit()):
            plan, submission = submit_merge(store, package, allow_other_store, report,
                                            max_team_distance_m=configured_team_distance_m())
        else:
            plan = merge_package(store, package, apply=apply, allow_other_store=allow_other_store, report=report,
                                 max_team_distance_m=configured_team_distance_m())
        for row in plan.refused:
            feedback.reportError(self.tr("{0}: refused: {1}").format(row.label, row.message))
        for message in plan.warnings:
            feedback.pushWarning(message)
        for row in plan.ignored:
            feedback.pushInfo(self.tr("{0}: ignored: {1}").format(row.label, row.message))
        feedback.pushInfo(plan.summary())
        if submission:
            feedback.pushInfo(self.tr("Nothing was stored yet: the merge waits for review as submission {0} "
                                      "(demining:review approves or rejects it).").format(submission))
        return {"ITEMS_ADDED": plan.items_added, "RELEASED_HA": plan.released_ha, "DAYS_LOGGED": plan.days_logged,
                "REFUSED": len(plan.refused), "WARNINGS": len(plan.warnings), "REPORT": plan.report_path or None,
                "SUBMISSION": submission}
