"""Fixtures of the bot's HTTP tests: the local token issuer, and no internet."""

from __future__ import annotations

import pytest

from tests.bot.local_issuer import LocalIssuer, forbid_internet


@pytest.fixture(scope="module")
def issuer():
    local = LocalIssuer().start()
    yield local
    local.stop()


@pytest.fixture
def no_internet(monkeypatch):
    refused = forbid_internet(monkeypatch)
    yield refused
    assert refused == [], f"a test tried to reach {refused}"
