"""Scenario driver inside a real QGIS desktop (``qgis --code driver.py``, tests/packaging/test_desktop.py).

It acts as a user would, one step after another, each step started from the event loop
(``QTimer``) and each wait a poll of the event loop, so the driver itself never blocks
QGIS: a freeze is the plugin's. After every step it writes what it saw to
``observations.json`` (the panels' figures, the layout of the window, how long each step
took), so a freeze or a crash still leaves what happened before it.

The configuration comes from the JSON file named by ``DEMINING_DESKTOP_CONFIG``:
``scenario`` ("start" or "session"), ``out`` (folder), ``exit`` ("clean": QGIS's own
Exit action, so the window layout is saved; "kill": the test kills QGIS, as after a crash),
and the scenario's paths.
"""

import json
import os
import re
import time
import traceback
from pathlib import Path
from typing import Callable, List, Optional

import qgis.utils
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProject,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QRect, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QAction, QMainWindow, QStyle, QTabBar

PLUGIN = "demining_plugin"
#: The plugin's panels, by attribute of the plugin object, in their tab order.
PANELS = ("dock", "clearance_dock", "totals_dock", "traverse_dock", "minemaps_dock", "items_dock", "checks_dock",
          "review_dock")
_DIGIT = re.compile(r"\d")
POLL_MS = 100


def _monotonic() -> float:
    return round(time.monotonic(), 3)


