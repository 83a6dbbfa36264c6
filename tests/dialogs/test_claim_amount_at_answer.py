"""A claimed amount above what a reviewer accepts is said at the answer, not only at the
check: kept (nothing typed is lost), and the next question still comes.

Seen walking a claim off the script: the amount question said "Up to EUR 12,500.00 remains
planned for this activity", "20000" was answered "✓ EUR 20,000.00" and nothing else, and the
problem appeared only at the check card, after all the evidence.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    SEMINAR_EN,
    SEMINAR_FR,
    answer,
    approved_plan,
    get_claim,
    seed_funds,
    start_claim,
)
from tests.support import Chat, shown


@pytest.fixture
async def plan(chat: Chat):
    await seed_funds(chat)
    return await approved_plan(chat)


@pytest.mark.parametrize(
    ("locale", "typed", "said", "next_question"),
    [
        (
            EN,
            "20,000",
            "⚠️ The amount is above what remains planned for this activity (EUR 12,500.00 of "
            "EUR 12,500.00). Claim at most EUR 12,500.00.",
            "estimated impressions",
        ),
        (
            FR,
            "20 000",
            "⚠️ Le montant dépasse ce qui reste de prévu pour cette activité (12 500,00 EUR sur "
            "12 500,00 EUR). Réclamez au plus 12 500,00 EUR.",
            "impressions estimées",
        ),
    ],
)
async def test_an_amount_above_what_remains_is_said_at_once_and_kept(
    chat: Chat, plan, locale: str, typed: str, said: str, next_question: str
) -> None:
    chat.locale = locale
    claim_id, _ = await start_claim(chat, locale)
    answers = SEMINAR_FR if locale == FR else SEMINAR_EN
    await answer(chat, answers, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert next_question in shown(replies)
    assert (await get_claim(chat, claim_id)).amount == Decimal("20000")


async def test_an_amount_within_what_remains_says_nothing_more(chat: Chat, plan) -> None:
    await start_claim(chat)
    await answer(chat, SEMINAR_EN, until="amount")
    replies = await chat.say("9,800")
    assert "⚠️" not in shown(replies)
    assert "✓ EUR 9,800.00" in shown(replies)
