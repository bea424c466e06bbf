"""Shared fixtures for the Demining plugin tests.

pytest-qgis starts one ``QgsApplication`` for the session (offscreen with
``QT_QPA_PLATFORM=offscreen``); the fixtures here add what these tests share: the
plugin importable from the source tree, the QGIS message log in the test output,
the ``demining`` Processing provider, a fresh project store, the demo store, a pinned
English locale and the emptied message bar. Helpers that are not fixtures live in
``tests/helpers.py``; fixtures of one folder's tests in that folder's ``conftest.py``.
"""

import gc
import logging
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent

# The plugin is tested from the source tree, not from an installed copy.
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from qgis.core import Qgis, QgsApplication  # noqa: E402 (needs pytest-qgis' app, set up before conftests)

#: Python logger that receives every QGIS message log entry; pytest shows its records
#: ("Captured log") next to a failing test, so warnings QGIS only logged are not lost.
QGIS_LOG = logging.getLogger("qgis.messagelog")

_LEVELS = {
    Qgis.Info: logging.INFO,
    Qgis.Warning: logging.WARNING,
    Qgis.Critical: logging.ERROR,
    Qgis.Success: logging.INFO,
    Qgis.NoLevel: logging.DEBUG,
}


def _forward_qgis_message(message: str, tag: str, level) -> None:
    QGIS_LOG.log(_LEVELS.get(level, logging.WARNING), "[%s] %s", tag or "QGIS", message)


def pytest_runtest_logfinish(nodeid, location):
    """Free a test's QGIS objects while QGIS still runs.

    A failing test's traceback keeps its frames, and so its layers, alive (pytest also
    keeps the last one in ``sys.last_traceback``); collected after ``exitQgis()`` they
    crash the interpreter and the failure report is lost.
    """
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            setattr(sys, name, None)
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def qgis_message_log(qgis_app):
    """Forward ``QgsMessageLog`` entries (tag, level, message) to Python logging for the session."""
    QGIS_LOG.setLevel(logging.INFO)
    log = QgsApplication.messageLog()
    log.messageReceived.connect(_forward_qgis_message)
    yield QGIS_LOG
    log.messageReceived.disconnect(_forward_qgis_message)


@pytest.fixture(scope="session", autouse=True)
def qgis_auth_database(qgis_app):
    """The test profile's QGIS authentication database unlocked (tests/auth_database.py): PostGIS
    locations typed with a password keep it there."""
    from tests.auth_database import unlock_auth_database

    unlock_auth_database()


@pytest.fixture(scope="module")
def processing_provider(qgis_processing):
    """The ``demining`` Processing provider, registered for the tests of one module.

    Module scope rather than session: plugin lifecycle tests register and remove the
    same provider id themselves and must find the registry without it.
    """
    from demining_plugin.processing.provider import DeminingProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("demining")
    if existing is not None:  # left by someone else: use it, and leave it to its owner
        yield existing
        return
    provider = DeminingProvider()
    assert registry.addProvider(provider), "the demining provider could not be registered"
    yield provider
    # The registry owns (and deletes) the provider once removed.
    if registry.providerById("demining") is provider:
        registry.removeProvider(provider)


@pytest.fixture
def new_store(tmp_path):
    """A freshly created, empty GeoPackage project store (default CRS) in the test's folder."""
    from demining_plugin.core.store import create_store

    return create_store(str(tmp_path / "store.gpkg"))


@pytest.fixture(scope="session")
def demo_store_file(tmp_path_factory) -> Path:
    """The demo store built once per test session (tests/demo/test_demo_store.py checks the build
    itself through the algorithm); modules that only read it take a copy."""
    from demining_plugin.demo.generator import build_demo

    path = tmp_path_factory.mktemp("demo_session") / "demo.gpkg"
    build_demo(str(path))
    return path


@pytest.fixture(scope="module")
def demo_copy(demo_store_file, tmp_path_factory) -> Path:
    """This module's own copy of the session's demo store."""
    import shutil

    path = tmp_path_factory.mktemp("demo") / "demo.gpkg"
    shutil.copyfile(demo_store_file, path)
    return path


@pytest.fixture
def english_numbers():
    """Number texts follow QLocale: pinned to English (United States) so expected texts are exact."""
    from tests.helpers import default_locale

    with default_locale():
        yield


@pytest.fixture(scope="module")
def english_dates():
    """Dates written out in British English ("22 November 2021") for the tests of a module."""
    from qgis.PyQt.QtCore import QLocale

    from tests.helpers import default_locale

    with default_locale(QLocale.English, QLocale.UnitedKingdom):
        yield


@pytest.fixture
def messages(qgis_iface):
    """The message bar of pytest-qgis's interface, emptied for the test."""
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    yield bar
    bar.clearWidgets()  # widgets pushed by the test (with buttons, timers) leave with it
