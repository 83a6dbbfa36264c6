"""At a plan's review, a change asked as a question, and the total asked in other words.

Seen at stop 58 at a plan's review: "can I add another activity?", "how do I add a
campaign?", « puis-je ajouter une activité ? » got the review's general help, though "add an
activity" opens the new activity's first question; "is the total ok?", "does the total add
up?", « le total est bon ? » got the same, though "what's the total?" and "is it under the
limit?" say what is planned of the limit. Through the real bot, its dialogs and a TinyDB
store on disk, English and French.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR
from tests.dialogs.test_plan_journey import plan_at
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "asked"),
    [
        (EN, "can I add another activity?", "what type of activity is it?"),
        (EN, "could I add an activity to Spring push?", "what type of activity is it?"),
        (EN, "how do I add a campaign?", "what is its name?"),
        (EN, "I want to add another campaign", "what is its name?"),
        (FR, "puis-je ajouter une activité à Rentrée ?", "quel type d'activité"),
        # Two campaigns, none named: which one, offered.
        (FR, "puis-je ajouter une activité ?", "Ajouter une activité à Rentrée"),
        (FR, "je voudrais ajouter une campagne", "quel est son nom"),
    ],
)
async def test_an_addition_asked_as_a_question_opens_it(
    chat: Chat, locale: str, typed: str, asked: str
) -> None:
    await plan_at(chat, locale, "review")

    said = shown(await chat.say(typed, locale=locale))

    assert asked in said, said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "is the total ok?"),
        (EN, "does the total add up?"),
        (EN, "is the total right?"),
        (FR, "le total est bon ?"),
        (FR, "est-ce que le total est correct ?"),
    ],
)
async def test_the_total_asked_in_other_words_says_it(chat: Chat, locale: str, typed: str) -> None:
    await plan_at(chat, locale, "review")

    said = shown(await chat.say(typed, locale=locale))

    assert "Planned in" in said or "Prévu dans" in said, said
