"""An amount typed with a dot between thousands ("50.000", as most of Europe writes fifty
thousand) where the chat reads English. Seen at stop 39 at a plan's limit: "Too many
decimals for an amount in EUR (at most 2)", which says nothing of the dot. It is still not
read silently either way (10.500 may be ten and a half); fifty thousand is offered, one
"yes" or click away. Through the real bot, dialogs and a TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import FR
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


async def test_fifty_dot_thousand_at_the_plan_limit_offers_fifty_thousand(chat: Chat) -> None:
    plan_id = await start_plan(chat)
    await answer_until(chat, "plan_limit")

    replies = await chat.say("50.000")

    said = shown(replies)
    assert "Too many decimals" not in said
    assert "50.000" in said and "did you mean **EUR 50,000.00**?" in said
    assert "✓ EUR 50,000.00" in shown(await chat.say("yes"))
    assert str((await get(chat, plan_id)).plan_limit) in ("50000.00", "50000")


async def test_a_dot_with_two_decimals_is_still_read_as_cents(chat: Chat) -> None:
    await start_plan(chat)
    await answer_until(chat, "plan_limit")
    assert "✓ EUR 50.50" in shown(await chat.say("50.50"))


async def test_fifty_comma_thousand_in_french_offers_fifty_thousand(chat: Chat) -> None:
    plan_id = await start_plan(chat, FR)
    await answer_until(chat, "plan_limit", locale=FR)

    said = shown(await chat.say("50,000", locale=FR))

    assert "Trop de décimales" not in said
    assert "vouliez-vous dire **50 000,00 EUR** ?" in said
    assert "✓ 50 000,00 EUR" in shown(await chat.say("oui", locale=FR))
    assert str((await get(chat, plan_id)).plan_limit) in ("50000.00", "50000")
