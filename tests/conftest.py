"""Fixtures shared by the actor tests."""
from __future__ import annotations

import pytest

from chronist.actors.dictionary import ActorDictionary
from chronist.actors.matcher import ActorMatcher


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.default()


@pytest.fixture(scope="module")
def matcher(dictionary: ActorDictionary) -> ActorMatcher:
    return ActorMatcher(dictionary)


# -- stores: every store test runs on SQLite and on PostgreSQL -----------------------------------

@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session: CHRONIST_TEST_PG (a URL of a server where the user may
    create databases), else a throwaway cluster (initdb in a temporary folder), stopped at the end.
    Where neither can be had, the tests that need it skip and say what to install."""
    import os

    from chronist.store.pgcluster import Cluster, Server, unavailable
    if os.environ.get("CHRONIST_TEST_PG"):
        yield Server(os.environ["CHRONIST_TEST_PG"])
        return
    why = unavailable()
    if why:
        pytest.skip(why)
    cluster = Cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path):
    """Where a test's store lives: a new SQLite file, or a new database on the session's server."""
    if request.param == "sqlite":
        yield str(tmp_path / "chronist.db")
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    try:
        yield url
    finally:
        server.drop_database(url)
