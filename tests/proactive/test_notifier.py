"""The notifier against a loopback connector: once, in order, with back-off, across restarts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app
from config import load_settings
from tests.bot.test_http import teams_message
from tests.bot.test_status_flow import SECRET, change, post_status, submitted_claim
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT, TODAY


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def start(data_dir, tmp_path, clock: Clock):
    roles = tmp_path / "roles.json"
    roles.write_text(json.dumps({"tenants": {TENANT: {"users": {
        ADMIN: {"role": "incentives_admin", "name": "Ada"}}}}}), encoding="utf-8")  # fmt: skip
    settings = load_settings(
        {"DATA_DIR": str(data_dir), "ROLES_FILE": str(roles), "STATUS_WEBHOOK_SECRET": SECRET}
    )
    house = await build_house(settings)
    house.services.today = lambda: TODAY
    house.notifier.clock = clock
    house.notifier.base_delay_seconds = 1
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    return house, client


@pytest.fixture
async def connector():
    async with FakeConnector() as fake:
        yield fake


def notice_titles(activities: list[dict]) -> list[str]:
    return [
        a["attachments"][0]["content"]["body"][0]["text"]
        for a in activities
        if a.get("attachments")
    ]


async def test_notices_arrive_in_order_once_each_and_honour_retry_after(
    data_dir, tmp_path, connector
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    path = f"/api/claims/{claim.id}/status"
    assert await post_status(client, path, change("Under review", "a")) == 202
    assert await post_status(client, path, change("Approved", "b")) == 202
    assert await post_status(client, path, change("Paid", "c")) == 202

    connector.failures = [(429, "30")]
    await house.notifier.run_once()
    assert notice_titles(connector.take()) == []  # throttled: everything waits, in order
    clock.now += timedelta(seconds=10)
    await house.notifier.run_once()
    assert notice_titles(connector.take()) == []  # Retry-After (30 s) not over yet
    clock.now += timedelta(seconds=25)
    await house.notifier.run_once()
    titles = notice_titles(connector.take())
    assert [t.split(" is ")[-1] for t in titles] == ["under review", "approved", "paid"]
    await house.notifier.run_once()
    assert connector.take() == []  # nothing twice
    await client.close()


async def test_pending_notices_survive_a_restart(data_dir, tmp_path, connector):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    assert await post_status(client, f"/api/claims/{claim.id}/status",
                             change("Under review", "r1")) == 202  # fmt: skip
    await client.close()  # the process stops before the notifier ran

    house, client = await start(data_dir, tmp_path, clock)
    await house.notifier.run_once()
    assert len(notice_titles(connector.take())) == 1
    await client.close()


async def test_a_notice_that_keeps_failing_is_parked_and_counted_in_health(
    data_dir, tmp_path, connector
):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    house.notifier.max_attempts = 3
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    assert await post_status(client, f"/api/claims/{claim.id}/status",
                             change("Under review", "d1")) == 202  # fmt: skip
    connector.failures = [(503, None)] * 5
    for _ in range(5):
        await house.notifier.run_once()
        clock.now += timedelta(minutes=5)
    health = await (await client.get("/healthz")).json()
    assert health["outbox"]["dead"] == 1
    assert connector.refused == 3
    await client.close()


async def test_a_forbidden_conversation_is_not_retried(data_dir, tmp_path, connector):
    clock = Clock()
    house, client = await start(data_dir, tmp_path, clock)
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    assert await post_status(client, f"/api/claims/{claim.id}/status",
                             change("Under review", "f1")) == 202  # fmt: skip
    connector.failures = [(403, None)]
    await house.notifier.run_once()
    assert (await house.services.outbox.counts())["dead"] == 1
    await client.close()


async def test_the_running_app_delivers_a_notice_by_itself_within_seconds(
    data_dir, tmp_path, connector
):
    import asyncio

    roles = tmp_path / "roles.json"
    roles.write_text(json.dumps({"tenants": {}}), encoding="utf-8")
    settings = load_settings({"DATA_DIR": str(data_dir), "STATUS_WEBHOOK_SECRET": SECRET})
    house = await build_house(settings)
    house.services.today = lambda: TODAY
    client = TestClient(TestServer(create_app(house), host="127.0.0.1"))  # background on
    await client.start_server()
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    connector.take()
    claim = await submitted_claim(house)
    assert await post_status(client, f"/api/claims/{claim.id}/status",
                             change("Under review", "bg1")) == 202  # fmt: skip
    for _ in range(50):
        if notice_titles(connector.activities):
            break
        await asyncio.sleep(0.05)
    assert len(notice_titles(connector.take())) == 1
    await client.close()
