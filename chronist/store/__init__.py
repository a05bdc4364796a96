"""The event store: schema and migrations, the write path, queries; in a SQLite file or a PostgreSQL database."""
from chronist.store.db import (DB_ENV, DEFAULT_TIMEOUT, PostgresStore, SqliteStore, Store, default_target, describe,
                               exists)
from chronist.store.schema import ARTICLE_STATES, MIGRATIONS, PG_MIGRATIONS, Migration

__all__ = ["ARTICLE_STATES", "DB_ENV", "DEFAULT_TIMEOUT", "MIGRATIONS", "Migration", "PG_MIGRATIONS", "PostgresStore",
           "SqliteStore", "Store", "default_target", "describe", "exists"]
