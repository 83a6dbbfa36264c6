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
