""" "Same as last time" where a claim or a campaign is named: never its name.

Seen at stop 57: at a claim's "Give this claim a short name" and at a campaign's name, "same
as last time", "same as before", « comme la dernière fois » became the name ("When does
**same as last time** start?"), shown so in "my claims" and to the reviewer. A plan's own
details may be taken from the last plan; a name is each one's own, so the partner and the
reviewer tell this run from the last: asked for, with an example. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

TOLD = {EN: "its own name", FR: "son propre nom"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "same as last time"), (EN, "same as before"), (FR, "comme la dernière fois")],
)
async def test_a_claim_is_not_named_as_last_time(chat: Chat, locale: str, typed: str) -> None:
    claim_id = await claim_at(chat, locale, until="name")
    said = shown(await chat.say(typed, locale=locale))
    assert TOLD[locale] in said, said[:400]
    assert not (await get_claim(chat, claim_id)).name


@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "same as last time"), (EN, "same as last year"), (FR, "comme la dernière fois")],
)
async def test_a_campaign_is_not_named_as_last_time(chat: Chat, locale: str, typed: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert TOLD[locale] in said, said[:400]
    campaigns = (await get(chat, plan_id)).campaigns
    assert not campaigns or not campaigns[0].name
