"""What every project store offers, whatever its backend: ``ProjectStore``.

Callers use ``create_store(location)`` and ``open_store(location)`` (``core.store``) and
then only this interface (``layer()``, ``uri()``, ``metadata()``...). Backends import this
module only, never each other nor the package that registers them.
"""

import datetime
from abc import ABC, abstractmethod
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from ..model.changes import ChangeSet
from ..model.schema import DEFAULT_CRS, LAYERS, SCHEMA_VERSION, LayerDef, layer_def
from ..threads import require_main_thread
from .migrations import MIGRATIONS

translate = QCoreApplication.translate

#: Table holding key/value facts about the store (schema version, CRS, creator).
META_TABLE = "demining_meta"


def utc_now() -> str:
    """This moment as the store's facts hold moments (created_at, history_since): UTC, to the
    second. Both backends write it."""
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


#: Keys of a saved style as ``saved_styles()`` returns it (one dict per ``layer_styles`` row).
STYLE_KEYS = ("table", "name", "qml", "sld", "default", "description", "ui")


class ProjectStore(ABC):
    """A set of layers following ``schema.LAYERS`` plus a metadata table."""

    kind = ""
    provider = ""
    #: A QGIS authentication configuration whose user name the history records (else the OS user).
    authcfg = ""

    def __init__(self, location: str):
        self.location = location

    # -- what every backend provides ------------------------------------------------
    @classmethod
    @abstractmethod
    def accepts(cls, location: str) -> bool:
        """True when ``location`` names a store of this backend."""

    @classmethod
    @abstractmethod
    def holds_store(cls, location: str) -> bool:
        """True when ``location`` (one this backend ``accepts``) holds a project store; cheap, and
        never raises (a drop on QGIS asks it of every file)."""

    @classmethod
    @abstractmethod
    def create(cls, location: str, crs: str, overwrite: bool) -> "ProjectStore":
        ...

    @classmethod
    @abstractmethod
    def open(cls, location: str) -> "ProjectStore":
        ...

    @abstractmethod
    def uri(self, layer_name: str) -> str:
        """Data source URI of a layer for ``QgsVectorLayer(uri, name, self.provider)``."""

    @abstractmethod
    def metadata(self) -> Dict[str, str]:
        ...

    @abstractmethod
    def set_metadata(self, key: str, value: str) -> None:
        ...

    @abstractmethod
    def apply(self, changes: ChangeSet, before_commit: Optional[Callable[[], None]] = None) -> ChangeSet:
        """Apply ``changes`` in one transaction and return the change set that undoes them.

        On any error nothing is changed and ``StoreError`` says why. ``before_commit`` runs
        inside the transaction just before it is committed (tests use it to force a
        failure at the last moment).
        """

    @abstractmethod
    def read_features(self, layer_name: str, fields: Sequence[str],
                      box: Optional[Tuple[float, float, float, float]] = None,
                      ) -> Iterator[Tuple[Optional[bytes], Dict[str, Any]]]:
        """(WKB in the store's CRS or None, {field: value}) of a layer's features, only those
        meeting ``box`` (xmin, ymin, xmax, ymax in the store's CRS) when given.

        Read through the backend's own connection, never a QGIS layer: safe in a worker
        thread (imports read the store there)."""

    @abstractmethod
    def _last_number(self, definition: LayerDef) -> int:
        """Highest number among the layer's identifiers (``HA-0042`` -> 42), 0 when none."""

    def next_identifier(self, layer_name: str) -> str:
        """The identifier the store gives the next feature added to a layer without one
        (``apply`` numbers them the same way inside its transaction)."""
        definition = layer_def(layer_name)
        return definition.make_id(self._last_number(definition) + 1)

    @abstractmethod
    def saved_styles(self) -> List[Dict[str, Any]]:
        """The styles saved in the store for its layers, as dicts with ``STYLE_KEYS``."""

    @abstractmethod
    def replace_styles(self, styles: List[Dict[str, Any]]) -> None:
        """Replace the saved styles of the layers named in ``styles`` by those."""

    @abstractmethod
    def discard(self) -> None:
        """Remove the whole store (a copy that failed half-way)."""

    def apply_release(self, changes: ChangeSet, hazard_ids: List[str], replan: Callable[[], ChangeSet],
                      before_commit: Optional[Callable[[], None]] = None) -> ChangeSet:
        """Store a release planned on the land of ``hazard_ids``; returns the undo change set.

        A backend with concurrent writers (PostGIS) locks those hazards inside its
        transaction and stores ``replan()`` instead, planned against the land committed by
        then. A single-writer file stores ``changes`` as they are.
        """
        return self.apply(changes, before_commit=before_commit)

    def hold_open(self):
        """Something that keeps the store ready for many readers while the desktop works with
        it, closed with ``close()``; None when the backend needs nothing (see GeoPackageStore)."""
        return None

    @abstractmethod
    def history(self, layer_name: str, identifier: str) -> list:
        """Recorded changes of one feature (``history.HistoryEntry``), oldest first."""

    @abstractmethod
    def changes_after(self, moment, tables: Sequence[str]) -> list:
        """Every recorded change (``history.ChangeRecord``) of the layers ``tables`` after
        ``moment`` (an aware datetime; all of them when None), oldest first."""

    @abstractmethod
    def side_table(self, name: str) -> str:
        """The SQL name of one of the store's own tables (``demining_submissions``...)."""

    @abstractmethod
    def submission_rows(self, statement: str, params) -> list:
        """Rows of a query on the store's own tables (``%s`` placeholders on every backend)."""

    @abstractmethod
    def submission_execute(self, statement: str, params) -> int:
        """Run one statement on the store's own tables in a transaction of its own; rows changed."""

    def editor(self) -> str:
        """Who is writing, as the store records it (the OS user, or the authentication
        configuration's user name)."""
        from .history import editor_name

        return editor_name(self.authcfg)

    def must_submit(self) -> bool:
        """True when the user may only submit changes for review (a PostGIS store's operator)."""
        return False

    def grant(self, user: str, role: str) -> None:
        """Give a database user a role of the store (``operator`` or ``manager``)."""
        raise StoreError(translate("Store", "{name} is a file: its roles are the file system's rights. Roles are "
                                            "granted on PostGIS stores.").format(name=self.name))

    def add_history(self) -> None:
        """Give an older store its history table and triggers (``MIGRATIONS``); nothing to do
        when the backend always had them."""
        return None

    def stamp_history(self, application: str) -> None:
        """Sign changes QGIS committed on the store's layers (backends whose triggers cannot
        know the user); nothing to do when they can."""
        return None

    # -- shared behaviour -------------------------------------------------------------
    @property
    def name(self) -> str:
        return self.location

    @property
    def schema_version(self) -> int:
        return int(self.metadata().get("schema_version", "0"))

    @property
    def crs(self) -> QgsCoordinateReferenceSystem:
        return QgsCoordinateReferenceSystem(self.metadata().get("crs", DEFAULT_CRS))

    def layer(self, layer_name: str, display_name: Optional[str] = None) -> QgsVectorLayer:
        """A new ``QgsVectorLayer`` on one layer of the store; its stored style is the default.

        Main thread only (``core.threads``): a worker thread gets its layers opened beforehand."""
        require_main_thread(f"ProjectStore.layer({layer_name!r})")
        definition = layer_def(layer_name)
        layer = QgsVectorLayer(self.uri(layer_name), display_name or definition.title, self.provider)
        if not layer.isValid():
            raise StoreError(translate("Store", "Layer '{layer_name}' of store {name} cannot be opened.").format(
                layer_name=layer_name, name=self.name))
        return layer

    def layers(self) -> Dict[str, QgsVectorLayer]:
        return {definition.name: self.layer(definition.name) for definition in LAYERS}

    def feature_counts(self) -> Dict[str, int]:
        return {name: layer.featureCount() for name, layer in self.layers().items()}

    def check_version(self) -> None:
        """Migrate an older store, refuse one written by a newer plugin."""
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise StoreError(
                translate("Store", "{name} has data model version {version}; this plugin knows up to version "
                                   "{SCHEMA_VERSION}. Update the Demining plugin to open it.").format(
                                       name=self.name, version=version, SCHEMA_VERSION=SCHEMA_VERSION)
            )
        while version < SCHEMA_VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise StoreError(
                    translate("Store", "{name} has data model version {version} and no migration to version "
                                       "{version2} exists.").format(
                                           name=self.name, version=version, version2=version + 1)
                )
            step(self)
            version += 1
            self.set_metadata("schema_version", str(version))
