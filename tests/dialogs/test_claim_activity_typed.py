"""Which activity a claim is for, typed as partners name it: a word for its type.

Seen off the script with a plan of three activities: at "Which activity of Autumn push?",
"the webinar" got 'I don't know "the webinar"', though "webinar" names the seminars at the
plan's own activity question; only the type's English name was read.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan, seed_funds, start_claim
from tests.support import Chat, shown

ACTIVITIES = (("customer_seminar", "12500"), ("digital_advertising", "8000"), ("tradeshow", "5000"))


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat, ACTIVITIES)


@pytest.mark.parametrize(
    ("locale", "typed", "activity_type", "said"),
    [
        (EN, "the webinar", "customer_seminar", "Customer seminars / boot camps"),
        (EN, "boot camps", "customer_seminar", "Customer seminars / boot camps"),
        (EN, "the trade show", "tradeshow", "Tradeshows / exhibitions"),
        (FR, "le salon", "tradeshow", "Salons / expositions"),
        (FR, "le webinaire", "customer_seminar", "Séminaires clients"),
        (FR, "la publicité en ligne", "digital_advertising", "Publicité numérique"),
    ],
)
async def test_a_word_for_the_activity_type_picks_that_activity(
    chat: Chat, plan, locale: str, typed: str, activity_type: str, said: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)  # said back, or named by the next question
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)
    claim = await chat.services.claims.get(plan.tenant_id, claim_id)
    assert claim.activity_type == activity_type
