"""What the clearance tools do with the user's drawing or selection: ask the release
details, call ``core.release.marking.mark_released`` (one transaction), report in words and
numbers, and keep each operation on an undo stack so that Ctrl+Z (in the tool) or
"Undo last release" takes the whole of it back."""

from typing import Callable, List, Optional

from qgis.core import QgsGeometry, QgsVectorLayer
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack

from ..core.checks.fixes import BrokenLink, links_broken_by
from ..core.errors import DeminingError
from ..core.locale_format import format_number
from ..core.model.changes import ChangeSet
from ..core.model.schema import layer_def
from ..core.release.marking import ReleaseDetails, _released_phrase, mark_released
from ..settings import release_tolerance_m2
from .notify import notify_success, notify_warning, reported_errors
from .release_dialog import ask_release_details
from .release_tool import ReleasePolygonTool

#: Qt's translation function under the name pylupdate5 collects (context "ReleaseController").
translate = QCoreApplication.translate


def release_headline(plans, method: str) -> str:
    """One short line about a release: hectares, where, hazards closed, what was skipped,
    e.g. "12.00 ha cleared in task T-0042 (West); hazard H-0001 closed"."""
    pieces = [piece for plan in plans for piece in plan.pieces]
    text = _released_phrase(method, format_number(sum(piece.area_ha for piece in pieces), 2))
    tasks = sorted({piece.task_id for piece in pieces if piece.task_id})
    districts = sorted({piece.district for piece in pieces if piece.district})
    if len(tasks) == 1:
        text = translate("Release", "{released} in task {task}").format(released=text, task=tasks[0])
    elif tasks:
        text = translate("ReleaseController", "{released} in {n} tasks").format(released=text, n=len(tasks))
    if len(districts) == 1:
        text = translate("Release", "{released} ({district})").format(released=text, district=districts[0])
    elif districts:
        text = translate("ReleaseController", "{released} in {n} districts").format(released=text,
                                                                                 n=len(districts))
    closed = sorted({h for plan in plans for h, (before, after) in plan.hazard_status.items()
                     if before != after == "closed"})
    if len(closed) == 1:
        text += "; " + translate("ReleaseController", "hazard {hazard} closed").format(hazard=closed[0])
    elif closed:
        text += "; " + translate("ReleaseController", "{n} hazard areas closed").format(n=len(closed))
    skipped = sum(1 for plan in plans if not plan.pieces)
    if skipped:
        text += "; " + translate("ReleaseController", "{n} not added (see the log)").format(n=skipped)
    return text


#: Features named in a refusal message; the rest are counted.
LINKS_NAMED = 5


def broken_links_text(broken: List[BrokenLink]) -> str:
    """``Items found D-000004 (task_id T-0042/05), ...``: the features that would link to
    nothing, the first few by name."""
    named = [translate("ReleaseController", "{layer} {feature} ({field} {target})").format(
        layer=translate("Schema", layer_def(link.layer).title), feature=link.feature_id, field=link.field,
        target=link.target_id) for link in broken[:LINKS_NAMED]]
    text = ", ".join(named)
    if len(broken) > LINKS_NAMED:
        text = translate("ReleaseController", "{named} and {n} more").format(named=text, n=len(broken) - LINKS_NAMED)
    return text


