"""Outside Teams there is no tenant: channelData or conversation.tenantId sent on another
channel (Web Chat, the Emulator, Direct Line) never names one."""

from __future__ import annotations

import re

import pytest

from dialogs.identity import LOCAL_TENANT, Identity
from tests.bot.test_http import served, teams_message  # noqa: F401  (fixture)
from tests.support import TENANT


def _texts(connector) -> str:
    return "\n".join(a.get("text") or "" for a in connector.take())


UNKNOWN = "PLN-2026-999999"


@pytest.mark.parametrize("channel", ["webchat", "emulator", "directline", "MSTeams"])
async def test_another_channel_carrying_a_teams_tenant_cannot_read_its_plans(
    served,  # noqa: F811
    channel,
):
    client, connector = served
    # Partner A, in Teams, starts a plan.
    await client.post("/api/messages", json=teams_message(connector.url, "new plan"))
    plan_id = re.search(r"PLN-\d{4}-\d{6}", _texts(connector)).group(0)
    await client.post("/api/messages", json=teams_message(connector.url, plan_id, number=2))
    assert "has been a draft" in _texts(connector)  # A reads it

    # A's tenant in channelData and on the conversation, A's user id, another channel:
    # each probe reads exactly as the same probe on an id nobody holds.
    number = 3
    for probe in ["{id}", "status of {id}", "my plans", "continue my plan {id}"]:
        answers = []
        for plan in (plan_id, UNKNOWN):
            forged = teams_message(connector.url, probe.format(id=plan), number=number)
            number += 1
            forged["channelId"] = channel
            forged["conversation"]["id"] = "webchat-conversation"
            response = await client.post("/api/messages", json=forged)
            assert response.status in (200, 201, 202)
            answers.append(_texts(connector).replace(plan, "<id>"))
        assert answers[0], (channel, probe)  # the bot answered...
        assert answers[0] == answers[1], (channel, probe, answers)  # ...as if A did not exist
        assert plan_id not in answers[0]


def _activity(channel: str):
    from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

    return Activity(
        type="message",
        channel_id=channel,
        from_property=ChannelAccount(id="u", aad_object_id="u"),
        conversation=ConversationAccount(id="c", tenant_id=TENANT),
        channel_data={"tenant": {"id": TENANT}},
    )


def test_teams_names_the_tenant_every_other_channel_is_local():
    assert Identity.from_activity(_activity("msteams")).tenant_id == TENANT
    for channel in ("webchat", "emulator", "directline", "test", "MSTeams", None):
        assert Identity.from_activity(_activity(channel)).tenant_id == LOCAL_TENANT
