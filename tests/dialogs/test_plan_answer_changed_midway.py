""" "Change the plan limit", "change the reviewer", « changer le plafond du plan » typed at
another question of a plan: seen at stop 60, at an activity's description the words were
kept as its description ("In which countries will it run?" came next) and at a campaign's
name as its name ("When does **change the reviewer** start?"); with no question open,
"change the plan limit" got "I didn't understand that", though a claim's "change the amount"
goes to that question everywhere. The plan's question named is asked (with its answer
now), nothing is kept where the words were typed, and once answered the plan goes on where
it was. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

ASKED = {
    "plan_limit": {EN: "What is the plan limit", FR: "Quel est le plafond du plan"},
    "reviewer_email": {EN: "e-mail address of your Microsoft account manager", FR: "responsable"},
    "currency": {EN: "In which currency", FR: "Dans quelle devise"},
}
DESCRIPTION_ASKED = {EN: "Describe", FR: "Décrivez"}


@pytest.mark.parametrize(
    ("locale", "at", "typed", "field"),
    [
        (EN, "description", "change the plan limit", "plan_limit"),
        (EN, "name", "change the reviewer", "reviewer_email"),
        (EN, "countries", "I need to change the reviewer email", "reviewer_email"),
        (EN, "name", "can I change the currency?", "currency"),
        (FR, "description", "changer le plafond du plan", "plan_limit"),
        (FR, "name", "modifier l'e-mail du réviseur", "reviewer_email"),
    ],
)
async def test_a_plan_answer_named_at_another_question_is_asked(
    chat: Chat, locale: str, at: str, typed: str, field: str
) -> None:
    plan_id = await plan_at(chat, locale, at)

    said = shown(await chat.say(typed, locale=locale))

    assert ASKED[field][locale] in said, said[:600]
    plan = await get(chat, plan_id)
    campaign = plan.campaigns[0]
    assert campaign.name is None if at == "name" else campaign.name != typed
    if campaign.activities:
        assert campaign.activities[0].description is None if at == "description" else True


@pytest.mark.parametrize("locale", [EN, FR])
async def test_once_changed_the_plan_goes_on_where_it_was(chat: Chat, locale: str) -> None:
    plan_id = await plan_at(chat, locale, "description")
    await chat.say("change the plan limit" if locale == EN else "changer le plafond", locale=locale)

    said = shown(await chat.say("40000", locale=locale))

    assert (await get(chat, plan_id)).plan_limit == Decimal("40000")
    assert DESCRIPTION_ASKED[locale] in said, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "field"),
    [(EN, "change the plan limit", "plan_limit"), (FR, "modifier la devise", "currency")],
)
async def test_with_no_question_open_the_draft_opens_at_that_question(
    chat: Chat, locale: str, typed: str, field: str
) -> None:
    plan_id = await plan_at(chat, locale, "description")
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert plan_id in said and ASKED[field][locale] in said, said[:600]


async def test_a_description_that_starts_with_change_is_still_one(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "description")

    await chat.say("Change management workshop for SMB", locale=EN)

    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].description == "Change management workshop for SMB"
