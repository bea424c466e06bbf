"""The real QGIS desktop, end to end: the ``qgis`` binary (not the offscreen test
application) on its own Xvfb screen, with a fresh profile prepared as ``make run``
prepares it (the plugin folder assembled as the ZIP holds it, copied into the profile,
then ``seeds/prepare_profile.py``).

Inside QGIS (tests/desktop/): ``startup.py`` runs as soon as QGIS's Python starts
(``PYQGIS_STARTUP``) and installs a heartbeat (a timer of the main thread writing the time
every 200 ms) and a watchdog that writes every thread's Python stack when the heartbeat
stops for 10 s; ``driver.py`` (``--code``) plays the scenario from the event loop and
writes what it saw to ``observations.json``. A freeze fails the test with those stacks.

- Five ``make run`` starts in a row, some ended by QGIS's Exit, some killed as a crash
  would: each opens the demo project with valid layers and every Demining panel shows its
  figures; the panels are tabbed together on the right at the first start and after a
  killed session, with short titles that are not cut, and the window stays on the screen.
- With QGIS already open: Load demo, a second store opened while the first one's totals
  compute, the project closed while tasks run, the plugin reloaded while tasks run, land
  released while the dashboard recomputes.
"""

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import pytest

from tests import REPO_ROOT

HELPERS = REPO_ROOT / "tests" / "desktop"
SCREEN = (1600, 1000)
PROFILE = "demining"
PLUGIN = "demining_plugin"
#: Longest one QGIS run may take before the test gives up on it (a freeze is caught sooner).
RUN_TIMEOUT_S = 120
#: How each of the five starts ends: "kill" as after a crash (no saved window layout), or
#: "clean" through QGIS's Exit (the layout is saved). The next start must cope with both.
START_EXITS = ("kill", "clean", "clean", "kill", "clean")
#: The panels' short tab titles.
TITLES = {"dock": "Demining", "clearance_dock": "Clearance", "totals_dock": "Totals",
          "traverse_dock": "Traverse", "minemaps_dock": "Mine maps", "items_dock": "Items",
          "checks_dock": "Checks", "review_dock": "Review"}
RIGHT_AREA = 2  # Qt.RightDockWidgetArea
BOTTOM_AREA = 8  # Qt.BottomDockWidgetArea



@pytest.fixture(scope="module", autouse=True)
def desktop_programs():
    """The real desktop is part of the suite: its programs must be there (never skipped)."""
    missing = [name for name in ("qgis", "Xvfb") if shutil.which(name) is None]
    assert not missing, f"{', '.join(missing)} not found: run `make system` (Debian packages qgis, xvfb)"


# -- the screen, the plugin folder, the demo ------------------------------------------------------------
@pytest.fixture(scope="module")
def display():
    """A 1600x1000 Xvfb screen of its own; Xvfb picks a free display number (-displayfd)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


@pytest.fixture(scope="module")
def plugin_folder(tmp_path_factory) -> Path:
    """The plugin folder exactly as the ZIP holds it: ``make assemble``, into a build folder
    of this module's own (``make package`` of another test or engineer never races it)."""
    build = tmp_path_factory.mktemp("desktop_build")
    # -o venv: this interpreter is the venv; make must not reinstall it under a running test.
    result = subprocess.run(["make", "-s", "-o", "venv", "assemble", f"BUILD={build}"], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, f"make assemble failed:\n{result.stdout}\n{result.stderr}"
    folder = build / "package" / PLUGIN
    assert (folder / "metadata.txt").is_file()
    return folder


@pytest.fixture(scope="module")
def demo_folder(demo_store_file, tmp_path_factory) -> Path:
    """This module's copy of the session's demo store and the project beside it."""
    folder = tmp_path_factory.mktemp("desktop_demo")
    for name in ("demo.gpkg", "demo.qgz"):
        shutil.copyfile(demo_store_file.with_name(name), folder / name)
    return folder


def install_profile(profiles: Path, plugin_folder: Path) -> Path:
    """What ``make run`` does before starting QGIS: the assembled plugin copied into the
    profile (replacing an older copy), then ``seeds/prepare_profile.py``."""
    profile_dir = profiles / "profiles" / PROFILE
    plugins = profile_dir / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(plugins / PLUGIN, ignore_errors=True)
    shutil.copytree(plugin_folder, plugins / PLUGIN)
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "seeds" / "prepare_profile.py"), "--profile-dir", str(profile_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=120,
        check=False)
    assert result.returncode == 0, f"prepare_profile.py failed:\n{result.stdout}\n{result.stderr}"
    return profile_dir


