"""Fixtures the dialog tests share (the chat and its store are in tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import FileServer


@pytest.fixture
async def files():
    """Evidence files served on loopback, as Teams hands out download links."""
    async with FileServer() as server:
        yield server
