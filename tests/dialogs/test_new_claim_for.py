"""A claim started with what it is for.

Seen at stop 41 (an approved plan with a seminar, digital advertising and TV / radio):
"new claim for the seminar", « nouvelle réclamation pour le séminaire » got "I didn't
understand that"; "I want to claim the digital advertising" started a claim and asked which
activity, the words that said it dropped. The activity named is now taken (and said back);
words that name none, or several, leave the question asked. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import CLAIM_ID, EN, FR, approved_plan, get_claim, seed_funds
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

THREE = [("customer_seminar", "12500"), ("digital_advertising", "8000"), ("tv_radio", "5000")]
NAME_ASKED = {EN: "Give this claim a short name", FR: "Donnez un nom court"}
WHICH = {EN: "Which activity of", FR: "Quelle activité de"}


@pytest.mark.parametrize(
    ("locale", "typed", "activity_type"),
    [
        (EN, "new claim for the seminar", "customer_seminar"),
        (EN, "new claim for the webinar", "customer_seminar"),
        (EN, "I want to claim the digital advertising", "digital_advertising"),
        (EN, "file a claim for the LinkedIn ads", "digital_advertising"),
        (FR, "nouvelle réclamation pour le séminaire", "customer_seminar"),
        (FR, "je voudrais réclamer la publicité numérique", "digital_advertising"),
    ],
)
async def test_a_claim_started_for_an_activity_takes_it(
    chat: Chat, locale: str, typed: str, activity_type: str
) -> None:
    chat.locale = locale
    await approved_plan(chat, THREE)
    await seed_funds(chat)
    replies = await chat.say(typed, locale=locale)
    said = shown(replies)
    assert NAME_ASKED[locale] in said and WHICH[locale] not in said, said[:400]
    claim = await get_claim(chat, CLAIM_ID.search(said).group(0))
    assert claim.activity_type == activity_type


@pytest.mark.parametrize("typed", ["new claim for the Q3 push", "new claim for the ads or the tv"])
async def test_words_naming_no_one_activity_leave_the_question(chat: Chat, typed: str) -> None:
    chat.locale = EN
    await approved_plan(chat, THREE)
    await seed_funds(chat)
    said = shown(await chat.say(typed, locale=EN))
    assert WHICH[EN] in said, said[:300]
