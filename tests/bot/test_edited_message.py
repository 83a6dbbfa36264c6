"""A message edited in Teams after the bot answered it.

Teams sends the edit as a `messageUpdate` activity (channelData.eventType "editMessage"),
with the message's id and its new text. Seen: a partner who fixed a typo in the Partner ID by
editing "1234576" into "1234567" got no answer at all, and the plan kept "1234576": the
partner could only believe it had been taken. The edit is now answered: it changed nothing,
and how to change that answer ("back", or at the review), in the partner's language.
"""

from __future__ import annotations

import json

import pytest

from tests.bot.test_http import served, teams_message  # noqa: F401 (fixture)


def edit_of(service_url: str, number: int, text: str, locale: str) -> dict:
    activity = teams_message(service_url, text, locale=locale, number=number)
    activity["type"] = "messageUpdate"
    activity["channelData"] = {**activity["channelData"], "eventType": "editMessage"}
    return activity


def shown(sent: list[dict]) -> str:
    return json.dumps(sent, ensure_ascii=False)


@pytest.mark.parametrize(
    ("locale", "start", "said"),
    [
        ("en-US", "new plan", "the edit changed nothing"),
        ("fr-FR", "nouveau plan", "la modification n'a rien changé"),
    ],
)
async def test_an_edited_answer_is_answered_and_changes_nothing(
    served,  # noqa: F811
    locale: str,
    start: str,
    said: str,
) -> None:
    client, connector = served
    await client.post("/api/messages", json=teams_message(connector.url, start, locale=locale))
    await client.post(
        "/api/messages", json=teams_message(connector.url, "1234576", locale=locale, number=2)
    )
    connector.take()
    response = await client.post("/api/messages", json=edit_of(connector.url, 2, "1234567", locale))
    assert response.status in (200, 201, 202)
    sent = connector.take()
    assert said in shown(sent)
    assert ("retour" if locale == "fr-FR" else "back") in shown(sent)
    # The plan goes on from where it was: the next answer is the program's.
    await client.post(
        "/api/messages", json=teams_message(connector.url, "1", locale=locale, number=3)
    )
    assert "✓" in shown(connector.take())


async def test_a_deleted_message_gets_no_answer(served) -> None:  # noqa: F811
    client, connector = served
    await client.post("/api/messages", json=teams_message(connector.url, "new plan"))
    connector.take()
    deleted = teams_message(connector.url, None, number=1)
    deleted["type"] = "messageDelete"
    deleted["channelData"] = {**deleted["channelData"], "eventType": "softDeleteMessage"}
    response = await client.post("/api/messages", json=deleted)
    assert response.status in (200, 201, 202)
    assert connector.take() == []
