"""No password in clear text (issue 17, point 5), on the throwaway cluster with a real login
user: a store opened with a password in its location (libpq keywords or a URI), added to a
project by the desktop's session, edited, reported on and the project saved as .qgs and .qgz:
the password is in no file QGIS or the plugin wrote, in no row of layer_styles or
demining_history, in no log line and in no Processing history line; it is in QGIS's
authentication database, and the project opens again through it. With QGIS's master password
not entered, the same location is refused with a sentence naming the ways without a password,
and nothing is stored."""

import itertools
import zipfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsDataSourceUri,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
    edit,
)

from demining_plugin.core.errors import StoreError
from demining_plugin.core.fieldwork.package import build_package
from demining_plugin.core.model.schema import LAYERS
from demining_plugin.core.store import create_store, open_store
from demining_plugin.core.store.credentials import has_password, secure_location, split_password
from demining_plugin.core.store.styles import add_store_to_project
from demining_plugin.gui.session import StoreSession
from tests.auth_database import lock_auth_database, unlock_auth_database
from tests.core.store.submission_files import run
from tests.ground import two_districts_and_a_hazard

PASSWORD = "Kl4r-m1ne$field pw"  # a space and a $: quoted in keywords, escaped in a URI
_logins = itertools.count(1)


@pytest.fixture
def login(cluster):
    """A login role with ``PASSWORD`` (the database's administrator, who makes stores and saves
    their styles in layer_styles), and a fresh schema name."""
    number = next(_logins)
    name = f"pw_owner_{number}"
    cluster.execute(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
    return name, f"pw_store_{number}"


def keyword_location(cluster, user, schema):
    quoted = PASSWORD.replace("'", "\\'")
    return f"pg:host=127.0.0.1 port={cluster.port} dbname=demining user={user} password='{quoted}' schema={schema}"


def uri_location(cluster, user, schema):
    from urllib.parse import quote

    return f"postgresql://{user}:{quote(PASSWORD, safe='')}@127.0.0.1:{cluster.port}/demining?schema={schema}"


@pytest.fixture
def log_lines():
    """Every QGIS message log line written during the test."""
    lines = []

    def keep(message, tag, level):
        lines.append(f"[{tag}] {message}")

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield lines
    QgsApplication.messageLog().messageReceived.disconnect(keep)


def written_bytes(folder: Path):
    """(name, bytes) of every file under ``folder``, and of every member of its zip files (.qgz)."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        yield str(path), data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    yield f"{path}!{member}", archive.read(member)


def database_rows(cluster, schema) -> dict:
    """The store's rows a password could hide in, as text, by table: saved styles, history,
    metadata, submissions."""
    rows = {"layer_styles": cluster.execute("SELECT l::text FROM layer_styles l WHERE f_table_schema = %s",
                                            "demining", (schema,))}
    for table in ("demining_history", "demining_meta", "demining_submissions"):
        rows[table] = cluster.execute(f'SELECT t::text FROM "{schema}"."{table}" t', "demining")
    return {table: [row[0] for row in found] for table, found in rows.items()}


def test_splitting_a_password_off_both_forms_of_location():
    assert split_password("pg:host=db user=ana password='a b\\'c' schema=s")[0::2] == (
        "pg:host=db user=ana schema=s", "a b'c")
    bare, where, password, user = split_password("postgresql://ana:s%40cret@db:5433/mines?schema=s")
    assert (bare, where, password, user) == ("postgresql://ana@db:5433/mines?schema=s", "db:5433/mines",
                                             "s@cret", "ana")
    assert not has_password("pg:service=agency schema=s") and not has_password("/data/store.gpkg")
    assert has_password("postgresql://ana@db/mines?schema=s&password=x")


@pytest.mark.parametrize("form", [keyword_location, uri_location])
def test_the_password_is_in_no_file_row_or_log(form, cluster, login, tmp_path, qgis_iface, processing_provider,
                                               log_lines):
    user, schema = login
    typed = form(cluster, user, schema)
    before = set(QgsApplication.authManager().configIds())
    store = create_store(typed)
    assert "authcfg=" in store.location and not has_password(store.location)
    store.apply(two_districts_and_a_hazard("T-0001"))
    # The password is in QGIS's authentication database, once: typing it again reuses it.
    new_configs = set(QgsApplication.authManager().configIds()) - before
    assert len(new_configs) == 1 and store.authcfg in new_configs
    assert secure_location(typed) == store.location

    project = QgsProject.instance()
    project.clear()
    session = StoreSession(qgis_iface, project)
    session.start()
    try:
        assert session.open_store_at(typed, zoom=False)
        assert session.store.location == store.location
        layers = session.store_layers()
        assert len(layers) > 10 and all(layer.isValid() for layer in layers)
        assert all("authcfg=" + store.authcfg in layer.source() and "password" not in layer.source()
                   for layer in layers)
        # An edit through QGIS's own connection (the provider expands the authcfg itself).
        hazards = session.store_layer("hazard_areas")
        with edit(hazards):
            feature = next(hazards.getFeatures())
            hazards.changeAttributeValue(feature.id(), hazards.fields().indexOf("name"), "Edited through QGIS")
        assert project.write(str(tmp_path / "project.qgs")) and project.write(str(tmp_path / "project.qgz"))
    finally:
        session.stop()
        project.clear()

    report = run("periodreport", STORE=typed, DATE_FROM="2021-01-01", DATE_TO="2021-12-31",
                 OUTPUT=str(tmp_path / "report.md"))
    assert "Total" in report["TEXT"]
    algorithm = QgsApplication.processingRegistry().algorithmById("demining:periodreport")
    history_line = algorithm.asPythonCommand({"STORE": typed, "DATE_FROM": "2021-01-01", "DATE_TO": "2021-12-31",
                                              "OUTPUT": str(tmp_path / "report.md")}, QgsProcessingContext())
    assert store.authcfg in history_line
    # A field package's manifest names its store.
    package = build_package(open_store(typed), ["T-0001"], team="Alpha", output=str(tmp_path / "package.zip"))
    assert Path(package.output).is_file() and package.manifest["store"] == store.location
    (tmp_path / "processing_history.txt").write_text(history_line, encoding="utf-8")
    (tmp_path / "message_log.txt").write_text("\n".join(log_lines), encoding="utf-8")
    QgsSettings().sync()

    secret = PASSWORD.encode()
    files = list(written_bytes(tmp_path)) + [("QGIS settings", Path(QgsSettings().fileName()).read_bytes())]
    assert {"project.qgs", "project.qgz", "report.md", "package.zip"} <= {Path(name).name for name, _ in files}
    assert any(store.authcfg.encode() in data for name, data in files if "package.zip!" in name)
    assert [name for name, data in files if secret in data or b"Kl4r" in data] == []
    rows = database_rows(cluster, schema)
    assert len(rows["layer_styles"]) == len(LAYERS) and len(rows["demining_history"]) == 5
    assert any("Edited through QGIS" in row for row in rows["demining_history"])  # QGIS, through the authcfg
    assert [row for found in rows.values() for row in found if "Kl4r" in row] == []

    # The saved project opens again through the authentication database, and so does the store.
    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "project.qgz"))
    sources = [layer for layer in reopened.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    assert sources and all(layer.isValid() for layer in sources)
    names = {f["name"] for f in next(layer for layer in sources
                                     if layer.customProperty("demining/layer") == "hazard_areas").getFeatures()}
    assert "Edited through QGIS" in names
    assert open_store(store.location).metadata()["store_kind"] == "postgis"
    reopened.clear()


def test_without_the_master_password_the_location_is_refused_and_nothing_is_stored(
        cluster, login, tmp_path, qgis_iface, messages, processing_provider, log_lines):
    user, schema = login
    typed = keyword_location(cluster, user, schema)
    manager = QgsApplication.authManager()
    before = set(manager.configIds())
    project = QgsProject.instance()
    project.clear()
    lock_auth_database()
    try:
        with pytest.raises(StoreError) as refused:
            create_store(typed)
        sentence = str(refused.value)
        assert "master password has not been entered" in sentence
        assert "pg:connection='<name>'" in sentence and "pg:service=<name>" in sentence and "~/.pgpass" in sentence
        assert "Kl4r" not in sentence
        with pytest.raises(QgsProcessingException, match="~/.pgpass"):
            run("createstore", OUTPUT=typed)
        # The Processing history of that refused run shows *** where the password was.
        line = QgsApplication.processingRegistry().algorithmById("demining:createstore").asPythonCommand(
            {"OUTPUT": typed}, QgsProcessingContext())
        assert "password=***" in line and "Kl4r" not in line
        # The desktop asks QGIS for the master password; nobody gives it here: refused the same way.
        session = StoreSession(qgis_iface, project)
        assert not session.open_store_at(typed, zoom=False)
        # The bar's first sentence says why; the whole refusal is in the log.
        shown = " ".join(" ".join(messages.get_messages(level)) for level in range(4))
        assert "master password has not been entered" in shown and "Kl4r" not in shown
        assert any("~/.pgpass" in line for line in log_lines) and not any("Kl4r" in line for line in log_lines)
    finally:
        unlock_auth_database()
    assert set(manager.configIds()) == before
    assert cluster.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", "demining", (schema,)) == []
    assert project.mapLayers() == {} and project.readEntry("Demining", "store", "")[0] == ""
    assert not list(tmp_path.iterdir())


def test_a_project_saved_with_passwords_in_its_layers_keeps_none_once_saved_again(cluster, login, tmp_path,
                                                                                    qgis_iface):
    user, schema = login
    typed = keyword_location(cluster, user, schema)
    store = create_store(typed)
    project = QgsProject.instance()
    project.clear()
    # What an earlier version wrote: the typed location in the property and the entry, the
    # password in every layer source.
    for layer in add_store_to_project(store, project).values():
        source = QgsDataSourceUri(layer.source())
        source.setAuthConfigId("")
        source.setUsername(user)
        source.setPassword(PASSWORD)
        layer.setDataSource(source.uri(False), layer.name(), "postgres")
        layer.setCustomProperty("demining/store", typed)
    project.writeEntry("Demining", "store", typed)
    old = tmp_path / "old.qgs"
    assert project.write(str(old)) and PASSWORD.encode() in old.read_bytes()
    project.clear()

    session = StoreSession(qgis_iface, project)
    session.start()
    try:
        assert project.read(str(old)) and session.store is not None
        assert session.store.location == store.location
        layers = session.store_layers()
        assert len(layers) == len(project.mapLayers()) and all(layer.isValid() for layer in layers)
        again = tmp_path / "again.qgz"
        assert project.write(str(again))
    finally:
        session.stop()
        project.clear()
    assert [name for name, data in written_bytes(tmp_path) if "again" in name and b"Kl4r" in data] == []
    with zipfile.ZipFile(again) as archive:
        assert f"authcfg={store.authcfg}".encode() in archive.read("again.qgs")


def test_processing_names_new_stores_by_their_authcfg(cluster, login, processing_provider):
    user, schema = login
    created = run("createstore", OUTPUT=uri_location(cluster, user, schema))["OUTPUT"]
    assert "authcfg=" in created and not has_password(created)
    copy_to = keyword_location(cluster, user, f"{schema}_copy")
    copied = run("copystore", STORE=created, TARGET=copy_to)["OUTPUT"]
    assert "authcfg=" in copied and open_store(copied).metadata()["store_kind"] == "postgis"
    # What the algorithm dialog writes into the Processing history for the runs just made.
    registry = QgsApplication.processingRegistry()
    lines = [registry.algorithmById("demining:createstore").asPythonCommand(
                 {"OUTPUT": uri_location(cluster, user, schema)}, QgsProcessingContext()),
             registry.algorithmById("demining:copystore").asPythonCommand(
                 {"STORE": created, "TARGET": copy_to}, QgsProcessingContext())]
    assert all("authcfg=" in line and "Kl4r" not in line for line in lines), lines


def test_the_desktop_asks_for_the_master_password_before_opening(cluster, login, qgis_iface, monkeypatch):
    user, schema = login
    typed = uri_location(cluster, user, schema)
    create_store(typed)
    asked = []

    def operator_enters_it(ask=False):
        """QGIS's master password dialog, answered."""
        asked.append(ask)
        unlock_auth_database()
        return True

    monkeypatch.setattr("demining_plugin.gui.session.unlock", operator_enters_it)
    project = QgsProject.instance()
    project.clear()
    session = StoreSession(qgis_iface, project)
    lock_auth_database()
    try:
        assert session.open_store_at(typed, zoom=False)
        assert asked == [True] and "authcfg=" in session.store.location
        assert all(layer.isValid() for layer in session.store_layers())
    finally:
        unlock_auth_database()
        session.stop()
        project.clear()
