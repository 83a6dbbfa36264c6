"""What the end-to-end test needs: Node packages, Debian's Chromium, Python's playwright.

`make test` and `make e2e` install all three first (`make install-e2e`). A plain
`pytest` run installs the Node packages itself when npm is there (as the Azurite
tests do); Chromium comes only from the system (`apt-get install chromium`), never
from a browser download. The test is skipped, saying which piece is missing and
how to get it, only when one of them is not there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tools.playground import PLAYGROUND_CLI, REPO_ROOT

# Debian's binary (/usr/bin/chromium is a wrapper script around it); CHROMIUM may name another.
CHROMIUM_CANDIDATES = ("/usr/lib/chromium/chromium", "/usr/bin/chromium")
# Where the screenshots go: E2E_SCREENSHOTS, else under the (ignored) data folder.
# `make screenshots` points it at docs/screenshots, the ones the README shows.
SCREENSHOTS = Path(os.environ.get("E2E_SCREENSHOTS") or REPO_ROOT / "data" / "e2e" / "screenshots")


def chromium_path() -> str | None:
    named = os.environ.get("CHROMIUM")
    if named:
        return named if Path(named).exists() else None
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def _install_node_packages() -> str | None:
    """Install the pinned Node packages if the Playground is missing; why not, if it cannot."""
    if PLAYGROUND_CLI.exists():
        return None
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return "node/npm are not installed (install Node.js 20+, then `npm ci`)"
    command = [npm, "ci", "--no-audit", "--no-fund"]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, timeout=600)
    if result.returncode != 0 or not PLAYGROUND_CLI.exists():
        return f"`npm ci` could not install the Agents Playground: {result.stderr[-500:]}"
    return None


@pytest.fixture(scope="session")
def chromium() -> str:
    missing = _install_node_packages()
    if missing:
        pytest.skip(f"e2e: {missing}")
    path = chromium_path()
    if path is None:
        pytest.skip(
            "e2e: Chromium is not installed; `make install-e2e` installs Debian's package "
            "(apt-get install chromium, as root), or set CHROMIUM to a Chromium binary"
        )
    return path


@pytest.fixture
def browser(chromium: str) -> Iterator:
    """Headless Chromium for one test.

    Not shared wider: playwright's sync API keeps an event loop running in this thread
    while it is open, and the asyncio tests that run after it could not start theirs.
    """
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="e2e: Python playwright is not installed (pip install -r requirements-dev.txt)",
    )
    from tests.e2e.playground_chat import browser_arguments

    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True, args=browser_arguments()
        )
        try:
            yield browser
        finally:
            browser.close()
