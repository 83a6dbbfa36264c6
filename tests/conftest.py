"""Shared fixtures: a TinyDB store in a temporary folder and a chat over it."""

from __future__ import annotations

import pytest

from tests.support import Chat, tinydb_storage

# The `azurite` fixture (one Azure Storage emulator for the session): see tests/azurite.py.
pytest_plugins = ["tests.azurite"]


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def storage(data_dir):
    return tinydb_storage(data_dir)


@pytest.fixture
async def chat(storage, tmp_path):
    conversation = Chat(storage)
    await conversation.seed_roles(tmp=tmp_path)
    return conversation
