"""The durable floor (bench/floor.py): one durable write and one reply per activity."""

from __future__ import annotations

import json
from pathlib import Path

import aiohttp
from aiohttp.test_utils import TestServer

from bench.connector import BenchConnector
from bench.floor import create_floor_app, write_durably
from bench.teams import Partner


def test_a_durable_write_replaces_the_file_whole_and_leaves_no_temporary_file(tmp_path: Path):
    path = tmp_path / "a%3Aone.json"
    write_durably(path, b'{"turns": 1}')
    write_durably(path, b'{"turns": 2}')
    assert path.read_bytes() == b'{"turns": 2}'
    assert [p.name for p in tmp_path.iterdir()] == ["a%3Aone.json"]


async def test_each_activity_is_kept_on_disk_and_answered_through_the_connector(tmp_path: Path):
    connector = BenchConnector()
    await connector.start()
    server = TestServer(create_floor_app(tmp_path / "floor"), host="127.0.0.1")
    await server.start_server()
    partner = Partner(7)
    try:
        async with aiohttp.ClientSession() as session:
            for text in ("new plan", "1234567"):
                activity = partner.message(connector.url, text)
                async with session.post(server.make_url("/api/messages"), json=activity) as answer:
                    assert answer.status == 202
    finally:
        await server.close()
        await connector.stop()
    replies = [json.loads(reply) for reply in connector.take(partner.conversation_id)]
    assert [reply["text"] for reply in replies] == ["Echo: new plan", "Echo: 1234567"]
    assert replies[0]["conversation"]["id"] == partner.conversation_id
    assert replies[0]["recipient"]["id"] == f"29:{partner.user_id}"
    [state] = (tmp_path / "floor").iterdir()
    assert json.loads(state.read_text()) == {"turns": 2, "last": "1234567"}
