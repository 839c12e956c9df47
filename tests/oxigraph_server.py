"""A real Oxigraph server for the tests: ``oxigraph serve`` on 127.0.0.1 at a free port."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class OxigraphServer:
    """``oxigraph serve --location LOCATION`` on 127.0.0.1:``port``; ``start``/``stop`` by process id."""

    location: Path
    port: int = field(default_factory=free_port)
    union: bool = False  # --union-default-graph: queries see every graph as the default graph
    process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def store(self) -> str:
        return f"{self.base}/store"

    @property
    def query(self) -> str:
        return f"{self.base}/query"

    @property
    def update(self) -> str:
        return f"{self.base}/update"

    def start(self, wait: float = 30.0) -> OxigraphServer:
        """Start the server and wait until it answers a query."""
        self.process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}"]
                                        + (["--union-default-graph"] if self.union else []),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.query}?query=ASK%7B%7D", timeout=1):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"oxigraph serve did not answer on port {self.port} within {wait} s")

    def stop(self, kill: bool = False) -> None:
        """Stop the server (SIGKILL with ``kill``) and wait for it to exit."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill() if kill else self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None
