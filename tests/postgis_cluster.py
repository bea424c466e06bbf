"""A throwaway PostgreSQL + PostGIS cluster on loopback for the PostGIS store tests.

``initdb`` and ``pg_ctl`` from Debian's ``postgresql`` package run as the ``postgres``
user when the tests run as root (PostgreSQL refuses to run as root); the data directory
and the socket live in a temporary folder and the server listens on a free port of
127.0.0.1 only. ``stop()`` shuts it down and removes everything.
"""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional

MISSING = ("PostgreSQL and PostGIS are needed for the PostGIS store tests and were not found ({}). "
           "Run `make system` (it installs the Debian packages postgresql, postgresql-15-postgis-3 and "
           "python3-psycopg2).")


def _bin_dir() -> Path:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    if not candidates:
        raise RuntimeError(MISSING.format("no /usr/lib/postgresql/*/bin/pg_ctl"))
    return candidates[0].parent


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgisCluster:
    """``start()`` a cluster, ``conninfo()`` to reach it as its superuser, ``stop()`` it."""

    superuser = "demining_test"
    password = "demining-test-password"

    def __init__(self):
        try:
            import psycopg2  # noqa: F401 (the store and these tests talk to the server with it)
        except ImportError:
            raise RuntimeError(MISSING.format("no Python module psycopg2")) from None
        self.bin = _bin_dir()
        version = self.bin.parent.name
        control = Path(f"/usr/share/postgresql/{version}/extension/postgis.control")
        if not control.is_file():
            raise RuntimeError(MISSING.format(f"no {control}"))
        self.root = Path(tempfile.mkdtemp(prefix="demining-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "socket"
        self.port = _free_port()
        self._run_as: Optional[pwd.struct_passwd] = None
        if os.geteuid() == 0:
            self._run_as = pwd.getpwnam("postgres")

    def _command(self, args: List[str]) -> List[str]:
        if self._run_as is None:
            return args
        return ["runuser", "-u", self._run_as.pw_name, "--"] + args

    def _run(self, args: List[str]) -> None:
        result = subprocess.run(self._command(args), capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")

    def start(self) -> "PostgisCluster":
        self.socket_dir.mkdir()
        if self._run_as is not None:
            os.chmod(self.root, 0o755)
            for path in (self.root, self.socket_dir):
                os.chown(path, self._run_as.pw_uid, self._run_as.pw_gid)
        password_file = self.root / "pwfile"
        password_file.write_text(self.password + "\n")
        if self._run_as is not None:
            os.chown(password_file, self._run_as.pw_uid, self._run_as.pw_gid)
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", self.superuser, f"--pwfile={password_file}",
                   "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.socket_dir}"
        self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                   "-o", options, "-w", "-t", "60", "start"])
        self._wait_ready()
        self.execute("CREATE DATABASE demining")
        self.execute("CREATE EXTENSION postgis", database="demining")
        return self

    def _wait_ready(self) -> None:
        import psycopg2

        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg2.connect(self.conninfo("postgres")).close()
                return
            except psycopg2.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def conninfo(self, database: str = "demining", **extra: str) -> str:
        """libpq keyword string reaching the cluster over TCP on loopback."""
        words = {"host": "127.0.0.1", "port": str(self.port), "dbname": database, "user": self.superuser,
                 "password": self.password, **extra}
        return " ".join(f"{key}={value}" for key, value in words.items())

    def execute(self, sql: str, database: str = "postgres", params=None):
        import psycopg2

        con = psycopg2.connect(self.conninfo(database))
        con.autocommit = True
        try:
            with con.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else None
        finally:
            con.close()

    def stop(self) -> None:
        if self.data.is_dir():
            subprocess.run(self._command([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                          "stop"]), capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)