def _rect(rect: QRect) -> List[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def plugin():
    return qgis.utils.plugins.get(PLUGIN)


def _text(widget) -> str:
    return widget.text() if widget is not None and not sip.isdeleted(widget) else ""


def _quiet(read: Callable, default=None):
    """A figure read from a panel; ``default`` when the panel does not have it (yet)."""
    try:
        return read()
    except Exception:  # noqa: BLE001 (an observation, never a reason to stop the scenario)
        return default


# -- what the panels show -----------------------------------------------------------------------------
def demining_figures(p) -> dict:
    dock = p.dock
    items = getattr(dock, "figure_items", {}) or {}
    counts = {}
    table = dock.counts_table
    for row in range(table.rowCount()):
        name = table.item(row, 0).data(256)  # Qt.UserRole: the store layer name
        counts[str(name)] = table.item(row, 1).text()
    return {
        "store": _text(dock.store_label),
        "figures": {key: item.text(1) for key, item in items.items()},
        "status": _text(dock.status_label),
        "counts": counts,
    }


def demining_ready(p) -> bool:
    item = (getattr(p.dock, "figure_items", {}) or {}).get("released_ha")
    return item is not None and bool(_DIGIT.search(item.text(1)))


def totals_figures(p) -> dict:
    dock = p.totals_dock
    model = dock.model
    header = [str(model.headerData(c, 1)) for c in range(model.columnCount())]  # 1: Qt.Horizontal
    last = model.rowCount() - 1
    total_row = [str(model.data(model.index(last, c))) for c in range(model.columnCount())] if last >= 0 else []
    view = dock.view
    visible_columns = sum(
        1 for c in range(model.columnCount())
        if view.columnViewportPosition(c) >= 0
        and view.columnViewportPosition(c) + view.columnWidth(c) <= view.viewport().width())
    totals_row_visible = False
    if last >= 0:
        proxy_row = dock.proxy.mapFromSource(model.index(last, 0)).row()
        rect = view.visualRect(dock.proxy.index(proxy_row, 0))
        totals_row_visible = rect.isValid() and rect.bottom() <= view.viewport().height() and rect.top() >= 0
    return {
        "computed": dock.totals is not None,
        "rows": model.rowCount(),
        "columns": header,
        "total_row": total_row,
        "status": _text(getattr(dock, "status", None)),
        "visible_columns": visible_columns,
        "totals_row_visible": totals_row_visible,
    }


def totals_ready(p) -> bool:
    dock = p.totals_dock
    return dock.totals is not None and dock.model.rowCount() >= 2 and getattr(dock, "_task", None) is None


def minemaps_figures(p) -> dict:
    dock = p.minemaps_dock
    result = getattr(dock, "result", None)
    table = dock.table
    return {
        "rows": table.rowCount(),
        "judged": len(result.records) if result is not None else None,
        # Records with mapped mines in land cleared so far have a recall; the others show "–".
        "with_recall": sum(1 for r in range(table.rowCount())
                           if table.item(r, 1) is not None and _DIGIT.search(table.item(r, 1).text())),
        "summary": _text(dock.summary_label),
        "first_row": [table.item(0, c).text() if table.item(0, c) else "" for c in range(table.columnCount())]
        if table.rowCount() else [],
    }


def minemaps_ready(p) -> bool:
    return p.minemaps_dock.table.rowCount() > 0 and getattr(p.minemaps_dock, "_task", None) is None


def items_figures(p) -> dict:
    dock = p.items_dock
    counts = {}
    for row in range(dock.counts_table.rowCount()):
        name, count = dock.counts_table.item(row, 0), dock.counts_table.item(row, 1)
        if name is not None and count is not None:
            counts[name.text()] = count.text()
    return {"listed": dock.list.rowCount(), "counts": counts, "status": _text(dock.status)}


def items_ready(p) -> bool:
    return p.items_dock.list.rowCount() > 0


def clearance_figures(p) -> dict:
    dock = p.clearance_dock
    return {"caption": _text(dock.caption), "rows": dock.table.rowCount()}


def checks_figures(p) -> dict:
    dock = p.checks_dock
    return {"caption": _text(dock.caption), "findings": len(dock.findings)}


def checks_ready(p) -> bool:
    return p.checks_dock.task is None and bool(_DIGIT.search(_text(p.checks_dock.caption))
                                               or p.checks_dock.findings)


def _fully_visible(widget) -> bool:
    """The whole widget is on screen (not clipped by a scroll area or a squeezed dock)."""
    if widget is None or not widget.isVisible():
        return False
    return widget.visibleRegion().boundingRect() == widget.rect()


def traverse_figures(p) -> dict:
    dock = p.traverse_dock
    return {
        "pick_visible": _fully_visible(dock.pick_button),
        "save_visible": _fully_visible(dock.save_button),
        "table_rows_visible": dock.table.viewport().height()
        // max(1, dock.table.verticalHeader().defaultSectionSize()),
    }


PANEL_FIGURES = {
    "dock": demining_figures,
    "clearance_dock": clearance_figures,
    "totals_dock": totals_figures,
    "traverse_dock": traverse_figures,
    "minemaps_dock": minemaps_figures,
    "items_dock": items_figures,
    "checks_dock": checks_figures,
}


def all_figures(p) -> dict:
    return {name: _quiet(lambda read=read: read(p), {"error": traceback.format_exc(limit=2)})
            for name, read in PANEL_FIGURES.items()}


# -- how the window is laid out --------------------------------------------------------------------
def _tab_bars(main_window: QMainWindow, titles) -> List[dict]:
    bars = []
    for bar in main_window.findChildren(QTabBar):
        if bar.parent() is not main_window or not bar.isVisible():
            continue  # dock tab bars are children of the main window; others belong to widgets
        texts = [bar.tabText(i) for i in range(bar.count())]
        if not set(texts) & set(titles):
            continue
        style = bar.style()
        padding = style.pixelMetric(QStyle.PM_TabBarTabHSpace, None, bar)
        tabs = []
        for i, text in enumerate(texts):
            needed = bar.fontMetrics().horizontalAdvance(text) + padding
            if not bar.tabIcon(i).isNull():
                needed += bar.iconSize().width() + 4
            tabs.append({"text": text, "width": bar.tabRect(i).width(), "needed": needed,
                         "elided": bar.tabRect(i).width() < needed})
        bars.append({"geometry": _rect(bar.geometry()), "current": bar.tabText(bar.currentIndex()), "tabs": tabs})
    return bars


def layout(p) -> dict:
    main_window = qgis.utils.iface.mainWindow()
    screen = main_window.screen() if hasattr(main_window, "screen") else QGuiApplication.primaryScreen()
    docks = {}
    titles = []
    for name in PANELS:
        dock = getattr(p, name, None)
        if dock is None:
            continue
        titles.append(dock.windowTitle())
        top_left = dock.mapTo(main_window, dock.rect().topLeft()) if not dock.isFloating() else dock.pos()
        docks[name] = {
            "object_name": dock.objectName(),
            "title": dock.windowTitle(),
            "area": int(main_window.dockWidgetArea(dock)),
            "floating": dock.isFloating(),
            "visible": dock.isVisible(),
            "geometry": [top_left.x(), top_left.y(), dock.width(), dock.height()],
            "minimum": [dock.minimumSizeHint().width(), dock.minimumSizeHint().height()],
            "size_hint": [dock.sizeHint().width(), dock.sizeHint().height()],
            "tabified_with": sorted(d.objectName() for d in main_window.tabifiedDockWidgets(dock)),
        }
    return {
        "screen": _rect(screen.geometry()),
        "available": _rect(screen.availableGeometry()),
        "window_frame": _rect(main_window.frameGeometry()),
        "window": _rect(main_window.geometry()),
        "window_minimum": [main_window.minimumSizeHint().width(), main_window.minimumSizeHint().height()],
        "window_state": int(main_window.windowState()),
        "canvas": _rect(qgis.utils.iface.mapCanvas().geometry()),
        "docks": docks,
        "tab_bars": _tab_bars(main_window, titles),
    }


def screenshot(path: Path) -> None:
    """The whole X screen, floating panels and dialogs included."""
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))


