"""Values taken from a card or a typed id come back inert and short (over the real app).

A forged card submit carries a markdown link, or 200 KB, in every place a value can go
(plan_id, claim_id, target, action, answer), at rest and while a question is pending.
No reply holds a live link (every `](` escaped), and none is larger than a few KB.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.bot.test_http import served, teams_message  # noqa: F401 (the fixture)

pytestmark = pytest.mark.asyncio

LINK = "[Verify your account](https://evil.example)"
HUGE = "A" * 200_000
LIVE_LINK = re.compile(r"(?<!\\)\]\(")
MAX_REPLY = 4096


def forged(value: str) -> list[dict]:
    return [
        {"action": "continue_plan", "plan_id": value},
        {"action": "continue_claim", "claim_id": value},
        {"action": "fix_plan", "plan_id": value},
        {"action": "fix_claim", "claim_id": value},
        {"action": "dispute_claim", "claim_id": value},
        {"action": "new_claim", "plan_id": value},
        {"action": "answer", "field": "mpn_id", "target": value, "answer": "1234567"},
        {"action": "answer", "field": "claim.name", "target": "CLM-" + value, "answer": "x"},
        {"action": "answer", "field": "review", "target": f"{value}/C1", "answer": "submit"},
        {"action": value},
        {"action": "answer", "field": "mpn_id", "target": "PLN-2026-000001", "answer": value},
        {"action": "answer", "field": "program", "target": "PLN-2026-000001", "answer": value},
    ]


def what_is_shown(activity: dict) -> str:
    cards = [a.get("content") for a in activity.get("attachments") or []]
    return (activity.get("text") or "") + json.dumps(cards, ensure_ascii=False)


@pytest.mark.parametrize("value", [LINK, HUGE], ids=["markdown link", "200 KB"])
@pytest.mark.parametrize("pending", [False, True], ids=["at rest", "question pending"])
async def test_forged_card_values_are_echoed_inert_and_short(served, value, pending):  # noqa: F811
    client, connector = served
    number = 1
    if pending:
        await client.post("/api/messages", json=teams_message(connector.url, "new plan"))
        number += 1
    connector.take()
    for data in forged(value):
        response = await client.post(
            "/api/messages", json=teams_message(connector.url, None, data, number=number)
        )
        number += 1
        assert response.status in (200, 201, 202), data
        sent = connector.take()
        assert sent, data  # always an answer
        for activity in sent:
            shown = what_is_shown(activity)
            assert not LIVE_LINK.search(shown), (data["action"], shown[:500])
            assert len(shown) < MAX_REPLY, (data["action"], len(shown), shown[:300])
            assert "evil.example" not in shown or "\\[Verify" in shown, shown[:500]
