""" "Change the campaign name", "change the start date", "change the countries", « modifier
le nom de la campagne » typed at another question of a plan: seen at stop 61, at an
activity's description each was kept as its description ("In which countries will it
run?" came next), at its planned amount refused as an amount ('"change the countries"
isn't an amount I can read'), and with no question open "I didn't understand that" — though
"change the plan limit" (stop 60) and a claim's "change the amount" go to that question
everywhere. The campaign's or the activity's question named is asked (its answer now),
nothing is kept where the words were typed, and once answered the plan goes on where it
was; words that could mean more than one campaign or activity ask which, one click each.
Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, last_card, plan_at
from tests.support import Chat, shown

ASKED = {
    "name": {EN: "Campaign 1: what is its name?", FR: "Campagne 1 : quel est son nom ?"},
    "start_date": {EN: "When does **Spring push** start?", FR: "Quand commence **Campagne"},
    "end_date": {EN: "When does **Spring push** end?", FR: "Quand se termine **Campagne"},
    "countries": {EN: "In which countries will it run?", FR: "Dans quels pays"},
    "planned_amount": {EN: "How much do you plan to spend on it", FR: "Combien prévoyez-vous"},
    "description": {EN: "Describe this activity", FR: "Décrivez cette activité"},
    "activity_type": {EN: "what type of activity is it?", FR: "quel type d'activité"},
}
NOT_AN_AMOUNT = {EN: "isn't an amount I can read", FR: "montant"}


@pytest.mark.parametrize(
    ("locale", "at", "typed", "field"),
    [
        (EN, "description", "change the campaign name", "name"),
        (EN, "description", "I need to change the start date", "start_date"),
        (EN, "description", "rename the campaign", "name"),
        (EN, "planned_amount", "change the countries", "countries"),
        (EN, "planned_amount", "can I change the end date?", "end_date"),
        (EN, "countries", "change the activity type", "activity_type"),
        (EN, "description", "change the amount", "planned_amount"),
        (EN, "countries", "change the name", "name"),
        (FR, "description", "modifier le nom de la campagne", "name"),
        (FR, "description", "changer la date de début", "start_date"),
        (FR, "planned_amount", "changer les pays", "countries"),
        (FR, "countries", "modifier le montant", "planned_amount"),
    ],
)
async def test_a_campaign_or_activity_answer_named_at_another_question_is_asked(
    chat: Chat, locale: str, at: str, typed: str, field: str
) -> None:
    plan_id = await plan_at(chat, locale, at)
    before = await get(chat, plan_id)

    said = shown(await chat.say(typed, locale=locale))

    assert ASKED[field][locale] in said, said[:600]
    assert NOT_AN_AMOUNT[locale] not in said or field == "planned_amount", said[:600]
    after = await get(chat, plan_id)
    assert after.campaigns[0].name == before.campaigns[0].name  # nothing kept in its place
    activity = after.campaigns[0].activities[0]
    assert activity.description == before.campaigns[0].activities[0].description
    assert typed not in (activity.description or "")


@pytest.mark.parametrize("locale", [EN, FR])
async def test_once_changed_the_plan_goes_on_where_it_was(chat: Chat, locale: str) -> None:
    plan_id = await plan_at(chat, locale, "description")
    typed = "change the campaign name" if locale == EN else "modifier le nom de la campagne"
    await chat.say(typed, locale=locale)

    said = shown(await chat.say("Summer push", locale=locale))

    plan = await get(chat, plan_id)
    assert plan.campaigns[0].name == "Summer push"
    assert plan.campaigns[0].activities[0].description is None
    assert ASKED["description"][locale] in said, said[:600]


async def test_an_amount_asked_before_its_turn_is_not_asked_again(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "description")
    await chat.say("change the amount", locale=EN)
    await chat.say("9,000", locale=EN)
    await chat.say("LinkedIn ads for SMB", locale=EN)

    said = shown(await chat.say("France", locale=EN))

    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.planned_amount == Decimal("9000")
    assert ASKED["planned_amount"][EN] not in said, said[:600]
    assert "another activity" in said.lower(), said[:600]


@pytest.mark.parametrize(
    ("locale", "typed", "field"),
    [
        (EN, "change the campaign name", "name"),
        (EN, "change the countries", "countries"),
        (FR, "modifier la date de fin", "end_date"),
    ],
)
async def test_with_no_question_open_the_draft_opens_at_that_question(
    chat: Chat, locale: str, typed: str, field: str
) -> None:
    plan_id = await plan_at(chat, locale, "planned_amount")
    await chat.say("cancel" if locale == EN else "annuler", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert plan_id in said and ASKED[field][locale] in said, said[:600]


async def test_words_that_could_mean_two_activities_ask_which_one_click_each(
    chat: Chat,
) -> None:
    # The French script's second activity, at its amount: its countries and the first's.
    plan_id = await plan_at(chat, FR, "planned_amount", occurrence=2)

    said = shown(await chat.say("changer les pays", locale=FR))

    assert "plusieurs" in said, said[:600]
    assert "Salon" in said and "Séminaires clients" in said, said[:600]
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[1].planned_amount is None  # nothing kept
    card = last_card(chat.transcript)
    button = "Modifier les pays de Séminaires clients / boot camps"
    said = shown(await chat.click(card.submit_data(button)))

    assert ASKED["countries"][FR] in said, said[:600]
    said = shown(await chat.say("Luxembourg", locale=FR))
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[1].countries == ["LU"]
    assert plan.campaigns[0].activities[0].countries == ["FR", "BE"]
    assert ASKED["planned_amount"][FR] in said, said[:600]


async def test_a_forged_card_target_opens_nothing_it_does_not_hold(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "description")

    said = shown(
        await chat.click({"action": "continue_plan", "plan_id": plan_id, "edit": "C9:A9:countries"})
    )

    assert "Traceback" not in said
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].description is None
    assert ASKED["description"][EN] in said or plan_id in said, said[:600]


@pytest.mark.parametrize(
    "description",
    ["Change management workshop for SMB", "Update the countries' partner portal content"],
)
async def test_a_description_that_starts_like_a_change_is_still_one(
    chat: Chat, description: str
) -> None:
    plan_id = await plan_at(chat, EN, "description")

    await chat.say(description, locale=EN)

    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].description == description


@pytest.mark.parametrize(
    ("typed", "field"),
    [
        ("change the campaign's end date", "end_date"),
        ("change the campaign's start date", "start_date"),
        ("change the activity's countries", "countries"),
    ],
)
async def test_a_possessive_names_the_same_answer(chat: Chat, typed: str, field: str) -> None:
    await plan_at(chat, EN, "description")

    said = shown(await chat.say(typed, locale=EN))

    assert ASKED[field][EN] in said, said[:600]


@pytest.mark.parametrize(
    ("locale", "at", "typed", "asked"),
    [
        (EN, "currency", "change the campaign name", "In which currency"),
        (EN, "end_date", "change the countries to France", "When does **Spring push** end?"),
        (FR, "currency", "modifier le nom de la campagne", "Dans quelle devise"),
    ],
)
async def test_an_answer_not_asked_yet_is_said_to_come_later(
    chat: Chat, locale: str, at: str, typed: str, asked: str
) -> None:
    # Seen at stop 61: "Picking up PLN-… where you left it." — said inside that very plan.
    await plan_at(chat, locale, at)

    said = shown(await chat.say(typed, locale=locale))

    assert {EN: "isn't asked yet", FR: "n'est pas encore demandée"}[locale] in said, said[:600]
    assert "Picking up" not in said and "Je reprends" not in said, said[:600]
    assert asked in said, said[:600]