# -- running steps from the event loop ----------------------------------------------------------------
class Step:
    def __init__(self, name: str, action: Optional[Callable], until: Optional[Callable], timeout: float):
        self.name = name
        self.action = action
        self.until = until
        self.timeout = timeout
        self.started = 0.0


class Scenario:
    def __init__(self, config: dict):
        self.config = config
        self.out = Path(config["out"])
        self.steps: List[Step] = []
        self.current: Optional[Step] = None
        self.observations = {"scenario": config["scenario"], "driver_started": _monotonic(), "steps": [],
                             "done": False, "error": None, "marks": {}}

    # building
    def then(self, name: str, action: Optional[Callable] = None, until: Optional[Callable] = None,
             timeout: float = 60.0) -> "Scenario":
        self.steps.append(Step(name, action, until, timeout))
        return self

    def mark(self, key: str, value=None) -> None:
        self.observations["marks"][key] = _monotonic() if value is None else value

    def observe(self, key: str, value) -> None:
        self.observations[key] = value

    # running
    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _save(self) -> None:
        path = self.out / "observations.json"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.observations, indent=1, default=str))
        os.replace(tmp, path)

    def _next(self) -> None:
        if not self.steps:
            self._finish()
            return
        step = self.current = self.steps.pop(0)
        step.started = time.monotonic()
        try:
            if step.action is not None:
                step.action()
        except Exception:  # noqa: BLE001 (the test reports it)
            self._fail(f"step '{step.name}' raised:\n{traceback.format_exc()}")
            return
        self._poll()

    def _poll(self) -> None:
        step = self.current
        try:
            done = step.until is None or bool(step.until())
        except Exception:  # noqa: BLE001
            self._fail(f"waiting in step '{step.name}' raised:\n{traceback.format_exc()}")
            return
        seconds = round(time.monotonic() - step.started, 3)
        if done:
            self.observations["steps"].append({"name": step.name, "seconds": seconds, "ended": _monotonic()})
            self._save()
            QTimer.singleShot(0, self._next)
        elif seconds > step.timeout:
            self._fail(f"step '{step.name}' did not finish in {step.timeout:.0f} s")
        else:
            QTimer.singleShot(POLL_MS, self._poll)

    def _fail(self, message: str) -> None:
        self.observations["error"] = message
        p = plugin()
        if p is not None and getattr(p, "dock", None) is not None:
            self.observations["figures_at_error"] = _quiet(lambda: all_figures(p))
        _quiet(lambda: screenshot(self.out / "error.png"))
        self._finish()

    def _finish(self) -> None:
        self.observations["done"] = True
        self.observations["finished"] = _monotonic()
        self._save()
        if self.config.get("exit", "clean") == "clean":
            self._exit_when_idle(time.monotonic())
        # "kill": the test kills QGIS once it reads done (a session that never ended).

    def _exit_when_idle(self, since: float) -> None:
        """QGIS asks before exiting while tasks run or the project is modified: neither."""
        manager = QgsApplication.taskManager()
        if manager.countActiveTasks() and time.monotonic() - since < 30:
            manager.cancelAll()
            QTimer.singleShot(POLL_MS, lambda: self._exit_when_idle(since))
            return
        QgsProject.instance().setDirty(False)
        import desktop_watchdog

        if desktop_watchdog._installed is not None:
            desktop_watchdog._installed.stop()
        qgis.utils.iface.actionExit().trigger()


