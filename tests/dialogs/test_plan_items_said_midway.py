""" "Add another activity", "add a campaign", "remove this activity", « ajouter une autre
campagne » typed at a plan's question that is not the review: seen at stop 61, at an
activity's description each was kept as its description ("In which countries will it
run?" came next), at its countries refused as a country ('I don't know the country "add
another campaign"'). They are the review's words: here they are answered — another
activity and another campaign are asked once this one's questions are answered, and the
review adds, renames and removes any of them — nothing is kept, and the question is asked
again. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

ASKED = {
    "description": {EN: "Describe this activity", FR: "Décrivez cette activité"},
    "countries": {EN: "In which countries will it run?", FR: "Dans quels pays"},
}
TOLD = {EN: "activities in turn", FR: "activités tour à tour"}


@pytest.mark.parametrize(
    ("locale", "at", "typed"),
    [
        (EN, "description", "add another activity"),
        (EN, "description", "add a campaign"),
        (EN, "description", "remove this activity"),
        (EN, "countries", "add another campaign"),
        (EN, "countries", "delete this campaign"),
        (FR, "description", "ajouter une autre activité"),
        (FR, "countries", "ajouter une autre campagne"),
        (FR, "description", "supprimer cette activité"),
        (EN, "description", "skip this activity"),
        (EN, "countries", "cancel this activity"),
        (FR, "description", "annuler cette activité"),
    ],
)
async def test_the_reviews_words_at_another_question_are_answered_and_nothing_kept(
    chat: Chat, locale: str, at: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, at)

    said = shown(await chat.say(typed, locale=locale))

    assert TOLD[locale] in said, said[:600]
    assert ASKED[at][locale] in said, said[:600]
    assert "country" not in said.split(TOLD[locale])[0], said[:600]
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.description is None if at == "description" else activity.countries == []
    assert len((await get(chat, plan_id)).campaigns) == 1


async def test_at_the_review_add_an_activity_is_still_the_reviews(chat: Chat) -> None:
    plan_id = await plan_at(chat, EN, "review")

    said = shown(await chat.say("add an activity", locale=EN))

    assert TOLD[EN] not in said, said[:600]
    assert len((await get(chat, plan_id)).campaigns[0].activities) == 2


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "add another activity"), (FR, "ajouter une autre activité")]
)
async def test_at_another_activity_the_words_say_yes(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await plan_at(chat, locale, "more_activities")

    said = shown(await chat.say(typed, locale=locale))

    assert TOLD[locale] not in said, said[:600]
    assert len((await get(chat, plan_id)).campaigns[0].activities) == 2


@pytest.mark.parametrize(
    ("locale", "at", "typed", "asked"),
    [
        (EN, "more_activities", "no more activities", "Add another campaign"),
        (EN, "more_activities", "add another campaign", "Add another campaign"),
        (FR, "more_activities", "pas d'autre activité", "Ajouter une autre campagne"),
        (EN, "more_campaigns", "add another campaign", "Campaign 2: what is its name?"),
        (FR, "more_campaigns", "une autre campagne", "Campagne 2 : quel est son nom ?"),
    ],
)
async def test_one_more_item_or_none_said_in_words_answers_the_question(
    chat: Chat, locale: str, at: str, typed: str, asked: str
) -> None:
    await plan_at(chat, locale, at)

    said = shown(await chat.say(typed, locale=locale))

    assert asked in said, said[:600]
    assert "yes or no" not in said and "oui ou non" not in said, said[:600]
