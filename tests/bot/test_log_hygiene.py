"""No secret, token, evidence content, name or e-mail address in any log record.

A whole journey runs through the real app with every secret set and channel
authentication on, logging at DEBUG: a partner signs in, drafts and submits a plan, the
back office approves it (signed), the partner claims with evidence files, asks where
things stand, is rejected (signed) and gets the notice, and the back office manages
the role directory. Then every log record (message, arguments, exception text) is
searched for what must never be there; and the records do carry tenant and item ids.
"""

from __future__ import annotations

import json
import logging
import time

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from app import build_house, create_app
from config import load_settings
from dialogs.attachments import TEAMS_FILE
from tests.bot.local_issuer import OUTBOUND_TOKEN, LocalIssuer, forbid_internet
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector
from tests.dialogs.claim_support import SEMINAR_EN
from tests.dialogs.test_tenant_isolation import plan_answers
from tests.support import ADMIN, TENANT, TODAY
from tools.backoffice import sign

APP_ID = "00000000-1111-2222-3333-444444444444"
APP_PASSWORD = "app-password-S3cr3t-never-logged"
WEBHOOK_SECRET = "webhook-secret-S3cr3t-never-logged"
USER_NAME = "Ada Lovelace-Byron"
REVIEWER_EMAIL = "ana.reviewer@microsoft.com"
ADMIN_NAME = "Grace Brewster Hopper"
EVIDENCE_MARKER = b"EVIDENCE-CONTENT-7f3a9c-never-logged"


