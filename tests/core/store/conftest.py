"""Fixtures of the store tests: a throwaway PostgreSQL + PostGIS server and a store location
in a schema of its own (see ``tests/postgis_cluster.py``)."""

import itertools

import pytest

from tests.postgis_cluster import PostgisCluster

_schemas = itertools.count(1)


@pytest.fixture(scope="session")
def cluster():
    """A PostgreSQL + PostGIS server on loopback for the test session, removed afterwards."""
    try:
        server = PostgisCluster().start()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def location(cluster):
    """A PostGIS store location in a schema of its own."""
    return f"pg:{cluster.conninfo()} schema=test_{next(_schemas)}"
