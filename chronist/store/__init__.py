"""The embedded SQLite event store: schema and migrations, the write path, queries."""
from chronist.store.db import DEFAULT_TIMEOUT, Store
from chronist.store.schema import ARTICLE_STATES, MIGRATIONS, Migration

__all__ = ["ARTICLE_STATES", "DEFAULT_TIMEOUT", "MIGRATIONS", "Migration", "Store"]
