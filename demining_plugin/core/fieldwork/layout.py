"""What a field package looks like: the one place its file, layer and field names live.

A package is a folder (or the same folder zipped) that QField opens as it is::

    <package>/
        <PROJECT_FILE>            QGIS project, relative paths only
        <DATA_FILE>               GeoPackage: context layers + field layers + snapshot table
        <MANIFEST_FILE>           manifest as JSON (machine)
        <README_FILE>             the same manifest as text (a person)
        <PHOTO_FOLDER>/           photos taken with the attachment widget
        basemap.tif               optional, the basemap clipped to the tasks

Context layers keep the store's layer names and are read-only in the project. Field layers
start empty and are what the team fills in; every field feature carries ``FIELD_UUID``
(default ``uuid()``), which the store remembers once merged so a package merged twice adds
nothing. ``SNAPSHOT_TABLE`` keeps one fingerprint per context feature as packaged, so the
merge can say which context features were edited in the field (and ignored).
"""

PROJECT_FILE = "field_project.qgz"
DATA_FILE = "field_data.gpkg"
MANIFEST_FILE = "manifest.json"
README_FILE = "manifest.txt"
PHOTO_FOLDER = "DCIM"

#: Store layers copied into the package as read-only context (``mapped_mines`` only when asked).
CONTEXT_LAYERS = (
    "hazard_areas", "clearance_tasks", "cleared_areas", "task_points", "detections",
    "cleared_routes", "mapped_mines",
)

#: Field layer in the package -> the store layer its features are merged into.
FIELD_ITEMS = "field_items"
FIELD_RELEASED = "field_released"
FIELD_DAYS = "field_days"
FIELD_LAYERS = {FIELD_ITEMS: "detections", FIELD_RELEASED: "cleared_areas", FIELD_DAYS: "work_days"}

#: Text field on every field layer, and on the store layers they are merged into.
FIELD_UUID = "field_uuid"
#: Text field on every field layer: the path of the photo relative to the project folder.
PHOTO_FIELD = "photo"

#: Non-spatial table in the package GeoPackage: layer, identifier, fingerprint (hex digest).
SNAPSHOT_TABLE = "package_snapshot"

#: Keys of the manifest (JSON object).
MANIFEST_KEYS = (
    "package_id",       # uuid4 hex
    "store",            # the store's location as given when packaging
    "store_name",       # ProjectStore.name
    "store_id",         # the store's own identifier (metadata key ``store_id``, made if missing)
    "tasks",            # list of task_id
    "team",             # text or ""
    "created",          # ISO 8601 UTC
    "plugin_version",   # metadata.txt version
    "schema_version",   # data model version of the store when packaged
    "mapped_mines",     # bool
    "basemap",          # file name inside the package, or ""
)
