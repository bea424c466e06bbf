"""Roles enforced by the database (issue 17, point 4), on the throwaway cluster with two real
login users: PostgreSQL refuses the operator's direct insert into cleared_areas; the
operator's import becomes a submission (SUBMIT not even asked); the operator cannot approve
it; the manager does, and the history names who did what."""

import psycopg2
import pytest

from demining_plugin.core.store import open_store
from demining_plugin.core.store.submissions import PENDING, submissions
from tests.core.store.submission_files import items_file, run
from tests.ground import ground_store


def login(cluster, schema, role):
    """A login role of its own for this test, and the store location it connects with."""
    name, password = f"{schema}_{role}_login", f"{role}-pass"
    cluster.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    return name, f"pg:{cluster.conninfo(user=name, password=password)} schema={schema}"


def test_an_operator_submits_and_a_manager_approves(cluster, location, tmp_path, processing_provider):
    store = ground_store(location)
    schema = store.schema
    operator, operator_location = login(cluster, schema, "operator")
    manager, manager_location = login(cluster, schema, "manager")
    assert run("grant", STORE=location, USER=operator, ROLE="operator")["GRANTED"] == f"{schema}_operator"
    assert run("grant", STORE=location, USER=manager, ROLE="manager")["GRANTED"] == f"{schema}_manager"

    # Whatever the client: a plain SQL insert by the operator is refused by PostgreSQL.
    con = psycopg2.connect(cluster.conninfo(user=operator, password="operator-pass"))
    try:
        with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="permission denied"):
            with con, con.cursor() as cursor:
                cursor.execute(f"INSERT INTO {schema}.cleared_areas (release_id, release_method, released_on) "
                               "VALUES ('LR-999999', 'cleared', '2021-11-24')")
    finally:
        con.close()

    as_operator = open_store(operator_location)
    assert as_operator.must_submit() and not open_store(manager_location).must_submit()
    items = items_file(tmp_path / "items.csv", [(600, 600, "AP", 1), (700, 650, "AT", 2)])
    result = run("importdetections", INPUT=items, STORE=operator_location)
    assert (result["IMPORTED"], result["SUBMISSION"]) == (2, "S-0001")
    assert as_operator.layer("detections").featureCount() == 0
    assert [(s.submission_id, s.submitted_by, s.status) for s in submissions(as_operator, PENDING)] == [
        ("S-0001", operator, PENDING)]
    with pytest.raises(Exception, match="permission denied"):
        run("review", STORE=operator_location, SUBMISSION="S-0001", DECISION=0)

    run("review", STORE=manager_location, SUBMISSION="S-0001", DECISION=0)
    as_manager = open_store(manager_location)
    assert as_manager.layer("detections").featureCount() == 2
    decided = submissions(as_manager)[0]
    assert (decided.status, decided.decided_by) == ("approved", manager)
    entry = as_manager.history("detections", "D-000001")[0]
    assert (entry.operation, entry.changed_by) == ("INSERT", manager)
    # The history is the managers' record, not theirs to rewrite.
    con = psycopg2.connect(cluster.conninfo(user=manager, password="manager-pass"))
    try:
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            with con, con.cursor() as cursor:
                cursor.execute(f"DELETE FROM {schema}.demining_history")
    finally:
        con.close()


def test_grant_on_a_geopackage_says_roles_are_for_postgis(tmp_path, processing_provider):
    store = ground_store(str(tmp_path / "s.gpkg"))
    with pytest.raises(Exception, match="Roles are granted on PostGIS stores"):
        run("grant", STORE=store.location, USER="someone", ROLE="operator")
