"""A partner whose stored file is damaged is told so plainly, in their language.

Not "something went wrong… everything you answered is saved": that would not be true to
say. The file is named for the operator (log, /healthz), never to the partner.
"""

from __future__ import annotations

import json

import pytest

from storage.repository import tenant_prefix
from storage.tinydb_storage import TinyDBStorage, partition_of
from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.support import TENANT

CLAIM_INDEX = f"{tenant_prefix(TENANT)}/claim-index"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en-US", "can't open your organisation's data"),
        ("fr-FR", "je ne peux pas ouvrir les données de votre organisation"),
    ],
)
async def test_a_partner_whose_file_is_damaged_is_told_plainly(
    data_dir, tmp_path, locale, expected
):
    storage = TinyDBStorage(data_dir)
    await storage.write({CLAIM_INDEX: {"items": {}}})
    storage.close()
    damaged = data_dir / partition_of(CLAIM_INDEX)
    damaged.write_bytes(damaged.read_bytes()[:20])

    async with admin_app(data_dir, tmp_path) as (client, _house), FakeConnector() as connector:
        message = teams_message(connector.url, "what's my claim status?", locale=locale)
        response = await client.post("/api/messages", json=message)
        assert response.status < 500
        texts = " ".join(a.get("text") or "" for a in connector.take())
        assert expected in texts.lower().replace("’", "'"), texts
        assert "continue my plan" not in texts and "reprendre mon plan" not in texts
        assert str(data_dir) not in texts and "Traceback" not in texts
        health = await (await client.get("/healthz")).json()
        assert health["storage"]["damaged"] == [partition_of(CLAIM_INDEX)]
        assert str(data_dir) not in json.dumps(health)
