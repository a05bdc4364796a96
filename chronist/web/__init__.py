"""``chronist serve``: a read-only local web view over a store (events, dyad timelines, the actor
network, a map, articles with their events highlighted, and the status of the ingest)."""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db: str, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, log_level: str = "warning") -> None:
    """Run the web view on ``host:port`` until interrupted (uvicorn, one process)."""
    import uvicorn

    from chronist.web.app import create_app
    app = create_app(db)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, access_log=False)


def create_app(db: str):
    from chronist.web.app import create_app as make
    return make(db)


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "create_app", "serve"]
