"""Debian's varnishd on loopback, unprivileged, with the project's VCL in front of a local backend port.

For the Varnish gate (tests/quality/test_varnish.py) and the throughput benchmark (bench/serve.py).
"""

import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "default.vcl"


def varnishd_path() -> str | None:
    """``varnishd`` on PATH, or where Debian installs it (``/usr/sbin``, often not on a user's PATH)."""
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Varnish:
    """A context manager: varnishd in the foreground (``-F``) with its own work directory, stopped on exit."""

    def __init__(self, backend_port: int, memory="32m"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.backend_port = backend_port
        self.memory = memory
        self.process = None

    def __enter__(self):
        self.directory = tempfile.TemporaryDirectory(prefix="varnish-")
        work = Path(self.directory.name)
        vcl = work / "default.vcl"
        vcl.write_text(
            re.sub(r'\.port = "\d+";', f'.port = "{self.backend_port}";', VCL.read_text(), count=1)
        )
        self.log = open(work / "varnishd.log", "w+")
        self.process = subprocess.Popen(
            [
                varnishd_path(),
                "-F",
                "-j",
                "none",  # no privilege separation: runs as whoever starts it, in its own directory
                "-n",
                str(work / "instance"),
                "-a",
                f"127.0.0.1:{self.port}",
                "-T",
                "none",
                "-f",
                str(vcl),
                "-s",
                f"malloc,{self.memory}",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"varnishd did not start:\n{self.output()}")

    def __exit__(self, *exc_info):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.directory.cleanup()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()