class EvidenceFiles:
    """Serves the partner's evidence (each file carries a marker that must never be logged)."""

    def __init__(self) -> None:
        app = web.Application()
        app.router.add_get("/{name}", self._serve)
        # Its access log is the file host's (SharePoint's), not the bot's: not recorded.
        self.server = TestServer(app, host="127.0.0.1")

    async def _serve(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        magic = b"\xff\xd8\xff\xe0" if name.endswith(".jpg") else b"%PDF-1.4\n"
        return web.Response(body=magic + EVIDENCE_MARKER + name.encode() * 20)

    def attachment(self, name: str) -> dict:
        url = str(self.server.make_url(f"/{name}")) + "?tempauth=download-token-never-logged"
        return {"contentType": TEAMS_FILE, "name": name,
                "content": {"downloadUrl": url, "fileType": name.rsplit(".", 1)[1]}}  # fmt: skip


@pytest.fixture
async def journey(data_dir, tmp_path, monkeypatch, caplog):
    refused = forbid_internet(monkeypatch)
    issuer = LocalIssuer().start()
    issuer.use(monkeypatch)
    caplog.set_level(logging.DEBUG)
    roles = tmp_path / "roles.json"
    roles.write_text(json.dumps({"tenants": {TENANT: {"mpn_ids": ["1234567"], "users": {
        ADMIN: {"role": "incentives_admin", "name": USER_NAME}}}}}), encoding="utf-8")  # fmt: skip
    settings = load_settings(
        {
            "DATA_DIR": str(data_dir),
            "ROLES_FILE": str(roles),
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppPassword": APP_PASSWORD,
            "STATUS_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "LOG_LEVEL": "DEBUG",
        }
    )
    house = await build_house(settings)
    house.services.today = lambda: TODAY
    house.services.evidence.allow_http_loopback = True  # the test's file server is loopback
    client = TestClient(TestServer(create_app(house, background=False), host="127.0.0.1"))
    await client.start_server()
    files = EvidenceFiles()
    await files.server.start_server(access_log=None)
    tokens: list[str] = []
    try:
        async with FakeConnector() as connector:
            yield house, client, connector, issuer, files, tokens
    finally:
        await files.server.close()
        await client.close()
        issuer.stop()
    assert refused == []


async def run_journey(house, client, connector, issuer, files, tokens) -> dict[str, str]:
    number = 0

    async def say(text: str | None = None, value=None, attachments=None) -> str:
        nonlocal number
        number += 1
        activity = teams_message(connector.url, text, value, number=number)
        activity["from"]["name"] = USER_NAME
        if attachments:
            activity["attachments"] = attachments
        token = issuer.token(audience=APP_ID, service_url=connector.url)
        tokens.append(token)
        response = await client.post(
            "/api/messages", json=activity, headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status in (200, 202)
        return json.dumps(connector.take(), ensure_ascii=False)

    async def back_office(method: str, path: str, payload: dict | None) -> int:
        body = b"" if payload is None else json.dumps(payload).encode()
        stamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "X-Incentives-Timestamp": stamp,
            "X-Incentives-Signature": sign(WEBHOOK_SECRET, stamp, method, path, body),
        }
        response = await client.request(method, path, data=body, headers=headers)
        return response.status

    def decision(status: str, event: str, **extra) -> dict:
        return {"event_id": event, "status": status, "actor": REVIEWER_EMAIL,
                "at": "2026-11-27T10:00:00Z", **extra}  # fmt: skip

    await say("hello")
    await say("new plan")
    answers = plan_answers("1234567", "50,000")
    answers[6] = REVIEWER_EMAIL
    for typed in answers:
        await say(typed)
    shown = await say("submit")
    plan_id = next(w for w in shown.replace("*", " ").split() if w.startswith("PLN-"))[:15]
    for number_, status in enumerate(("Under review", "Approved")):
        assert await back_office("POST", f"/api/plans/{plan_id}/status",
                                 decision(status, f"p{number_}")) == 202  # fmt: skip

    shown = await say("new claim")
    claim_id = next(w for w in shown.replace("*", " ").split() if w.startswith("CLM-"))[:15]
    for _field, typed in SEMINAR_EN:
        await say(typed)
    await say(attachments=[files.attachment("invoice.pdf")])
    await say("invoice")
    await say(attachments=[files.attachment("agenda.pdf")])
    for typed in ("proof", "Invitation and agenda", f"Sent by {USER_NAME} to {REVIEWER_EMAIL}"):
        await say(typed)
    await say(attachments=[files.attachment("photos.jpg")])
    for typed in ("proof", "Event photos", "Photos of the room"):
        await say(typed)
    check = json.loads(await say("done"))
    submit = next(
        action["data"]
        for activity in check
        for attachment in activity.get("attachments") or []
        for action in attachment["content"].get("actions", [])
        if action["data"].get("answer") in ("submit", "submit_anyway")
    )
    assert "Claim submitted" in await say(value=submit)
    await say(f"status of {claim_id}")
    await say("my claims")
    await say("my funds")

    path = f"/api/claims/{claim_id}/status"
    assert await back_office("POST", path, decision("Under review", "c1")) == 202
    reasons = [{"code": "invoice", "message": f"Invoice names {USER_NAME}", "item": "E1"}]
    assert await back_office("POST", path, decision("Rejected", "c2", reasons=reasons)) == 202
    assert await house.notifier.run_once() >= 1
    assert "was rejected" in json.dumps(connector.take())

    role_path = f"/api/tenants/{TENANT}/roles/aad-grace-0003"
    assert await back_office("PUT", role_path, {"role": "incentives_admin",
                                                "name": ADMIN_NAME}) == 200  # fmt: skip
    await back_office("PUT", role_path, {"role": "nonsense", "name": ADMIN_NAME})  # 400
    assert await back_office("DELETE", role_path, None) == 200
    # A forged request and a refused token are logged too: without what they carried.
    await client.post("/api/messages", json=teams_message(connector.url, "hello"),
                      headers={"Authorization": "Bearer forged.token.value"})  # fmt: skip
    return {"plan": plan_id, "claim": claim_id}


def everything_logged(records: list[logging.LogRecord]) -> str:
    parts = []
    for record in records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
        if record.exc_text:
            parts.append(record.exc_text)
    return "\n".join(parts)


async def test_a_whole_journey_logs_ids_and_never_secrets_tokens_content_names_or_emails(
    journey, caplog
):
    house, client, connector, issuer, files, tokens = journey
    ids = await run_journey(house, client, connector, issuer, files, tokens)
    logged = everything_logged(caplog.records)
    assert caplog.records, "the journey logged nothing at all"

    forbidden = {
        "MicrosoftAppPassword": APP_PASSWORD,
        "STATUS_WEBHOOK_SECRET": WEBHOOK_SECRET,
        "outbound bearer token": OUTBOUND_TOKEN,
        "evidence content": EVIDENCE_MARKER.decode(),
        "evidence download token": "download-token-never-logged",
        "user name": USER_NAME,
        "user first name": "Lovelace",
        "directory name": ADMIN_NAME,
        "reviewer e-mail": REVIEWER_EMAIL,
        "forged token": "forged.token.value",
    }
    for token in tokens:
        forbidden[f"inbound token {token[:10]}"] = token
        forbidden[f"inbound token payload {token[:10]}"] = token.split(".")[1]
        forbidden[f"inbound token signature {token[:10]}"] = token.split(".")[2]
    leaks = [what for what, value in forbidden.items() if value in logged]
    assert leaks == [], f"logged: {leaks}"
    assert "@" not in "".join(w for w in logged.split() if "@microsoft" in w or "@example" in w), (
        "an e-mail address was logged"
    )

    # What the logs do carry: the tenant and the ids of what happened.
    turns = [r.getMessage() for r in caplog.records if r.getMessage().startswith("activity ")]
    assert turns and all(TENANT in turn and "a:chat-1" in turn for turn in turns)
    assert ids["claim"] in logged and ids["plan"] in logged
