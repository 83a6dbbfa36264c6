"""A delete confirmation's "Yes" clicked twice.

Seen at stop 45: "delete my claim", **Yes**, then **Yes** again (a double click, or the
card clicked again later) said "I can't find a claim CLM-… in your organisation", as if the
partner had the wrong id; "delete my plan" the same for a plan. The second click now says
the draft is already deleted. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, last_card
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

ALREADY = {EN: "already deleted", FR: "déjà supprimé"}
YES = {EN: "Yes", FR: "Oui"}


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_claim_deleted_then_clicked_again(chat: Chat, locale: str) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say("save" if locale == EN else "enregistrer", locale=locale)
    asked = "delete my claim" if locale == EN else "supprimer ma réclamation"
    card = last_card(await chat.say(asked, locale=locale))
    yes = card.submit_data(YES[locale])
    await chat.click(yes)

    said = shown(await chat.click(yes))

    assert claim_id in said and ALREADY[locale] in said, said
    assert "can't find" not in said and "trouve" not in said, said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_plan_deleted_then_clicked_again(chat: Chat, locale: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "program", locale=locale)
    await chat.say("save" if locale == EN else "enregistrer", locale=locale)
    asked = "delete my plan" if locale == EN else "supprimer mon plan"
    card = last_card(await chat.say(asked, locale=locale))
    yes = card.submit_data(YES[locale])
    await chat.click(yes)

    said = shown(await chat.click(yes))

    assert plan_id in said and ALREADY[locale] in said, said
