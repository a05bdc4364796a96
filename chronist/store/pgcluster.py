"""A throwaway PostgreSQL cluster for the tests and the benchmarks: ``initdb`` in a temporary
folder, a server on a Unix socket in that folder, stopped and deleted at the end.

>>> with Cluster.start() as cluster:                        # doctest: +SKIP
...     url = cluster.create_database("scratch")             # postgresql://postgres@/scratch?host=...

The server binaries are found on PATH or in Debian's ``/usr/lib/postgresql/VERSION/bin``.
PostgreSQL refuses to run as root: as root, the cluster belongs to the ``postgres`` system user
(made by Debian's package) and its programs run through ``runuser``. :func:`unavailable` says
why a cluster cannot be had here, and what to install.
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

INSTALL_HINT = ("install Debian's postgresql package (`make install-postgres` as root, or "
                "`apt-get install postgresql`), or set CHRONIST_TEST_PG to a postgresql:// URL "
                "of a server where the user may create databases")


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _run_as() -> list[str]:
    """The prefix that runs a server program as a user PostgreSQL accepts."""
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


def unavailable() -> str | None:
    """Why no throwaway cluster can be started here (None when one can)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed: pip install 'psycopg[binary]' (the extra chronist[postgres])"
    if _bin_dir() is None:
        return "PostgreSQL's server programs (initdb, pg_ctl) are not installed: " + INSTALL_HINT
    if os.geteuid() == 0:
        import pwd
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres system user to run the server as: " + INSTALL_HINT
        if shutil.which("runuser") is None:
            return "running as root without runuser (util-linux) to start the server as the postgres user"
    return None


class Server:
    """A server reached by a URL (its database is where new databases are created from)."""

    def __init__(self, url: str) -> None:
        self.admin_url = url
        self._count = 0

    def url(self, database: str) -> str:
        from urllib.parse import urlsplit, urlunsplit
        return urlunsplit(urlsplit(self.admin_url)._replace(path="/" + database))

    def admin(self) -> Any:
        import psycopg
        return psycopg.connect(self.admin_url, autocommit=True)

    def create_database(self, name: str | None = None) -> str:
        """A new empty database; returns its URL."""
        if name is None:
            self._count += 1
            name = f"chronist_test_{os.getpid()}_{self._count}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url_or_name: str) -> None:
        name = url_or_name.split("?", 1)[0].rsplit("/", 1)[-1]
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Cluster(Server):
    """A running throwaway cluster; :meth:`stop` ends it and deletes its files."""

    def __init__(self, root: Path, bin_dir: Path) -> None:
        self.root = root
        self.bin_dir = bin_dir
        self.data = root / "data"
        self.socket_dir = root / "socket"
        self.port = 5432            # only the socket's name: the server listens on no TCP port
        self.user = "postgres"
        self._count = 0
        self.admin_url = self.url()

    @classmethod
    def start(cls, *, durable: bool = False, timeout: float = 60.0) -> Cluster:
        """initdb and start a server. ``durable=False`` turns fsync off (tests); the benchmarks
        measure with ``durable=True``, PostgreSQL's defaults."""
        why = unavailable()
        if why:
            raise RuntimeError(why)
        bin_dir = _bin_dir()
        assert bin_dir is not None
        root = Path(tempfile.mkdtemp(prefix="chronist-pg-"))
        cluster = cls(root, bin_dir)
        cluster.socket_dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(root, "postgres")
            shutil.chown(cluster.socket_dir, "postgres")
        try:
            cluster._run("initdb", "-D", str(cluster.data), "-U", cluster.user, "--auth=trust", "--no-locale",
                         "-E", "UTF8", timeout=timeout)
            options = ["-c listen_addresses=''", f"-k {cluster.socket_dir}", f"-p {cluster.port}",
                       "-c max_connections=100", "-c shared_buffers=64MB"]
            if not durable:
                options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
            cluster._run("pg_ctl", "-D", str(cluster.data), "-l", str(root / "server.log"), "-w",
                         "-t", str(int(timeout)), "-o", " ".join(options), "start", timeout=timeout + 10)
        except BaseException:
            cluster.stop()
            raise
        return cluster

    def _run(self, program: str, *args: str, timeout: float = 60.0) -> None:
        command = [*_run_as(), str(self.bin_dir / program), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=self.root)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-600:] if log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {(done.stderr or done.stdout).strip()[-600:]}"
                               + (f"\nserver log: {tail}" if tail else ""))

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete the cluster's files."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", timeout=60)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_ready(url: str, *, timeout: float = 30.0) -> None:
    """Wait until a server accepts connections at ``url``."""
    import psycopg
    deadline = time.monotonic() + timeout
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


__all__ = ["Cluster", "INSTALL_HINT", "Server", "unavailable", "wait_ready"]
