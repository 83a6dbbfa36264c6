"""A pytest plugin for tests/seam/test_install.py: records, as each test runs, whether the
SDK seam is installed, into the JSON file named by SEAM_PROBE_FILE.

`python -m pytest -p tests.seam.probe <one file>` then shows what that file ran against
when collected alone (tests/conftest.py installs the seam for every session).
"""

from __future__ import annotations

import json
import os

import pytest

_seen: dict[str, bool] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):
    import seam

    _seen[item.nodeid] = seam.installed()
    yield


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    with open(os.environ["SEAM_PROBE_FILE"], "w", encoding="utf-8") as file:
        json.dump(_seen, file)