# -- one run of QGIS ---------------------------------------------------------------------------------
@dataclass
class Run:
    label: str
    out: Path
    launched: float  # time.monotonic(), one clock with the heartbeats written inside QGIS
    observations: dict = field(default_factory=dict)
    beats: List[float] = field(default_factory=list)
    stacks: str = ""
    py_spy: str = ""
    modal: str = ""
    exit_code: Optional[int] = None
    killed: bool = False
    timed_out: bool = False
    log: str = ""

    @property
    def froze(self) -> bool:
        return bool(self.stacks)

    @property
    def worst_gap(self) -> float:
        """Longest time between two heartbeats once the event loop ran (seconds)."""
        return max((b - a for a, b in zip(self.beats, self.beats[1:])), default=0.0)

    @property
    def to_event_loop(self) -> Optional[float]:
        return self.beats[0] - self.launched if self.beats else None

    def mark(self, key: str) -> Optional[float]:
        value = self.observations.get("marks", {}).get(key)
        return None if value is None else value - self.launched

    def step_end(self, name: str) -> Optional[float]:
        for step in self.observations.get("steps", []):
            if step["name"] == name:
                return step["ended"] - self.launched
        return None

    def problem(self) -> str:
        """Why this run failed, with everything that explains it; '' when it did not."""
        if self.froze:
            return (f"{self.label}: the QGIS event loop stopped (no heartbeat for 10 s). Python stacks "
                    f"written by the watchdog inside QGIS:\n{self.stacks}\n{self.py_spy}\n"
                    f"steps done: {[s['name'] for s in self.observations.get('steps', [])]}")
        if self.modal:
            return f"{self.label}: a modal dialog waited for an answer:\n{self.modal}"
        if not self.observations.get("done"):
            return (f"{self.label}: the driver never finished (timed out: {self.timed_out}, exit code "
                    f"{self.exit_code}); steps done: {[s['name'] for s in self.observations.get('steps', [])]}"
                    f"\nQGIS output (end):\n{self.log[-3000:]}")
        if self.observations.get("error"):
            return f"{self.label}: {self.observations['error']}\nfigures then: " \
                   f"{json.dumps(self.observations.get('figures_at_error'), indent=1)}"
        return ""

    def summary(self) -> str:
        first = self.mark("first_figures")
        loop = self.to_event_loop
        return (f"{self.label}: event loop after {loop:.1f} s, " if loop is not None else f"{self.label}: ") + (
            f"first figures after {first:.1f} s, " if first is not None else "") + (
            f"worst heartbeat gap {self.worst_gap:.2f} s" + (" (FROZE)" if self.froze else ""))


def _read_beats(path: Path) -> List[float]:
    if not path.is_file():
        return []
    beats = []
    for line in path.read_text().split():
        try:
            beats.append(float(line))
        except ValueError:
            pass  # "stop": QGIS is quitting
    return beats


def _stacks(out: Path) -> str:
    texts = []
    for name in ("stacks.txt", "stacks_fallback.txt"):
        path = out / name
        if path.is_file() and path.stat().st_size:
            texts.append(f"[{name}]\n{path.read_text(errors='replace')}")
    return "\n".join(texts)


