""" "I don't know what to write" at a question with options: its help, not "I don't know …".

Seen at stop 57 in the Agents Playground, at "Activity 1 of Spring push: what type of activity
is it?": "I don't know what to write" got 'I don't know "I don't know what to write". Pick one
of the options or type its number.', though at a free-text question the same words get the
question's help, and "not sure" at options does. Through the real bot, its dialogs and a
TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown

HELP = {EN: "What kind of marketing activity this is", FR: "Le type d'activité marketing"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "I don't know what to write"),
        (EN, "not sure what to put"),
        (FR, "je ne sais pas quoi mettre"),
    ],
)
async def test_at_the_activity_type_it_gets_the_questions_help(
    chat: Chat, locale: str, typed: str
) -> None:
    plan_id = await plan_at(chat, locale, "activity_type")
    said = shown(await chat.say(typed, locale=locale))
    assert HELP[locale] in said and "Pick one of the options" not in said, said[:400]
    activities = (await get(chat, plan_id)).campaigns[0].activities
    assert not activities or activities[0].activity_type is None
