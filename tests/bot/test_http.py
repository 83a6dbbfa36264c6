"""The real aiohttp app and CloudAdapter, with Teams-shaped activities and a loopback connector."""

from __future__ import annotations

import json

import pytest

from tests.bot.served import admin_app
from tests.connector import FakeConnector
from tests.support import ADMIN, TENANT

pytestmark = pytest.mark.asyncio


def teams_message(
    service_url: str, text: str | None = None, value=None, locale="en-US", number: int = 1
) -> dict:
    return {
        "type": "message",
        "id": f"msg-{number}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "timestamp": "2026-11-27T10:00:00Z",
        "locale": locale,
        "text": text,
        "value": value,
        "from": {"id": f"29:{ADMIN}", "name": "Ada Admin", "aadObjectId": ADMIN},
        "recipient": {"id": "28:bot", "name": "Incentives"},
        "conversation": {"id": "a:chat-1", "conversationType": "personal", "tenantId": TENANT},
        "channelData": {"tenant": {"id": TENANT}},
    }


@pytest.fixture
async def served(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path, background=True) as (client, _house):
        async with FakeConnector() as connector:
            yield client, connector


async def test_a_partner_starts_a_plan_over_http_and_the_replies_reach_the_connector(served):
    client, connector = served
    response = await client.post("/api/messages", json=teams_message(connector.url, "new plan"))
    assert response.status in (200, 201, 202)
    sent = connector.take()
    # Plain texts, and the question's card (its words, its form beside them).
    texts = [a.get("text") or json.dumps(a.get("attachments") or []) for a in sent]
    assert any("PLN-2026-" in text for text in texts)
    assert any("Partner ID" in text for text in texts)
    # Replies go back into the same personal chat, addressed to the partner.
    assert {a["_conversation"] for a in sent} == {"a:chat-1"}
    assert {a["recipient"]["aadObjectId"] for a in sent} == {ADMIN}

    await client.post("/api/messages", json=teams_message(connector.url, "1234567", number=2))
    card = next(a for a in connector.take() if a.get("attachments"))["attachments"][0]
    assert card["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert "Which program" in json.dumps(card["content"])

    # A card click (no text; value = the button's data merged with the inputs) answers it.
    value = {**card["content"]["actions"][0]["data"], "answer": "hosting"}
    response = await client.post(
        "/api/messages", json=teams_message(connector.url, None, value, number=3)
    )
    assert response.status in (200, 201, 202)
    assert "Which market" in json.dumps(connector.take())


async def test_french_partner_gets_french_answers_over_http(served):
    client, connector = served
    await client.post(
        "/api/messages", json=teams_message(connector.url, "nouveau plan", locale="fr-FR")
    )
    text = json.dumps(connector.take(), ensure_ascii=False)
    assert "J'ai créé le brouillon" in text
    assert "identifiant partenaire" in text


async def test_health_reports_storage(served):
    client, _ = served
    response = await client.get("/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "ok"
    assert body["storage"]["ok"] is True
    assert body["storage"]["backend"] == "tinydb"


@pytest.mark.parametrize(
    ("body", "content_type", "status", "error"),
    [
        ("{not json", "application/json", 400, "invalid_json"),
        ("[1, 2]", "application/json", 400, "invalid_activity"),
        ("{}", "application/json", 400, "invalid_activity"),
        ("hello", "text/plain", 415, "unsupported_media_type"),
        (
            json.dumps({"type": "message", "deliveryMode": "expectReplies"}),
            "application/json",
            501,
            "expect_replies_unsupported",
        ),
    ],
)
async def test_malformed_requests_get_a_clear_json_error(served, body, content_type, status, error):
    client, _ = served
    response = await client.post("/api/messages", data=body, headers={"Content-Type": content_type})
    assert response.status == status
    assert (await response.json())["error"] == error


async def test_an_oversized_request_is_refused(served):
    client, connector = served
    activity = teams_message(connector.url, "x" * 300_000)
    response = await client.post("/api/messages", json=activity)
    assert response.status == 413
    assert connector.take() == []
