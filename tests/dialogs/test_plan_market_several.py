"""Several countries given as a plan's market.

Seen at stop 46: "France and Belgium", « France et Belgique » at a new plan's market got
"Please give just one country here.", with no word of why nor of the other country. A plan
is made per market (its program and market are the plan's key): which one is this plan's,
one button each, and the others get their own plans. Through the real bot.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import answer_until, get, last_card, start_plan
from tests.support import Chat

WHY = {EN: "A plan is made for one market", FR: "Un plan se fait pour un seul marché"}


@pytest.mark.parametrize(
    ("locale", "typed", "buttons", "pick", "code"),
    [
        (EN, "France and Belgium", ["France", "Belgium"], "Belgium", "BE"),
        (FR, "France et Belgique", ["France", "Belgique"], "Belgique", "BE"),
    ],
)
async def test_each_country_is_offered_and_one_click_takes_it(
    chat: Chat, locale: str, typed: str, buttons: list[str], pick: str, code: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "market", locale=locale)
    card = last_card(await chat.say(typed, locale=locale))
    assert WHY[locale] in card.shown, card.shown
    assert [a["title"] for a in card.card["actions"]] == buttons
    assert (await get(chat, plan_id)).market is None
    await chat.click(card.submit_data(pick))
    assert (await get(chat, plan_id)).market == code
