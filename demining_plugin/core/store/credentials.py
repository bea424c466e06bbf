"""Passwords of PostGIS locations, kept out of every file: moved into QGIS's authentication
database.

A location typed with a password (``pg:host=db user=ana password=secret schema=demining`` or
``postgresql://ana:secret@db/mine_action?schema=demining``) is rewritten as the same location
with ``authcfg=<id>`` in place of the password: user name and password become an
authentication configuration of QGIS's Basic method, encrypted with QGIS's master password.
Layer sources, the project file, the styles saved in the database, field packages and logs
then only ever hold the configuration's id, which QGIS's PostgreSQL provider expands itself.
Typing the same user, password and server again reuses the configuration made the first time.

QGIS can store or read a configuration only once its master password has been entered in the
session; otherwise it would ask for it in a dialog. Only the desktop may ask
(``unlock(ask=True)``, from ``gui``); Processing, ``qgis_process`` and worker threads never
block: a location with a password is then refused with a sentence naming the ways to connect
that keep no password in the location (a connection saved in QGIS, a ``pg_service.conf``
service with ``~/.pgpass``, or QGIS's master password from ``QGIS_AUTH_PASSWORD_FILE``).
"""

import re
import urllib.parse
from typing import Dict, Optional, Tuple

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from .postgis_sql import parse_keywords

translate = QCoreApplication.translate

#: QGIS authentication method holding a user name and a password.
AUTH_METHOD = "Basic"
#: Start of the name of the configurations this plugin makes (shown in QGIS's Authentication options).
CONFIG_PREFIX = "Demining store"

_URI_PREFIXES = ("postgres://", "postgresql://")
_PLAIN_VALUE = re.compile(r"[^\s'\\]+")

#: Locations already secured in this session: typed location -> location with its authcfg.
_secured: Dict[str, str] = {}


def _ways_without_password() -> str:
    return translate(
        "Credentials", "Connect without a password in the location: a PostgreSQL connection saved in QGIS "
                       "(pg:connection='<name>' schema=<schema>), or a pg_service.conf service "
                       "(pg:service=<name> schema=<schema>) with the password in ~/.pgpass.")


def _keyword_value(value: str) -> str:
    if _PLAIN_VALUE.fullmatch(value):
        return value
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _split_uri(text: str) -> Tuple[str, str, Optional[str], str]:
    """(URI without its password, server and database for the configuration's name, password
    or None, user); the password may be in the user part or the query."""
    parts = urllib.parse.urlsplit(text)
    password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    user = urllib.parse.unquote(parts.username or "")
    kept = []
    for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True):
        if key == "password":
            password = value
            continue
        kept.append((key, value))
        if key == "user":
            user = user or value
    netloc = parts.netloc.rpartition("@")[2]
    if parts.username is not None:
        netloc = f"{parts.username}@{netloc}"
    bare = urllib.parse.urlunsplit(parts._replace(netloc=netloc, query=urllib.parse.urlencode(kept)))
    return bare, f"{parts.netloc.rpartition('@')[2]}{parts.path}", password, user


def _split_keywords(text: str) -> Tuple[str, str, Optional[str], str]:
    """The ``pg:`` form of ``_split_uri``."""
    words = parse_keywords(text[3:])
    password = words.pop("password", None)
    bare = "pg:" + " ".join(f"{key}={_keyword_value(value)}" for key, value in words.items())
    where = words.get("service") or f"{words.get('host', '')}:{words.get('port', '')}/{words.get('dbname', '')}"
    return bare, where, password, words.get("user", "")


def split_password(location: str) -> Tuple[str, str, Optional[str], str]:
    """(``location`` without its password, where it points, the password or None, the user name)."""
    text = str(location or "").strip()
    if text.lower().startswith(_URI_PREFIXES):
        return _split_uri(text)
    if text.lower().startswith("pg:"):
        return _split_keywords(text)
    return text, "", None, ""


def has_password(location: str) -> bool:
    """True when a PostGIS location was typed with a password."""
    return split_password(location)[2] is not None


def with_authcfg(location: str, authcfg: str) -> str:
    """``location`` (without a password) naming the authentication configuration ``authcfg``."""
    if location.lower().startswith(_URI_PREFIXES):
        parts = urllib.parse.urlsplit(location)
        query = [(key, value) for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                 if key != "authcfg"] + [("authcfg", authcfg)]
        return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
    return f"{location} authcfg={authcfg}"


