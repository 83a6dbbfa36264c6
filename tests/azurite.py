"""Azurite, the Azure Storage emulator (npm `azurite`, pinned in package.json), for the tests.

One blob service per test session on a free loopback port, with its data in a temporary
folder, stopped at the end. Each test gets its own container, so tests never see each
other's data. `make test` installs it (`npm ci`); a plain `pytest` run installs it too if
npm is there, and the blob tests are skipped, saying why, only if that cannot be done.

Registered in tests/conftest.py (`pytest_plugins`), so the service is shared by every module.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
# AZURITE_BLOB may name another install of the `azurite-blob` command.
AZURITE_BLOB = Path(
    os.environ.get("AZURITE_BLOB") or REPO_ROOT / "node_modules" / ".bin" / "azurite-blob"
)
# Azurite's well-known development account and key (public, in Azurite's documentation).
ACCOUNT = "devstoreaccount1"
ACCOUNT_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)
START_SECONDS = 30


@dataclass(frozen=True)
class Azurite:
    """A running blob service: where it listens and how to connect."""

    port: int
    process: subprocess.Popen

    @property
    def connection_string(self) -> str:
        return (
            f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={ACCOUNT_KEY};"
            f"BlobEndpoint=http://127.0.0.1:{self.port}/{ACCOUNT};"
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _install() -> str | None:
    """Install the pinned node packages if Azurite is missing; the reason if we cannot."""
    if AZURITE_BLOB.exists():
        return None
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return "node/npm are not installed, so Azurite cannot be (install Node.js, then npm ci)"
    command = [npm, "ci", "--no-audit", "--no-fund"]
    if not (REPO_ROOT / "package-lock.json").exists():
        command = [npm, "install", "--no-audit", "--no-fund"]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or not AZURITE_BLOB.exists():
        return f"`{' '.join(command[1:])}` could not install azurite: {result.stderr[-500:]}"
    return None


def start_azurite(location: Path) -> Azurite:
    port = free_port()
    command = [
        str(AZURITE_BLOB),
        "--blobHost", "127.0.0.1",
        "--blobPort", str(port),
        "--location", str(location),
        # The Python SDK sends headers and API versions Azurite does not know.
        "--loose",
        "--skipApiVersionCheck",
        "--silent",
        # Tests never reach the internet.
        "--disableTelemetry",
    ]  # fmt: skip
    with open(location / "azurite.log", "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=location)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"azurite exited: {(location / 'azurite.log').read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return Azurite(port, process)
        except OSError:
            time.sleep(0.1)
    stop_azurite(Azurite(port, process))
    raise RuntimeError(f"azurite did not listen on port {port} within {START_SECONDS} s")


def stop_azurite(azurite: Azurite) -> None:
    azurite.process.terminate()
    try:
        azurite.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        azurite.process.kill()
        azurite.process.wait()


@pytest.fixture(scope="session")
def azurite(tmp_path_factory) -> Iterator[Azurite]:
    reason = _install()
    if reason is not None:
        pytest.skip(reason)
    service = start_azurite(tmp_path_factory.mktemp("azurite"))
    try:
        yield service
    finally:
        stop_azurite(service)


def new_container_name(prefix: str = "test") -> str:
    """A fresh container name (3-63 lower-case letters, digits and dashes)."""
    return f"{prefix}-{uuid.uuid4().hex[:20]}"
