""" "Change the countries to Spain" where two activities of the plan have countries: seen at
stop 62, the bot asked which ("change the countries" could mean more than one thing here),
one button each, and after the click asked the countries again: the value typed was lost,
to be typed a second time. The button carries it: the click changes that activity's
countries to what was said, and the plan goes on where it was. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, buttons
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

SECOND_ACTIVITY = {
    EN: ["yes", "webinar", "Webinar for SMB", "Germany", "5000"],
    FR: ["oui", "webinaire", "Webinaire PME", "Allemagne", "5000"],
}
TYPED = {EN: "change the countries to Spain", FR: "changer les pays en Espagne"}
CHOSEN = {EN: "✓ Spain", FR: "✓ Espagne"}
ASKED_AGAIN = {EN: "Add another activity to **Spring push**?", FR: "Ajouter une autre activité"}


async def plan_of_two_activities(chat: Chat, locale: str) -> str:
    """A plan whose campaign has two activities, both with countries, at "Add another
    activity?"."""
    plan_id = await plan_at(chat, locale, "more_activities")
    for answer in SECOND_ACTIVITY[locale]:
        await chat.say(answer, locale=locale)
    return plan_id


async def countries(chat: Chat, plan_id: str) -> dict[str, list[str]]:
    plan = await get(chat, plan_id)
    return {f"{c.id}:{a.id}": a.countries for c in plan.campaigns for a in c.activities}


def which_card(replies):
    cards = [reply for reply in replies if len(buttons(reply)) == 2 and reply.card]
    assert cards, shown(replies)[:600]
    return cards[0]


@pytest.mark.parametrize("locale", [EN, FR])
@pytest.mark.parametrize("in_question", [True, False], ids=["in_question", "at_rest"])
async def test_the_value_typed_is_kept_through_the_which_click(
    chat: Chat, locale: str, in_question: bool
) -> None:
    plan_id = await plan_of_two_activities(chat, locale)
    if not in_question:
        await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    asked = await chat.say(TYPED[locale], locale=locale)
    card = which_card(asked)
    assert TYPED[locale] in card.shown, card.shown[:600]  # what was typed, value and all
    before = await countries(chat, plan_id)
    data = card.submit_data(buttons(card)[0])
    said = shown(await chat.click(data))

    changed = data["edit"].rsplit(":", 1)[0]  # "C1:A2:countries": that activity's
    assert await countries(chat, plan_id) == {**before, changed: ["ES"]}, said[:600]
    assert CHOSEN[locale] in said and ASKED_AGAIN[locale] in said, said[:600]


async def test_a_button_carrying_a_value_its_question_refuses_asks_that_question(
    chat: Chat,
) -> None:
    plan_id = await plan_of_two_activities(chat, EN)
    card = which_card(await chat.say("change the countries to Spain", locale=EN))
    before = await countries(chat, plan_id)
    data = {**card.submit_data(buttons(card)[0]), "value": "Atlantis"}  # forged

    said = shown(await chat.click(data))

    assert "Atlantis" in said and "In which countries" in said, said[:600]
    assert await countries(chat, plan_id) == before


@pytest.mark.parametrize("value", [None, 12, ["Spain"], {"a": 1}, "x" * 5_000])
async def test_a_forged_value_is_not_read(chat: Chat, value) -> None:
    plan_id = await plan_of_two_activities(chat, EN)
    card = which_card(await chat.say("change the countries", locale=EN))
    before = await countries(chat, plan_id)
    data = {**card.submit_data(buttons(card)[0]), "value": value}

    said = shown(await chat.click(data))

    assert "In which countries" in said and "✓" not in said, said[:600]  # no value given
    assert await countries(chat, plan_id) == before
