"""The packaged plugin, installed from its ZIP into a throwaway profile, runs its
algorithms in ``qgis_process`` (as on a server, with no desktop)."""

import json
import os
import sqlite3
import subprocess
import zipfile

import pytest

from demining_plugin.core.model.schema import SCHEMA_VERSION
from tests import REPO_ROOT

# Debian's /usr/bin/qgis_process wrapper adds --noversioncheck, which qgis_process
# itself refuses; the binary behind it works.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    subprocess.run(["make", "-s", "package"], cwd=REPO_ROOT, check=True, capture_output=True)
    config = tmp_path_factory.mktemp("qgis-config")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(REPO_ROOT / "dist" / "demining_plugin.zip") as archive:
        archive.extractall(plugins)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen")
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "demining_plugin"], env=env,
                             capture_output=True, text=True)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return env


def qgis_process(env, *args):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=300)


def test_algorithms_listed(profile):
    listing = qgis_process(profile, "list").stdout
    assert "demining:createstore" in listing
    assert "demining:builddemo" in listing


def test_createstore_in_qgis_process(profile, tmp_path):
    target = tmp_path / "agency.gpkg"
    run = qgis_process(profile, "run", "demining:createstore", "--json", "--",
                       f"OUTPUT={target}", "CRS=EPSG:32638")
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)["results"]
    assert results["OUTPUT"] == str(target)
    assert results["SCHEMA_VERSION"] == SCHEMA_VERSION
    con = sqlite3.connect(target)
    tables = {row[0] for row in con.execute("SELECT table_name FROM gpkg_contents")}
    assert {"regions", "hazard_areas", "cleared_areas", "detections", "accidents"} <= tables
    assert con.execute("SELECT organization_coordsys_id FROM gpkg_spatial_ref_sys s JOIN gpkg_geometry_columns g "
                       "ON s.srs_id = g.srs_id WHERE g.table_name = 'cleared_areas'").fetchone() == (32638,)


def test_refused_input_gives_a_message_not_a_traceback(profile, tmp_path):
    target = tmp_path / "kept.gpkg"
    target.write_bytes(b"operator's file")
    run = qgis_process(profile, "run", "demining:createstore", "--", f"OUTPUT={target}")
    assert run.returncode != 0
    assert "already exists" in run.stdout + run.stderr
    assert "Traceback" not in run.stdout + run.stderr
    assert target.read_bytes() == b"operator's file"


def test_markcleared_in_qgis_process(profile, tmp_path):
    from qgis.core import QgsFeature, QgsVectorFileWriter, QgsVectorLayer

    from tests.ground import geodesic_ha, ground_store, to_wgs84, utm_box

    store = ground_store(str(tmp_path / "agency.gpkg"))
    # A completion report drawn in UTM 38N, crossing the district boundary.
    drawn = QgsVectorLayer("Polygon?crs=EPSG:32638", "report", "memory")
    feature = QgsFeature()
    feature.setGeometry(utm_box(800, 600, 1300, 1000))
    drawn.dataProvider().addFeatures([feature])
    report = tmp_path / "completion_report.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(drawn, str(report), drawn.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    del drawn
    run = qgis_process(profile, "run", "demining:markcleared", "--json", "--", f"STORE={store.location}",
                       f"INPUT={report}", "METHOD=cleared", "TECHNIQUE=mechanical", "ORGANISATION=ANAMA",
                       "TEAM=MECH-1", "DATE=2021-11-24", "DEPTH=20")
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)["results"]
    assert results["ADDED_COUNT"] == 2  # West and East of the district boundary
    assert results["ADDED_HA"] == pytest.approx(geodesic_ha(to_wgs84(utm_box(800, 600, 1300, 1000))), rel=1e-3)
    con = sqlite3.connect(store.location)
    assert sorted(con.execute("SELECT district, team FROM cleared_areas").fetchall()) == [
        ("East", "MECH-1"), ("West", "MECH-1")]