class StoreChangeCommand(QUndoCommand):
    """One user operation already applied to the store as change sets; undo applies
    their inverses (last first), redo applies them again.

    Neither leaves a link to a feature that does not exist: when features stored since
    (an item found in a sector, say) link to what the undo or redo would remove, it is
    refused with their names and nothing changes. They are the user's data, so they are
    not taken back with it."""

    def __init__(self, controller: "ReleaseController", store, undos: List[ChangeSet], text: str):
        super().__init__(text)
        self._controller = controller
        self._store = store
        self._undos = undos
        self._redos: List[ChangeSet] = []
        self._applied = True  # pushed after the work was stored

    def refused(self, undoing: bool = True) -> bool:
        """True (and the user told why) when undoing (or redoing) now would break links."""
        changes = self._undos if undoing else self._redos
        doing = translate("ReleaseController", "Checking what links to '{}'").format(self.text())
        broken: List[BrokenLink] = []
        with reported_errors(self._controller.iface, doing) as outcome:
            for change in changes:
                broken.extend(links_broken_by(self._store, change))
        if not outcome.ok:
            return True
        if not broken:
            return False
        message = translate("ReleaseController", "Not undone: '{operation}'. {links} would link to a feature it "
                                                 "removes; change or delete them first.") if undoing else \
            translate("ReleaseController", "Not redone: '{operation}'. {links} would link to a feature it "
                                           "removes; change or delete them first.")
        notify_warning(self._controller.iface, message.format(operation=self.text(),
                                                              links=broken_links_text(broken)))
        return True

    def _put_stack_back(self, undoing: bool) -> None:
        """QUndoStack cannot veto: it has already moved past this refused command. Move it
        back once it is done; undo of an undone command and redo of an applied one do nothing."""
        stack = self._controller.undo_stack

        def put_back():
            if sip.isdeleted(stack):
                return
            if undoing and stack.canRedo() and stack.command(stack.index()) is self:
                stack.redo()
            elif not undoing and stack.canUndo() and stack.command(stack.index() - 1) is self:
                stack.undo()
        QTimer.singleShot(0, put_back)

    # Called from C++ (QUndoStack): an exception escaping here would abort QGIS, so
    # every error is reported inside.
    def undo(self):
        if not self._applied:
            return
        if self.refused(undoing=True):
            self._put_stack_back(undoing=True)
            return
        doing = translate("ReleaseController", "Undoing '{}'").format(self.text())
        with reported_errors(self._controller.iface, doing) as outcome:
            self._redos = [self._store.apply(change) for change in reversed(self._undos)]
            self._applied = False
        with reported_errors(self._controller.iface, translate("ReleaseController", "Refreshing the layers")):
            self._controller.store_changed_here(self._store)
        if outcome.ok:
            notify_success(self._controller.iface, translate("ReleaseController", "Undone: {}").format(self.text()))

    def redo(self):
        if self._applied:
            return
        if self.refused(undoing=False):
            self._put_stack_back(undoing=False)
            return
        doing = translate("ReleaseController", "Redoing '{}'").format(self.text())
        with reported_errors(self._controller.iface, doing):
            self._undos = [self._store.apply(change) for change in reversed(self._redos)]
            self._applied = True
        with reported_errors(self._controller.iface, translate("ReleaseController", "Refreshing the layers")):
            self._controller.store_changed_here(self._store)


