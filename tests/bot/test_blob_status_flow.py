"""The status flow on STORAGE=azure-blob (Azurite), and two notifiers sharing one store.

The flow tests of test_status_flow.py run unchanged on a house built with
STORAGE=azure-blob; then two houses over one container (two instances of the bot, in
one process here; test_two_instances.py does it with two processes) both run their
notifier, and every notice still reaches the chat exactly once, in order.
"""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app
from config import load_settings
from proactive.reminders import ReminderScheduler
from storage.blob_storage import AzureBlobStorage
from storage.outbox import Outbox
from tests.azurite import new_container_name
from tests.bot import test_status_flow as flow
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.proactive.test_notifier import notice_titles
from tests.support import ADMIN, TENANT, TODAY


def blob_settings(azurite, data_dir, tmp_path, container: str):
    roles = tmp_path / "roles.json"
    roles.write_text(json.dumps({"tenants": {TENANT: {"users": {
        ADMIN: {"role": "incentives_admin", "name": "Ada"}}}}}), encoding="utf-8")  # fmt: skip
    return load_settings(
        {
            "DATA_DIR": str(data_dir),
            "ROLES_FILE": str(roles),
            "STATUS_WEBHOOK_SECRET": flow.SECRET,
            "STORAGE": "azure-blob",
            "AZURE_STORAGE_CONNECTION_STRING": azurite.connection_string,
            "AZURE_STORAGE_CONTAINER": container,
        }
    )


async def blob_house(settings):
    house = await build_house(settings)
    assert isinstance(house.storage, AzureBlobStorage)
    house.services.today = lambda: TODAY
    return house


@pytest.fixture
async def served_on_blob(azurite, data_dir, tmp_path):
    house = await blob_house(blob_settings(azurite, data_dir, tmp_path, new_container_name()))
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    async with FakeConnector() as connector:
        yield client, connector, house
    await client.close()
    await house.storage.close()


async def test_a_rejection_reaches_the_chat_and_fix_and_resubmit_works_on_blob(served_on_blob):
    await flow.test_a_rejection_reaches_the_chat_and_fix_and_resubmit_submits_again(served_on_blob)


async def test_a_notice_is_delivered_once_despite_throttling_on_blob(served_on_blob):
    await flow.test_a_notice_is_delivered_once_despite_throttling_and_errors(served_on_blob)


async def test_health_reports_the_blob_store(served_on_blob):
    client, _connector, house = served_on_blob
    response = await client.get("/healthz")
    body = await response.json()
    assert response.status == 200
    assert body["storage"] == {
        "backend": "azure-blob",
        "container": house.settings.azure_storage_container,
        "ok": True,
        "writes": "ok",
    }


class SlowConnector(FakeConnector):
    """Takes a while to answer, so a second notifier comes by while a notice is in flight."""

    async def _receive(self, request: web.Request) -> web.Response:
        await asyncio.sleep(0.15)
        return await super()._receive(request)


async def test_two_notifiers_on_one_store_deliver_each_notice_once(
    azurite, data_dir, tmp_path, monkeypatch
):
    settings = blob_settings(azurite, data_dir, tmp_path, new_container_name("notifiers"))
    first, second = await blob_house(settings), await blob_house(settings)
    client = TestClient(TestServer(create_app(first, background=False), host="127.0.0.1"))
    await client.start_server()
    claims: list[bool] = []
    real_claim = Outbox.claim

    async def recording_claim(self, *args, **kwargs):
        claims.append(await real_claim(self, *args, **kwargs))
        return claims[-1]

    monkeypatch.setattr(Outbox, "claim", recording_claim)
    async with SlowConnector() as connector:
        await client.post("/api/messages", json=teams_message(connector.url, "hello"))
        connector.take()
        claim = await flow.submitted_claim(first)
        path = f"/api/claims/{claim.id}/status"
        for status, event in (("Under review", "a"), ("Approved", "b"), ("Paid", "c")):
            assert await flow.post_status(client, path, flow.change(status, event)) == 202

        for _ in range(4):
            await asyncio.gather(first.notifier.run_once(), second.notifier.run_once())
        titles = notice_titles(connector.take())

    assert [title.split(" is ")[-1] for title in titles] == ["under review", "approved", "paid"]
    assert claims.count(True) == 3  # one claim won per notice...
    assert False in claims  # ...and the other notifier was turned away at least once
    assert (await second.services.outbox.counts())["pending"] == 0
    await client.close()
    await first.storage.close()
    await second.storage.close()


async def test_two_reminder_schedulers_on_one_store_queue_each_reminder_once(
    azurite, data_dir, tmp_path
):
    settings = blob_settings(azurite, data_dir, tmp_path, new_container_name("reminders"))
    first, second = await blob_house(settings), await blob_house(settings)
    try:
        plan = await first.services.plans.create_plan(
            tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada", today=TODAY
        )
        now = plan.updated_at + timedelta(days=10)  # idle for 10 days, on both clocks
        schedulers = [
            ReminderScheduler(
                house.storage, house.services, house.services.outbox, idle_days=7, clock=lambda: now
            )
            for house in (first, second)
        ]
        queued = await asyncio.gather(*(scheduler.run_once() for scheduler in schedulers))
        assert sorted(queued) == [0, 1]
        pending = await second.services.outbox.pending(now)
        assert [(entry.item_id, entry.extra["text_key"]) for entry in pending] == [
            (plan.id, "reminder.idle_draft")
        ]
    finally:
        await first.storage.close()
        await second.storage.close()