def _py_spy(pid: int) -> str:
    """Native and Python stacks of a frozen QGIS, when py-spy is installed (not required)."""
    tool = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(tool).is_file():
        return ""
    try:
        result = subprocess.run([tool, "dump", "--pid", str(pid)], capture_output=True, text=True, timeout=30,
                                check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"py-spy: {error}"
    return f"[py-spy dump]\n{result.stdout}{result.stderr}"


def run_qgis(label: str, display: str, profiles: Path, out: Path, config: dict,
             project: Optional[Path] = None, timeout: float = RUN_TIMEOUT_S) -> Run:
    """Start QGIS as ``make run`` does, with the watchdog and the driver; wait for the driver,
    a freeze, an exit or the timeout; never leave QGIS running."""
    out.mkdir(parents=True, exist_ok=True)
    for name in ("observations.json", "heartbeat.txt", "stacks.txt", "stacks_fallback.txt", "modal.txt"):
        (out / name).unlink(missing_ok=True)
    config = {**config, "out": str(out)}
    config_path = out / "config.json"
    config_path.write_text(json.dumps(config))
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "PYQGIS_STARTUP")}
    env.update({
        "DISPLAY": display,
        "PYQGIS_STARTUP": str(HELPERS / "startup.py"),
        "DEMINING_DESKTOP_HELPERS": str(HELPERS),
        "DEMINING_DESKTOP_OUT": str(out),
        "DEMINING_DESKTOP_CONFIG": str(config_path),
        "QT_LOGGING_RULES": "*.debug=false",
        # QGIS counts layers under the temporary folder as temporary and asks before
        # exiting: the test's files live under /tmp, QGIS's temporary folder elsewhere.
        "TMPDIR": str(out / "tmp"),
    })
    (out / "tmp").mkdir(exist_ok=True)
    command = ["qgis", "--profiles-path", str(profiles), "--profile", PROFILE, "--noversioncheck", "--nologo"]
    if project is not None:
        command.append(str(project))
    command += ["--code", str(HELPERS / "driver.py")]
    log_path = out / "qgis.log"
    run = Run(label, out, time.monotonic())
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, cwd=str(out),
                                   start_new_session=True)
    observations_path = out / "observations.json"
    try:
        deadline = run.launched + timeout
        done_at = None
        while True:
            if process.poll() is not None:
                break
            run.stacks = _stacks(out)
            if run.stacks:
                time.sleep(1.0)  # let the dump finish
                run.stacks = _stacks(out)
                run.py_spy = _py_spy(process.pid)
                break
            if not (out / "heartbeat.txt").is_file() and time.monotonic() - run.launched > 60:
                break  # the watchdog never started: problem() says the driver never finished
            if (out / "modal.txt").is_file():
                time.sleep(0.2)
                run.modal = (out / "modal.txt").read_text(errors="replace")
                break
            if done_at is None and observations_path.is_file():
                try:
                    if json.loads(observations_path.read_text()).get("done"):
                        done_at = time.monotonic()
                except ValueError:
                    pass  # being replaced
            if done_at is not None and (config.get("exit") == "kill" or time.monotonic() - done_at > 30):
                break
            if time.monotonic() > deadline:
                run.timed_out = True
                break
            time.sleep(0.2)
    finally:
        if process.poll() is None:
            run.killed = True
            os.killpg(process.pid, signal.SIGKILL)
        run.exit_code = process.wait(30)
    if observations_path.is_file():
        run.observations = json.loads(observations_path.read_text())
    run.beats = _read_beats(out / "heartbeat.txt")
    run.stacks = run.stacks or _stacks(out)
    run.log = log_path.read_text(errors="replace")
    return run


def _report(request, lines: List[str]) -> None:
    """Lines in pytest's terminal summary, also under -q (the per-start seconds)."""
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        for line in lines:
            reporter.write_line(f"desktop: {line}")


# -- five starts as make run ---------------------------------------------------------------------------
@pytest.fixture(scope="module")
def make_run_starts(request, display, plugin_folder, demo_folder, tmp_path_factory) -> List[Run]:
    """Five ``make run`` starts of one profile, stopping at the first that fails."""
    profiles = tmp_path_factory.mktemp("desktop_profiles")
    runs_dir = tmp_path_factory.mktemp("desktop_starts")
    runs = []
    for number, exit_mode in enumerate(START_EXITS, start=1):
        install_profile(profiles, plugin_folder)
        run = run_qgis(f"start {number} ({'killed' if exit_mode == 'kill' else 'Exit'} afterwards)", display,
                       profiles, runs_dir / f"start{number}",
                       {"scenario": "start", "exit": exit_mode, "checks": number == 1, "screenshots": number == 1},
                       project=demo_folder / "demo.qgz")
        runs.append(run)
        if run.problem():
            break
    request.addfinalizer(lambda: _report(request, [run.summary() for run in runs] + [f"outputs in {runs_dir}"]))
    keep = os.environ.get("DEMINING_DESKTOP_SCREENSHOTS")
    if keep:  # e.g. to re-take the README's screenshots: every panel at the first start
        Path(keep).mkdir(parents=True, exist_ok=True)
        for picture in runs[0].out.glob("*.png"):
            shutil.copyfile(picture, Path(keep) / picture.name)
    return runs


