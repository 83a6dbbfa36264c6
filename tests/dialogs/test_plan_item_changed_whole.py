""" "Change the activity", "edit the campaign" in a plan's question: seen at stop 62, at an
activity's countries "modify this activity", "change the campaign", « changer la
campagne » got 'I don't know the country "modify this activity"', "change the activity"
the question again with no word said, and at the review "change the campaign" got 'I
don't know "change the campaign" here'. Which of its answers is asked, one button each
(those answered), nothing kept where the words were typed; a click opens that answer's
question. A claim's "change the activity" stays the claim's (tests of stop 61). Through the
real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, buttons
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

ACTIVITY_WORDS = {EN: ["change the activity", "modify this activity"], FR: ["modifier l'activité"]}
CAMPAIGN_WORDS = {EN: ["change the campaign", "edit this campaign"], FR: ["changer la campagne"]}
UNKNOWN = ("I don't know", "Je ne connais pas", "isn't", "pas compris", "didn't understand")


def which_buttons(replies) -> list[str]:
    found = [buttons(reply) for reply in replies if reply.card and len(buttons(reply)) > 1]
    assert found, shown(replies)[:600]
    return found[0]


@pytest.mark.parametrize(
    ("locale", "typed"), [(lo, w) for lo, words in ACTIVITY_WORDS.items() for w in words]
)
async def test_the_activity_asks_which_of_its_answers(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await plan_at(chat, locale, "countries")  # type and description answered

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert not any(words in said for words in UNKNOWN), said[:600]
    titles = which_buttons(replies)
    assert len(titles) == 2, titles  # its type and its description: what it has so far
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.countries in (None, []), said[:600]  # nothing kept as its countries
    card = next(reply for reply in replies if reply.card and len(buttons(reply)) > 1)
    opened = shown(await chat.click(card.submit_data(titles[0])))
    assert "type of activity" in opened or "type d'activité" in opened, opened[:600]


@pytest.mark.parametrize(
    ("locale", "typed"), [(lo, w) for lo, words in CAMPAIGN_WORDS.items() for w in words]
)
async def test_the_campaign_asks_which_of_its_answers(chat: Chat, locale: str, typed: str) -> None:
    plan_id = await plan_at(chat, locale, "countries")

    replies = await chat.say(typed, locale=locale)

    said = shown(replies)
    assert not any(words in said for words in UNKNOWN), said[:600]
    assert len(which_buttons(replies)) == 3  # its name, its start, its end
    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.countries in (None, []), said[:600]


@pytest.mark.parametrize("locale", [EN, FR])
async def test_at_the_review_the_campaign_asks_which_of_its_answers(
    chat: Chat, locale: str
) -> None:
    await plan_at(chat, locale, "review")

    replies = await chat.say(CAMPAIGN_WORDS[locale][0], locale=locale)

    said = shown(replies)
    assert not any(words in said for words in UNKNOWN), said[:600]
    # each campaign's name, start and end: buttons, or a list when there are more (French:
    # two campaigns)
    offered = max(len(buttons(reply)) + len(reply.choice_values()) for reply in replies)
    assert offered >= 3, said[:600]


async def test_the_which_question_quotes_what_was_typed(chat: Chat) -> None:
    # Seen at stop 62 in the Playground: « « modifier l activite » peut désigner plusieurs
    # choses ici », the words as read, not as typed.
    await plan_at(chat, FR, "countries")

    said = shown(await chat.say("modifier l'activité", locale=FR))

    assert "« modifier l'activité »" in said, said[:600]


async def test_with_no_question_open_the_which_question_quotes_what_was_typed(
    chat: Chat,
) -> None:
    await plan_at(chat, FR, "countries")
    await chat.say("annuler", locale=FR)

    said = shown(await chat.say("modifier cette activité", locale=FR))

    assert "« modifier cette activité »" in said, said[:600]
