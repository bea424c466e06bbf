"""The tests' QGIS authentication database, unlocked the way a desktop user unlocks theirs.

pytest-qgis runs QGIS on a profile of its own (``.qgis-settings`` in the repository, named by
``QGIS_CUSTOM_CONFIG_PATH``), never the user's. The PostGIS store tests type locations with a
password, which the store moves into QGIS's authentication database
(``core/store/credentials.py``): that needs the database's master password entered, which
``unlock_auth_database`` does with a fixed test password.
"""

import atexit
import os
import tempfile
from pathlib import Path

from qgis.core import QgsApplication

#: Master password of the test profile's authentication database.
MASTER_PASSWORD = "demining-test-master-password"


def _test_profile_manager():
    """QGIS's authentication manager, once sure it works on the test profile's database."""
    manager = QgsApplication.authManager()
    database = Path(manager.authenticationDatabasePath()).resolve()
    profile = Path(os.environ.get("QGIS_CUSTOM_CONFIG_PATH", "/nonexistent")).resolve()
    if profile not in database.parents:
        raise RuntimeError(f"QGIS's authentication database {database} is not the test profile's ({profile}): "
                           "the tests never touch a user's database.")
    return manager


def unlock_auth_database() -> None:
    """Enter the test master password (set it on a fresh database). A database left with another
    master password is the test profile's: it is emptied first."""
    manager = _test_profile_manager()
    if manager.masterPasswordIsSet():
        return
    if manager.masterPasswordHashInDatabase() and not manager.verifyMasterPassword(MASTER_PASSWORD):
        manager.eraseAuthenticationDatabase(False)
    if not manager.setMasterPassword(MASTER_PASSWORD, True):
        raise RuntimeError("The test profile's authentication database refused the test master password.")


def lock_auth_database() -> None:
    """Forget the master password, as a QGIS session that has not asked for it yet."""
    _test_profile_manager().clearMasterPassword()


def master_password_file() -> str:
    """A file holding the test master password: a child QGIS given it as ``QGIS_AUTH_PASSWORD_FILE``
    starts with the authentication database unlocked, as qgis_process on a server would."""
    handle, path = tempfile.mkstemp(prefix="demining-auth-", suffix=".txt")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(MASTER_PASSWORD)
    atexit.register(lambda: os.path.exists(path) and os.remove(path))
    return path