def _start(runs: List[Run], number: int) -> Run:
    if len(runs) < number:
        pytest.fail(f"start {number} did not run: {runs[-1].problem()}")
    run = runs[number - 1]
    if run.problem():
        pytest.fail(run.problem(), pytrace=False)
    return run


def test_five_make_run_starts_never_freeze(make_run_starts):
    for number in range(1, len(START_EXITS) + 1):
        run = _start(make_run_starts, number)
        assert run.worst_gap < 10.0, run.summary()


@pytest.mark.parametrize("number", range(1, len(START_EXITS) + 1))
def test_start_opens_demo_with_all_figures(make_run_starts, demo_folder, number):
    run = _start(make_run_starts, number)
    project = run.observations["project"]
    assert Path(project["file"]).resolve() == (demo_folder / "demo.qgz").resolve()
    assert project["layers"] >= 11 and project["invalid_layers"] == []
    figures = run.observations["figures"]
    demining = figures["dock"]
    assert demining["store"].startswith("demo")
    for key in ("released_ha", "items_total", "route_km", "accidents"):
        assert any(c.isdigit() for c in demining["figures"][key]), (key, demining)
    assert float(demining["figures"]["released_ha"].split()[0].replace(",", "")) > 1000  # the demo: thousands of ha
    assert int(demining["counts"]["mapped_mines"].replace(",", "")) > 100_000
    panels = run.observations["panels"]
    totals = panels["totals_dock"]
    assert totals["computed"] and totals["rows"] >= 3, totals  # districts and the totals row
    assert totals["total_row"][0] == "Total" and any(c.isdigit() for c in totals["total_row"][1])
    minemaps = panels["minemaps_dock"]
    assert minemaps["judged"] == minemaps["rows"] >= 10, minemaps
    assert minemaps["with_recall"] >= 10, minemaps  # the demo: 15 records judged against items found
    items = panels["items_dock"]
    assert items["listed"] > 0 and any(c.isdigit() for c in items["status"]), items
    assert panels["clearance_dock"]["caption"], panels["clearance_dock"]
    if number == 1:
        checks = run.observations["panels"].get("checks_dock") or figures["checks_dock"]
        assert any(c.isdigit() for c in checks["caption"]) or checks["caption"] == "No problems found.", checks


def _assert_tabbed_on_the_right(layout: dict, label: str) -> None:
    docks = layout["docks"]
    assert set(docks) == set(TITLES), docks.keys()
    names = {dock["object_name"] for dock in docks.values()}
    main = docks["dock"]
    assert main["area"] == RIGHT_AREA and not main["floating"], (label, main)
    tabbed = set(main["tabified_with"]) | {main["object_name"]}
    # The dashboard may have opened large in the bottom area or floating (see test_dashboard_opens_large).
    others = {name for key, name in ((k, d["object_name"]) for k, d in docks.items()) if key != "totals_dock"}
    assert others <= tabbed, f"{label}: panels not tabbed with Demining: {sorted(others - tabbed)}"
    assert tabbed <= names


def _assert_on_screen(layout: dict, label: str) -> None:
    sx, sy, sw, sh = layout["screen"]
    x, y, w, h = layout["window_frame"]
    assert x >= sx and y >= sy and x + w <= sx + sw and y + h <= sy + sh, (
        f"{label}: the main window {w}x{h}+{x}+{y} leaves the {sw}x{sh} screen")


@pytest.mark.parametrize("number", [1, 2])
def test_panels_tabbed_on_the_right_at_first_start_and_after_a_killed_session(make_run_starts, number):
    """Start 1 is a fresh profile; start 2 follows start 1 killed (no saved layout)."""
    run = _start(make_run_starts, number)
    for key in ("layout_at_start", "layout_at_end"):
        _assert_tabbed_on_the_right(run.observations[key], f"{run.label}, {key}")
        _assert_on_screen(run.observations[key], f"{run.label}, {key}")


