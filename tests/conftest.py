"""Shared fixtures: a TinyDB store in a temporary folder and a chat over it.

Every session runs the SDK production runs: the seam is installed here, once, before any
test file is collected (whichever files are), as app.build_house installs it at start-up.
"""

from __future__ import annotations

import os

import pytest

import seam
from tests.support import Chat, tinydb_storage

# The `azurite` fixture (one Azure Storage emulator for the session): see tests/azurite.py.
pytest_plugins = ["tests.azurite"]


def pytest_configure(config: pytest.Config) -> None:
    seam.install()
    # A developer's .env (read by `python app.py`, see config.py) must not reach the bots
    # the tests start: they inherit this environment, and ENV_FILE names the file to read.
    os.environ["ENV_FILE"] = os.devnull


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