class ReleaseController(QObject):
    """Mark-cleared tool, selected tasks, and their undo stack."""

    #: The store was changed by a release, an undo or a redo.
    store_changed = pyqtSignal()

    def __init__(self, iface, session, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.iface = iface
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.tool = ReleasePolygonTool(iface.mapCanvas())
        self.tool.polygon_drawn.connect(self.release_drawing)
        self.tool.undo_requested.connect(self.undo_last)
        #: Replaceable in tests: (parent, organisations, teams, tasks, summary) -> details or None.
        self.ask_details: Callable[..., Optional[ReleaseDetails]] = ask_release_details

    # -- entry points ----------------------------------------------------------------------
    def activate_tool(self) -> None:
        if self._store() is not None:
            self.iface.mapCanvas().setMapTool(self.tool)

    def release_drawing(self, geometry: QgsGeometry) -> None:
        """The tool's polygon (canvas CRS) becomes released land."""
        store = self._store()
        if store is None:
            return
        details = self._ask([], translate("ReleaseController", "Record the land you drew as released."))
        if details is None:
            return
        crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        with reported_errors(self.iface, translate("ReleaseController", "Marking land released")):
            self._check_no_pending_edits()
            plan = mark_released(store, geometry, crs, details, release_tolerance_m2())
            self._finish(store, [plan], details.method)

    def release_selected_tasks(self) -> None:
        """The selected clearance tasks (or sectors) become released land, each to itself."""
        store = self._store()
        if store is None:
            return
        tasks = self.layer("clearance_tasks")
        selected = list(tasks.getSelectedFeatures()) if tasks is not None else []
        if not selected:
            notify_warning(self.iface, translate("ReleaseController",
                "Select the tasks or sectors to mark first (Clearance tasks layer)."))
            return
        ids = [f["task_id"] for f in selected]
        summary = translate("ReleaseController",
            "{n} selected: {ids}").format(n=len(ids), ids=", ".join(ids[:12]) + ("..." if len(ids) > 12
                                                                                          else ""))
        details = self._ask([], summary)
        if details is None:
            return
        plans, undos = [], []
        with reported_errors(self.iface, translate("ReleaseController", "Marking tasks released")) as outcome:
            self._check_no_pending_edits()
            try:
                for feature in selected:
                    details.task_id = feature["task_id"]
                    plan = mark_released(store, feature.geometry(), tasks.crs(), details, release_tolerance_m2())
                    plans.append(plan)
                    if plan.undo is not None:
                        undos.append(plan.undo)
            except Exception:
                for undo in reversed(undos):  # all or nothing
                    store.apply(undo)
                raise
        if outcome.ok:
            self._finish(store, plans, details.method)
        else:
            self.store_changed_here(store)

    def undo_last(self) -> None:
        if not self.undo_stack.canUndo():
            notify_warning(self.iface, translate("ReleaseController", "There is no release to undo."))
            return
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        # Asked before the stack moves, so that a refused undo leaves it where it was.
        if isinstance(command, StoreChangeCommand) and command.refused(undoing=True):
            return
        self.undo_stack.undo()

    def push_applied(self, store, undos: List[ChangeSet], text: str) -> None:
        """Put an operation already stored on the undo stack (sectors use it too)."""
        self.undo_stack.push(StoreChangeCommand(self, store, undos, text))
        self.store_changed_here(store)

    # -- helpers -----------------------------------------------------------------------------
    def _store(self):
        if self.session.store is None:
            notify_warning(self.iface, translate("ReleaseController", "Open or create a store first (Demining dock)."))
        return self.session.store

    def layer(self, name: str) -> Optional[QgsVectorLayer]:
        return self.session.store_layer(name)

    def _distinct(self, layer_name: str, field: str) -> List[str]:
        return self.session.distinct_values(layer_name, field)

    def _ask(self, tasks: List[str], summary: str) -> Optional[ReleaseDetails]:
        organisations = sorted(set(self._distinct("cleared_areas", "organisation"))
                               | set(self._distinct("clearance_tasks", "organisation")))
        teams = sorted(set(self._distinct("cleared_areas", "team")) | set(self._distinct("clearance_tasks", "team")))
        return self.ask_details(self.iface.mainWindow(), organisations, teams, tasks, summary)

    def _check_no_pending_edits(self) -> None:
        for layer in self.session.store_layers():
            if layer.isEditable() and layer.isModified():
                raise DeminingError(
                    translate("ReleaseController",
                        "{layer} has unsaved edits. Save or discard them first, then mark the land again.")
                    .format(layer=layer.name()))

    def _finish(self, store, plans, method: str) -> None:
        added = [p for p in plans if p.pieces]
        if not added:
            notify_warning(self.iface, " ".join(dict.fromkeys(p.reason for p in plans)))
            return
        # The bar gets one line (what was released, where, hazards closed); the figures of
        # each piece and hazard, and what was skipped, go to the log behind it.
        headline = release_headline(plans, method)
        self.push_applied(store, [p.undo for p in added], headline)
        skipped = [p.reason for p in plans if not p.pieces]
        details = " ".join([p.summary(method) for p in added] + list(dict.fromkeys(skipped)))
        notify_success(self.iface, headline, details=details)

    def store_changed_here(self, store) -> None:
        """Layers on disk changed under QGIS: reload the project's copies and say so."""
        for layer in self.session.store_layers():
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        self.session.request_figures()
        self.store_changed.emit()

    def teardown(self) -> None:
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.tool.dispose()
        self.undo_stack.clear()
