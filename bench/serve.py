"""Requests per second for each public page type, served the way production serves them.

Builds the grown region like ``pages.py`` (SQLite file by default), prints the in-process figures, then serves it with
gunicorn (production settings, ``--workers`` sync workers, static files collected) and loads each page with Debian's
``wrk`` (``--connections`` connections for ``--seconds`` seconds), then does the same through Varnish with
``deploy/varnish/default.vcl``. Figures to compare before and after a change, not assertions: on a shared machine,
compare runs made one after the other.

    make bench
    .venv/bin/python bench/serve.py --scale 50 --json bench-serve.json
    .venv/bin/python bench/serve.py --built --database-url sqlite:////tmp/region.sqlite3  # built by pages.py
"""

import argparse
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pages

ROOT = pages.ROOT
sys.path.insert(0, str(ROOT))

from tests.support.varnish import Varnish, free_port, varnishd_path  # noqa: E402


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=50, help="copies of each demo item to add (default 50)")
    parser.add_argument("--repeat", type=int, default=20, help="in-process renders of each page (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (default 16)")
    parser.add_argument("--seconds", type=int, default=5, help="wrk duration per page (default 5)")
    parser.add_argument("--skip-in-process", action="store_true", help="only the served figures")
    pages.add_database_arguments(parser)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    return parser.parse_args()


def wrk(url, connections, seconds) -> dict:
    """Requests per second and the latency percentiles that wrk reports."""
    result = subprocess.run(
        ["wrk", f"--threads={min(connections, 2)}", f"--connections={connections}", f"--duration={seconds}s",
         "--latency", url],
        capture_output=True, text=True, timeout=seconds + 60, check=True,
    )  # fmt: skip
    output = result.stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    p50 = re.search(r"50%\s+([\d.]+\w+)", output)
    p99 = re.search(r"99%\s+([\d.]+\w+)", output)
    return {
        "req_s": round(float(rate.group(1))) if rate else 0,
        "p50": p50.group(1) if p50 else "",
        "p99": p99.group(1) if p99 else "",
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def production_env(database_url, directory):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "herstelnetwerk.settings.production",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(directory / "static"),
        "MEDIA_ROOT": str(directory / "media"),
    }


class Gunicorn:
    def __init__(self, env, workers):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.command = [
            sys.executable, "-m", "gunicorn", "herstelnetwerk.wsgi", f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}", "--timeout=120", "--log-level=warning",
        ]  # fmt: skip
        self.env = env

    def __enter__(self):
        import urllib.request

        self.process = subprocess.Popen(self.command, env=self.env, cwd=ROOT)
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{self.url}/robots.txt", timeout=5)  # noqa: S310 - loopback
                return self
            except OSError:
                time.sleep(0.2)
        self.process.terminate()
        raise SystemExit("gunicorn did not start")

    def __exit__(self, *exc_info):
        self.process.terminate()
        self.process.wait(timeout=30)


def throughput(urls, base, arguments, label) -> dict:
    import urllib.request

    figures = {}
    print(f"\n{label}: wrk, {arguments.connections} connections, {arguments.seconds} s each")
    print(f"{'page':24} {'req/s':>8} {'p50':>9} {'p99':>9} {'non-2xx':>8}")
    for name, url in urls.items():
        urllib.request.urlopen(f"{base}{url}", timeout=120).read()  # noqa: S310 - warm (and fill the cache)
        row = figures[name] = wrk(f"{base}{url}", arguments.connections, arguments.seconds)
        print(f"{name:24} {row['req_s']:>8} {row['p50']:>9} {row['p99']:>9} {row['non_2xx']:>8}")
    return figures


def main():
    arguments = parse_arguments()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian package wrk: scripts/install-test-tools.sh)")

    with tempfile.TemporaryDirectory() as name:
        directory = Path(name)
        database_url = arguments.database_url or f"sqlite:///{directory}/bench.sqlite3"
        pages.set_up_django(database_url)
        from django.core.cache import cache
        from django.db import connection

        pages.prepare(arguments)
        urls = pages.public_urls()
        results = {"scale": arguments.scale, "in_process": {}, "gunicorn": {}, "varnish": {}}
        if not arguments.skip_in_process:
            print(f"\n{'page':24} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'kB':>7}")
            for name, url in urls.items():
                cache.clear()
                row = results["in_process"][name] = {"url": url, **pages.measure(url, arguments.repeat)}
                print(
                    f"{name:24} {row['median_ms']:>10} {row['p95_ms']:>8} {row['queries']:>8} {row['kb']:>7}"
                )
        connection.close()

        env = production_env(database_url, directory)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], env=env, cwd=ROOT, check=True
        )
        served = {**urls, "static file": "/static/css/site.css"}
        with Gunicorn(env, arguments.workers) as server:
            label = f"gunicorn, {arguments.workers} workers, production settings, SQLite"
            results["gunicorn"] = throughput(served, server.url, arguments, label)
            if varnishd_path():
                with Varnish(server.port, memory="256m") as varnish:
                    results["varnish"] = throughput(served, varnish.url, arguments, "through Varnish")
            else:
                print("\nvarnishd is not installed: no figures through Varnish")
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
