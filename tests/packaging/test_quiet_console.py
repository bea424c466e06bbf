"""A quiet console (issue 14, point 6): commands run with the project's venv print no
"Valid PROJ data directory not found" warning.

pyproj looks for PROJ's data (proj.db) under ``sys.prefix``, which in a venv is the venv,
not ``/usr``; ``make venv`` points it at the system's PROJ data. Each run here starts a new
interpreter without PROJ_DATA or PROJ_LIB in its environment, as a new shell would (this
test process may have them set already).
"""

import os
import subprocess
from pathlib import Path

import pytest

from tests import REPO_ROOT

VENV_PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
WARNING = "PROJ data directory not found"


def venv_run(code: str, **env_extra: str) -> subprocess.CompletedProcess:
    if not VENV_PYTHON.exists():
        pytest.fail(f"{VENV_PYTHON} does not exist: run `make venv`.", pytrace=False)
    env = {key: value for key, value in os.environ.items() if key not in ("PROJ_DATA", "PROJ_LIB")}
    env.update(QT_QPA_PLATFORM="offscreen", **env_extra)
    run = subprocess.run([str(VENV_PYTHON), "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    return run


def test_pyproj_and_geopandas_find_proj_data_without_a_warning():
    run = venv_run("import geopandas, pyproj\n"
                   "from pyproj.datadir import get_data_dir\n"
                   "assert pyproj.CRS(4326).name == 'WGS 84'\n"
                   "print(get_data_dir())")
    assert WARNING not in run.stderr, run.stderr
    data_dir = Path(run.stdout.strip().splitlines()[-1])
    assert (data_dir / "proj.db").is_file()


def test_the_plugins_pyproj_users_import_quietly_in_qgis():
    """What `make demo` and `make test` load: QGIS, and the plugin modules that use pyproj."""
    run = venv_run("import sys\n"
                   f"sys.path.insert(0, {str(REPO_ROOT)!r})\n"
                   "from qgis.core import QgsApplication\n"
                   "app = QgsApplication([], False)\n"
                   "app.initQgis()\n"
                   "from demining_plugin.core.records import accuracy, entry, traverse\n"
                   "print(traverse.Geod(ellps='WGS84').inv(47.0, 40.0, 47.01, 40.0)[2])\n")
    assert WARNING not in run.stderr, run.stderr
    assert float(run.stdout.strip().splitlines()[-1]) == pytest.approx(853.0, abs=2.0)


def test_a_proj_data_directory_the_user_chose_is_kept(tmp_path):
    from osgeo import osr

    system_db = next(Path(d) / "proj.db" for d in osr.GetPROJSearchPaths() if (Path(d) / "proj.db").is_file())
    own = tmp_path / "proj"
    own.mkdir()
    (own / "proj.db").symlink_to(system_db)
    run = venv_run("from pyproj.datadir import get_data_dir\nprint(get_data_dir())", PROJ_DATA=str(own))
    assert run.stdout.strip() == str(own)
