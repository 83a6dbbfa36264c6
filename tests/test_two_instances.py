"""Two bot processes (`python app.py`) on one Azure Blob store (Azurite), as behind a load
balancer without sticky sessions: a partner's turns alternate between them and nothing is
lost, and a status change's notice reaches the chat once though both run a notifier."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
from aiohttp import web

from storage.blob_storage import AzureBlobStorage
from storage.repository import PlanRepository
from tests.azurite import free_port, new_container_name
from tests.bot import test_status_flow as flow
from tests.bot.test_blob_status_flow import blob_house, blob_settings
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.proactive.test_notifier import notice_titles
from tests.support import TENANT

REPO_ROOT = Path(__file__).resolve().parents[1]
START_SECONDS = 40
NOTIFIER_POLL_SECONDS = 5  # the notifier's default: the idle instance looks this often


class SlowConnector(FakeConnector):
    """Answers after a while, so the other instance's notifier comes by mid-delivery."""

    async def _receive(self, request: web.Request) -> web.Response:
        await asyncio.sleep(0.3)
        return await super()._receive(request)


def start_bot(name: str, settings, folder: Path, port: int) -> tuple[subprocess.Popen, Path]:
    """`python app.py` with the test's settings (blob store, secret, roles) on `port`."""
    folder.mkdir(parents=True, exist_ok=True)
    connection_string = settings.azure_storage_connection_string.get_secret_value()
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "STORAGE": "azure-blob",
        "AZURE_STORAGE_CONNECTION_STRING": connection_string,
        "AZURE_STORAGE_CONTAINER": settings.azure_storage_container,
        "DATA_DIR": str(folder / "data"),
        "ROLES_FILE": str(settings.roles_file),
        "STATUS_WEBHOOK_SECRET": flow.SECRET,
        "LOG_LEVEL": "WARNING",
    }
    for unset in ("MicrosoftAppId", "MicrosoftAppPassword", "FUNDS_FILE"):
        environment.pop(unset, None)
    log_path = folder / f"{name}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "app.py"], cwd=REPO_ROOT, env=environment, stdout=log, stderr=log
        )
    return process, log_path


@asynccontextmanager
async def bot_process(name: str, settings, folder: Path):
    """A bot process serving on a free port, ready when its /healthz answers; stopped after."""
    port = free_port()
    process, log_path = start_bot(name, settings, folder, port)
    url = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as session:
            deadline = time.monotonic() + START_SECONDS
            while True:
                assert process.poll() is None, f"{name} exited: {log_path.read_text()[-3000:]}"
                assert time.monotonic() < deadline, f"{name} not up: {log_path.read_text()}"
                try:
                    async with session.get(f"{url}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
        yield url, log_path
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def say(session: aiohttp.ClientSession, url: str, activity: dict) -> None:
    async with session.post(f"{url}/api/messages", json=activity) as response:
        assert response.status in (200, 201, 202), await response.text()


async def post_status(session: aiohttp.ClientSession, url: str, path: str, payload: dict) -> int:
    body = json.dumps(payload).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "X-Incentives-Timestamp": timestamp,
        "X-Incentives-Signature": flow.sign(flow.SECRET, timestamp, "POST", path, body),
    }
    async with session.post(f"{url}{path}", data=body, headers=headers) as response:
        return response.status


async def test_two_processes_share_a_partner_and_deliver_each_notice_once(
    azurite, data_dir, tmp_path
):
    settings = blob_settings(azurite, data_dir, tmp_path, new_container_name("instances"))
    async with (
        SlowConnector() as connector,
        bot_process("a", settings, tmp_path / "a") as (bot_a, log_a),
        bot_process("b", settings, tmp_path / "b") as (bot_b, log_b),
        aiohttp.ClientSession() as session,
    ):
        # Turn 1 on A, turn 2 on B, turn 3 on A: the draft and the dialog follow the partner.
        await say(session, bot_a, teams_message(connector.url, "new plan", number=1))
        first = json.dumps(connector.take())
        assert "PLN-2026-" in first and "Partner ID" in first
        await say(session, bot_b, teams_message(connector.url, "1234567", number=2))
        card = next(a for a in connector.take() if a.get("attachments"))["attachments"][0]
        assert "Which program" in json.dumps(card["content"])
        value = {**card["content"]["actions"][0]["data"], "answer": "hosting"}
        await say(session, bot_a, teams_message(connector.url, None, value, number=3))
        assert "Which market" in json.dumps(connector.take())

        store = AzureBlobStorage(azurite.connection_string, settings.azure_storage_container)
        plans = PlanRepository(store)
        (summary,) = await plans.list_plans(TENANT)
        plan = await plans.get_plan(TENANT, summary.id)
        assert (plan.mpn_id, plan.program) == ("1234567", "hosting")
        await store.close()

        # Status changes land on both instances; both notifiers wake and race for them.
        house = await blob_house(settings)
        claim = await flow.submitted_claim(house)
        await house.storage.close()
        path = f"/api/claims/{claim.id}/status"
        changes = [("Under review", "u", bot_a), ("Approved", "v", bot_b), ("Paid", "w", bot_a)]
        for status, event, bot in changes:
            assert await post_status(session, bot, path, flow.change(status, event)) == 202

        deadline = time.monotonic() + 20
        titles: list[str] = []
        while len(titles) < 3 and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
            titles += notice_titles(connector.take())
        # Long enough for each idle notifier to poll again: nothing more may arrive.
        await asyncio.sleep(NOTIFIER_POLL_SECONDS + 1.5)
        titles += notice_titles(connector.take())

    context = f"A: {log_a.read_text()[-2000:]}\nB: {log_b.read_text()[-2000:]}"
    assert [t.split(" is ")[-1] for t in titles] == ["under review", "approved", "paid"], context