# -- scenarios ----------------------------------------------------------------------------------------
def _wait_for_plugin() -> bool:
    p = plugin()
    return p is not None and getattr(p, "dock", None) is not None


def raise_panel(name: str) -> Callable:
    def action():
        dock = getattr(plugin(), name)
        dock.show()
        dock.raise_()

    return action


def add_panel_steps(scenario: Scenario, with_checks: bool) -> None:
    """Each panel brought to the front in turn, as a user clicks its tab, until it shows its figures."""
    waits = {"dock": demining_ready, "totals_dock": totals_ready, "minemaps_dock": minemaps_ready,
             "items_dock": items_ready, "clearance_dock": lambda p: bool(_text(p.clearance_dock.caption)),
             "traverse_dock": None, "review_dock": None}
    # The dashboard last: in a narrow right-hand area it opens large, over the map.
    for name in sorted(PANELS, key=lambda name: name == "totals_dock"):
        if name == "checks_dock":
            if with_checks:
                scenario.then("checks: run", lambda: (raise_panel("checks_dock")(), plugin().checks_dock.run_checks()),
                              lambda: checks_ready(plugin()), timeout=120)
            continue
        ready = waits[name]
        scenario.then(f"{name}: raised", raise_panel(name),
                      (lambda ready=ready: ready(plugin())) if ready else None, timeout=120)
        if name == "traverse_dock":
            scenario.then("traverse: laid out", None, _settle(0.3))
        scenario.then(f"{name}: observed",
                      lambda name=name: scenario.observations.setdefault("panels", {}).__setitem__(
                          name, _quiet(lambda: PANEL_FIGURES[name](plugin()), {"error": traceback.format_exc()})))
        if scenario.config.get("screenshots"):
            scenario.then(f"{name}: screenshot", lambda name=name: screenshot(scenario.out / f"{name}.png"))


def _settle(seconds: float) -> Callable:
    """An ``until`` that lets the event loop run for ``seconds`` (layouts, repaints)."""
    state = {}

    def until() -> bool:
        state.setdefault("t", time.monotonic())
        if time.monotonic() - state["t"] >= seconds:
            state.clear()
            return True
        return False

    return until


def start_scenario(config: dict) -> Scenario:
    """``make run``: QGIS started with the demo project; every panel shows its figures."""
    scenario = Scenario(config)
    out = Path(config["out"])

    def project_state():
        project = QgsProject.instance()
        layers = list(project.mapLayers().values())
        p = plugin()
        scenario.observe("project", {
            "file": project.fileName(),
            "title": project.title(),
            "layers": len(layers),
            "invalid_layers": [layer.name() for layer in layers if not layer.isValid()],
            "store": str(p.session.store.location) if p and p.session and p.session.store else None,
            "window_title": qgis.utils.iface.mainWindow().windowTitle(),
        })

    scenario.then("plugin loaded", None, _wait_for_plugin, timeout=60)
    scenario.then("project open", None, lambda: QgsProject.instance().fileName().endswith(".qgz"), timeout=60)
    scenario.then("project observed", project_state)
    scenario.then("first figures", None, lambda: demining_ready(plugin()), timeout=120)
    scenario.then("first figures marked", lambda: scenario.mark("first_figures"))
    scenario.then("start-up layout settled", None, _settle(1.0))
    scenario.then("start-up layout observed", lambda: (scenario.observe("layout_at_start", layout(plugin())),
                                                       screenshot(out / "start.png")))
    add_panel_steps(scenario, with_checks=config.get("checks", False))
    scenario.then("totals raised for a screenshot", raise_panel("totals_dock"), _settle(0.8))
    scenario.then("dashboard observed", lambda: (scenario.observe("layout_dashboard", layout(plugin())),
                                                 scenario.observe("dashboard", totals_figures(plugin())),
                                                 screenshot(out / "dashboard.png")))
    scenario.then("Demining raised again", raise_panel("dock"), _settle(0.5))
    scenario.then("final layout observed", lambda: (scenario.observe("layout_at_end", layout(plugin())),
                                                    scenario.observe("figures", all_figures(plugin())),
                                                    scenario.observe("layers_at_end", _layers()),
                                                    screenshot(out / "end.png")))
    return scenario


