"""Two bot processes (`python app.py`) on one Azure Blob store (Azurite), as behind a load
balancer without sticky sessions: a partner's turns alternate between them and nothing is
lost, a claim whose evidence files are fetched by one instance and named at the other is
submitted with its files in the container, and a status change's notice reaches the chat
once though both run a notifier."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from contextlib import asynccontextmanager
from datetime import date, timedelta
from itertools import count
from pathlib import Path
from types import SimpleNamespace

import aiohttp
from aiohttp import web

from dialogs.attachments import TEAMS_FILE
from domain.dates import FiscalHalf
from domain.evidence import EvidenceKind
from domain.funds import claiming_window
from domain.lifecycle import ClaimStatus
from storage.blob_storage import AzureBlobStorage
from storage.claims import ClaimRepository
from storage.evidence_keepers import BlobKeeper
from storage.evidence_store import EvidenceStore
from storage.repository import PlanRepository
from tests.azurite import free_port, new_container_name
from tests.bot import test_status_flow as flow
from tests.bot.test_blob_status_flow import blob_house, blob_settings
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.dialogs.claim_support import (
    CLAIM_ID,
    FileServer,
    approved_plan,
    content_of,
    seed_funds,
)
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


def start_bot(
    name: str, settings, folder: Path, port: int, **more: str
) -> tuple[subprocess.Popen, Path]:
    """`python app.py` with the test's settings (blob store, secret, roles) on `port`;
    `more` adds environment variables."""
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
        **more,
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
async def bot_process(name: str, settings, folder: Path, **more: str):
    """A bot process serving on a free port, ready when its /healthz answers; stopped after."""
    port = free_port()
    process, log_path = start_bot(name, settings, folder, port, **more)
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


def claimable_period(today: date) -> FiscalHalf:
    """The usage period claims can be made for today (the bots run on the real clock)."""
    for usage in (FiscalHalf.containing(today), FiscalHalf.containing(today - timedelta(60))):
        opens, closes = claiming_window(usage)
        if opens <= today <= closes:
            return usage
    raise AssertionError(f"no claiming window is open on {today}")


def file_attachment(files: FileServer, name: str) -> dict:
    """A file the way Teams attaches it in a personal chat."""
    return {
        "contentType": TEAMS_FILE,
        "name": name,
        "content": {"downloadUrl": files.url(name), "fileType": name.rsplit(".", 1)[-1]},
    }


def evidence_files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("evidence/**/*") if p.is_file())


async def test_two_processes_take_a_claim_with_evidence_turn_by_turn(azurite, data_dir, tmp_path):
    settings = blob_settings(azurite, data_dir, tmp_path, new_container_name("claims"))
    # The reviewer's approval and the funds are not chat turns: straight into the store,
    # dated for the real clock the two bots run on.
    today = date.today()
    usage = claimable_period(today)
    executed = min(usage.end, today)
    house = await blob_house(settings)
    setup = SimpleNamespace(services=house.services, today=today)
    await approved_plan(setup, campaign=("Autumn push", usage.start, executed), period=usage.label)
    await seed_funds(setup, period=usage.label)
    await house.storage.close()

    loopback = {"EVIDENCE_ALLOW_HTTP_LOOPBACK": "true"}
    async with (
        FakeConnector() as connector,
        FileServer() as files,
        bot_process("a", settings, tmp_path / "a", **loopback) as (bot_a, log_a),
        bot_process("b", settings, tmp_path / "b", **loopback) as (bot_b, log_b),
        aiohttp.ClientSession() as session,
    ):
        numbers = count(1)
        bots = [bot_a, bot_b]

        async def turn(text=None, value=None, attachments=None) -> str:
            """The next turn, on the other instance than the last one; what the bot sent."""
            number = next(numbers)
            activity = teams_message(connector.url, text, value, number=number)
            if attachments:
                activity["attachments"] = attachments
            await say(session, bots[number % 2], activity)
            return json.dumps(connector.take(), ensure_ascii=False)

        try:
            claim_id = CLAIM_ID.search(await turn("new claim")).group(0)
            for typed in ("Security workshop", executed.isoformat(), "9,800.50", "3,000"):
                await turn(typed)
            menu = await turn("85 registered guests")
            assert "Evidence for " + claim_id in menu, menu  # the checklist
            # Each file fetched by one instance and described at the other.
            assert "invoice.pdf" in await turn(attachments=[file_attachment(files, "invoice.pdf")])
            await turn("invoice")
            await turn(attachments=[file_attachment(files, "agenda.pdf")])
            await turn("proof")
            await turn("Invitation and agenda")
            await turn("Invitation sent on 20 October, with the agenda")
            await turn(attachments=[file_attachment(files, "photos.jpg")])
            await turn("proof")
            await turn("Event photos")
            await turn("Photos of the room during the workshop")
            check = json.loads(await turn("done"))
            card = next(a for a in reversed(check) if a.get("attachments"))["attachments"][0]
            submit = next(
                action["data"]
                for action in card["content"]["actions"]
                if action["data"].get("answer") in ("submit", "submit_anyway")
            )
            receipt = await turn(value=submit)
            assert "Claim submitted" in receipt, receipt
        except Exception as error:
            # What the two bots logged is the first thing to read when a turn goes wrong.
            logs = f"A: {log_a.read_text()[-3000:]}\nB: {log_b.read_text()[-3000:]}"
            raise AssertionError(f"{error!r}\n{logs}") from error

    context = f"A: {log_a.read_text()[-2000:]}\nB: {log_b.read_text()[-2000:]}"
    store = AzureBlobStorage(azurite.connection_string, settings.azure_storage_container)
    try:
        claim = await ClaimRepository(store).get(TENANT, claim_id)
        assert claim is not None and claim.status is ClaimStatus.SUBMITTED, context
        assert [(e.kind, e.file_name) for e in claim.evidence] == [
            (EvidenceKind.INVOICE, "invoice.pdf"),
            (EvidenceKind.PROOF, "agenda.pdf"),
            (EvidenceKind.PROOF, "photos.jpg"),
        ]
        # In the container, readable by a third instance; on neither bot's disk.
        evidence = EvidenceStore(
            tmp_path / "c", max_bytes=1 << 20, keeper=BlobKeeper(store.container)
        )
        for item in claim.evidence:
            assert await evidence.read(item.stored_as) == content_of(item.file_name)
    finally:
        await store.close()
    assert evidence_files_under(tmp_path / "a") + evidence_files_under(tmp_path / "b") == []
