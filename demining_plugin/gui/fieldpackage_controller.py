"""*Demining ▸ Package for the Field…*: the selected clearance tasks packaged for a team's
tablet (QField). The package takes well under a second on the demo store (a GeoPackage copy
and a project written through OGR and QGIS), so it is built in the main thread, with a wait
cursor, as QGIS writes a project."""

from pathlib import Path
from typing import List, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QPushButton

from ..core import log
from ..core.errors import DeminingError
from ..core.fieldwork.package import FieldPackage, build_package
from .notify import notify_error, notify_exception, notify_warning


class FieldPackageController(QObject):
    def __init__(self, iface, session, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.iface = iface
        self.session = session

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FieldPackageController", text)

    def _selected_tasks(self):
        layer = self.session.store_layer("clearance_tasks") if self.session is not None else None
        return layer.selectedFeatures() if layer is not None else []

    def show_dialog(self, task_ids: Optional[List[str]] = None) -> Optional[FieldPackage]:
        from .fieldpackage_dialog import FieldPackageDialog

        store = self.session.store if self.session is not None else None
        if store is None:
            notify_warning(self.iface, self.tr("Open a Demining store first (Demining ▸ Open Store…)."))
            return None
        selected = self._selected_tasks()
        if task_ids is None:
            task_ids = [f["task_id"] for f in selected if f["task_id"]]
        teams = {f["team"] for f in selected if f["team"]}
        dialog = FieldPackageDialog(task_ids, teams.pop() if len(teams) == 1 else "", self.iface.mainWindow())
        if not dialog.exec_():
            return None
        return self.build(store, dialog.chosen_task_ids(), dialog.chosen_team(), dialog.mapped_mines.isChecked(),
                          dialog.chosen_basemap(), dialog.output_path())

    def build(self, store, task_ids: List[str], team: str, mapped_mines: bool, basemap: Optional[str],
              output: str) -> Optional[FieldPackage]:
        """Build the package and say how it went in the message bar; None when it failed."""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            package = build_package(store, task_ids, team=team, mapped_mines=mapped_mines, basemap=basemap,
                                    output=output)
        except DeminingError as error:
            notify_error(self.iface, str(error))
            return None
        except Exception as error:  # noqa: BLE001 (a bug: logged with its traceback, short message shown)
            notify_exception(self.iface, error, self.tr("Packaging tasks for the field"))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._announce(package)
        return package

    def _announce(self, package: FieldPackage) -> None:
        tasks = ", ".join(package.manifest["tasks"])
        message = self.tr("Field package of {0} written to {1}").format(tasks, package.output)
        log.log_info(message)
        bar = self.iface.messageBar()
        item = bar.createMessage(self.tr("Demining"), message)
        folder = Path(package.output)
        folder = folder if folder.is_dir() else folder.parent
        button = QPushButton(self.tr("Open Folder"), item)
        button.setObjectName("DeminingOpenPackageFolder")
        button.clicked.connect(lambda _checked=False, path=str(folder): QDesktopServices.openUrl(
            QUrl.fromLocalFile(path)))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Success, 10)

    def teardown(self) -> None:
        self.session = None
