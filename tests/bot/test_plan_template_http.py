"""The plan template over HTTP (issue 15): the chat's link opens it, from the real app.

The link points at the bot itself: at PUBLIC_URL when it is set, else at the address the
message was sent to (as a proxy in front says it). The file is a workbook in the language
its name says; no other name under /templates/ serves anything.
"""

from __future__ import annotations

import io

import openpyxl
import pytest

from tests.bot.served import admin_app
from tests.bot.test_http import teams_message
from tests.connector import FakeConnector

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _link(sent: list[dict]) -> str:
    for activity in sent:
        for attachment in activity.get("attachments") or []:
            for action in attachment.get("content", {}).get("actions", []):
                if action.get("type") == "Action.OpenUrl":
                    return action["url"]
    raise AssertionError(f"no link in {sent}")


@pytest.mark.parametrize(
    ("locale", "words", "name", "title"),
    [
        ("en-US", "plan template", "plan-template.xlsx", "Activities"),
        ("fr-FR", "modèle de plan", "modele-de-plan.xlsx", "Activités"),
    ],
)
async def test_the_chat_links_to_the_template_and_the_link_serves_it(
    data_dir, tmp_path, locale, words, name, title
):
    async with admin_app(data_dir, tmp_path) as (client, _house), FakeConnector() as connector:
        message = teams_message(connector.url, words, locale=locale)
        response = await client.post(
            "/api/messages",
            json=message,
            headers={"X-Forwarded-Proto": "https", "X-Forwarded-Host": "bot.example.com"},
        )
        assert response.status < 300
        link = _link(connector.take())
        assert link == f"https://bot.example.com/templates/{name}"

        served = await client.get(f"/templates/{name}")
        assert served.status == 200 and served.content_type == XLSX
        assert name in served.headers["Content-Disposition"]
        workbook = openpyxl.load_workbook(io.BytesIO(await served.read()))
        assert title in workbook.sheetnames


async def test_public_url_wins_and_nothing_else_is_served(data_dir, tmp_path):
    async with (
        admin_app(data_dir, tmp_path, PUBLIC_URL="https://incentives.example.org/") as (
            client,
            _house,
        ),
        FakeConnector() as connector,
    ):
        await client.post("/api/messages", json=teams_message(connector.url, "plan template"))
        assert _link(connector.take()) == (
            "https://incentives.example.org/templates/plan-template.xlsx"
        )
        for path in ("/templates/other.xlsx", "/templates/..%2Fapp.py", "/templates/"):
            assert (await client.get(path)).status == 404
