"""Submissions reviewed: ``demining:review`` approves or rejects one (issue 17, point 3), a thin
caller of ``core.store.submissions``."""

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import DeminingError
from ..settings import configured_team_distance_m
from .base import STORE_GROUP, DeminingAlgorithm
from .store_parameter import store_parameter

DECISIONS = ("approve", "reject")


class ReviewAlgorithm(DeminingAlgorithm):
    NAME = "review"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("ReviewAlgorithm", "Review a submission")
    GROUP, GROUP_ID = STORE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "ReviewAlgorithm",
        "Approves or rejects a submission waiting for review (an import, a release or a field merge run "
        "with SUBMIT). Approving stores its rows in the baseline in one transaction, as the import, release "
        "or merge would have stored them at that moment (released land clipped against the land released by "
        "then); rejecting leaves the baseline as it is and keeps the reason.")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "ReviewAlgorithm",
        "SUBMISSION: its identifier (S-0001). DECISION: approve or reject. REASON: why (required to "
        "reject). STATUS: the submission's status afterwards.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterString("SUBMISSION", self.tr("Submission (S-0001)")))
        self.addParameter(QgsProcessingParameterEnum(
            "DECISION", self.tr("Decision"), options=[self.tr("approve"), self.tr("reject")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString("REASON", self.tr("Reason"), "", optional=True))
        self.addOutput(QgsProcessingOutputString("STATUS", self.tr("Status")))

    def compute(self, parameters, context, feedback):
        from ..core.store.submissions import APPROVED, REJECTED, change_counts, review

        submission = self.parameterAsString(parameters, "SUBMISSION", context).strip()
        if not submission:
            raise DeminingError(self.tr("SUBMISSION: name the submission to review (S-0001)."))
        approve = DECISIONS[self.parameterAsEnum(parameters, "DECISION", context)] == "approve"
        reason = self.parameterAsString(parameters, "REASON", context)
        applied = review(self.store(parameters, context), submission, approve, reason,
                         max_team_distance_m=configured_team_distance_m())
        if approve:
            counts = ", ".join(f"{layer}: {n}" for layer, n in sorted(change_counts(applied).items()))
            feedback.pushInfo(self.tr("Submission {0} approved and stored ({1}).").format(submission, counts))
        else:
            feedback.pushInfo(self.tr("Submission {0} rejected: {1}").format(submission, reason))
        return {"STATUS": APPROVED if approve else REJECTED}



class GrantAlgorithm(DeminingAlgorithm):
    NAME = "grant"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("GrantAlgorithm", "Grant a store role")
    GROUP, GROUP_ID = STORE_GROUP
    HELP = QT_TRANSLATE_NOOP(
        "GrantAlgorithm",
        "Makes a PostgreSQL login role an operator or a manager of a PostGIS store. Operators read "
        "the baseline and may only submit changes for review (PostgreSQL itself refuses their direct "
        "writes to the layers); managers approve submissions and write the baseline. The group roles "
        "<schema>_operator and <schema>_manager are created with the store (or here, when the "
        "store's creator could not create roles).")
    EXPLAINS_STORE = True
    PARAMETERS_HELP = QT_TRANSLATE_NOOP(
        "GrantAlgorithm", "USER: the login role. ROLE: operator or manager. GRANTED: the group role granted.")

    def initAlgorithm(self, config=None):
        self.addParameter(store_parameter())
        self.addParameter(QgsProcessingParameterString("USER", self.tr("Database user (login role)")))
        self.addParameter(QgsProcessingParameterEnum(
            "ROLE", self.tr("Role"), options=["operator", "manager"], defaultValue="operator",
            usesStaticStrings=True))
        self.addOutput(QgsProcessingOutputString("GRANTED", self.tr("Group role granted")))

    def compute(self, parameters, context, feedback):
        store = self.store(parameters, context)
        user = self.parameterAsString(parameters, "USER", context).strip()
        role = self.parameterAsEnumString(parameters, "ROLE", context)
        store.grant(user, role)
        granted = f"{store.schema}_{role}"
        feedback.pushInfo(self.tr("{0} is now a member of {1}.").format(user, granted))
        return {"GRANTED": granted}