def refusal(reason: str) -> StoreError:
    return StoreError(translate(
        "Credentials", "{reason} A password is never written into a project, a layer or a log, so this "
                       "location cannot be used. {ways} Or enter QGIS's master password first (the "
                       "desktop asks for it when a store is opened; qgis_process reads it from the file "
                       "named by QGIS_AUTH_PASSWORD_FILE), and the password then goes into QGIS's "
                       "authentication database.").format(reason=reason, ways=_ways_without_password()))


def is_unlocked() -> bool:
    """True when QGIS's authentication database can be read and written without asking."""
    manager = QgsApplication.authManager()
    return manager is not None and not manager.isDisabled() and manager.masterPasswordIsSet()


def unlock(ask: bool = False) -> bool:
    """Make QGIS's authentication database usable; with ``ask`` (the desktop only, main
    thread) QGIS asks for its master password, or for a new one when none was ever set."""
    if is_unlocked():
        return True
    manager = QgsApplication.authManager()
    if not ask or manager is None or manager.isDisabled():
        return False
    return bool(manager.setMasterPassword(True))


def _manager(locked: StoreError):
    """QGIS's authentication manager when it is usable without asking, else raise ``locked``."""
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise StoreError(translate("Credentials", "QGIS's authentication database is not available ({reason}). "
                                                  "{ways}").format(
                                                      reason=manager.disabledMessage() if manager else "",
                                                      ways=_ways_without_password()))
    if not manager.masterPasswordIsSet():
        raise locked
    return manager


def _matching_config(manager, name: str, user: str, password: str) -> str:
    for authcfg, config in manager.availableAuthMethodConfigs().items():
        if config.name() != name or config.method() != AUTH_METHOD:
            continue
        full = QgsAuthMethodConfig()
        ok, full = manager.loadAuthenticationConfig(authcfg, full, True)
        if ok and full.config("username", "") == user and full.config("password", "") == password:
            return authcfg
    return ""


def secure_location(location: str) -> str:
    """``location`` with its password moved into QGIS's authentication database (``authcfg``);
    a location without a password as it is. ``StoreError`` (the refusal) when the database is
    locked: this never asks (see ``unlock``)."""
    location = str(location)
    bare, where, password, user = split_password(location)
    if password is None:
        return location
    known = _secured.get(location)
    manager = _manager(refusal(translate("Credentials", "The PostGIS location holds a password, and QGIS's "
                                                        "master password has not been entered in this session.")))
    if known and known.rpartition("authcfg=")[2] in manager.configIds():
        return known
    name = f"{CONFIG_PREFIX} {user}@{where}" if user else f"{CONFIG_PREFIX} {where}"
    authcfg = _matching_config(manager, name, user, password)
    if not authcfg:
        config = QgsAuthMethodConfig(AUTH_METHOD)
        config.setName(name)
        config.setConfig("username", user)
        config.setConfig("password", password)
        ok, config = manager.storeAuthenticationConfig(config)
        if not ok or not config.id():
            raise refusal(translate("Credentials", "QGIS's authentication database did not take the password."))
        authcfg = config.id()
    _secured[location] = with_authcfg(bare, authcfg)
    return _secured[location]


def login(authcfg: str) -> Dict[str, str]:
    """libpq ``user`` and ``password`` of an authentication configuration ({} for none);
    ``StoreError`` when the database is locked (never asks) or the configuration is gone."""
    if not authcfg:
        return {}
    manager = _manager(StoreError(translate(
        "Credentials", "The store's user name and password are kept in QGIS's authentication database "
                       "(configuration {authcfg}), and QGIS's master password has not been entered in this "
                       "session: open the store in the QGIS desktop, which asks for it, or give qgis_process "
                       "the file named by QGIS_AUTH_PASSWORD_FILE.").format(authcfg=authcfg)))
    config = QgsAuthMethodConfig()
    ok, config = manager.loadAuthenticationConfig(authcfg, config, True)
    if not ok:
        raise StoreError(translate(
            "Credentials", "QGIS's authentication database has no configuration {authcfg} (the store's user name "
                           "and password): add it again in Settings > Options > Authentication, or open the store "
                           "with its password typed once more.").format(authcfg=authcfg))
    words = {"user": config.config("username", ""), "password": config.config("password", "")}
    return {key: value for key, value in words.items() if value}


def needs_authentication_database(location: str) -> bool:
    """True when opening ``location`` reads or writes QGIS's authentication database: it holds
    a password or names an ``authcfg`` (itself or through a saved connection)."""
    from .postgis_sql import parse_location

    if has_password(location):
        return True
    try:
        return bool(parse_location(location)[0].get("authcfg"))
    except StoreError:
        return False
