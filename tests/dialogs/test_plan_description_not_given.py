"""An activity's description that says nothing ("n/a", "tbd", "x", « néant ») was kept, and
the review then said "Nothing a reviewer would reject" over a plan whose reviewer cannot tell
what the activity is. It is now asked again, saying why. Through the real bot, dialogs and a
TinyDB store on disk."""

from __future__ import annotations

import pytest

from tests.dialogs.test_plan_journey import answer_until, get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "n/a", "A reviewer needs to know what this activity is"),
        ("en-US", "tbd", "A reviewer needs to know what this activity is"),
        ("en-US", "x", "A reviewer needs to know what this activity is"),
        ("fr-FR", "néant", "Un réviseur doit savoir ce qu'est cette activité"),
    ],
)
async def test_a_description_that_says_nothing_is_asked_again(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "description", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].activities[0].description is None
    await chat.say("LinkedIn ads for SMB", locale=locale)
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.description == "LinkedIn ads for SMB"


# Seen in the Agents Playground: « oui » at « Décrivez cette activité … en une phrase ou
# deux » was kept as the description (and "yes", "idk" too), the next question asked as if
# the activity had been described. A yes or an "I don't know" says nothing of it either.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "yes", "A reviewer needs to know what this activity is"),
        ("en-US", "yeah", "A reviewer needs to know what this activity is"),
        ("en-US", "idk", "A reviewer needs to know what this activity is"),
        ("fr-FR", "oui", "Un réviseur doit savoir ce qu'est cette activité"),
        ("fr-FR", "ouais", "Un réviseur doit savoir ce qu'est cette activité"),
    ],
)
async def test_a_yes_or_i_dont_know_is_no_description(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "description", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies)
    assert (await get(chat, plan_id)).campaigns[0].activities[0].description is None


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "I don't know", "A sentence or two on what the activity is"),
        ("fr-FR", "je ne sais pas", "Une phrase ou deux sur l'activité"),
    ],
)
async def test_i_dont_know_at_the_description_is_answered_with_its_help(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "description", locale=locale)
    assert said in shown(await chat.say(typed, locale=locale))
    assert (await get(chat, plan_id)).campaigns[0].activities[0].description is None


# "yes" at "Campaign 1: what is its name?" became the campaign **yes** ("When does **yes**
# start?"). A yes, a no or an "I don't know" is not a name: asked again, saying so.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        ("en-US", "yes", '"yes" isn\'t a name'),
        ("en-US", "no", '"no" isn\'t a name'),
        ("en-US", "idk", '"idk" isn\'t a name'),
        ("fr-FR", "oui", "« oui » n'est pas un nom"),
        ("fr-FR", "non", "« non » n'est pas un nom"),
    ],
)
async def test_a_yes_or_a_no_is_no_campaign_name(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "name", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies)
    assert (
        not (await get(chat, plan_id)).campaigns or not (await get(chat, plan_id)).campaigns[0].name
    )
    await chat.say("Spring push", locale=locale)
    assert (await get(chat, plan_id)).campaigns[0].name == "Spring push"


@pytest.mark.parametrize("name", ["Yes Day", "No-code week", "Oui Oui"])
async def test_a_name_with_such_words_stays_a_name(chat: Chat, name: str) -> None:
    plan_id = await start_plan(chat, "en-US")
    await answer_until(chat, "name", locale="en-US")
    await chat.say(name)
    assert (await get(chat, plan_id)).campaigns[0].name == name


# Seen at stop 46: at an activity's type "not sure yet", "no idea yet", « je ne sais pas
# encore » got 'I don't know "not sure yet". Pick one of the options' while "not sure" got the
# question's help: unsure with "yet" is unsure.
@pytest.mark.parametrize(
    ("locale", "typed", "help_words"),
    [
        ("en-US", "not sure yet", "from the co-op catalog"),
        ("en-US", "no idea yet", "from the co-op catalog"),
        ("fr-FR", "je ne sais pas encore", "du catalogue co-op"),
    ],
)
async def test_unsure_yet_at_a_choice_gets_its_help(
    chat: Chat, locale: str, typed: str, help_words: str
) -> None:
    from tests.dialogs.test_plan_journey import answer_until, start_plan

    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "activity_type", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert help_words in said and typed not in said, said


# Seen at stop 46: "10000 per month", « 10 000 € par mois » at an activity's planned amount
# got '"10000 per month" isn't an amount I can read': a plan takes the activity's total for
# its campaign, which the answer now says, with the campaign's days.
@pytest.mark.parametrize(
    ("locale", "typed", "words"),
    [
        ("en-US", "10000 per month", "total for its whole campaign"),
        ("en-US", "10k/month", "total for its whole campaign"),
        ("fr-FR", "10 000 € par mois", "total de chaque activité sur toute sa campagne"),
    ],
)
async def test_an_amount_per_month_asks_for_the_campaigns_total(
    chat: Chat, locale: str, typed: str, words: str
) -> None:
    from tests.dialogs.test_plan_journey import answer_until, get, start_plan

    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "planned_amount", locale=locale)
    said = shown(await chat.say(typed, locale=locale))
    assert words in said and "can read" not in said and "sais pas lire" not in said, said
    assert (await get(chat, plan_id)).campaigns[0].activities[0].planned_amount is None
