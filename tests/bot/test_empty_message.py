"""A message with nothing the bot can read. Seen at stop 63 over HTTP: a message with no
text and no card value, only spaces, a card value that is a list or a string, or only a card
pasted in (no words, no file) got no reply at all with nothing open: the partner saw their
message sit unanswered. Each now gets one answer in the partner's language saying nothing
readable reached the bot and what it can do; inside a question it still asks for the answer.
Through the real aiohttp app and Bot Framework adapter, over HTTP, with a loopback connector.
"""

from __future__ import annotations

import json

import pytest

from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector

pytestmark = pytest.mark.asyncio

PASTED_CARD = [
    {
        "contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"type": "AdaptiveCard", "version": "1.4", "body": []},
    }
]

EMPTY = {
    "no text, no value": {"text": None},
    "empty text": {"text": ""},
    "spaces": {"text": "  \n "},
    "a list for a value": {"text": None, "value": [1, 2]},
    "a string for a value": {"text": None, "value": "abc"},
    "only a card pasted in": {"text": None, "attachments": PASTED_CARD},
}

SAYS = {
    "en-US": ("nothing I can read", "**new plan**"),
    "fr-FR": ("rien que je puisse lire", "**nouveau plan**"),
}


@pytest.fixture
async def served(data_dir, tmp_path):
    async with admin_app(data_dir, tmp_path, background=True) as (client, _house):
        async with FakeConnector() as connector:
            yield client, connector


def message(url: str, locale: str, number: int, **fields) -> dict:
    body = teams_message(url, locale=locale, number=number)
    body.update(fields)
    return body


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
@pytest.mark.parametrize("case", list(EMPTY))
async def test_an_empty_message_with_nothing_open_gets_one_clear_answer(served, locale, case):
    client, connector = served
    response = await client.post(
        "/api/messages", json=message(connector.url, locale, 1, **EMPTY[case])
    )
    assert response.status in (200, 201, 202)
    sent = connector.take()
    texts = [a.get("text") or "" for a in sent]
    assert len(sent) == 1, texts
    assert all(words in texts[0] for words in SAYS[locale]), texts[0]
    assert "Traceback" not in json.dumps(sent)


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
async def test_inside_a_question_an_empty_message_still_asks_for_the_answer(served, locale):
    client, connector = served
    start = "new plan" if locale == "en-US" else "nouveau plan"
    await client.post("/api/messages", json=message(connector.url, locale, 1, text=start))
    connector.take()
    await client.post("/api/messages", json=message(connector.url, locale, 2, text=None))
    texts = [a.get("text") or json.dumps(a.get("attachments")) for a in connector.take()]
    asked = (
        ("I need an answer here", "Partner ID")
        if locale == "en-US"
        else (
            "J'ai besoin d'une réponse ici",
            "identifiant partenaire",
        )
    )
    assert any(asked[0] in text for text in texts), texts
    # The draft is intact: its question is asked again, nothing was kept for it.
    await client.post("/api/messages", json=message(connector.url, locale, 3, text="status"))
    assert "PLN-2026-000001" in json.dumps(connector.take(), ensure_ascii=False)
