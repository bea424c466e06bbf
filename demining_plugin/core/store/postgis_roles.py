"""Roles enforced by the database (issue 17, point 4): each PostGIS store schema has two group
roles, ``<schema>_operator`` (reads the baseline, writes submissions only) and
``<schema>_manager`` (approves submissions, writes the baseline); PostgreSQL itself refuses an
operator's direct write to a layer, whatever client they use. Login roles join them with
``demining:grant``."""

from typing import List

from qgis.PyQt.QtCore import QCoreApplication

from ..errors import StoreError
from .history import HISTORY_TABLE
from .submissions import SUBMISSIONS_TABLE

translate = QCoreApplication.translate

ROLES = ("operator", "manager")


def role_name(schema: str, role: str) -> str:
    return f"{schema}_{role}"


def role_statements(schema: str) -> List[str]:
    """Create the two group roles if missing and give them their rights on the schema's tables
    (again after a migration added tables: every statement may run twice)."""
    operator, manager = role_name(schema, "operator"), role_name(schema, "manager")
    statements = [f"""DO $roles$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{operator}') THEN CREATE ROLE "{operator}" NOLOGIN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{manager}') THEN CREATE ROLE "{manager}" NOLOGIN;
        END IF;
        END $roles$"""]
    statements += [
        f'GRANT USAGE ON SCHEMA "{schema}" TO "{operator}", "{manager}"',
        f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{operator}", "{manager}"',
        # An operator adds submissions, nothing else; the fid sequence comes with it.
        f'GRANT INSERT ON "{schema}"."{SUBMISSIONS_TABLE}" TO "{operator}"',
        f'GRANT USAGE ON SEQUENCE "{schema}"."{SUBMISSIONS_TABLE}_fid_seq" TO "{operator}"',
        f'GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" TO "{manager}"',
        f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{manager}"',
        # The history is written by the triggers, in the writer's name, and never rewritten.
        f'REVOKE UPDATE, DELETE ON "{schema}"."{HISTORY_TABLE}" FROM "{manager}"',
        f"""DO $styles$ BEGIN
        IF to_regclass('public.layer_styles') IS NOT NULL THEN
            GRANT SELECT ON public.layer_styles TO "{operator}", "{manager}";
        END IF;
        END $styles$""",
    ]
    return statements


def must_submit_sql(schema: str) -> str:
    """True when the connected user may only submit: an operator of the store, not its manager
    nor a superuser."""
    operator, manager = role_name(schema, "operator"), role_name(schema, "manager")
    return (f"SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{operator}') "
            f"AND pg_has_role(current_user, '{operator}', 'MEMBER') "
            f"AND NOT pg_has_role(current_user, '{manager}', 'MEMBER') "
            "AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")


def grant_statement(schema: str, user: str, role: str) -> str:
    if role not in ROLES:
        raise StoreError(translate("PostgisRoles", "ROLE is operator or manager, not '{role}'.").format(role=role))
    if not user or '"' in user:
        raise StoreError(translate("PostgisRoles", "USER: name the PostgreSQL login role to grant."))
    return f'GRANT "{role_name(schema, role)}" TO "{user}"'