@pytest.mark.parametrize("number", range(1, len(START_EXITS) + 1))
def test_window_stays_on_the_screen(make_run_starts, number):
    run = _start(make_run_starts, number)
    for key in ("layout_at_start", "layout_dashboard", "layout_at_end"):
        _assert_on_screen(run.observations[key], f"{run.label}, {key}")


def test_short_tab_titles_are_not_cut(make_run_starts):
    run = _start(make_run_starts, 1)
    layout = run.observations["layout_at_end"]
    assert {key: dock["title"] for key, dock in layout["docks"].items()} == TITLES
    tabs = [tab for bar in layout["tab_bars"] for tab in bar["tabs"] if tab["text"] in TITLES.values()]
    assert {tab["text"] for tab in tabs} >= set(TITLES.values()) - {"Totals"}
    assert [tab for tab in tabs if tab["width"] + 2 < tab["needed"]] == [], tabs  # cut to "De…"


def test_traverse_panel_shows_pick_and_save(make_run_starts):
    run = _start(make_run_starts, 1)
    traverse = run.observations["panels"]["traverse_dock"]
    assert traverse["pick_visible"] and traverse["save_visible"], traverse
    assert traverse["table_rows_visible"] >= 4, traverse


def test_dashboard_opens_large(make_run_starts):
    """Brought to the front in a right-hand area too narrow for its table, the dashboard
    opens in the bottom area (or floating): every column and the totals row in view."""
    run = _start(make_run_starts, 1)
    dashboard = run.observations["dashboard"]
    dock = run.observations["layout_dashboard"]["docks"]["totals_dock"]
    # A dozen and more columns: most in view at once (four, squeezed on the right).
    assert dashboard["visible_columns"] >= 0.8 * len(dashboard["columns"]), (dashboard, dock)
    assert dashboard["totals_row_visible"], (dashboard, dock)
    assert dock["floating"] or dock["area"] == BOTTOM_AREA, dock
    assert dock["geometry"][2] >= 900, dock


# -- with QGIS already open -----------------------------------------------------------------------------
def test_load_demo_second_store_close_reload_release_while_tasks_run(request, display, plugin_folder,
                                                                      demo_folder, tmp_path_factory):
    profiles = tmp_path_factory.mktemp("desktop_session_profiles")
    profile_dir = install_profile(profiles, plugin_folder)
    # "Load demo" opens the demo kept in the profile (building it takes a minute).
    demo = profile_dir / "demining" / "demo" / "demo.gpkg"
    demo.parent.mkdir(parents=True)
    shutil.copyfile(demo_folder / "demo.gpkg", demo)
    second = tmp_path_factory.mktemp("desktop_second") / "second.gpkg"
    shutil.copyfile(demo_folder / "demo.gpkg", second)
    run = run_qgis("QGIS already open", display, profiles, tmp_path_factory.mktemp("desktop_session"),
                   {"scenario": "session", "exit": "clean", "demo_store": str(demo), "second_store": str(second)})
    request.addfinalizer(lambda: _report(request, [run.summary(), f"outputs in {run.out}"]))
    assert not run.problem(), run.problem()
    observations = run.observations
    # The second store replaced the first while the first one's totals were computing.
    assert observations["busy_when_second_opened"]["totals"], observations["busy_when_second_opened"]
    assert observations["second_store"]["dock"]["store"].startswith("second")
    assert observations["second_store"]["totals_dock"]["computed"]
    # Closing the project forgot the store; nothing froze.
    assert observations["after_close"]["store_label"] == "No store open"
    # The reloaded plugin is a new object that adopted the open store and computed its figures.
    assert observations["after_reload"]["new_plugin"]
    assert observations["after_reload"]["figures"]["dock"]["store"].startswith("second")
    _assert_tabbed_on_the_right(observations["after_reload"]["layout"], "after reload")
    # The release while the dashboard recomputed was stored and counted.
    release = observations["release"]
    assert release["released_after"] > release["released_before"]
    before = float(release["released_ha_before"].split()[0].replace(",", ""))
    after = float(release["released_ha_after"].split()[0].replace(",", ""))
    assert after > before, release
    assert release["totals_after"]["computed"]
    assert run.worst_gap < 10.0, run.summary()