def _layers() -> List[List[str]]:
    return [[layer.name(), layer.providerType()] for layer in QgsProject.instance().mapLayers().values()]


def _busy(p) -> dict:
    """Which of the plugin's background computations run now."""
    manager = QgsApplication.taskManager()
    return {
        "active_tasks": [task.description() for task in manager.activeTasks()],
        "totals": getattr(p.totals_dock, "_task", None) is not None,
        "figures": getattr(p.session, "_figures_task", None) is not None,
        "minemaps": getattr(p.minemaps_dock, "_task", None) is not None,
    }


def _store_is(path: str) -> Callable:
    def until() -> bool:
        p = plugin()
        store = p.session.store if p is not None and p.session is not None else None
        return store is not None and os.path.samefile(str(store.location), path)

    return until


def _count(layer) -> int:
    """Features on disk (``featureCount()`` says -1 while the provider recounts)."""
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.NoGeometry)
    return sum(1 for _ in layer.getFeatures(request))


def _layer_of(p, name: str):
    for layer in p.session.store_layers():
        if layer.customProperty("demining/layer") == name:
            return layer
    raise LookupError(f"no {name} layer of the store in the project")


def mark_released_now(scenario: Scenario) -> None:
    """The release tool's polygon without the mouse and the dialog: a box inside an open
    hazard area, in the map's CRS, with the details the dialog would return."""
    # Through the controller's module: the same class wherever core keeps it.
    from demining_plugin.gui.release_controller import ReleaseDetails

    p = plugin()
    hazards = _layer_of(p, "hazard_areas")
    feature = next(hazards.getFeatures(QgsFeatureRequest().setFilterExpression("\"status\" = 'open'").setLimit(1)))
    canvas = qgis.utils.iface.mapCanvas()
    to_canvas = QgsCoordinateTransform(hazards.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
    geometry = feature.geometry()
    box = geometry.boundingBox()
    inner = geometry.pointOnSurface().buffer(min(box.width(), box.height()) / 10, 8).intersection(geometry)
    inner.transform(to_canvas)
    p.release.ask_details = lambda *_args, **_kwargs: ReleaseDetails(
        method="cleared", technique="manual", organisation="Desktop test", team="T1")
    before = _count(_layer_of(p, "cleared_areas"))
    scenario.observe("release", {"hazard": feature["hazard_id"], "area_in_map_units": inner.area(), "busy": _busy(p),
                                 "released_before": before, "released_ha_before": demining_figures(p)["figures"]
                                 .get("released_ha")})
    p.release.release_drawing(inner)


def session_scenario(config: dict) -> Scenario:
    """QGIS already open: Load demo, a second store while the first one's totals compute,
    the project closed while tasks run, the plugin reloaded while tasks run, land released
    while the dashboard recomputes."""
    scenario = Scenario(config)
    out = Path(config["out"])
    demo, second = config["demo_store"], config["second_store"]

    scenario.then("plugin loaded", None, _wait_for_plugin, timeout=60)
    scenario.then("settled", None, _settle(0.5))
    # Load demo, with the dashboard in front so that its totals compute.
    scenario.then("dashboard raised", raise_panel("totals_dock"))

    def load_demo():
        action = qgis.utils.iface.mainWindow().findChild(QAction, "mActionDeminingLoadDemo")
        scenario.mark("load_demo")
        action.trigger()

    scenario.then("Load demo", load_demo, _store_is(demo), timeout=60)
    def open_second():
        # In one go, so the totals cannot finish in between: computing the first store's
        # totals (once more, if they were done already), Open store of the second.
        if not _busy(plugin())["totals"]:
            plugin().totals_dock.recompute()
        scenario.observe("busy_when_second_opened", _busy(plugin()))
        scenario.mark("open_second")
        plugin().session.open_store_at(second)

    scenario.then("Open store (second) while the first computes", open_second, _store_is(second), timeout=60)
    scenario.then("second store figures", None, lambda: demining_ready(plugin()), timeout=120)
    scenario.then("second store totals", None, lambda: totals_ready(plugin()), timeout=120)
    scenario.then("second store observed", lambda: (scenario.observe("second_store", all_figures(plugin())),
                                                    screenshot(out / "second_store.png")))

    # Close the project while the totals, the figures and the mine maps compute.
    def busy_everywhere():
        p = plugin()
        p.totals_dock.recompute()
        p.session.request_figures(0)
        p.minemaps_dock.compute()

    def close_project():
        scenario.observe("busy_when_closed", _busy(plugin()))
        QgsProject.instance().clear()

    scenario.then("everything recomputing", busy_everywhere, None)
    scenario.then("project closed while tasks run", close_project, lambda: plugin().session.store is None)
    scenario.then("after close", None, _settle(2.0))
    scenario.then("closed observed", lambda: scenario.observe("after_close", {
        "store_label": _text(plugin().dock.store_label), "busy": _busy(plugin())}))

    # Reload the plugin while tasks run.
    scenario.then("second store again", lambda: plugin().session.open_store_at(second), _store_is(second))
    scenario.then("recomputing before reload", busy_everywhere, None)

    def reload_plugin():
        scenario.observe("busy_when_unloaded", _busy(plugin()))
        plugin().desktop_test_old_instance = True  # id() may be reused by the new object
        assert qgis.utils.unloadPlugin(PLUGIN), "unloadPlugin failed"
        assert qgis.utils.loadPlugin(PLUGIN), "loadPlugin failed"
        assert qgis.utils.startPlugin(PLUGIN), "startPlugin failed"

    scenario.then("plugin reloaded while tasks run", reload_plugin, _wait_for_plugin)
    scenario.then("reloaded plugin adopts the store", None, _store_is(second), timeout=30)
    scenario.then("reloaded figures", None, lambda: demining_ready(plugin()), timeout=120)
    scenario.then("reloaded observed", lambda: scenario.observe("after_reload", {
        "new_plugin": not getattr(plugin(), "desktop_test_old_instance", False), "layout": layout(plugin()),
        "figures": all_figures(plugin())}))

    # Mark land released while the dashboard recomputes.
    scenario.then("dashboard raised again", raise_panel("totals_dock"), lambda: totals_ready(plugin()), timeout=120)
    scenario.then("dashboard recomputing", lambda: plugin().totals_dock.recompute())
    scenario.then("land released while the dashboard recomputes", lambda: mark_released_now(scenario))
    scenario.then("release counted", None,
                  lambda: _count(_layer_of(plugin(), "cleared_areas"))
                  > scenario.observations["release"]["released_before"], timeout=30)
    scenario.then("figures after the release", None,
                  lambda: demining_ready(plugin()) and totals_ready(plugin())
                  and demining_figures(plugin())["figures"].get("released_ha")
                  != scenario.observations["release"]["released_ha_before"], timeout=120)
    scenario.then("release observed", lambda: (
        scenario.observations["release"].update({
            "released_after": _count(_layer_of(plugin(), "cleared_areas")),
            "released_ha_after": demining_figures(plugin())["figures"].get("released_ha"),
            "totals_after": totals_figures(plugin())}),
        screenshot(out / "released.png")))
    return scenario


SCENARIOS = {"start": start_scenario, "session": session_scenario}


def run(config_path: str) -> Scenario:
    config = json.loads(Path(config_path).read_text())
    scenario = SCENARIOS[config["scenario"]](config)
    scenario.start()
    # Kept alive by QGIS's __main__ namespace (the --code script's globals).
    return scenario
