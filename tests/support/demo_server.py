"""A real site for the quality gates: gunicorn on loopback, serving a fresh database filled by ``load_demo``.

The gates (browser flows, accessibility, HTML validity, fuzzing, load) look at what a visitor gets, so they run
against the demo content through a real WSGI server instead of the test client. The database follows the suite's
engine: a fresh SQLite file by default, a fresh PostgreSQL database when ``DATABASE_URL`` points at PostgreSQL.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import requests
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
EDITOR_USERNAME = "redacteur"
EDITOR_PASSWORD = secrets.token_urlsafe(16)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"


def fresh_database_url(tmp_dir: Path, name: str, engine_url: str | None = None) -> str:
    """A URL for an empty database of the engine of ``engine_url``, by default the one the suite runs on."""
    suite_url = engine_url or os.environ.get("DATABASE_URL", "")
    if not suite_url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_dir / f'{name}.sqlite3'}"
    import psycopg

    parts = urlsplit(suite_url)
    database = f"hn_{name}_{os.getpid()}"
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}"')
        connection.execute(f'CREATE DATABASE "{database}"')
    return urlunsplit(parts._replace(path=f"/{database}"))


def drop_database(database_url: str):
    if database_url.startswith("sqlite"):
        return
    import psycopg

    parts = urlsplit(database_url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')


@dataclass
class DemoSite:
    """A migrated database with the demo content and an editor, and the environment to serve it."""

    database_url: str
    env: dict = field(repr=False)

    @classmethod
    def build(cls, tmp_dir: Path, name: str = "demo", engine_url: str | None = None, **extra_env):
        database_url = fresh_database_url(tmp_dir, name, engine_url)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "herstelnetwerk.settings.test",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp_dir / "media"),
            "DEMO_MEDIA_ON_DISK": "1",  # load_demo's illustrations, served to the browser by gunicorn
            # Every request comes from 127.0.0.1: the per-address form limit (unit-tested) would stop the gates.
            "VRIJWILLIGERS_RATE_LIMIT": "10000",
            **extra_env,
        }
        site = cls(database_url, env)
        site.manage("migrate", "--no-input")
        site.manage("load_demo")
        site.manage(
            "shell",
            "-c",
            "from django.contrib.auth.models import Group, User;"
            f"user = User.objects.create_user({EDITOR_USERNAME!r}, password={EDITOR_PASSWORD!r},"
            " first_name='Redacteur', is_staff=True);"
            "user.groups.add(Group.objects.get(name='Redactie'))",
        )
        return site

    def manage(self, *args, check=True, env=None) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, str(BASE_DIR / "manage.py"), *args],
            env={**self.env, **(env or {})},
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if check and result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def query(self, code: str) -> str:
        """Run Python in ``manage.py shell`` against this site's database and return the last line it printed."""
        return self.manage("shell", "--no-imports", "-c", code).stdout.strip().splitlines()[-1]

    def drop(self):
        drop_database(self.database_url)


class Server:
    """gunicorn serving a ``DemoSite``; a context manager that stops it (and says why it failed to start)."""

    def __init__(self, site: DemoSite, workers: int = 2, threads: int = 4, **extra_env):
        self.site = site
        self.env = {**site.env, **extra_env}
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [
            sys.executable,
            "-m",
            "gunicorn",
            "herstelnetwerk.wsgi",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--timeout=60",
            "--log-level=warning",
        ]
        self.process = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self, timeout=60):
        self.log = open(Path(self.site.env["MEDIA_ROOT"]).parent / f"gunicorn-{self.port}.log", "w+")  # noqa: SIM115
        self.process = subprocess.Popen(
            self.command, env=self.env, cwd=BASE_DIR, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                requests.get(f"{self.url}/robots.txt", timeout=10)
                return
            except (requests.ConnectionError, requests.Timeout):  # bound, but the workers are still booting
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not start:\n{self.output()}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()


QUEUE = {"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}


class Worker:
    """``manage.py db_worker`` running a ``DemoSite``'s queued tasks (mail) until the context ends."""

    def __init__(self, site: DemoSite, **extra_env):
        self.site = site
        self.env = {**site.env, **QUEUE, **extra_env}
        self.process = None

    def __enter__(self):
        self.log = open(Path(self.site.env["MEDIA_ROOT"]).parent / f"worker-{id(self)}.log", "w+")
        self.process = subprocess.Popen(
            [sys.executable, str(BASE_DIR / "manage.py"), "db_worker", "--interval=0.2", "--no-reload"],
            env=self.env,
            cwd=BASE_DIR,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        return self

    def __exit__(self, *exc_info):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()
