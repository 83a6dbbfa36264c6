"""Never silent: a message that brings files shows Teams' typing indicator before anything
slow (downloading them, reading an invoice or a spreadsheet), once a turn."""

from __future__ import annotations

from dialogs.attachments import TEAMS_FILE
from tests.bot.test_http import served, teams_message  # noqa: F401 (the fixture)


def _with_file(url: str, name: str) -> dict:
    activity = teams_message(url, None, number=7)
    activity["attachments"] = [
        {
            "contentType": TEAMS_FILE,
            "name": name,
            "content": {"downloadUrl": "https://contoso.example/f.pdf", "fileType": "pdf"},
        }
    ]
    return activity


async def test_a_message_with_a_file_shows_typing_first_and_once(served):  # noqa: F811
    client, connector = served
    response = await client.post("/api/messages", json=_with_file(connector.url, "invoice.pdf"))
    assert response.status in (200, 201, 202)
    sent = connector.take()
    assert [a["type"] for a in sent][:1] == ["typing"]
    assert [a["type"] for a in sent].count("typing") == 1
    assert any(a["type"] == "message" for a in sent)  # and then the answer


async def test_a_message_without_files_shows_no_typing(served):  # noqa: F811
    client, connector = served
    await client.post("/api/messages", json=teams_message(connector.url, "hello"))
    assert "typing" not in [a["type"] for a in connector.take()]
