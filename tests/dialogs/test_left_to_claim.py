"""What is left to claim, activity by activity, asked in words.

Seen at stop 57 with an approved plan (a seminar planned at EUR 12,500, digital advertising
at EUR 3,000) and a seminar claim of EUR 9,800.50 under review: "what's left to claim?",
"which activities can I still claim?", « que me reste-t-il à réclamer ? » got where the
claims stand (the one claim under review), not what could still be claimed — which the web
form never says either. Each approved plan's activities, with what remains planned beside
the claims counted, and until when the period's claims are taken. Through the real bot, its
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, SEMINAR, approved_plan, seed_funds
from tests.support import ADMIN, TENANT, Chat, shown


async def _plan_with_a_claim(chat: Chat, status: ClaimStatus = ClaimStatus.UNDER_REVIEW) -> None:
    await seed_funds(chat)
    plan = await approved_plan(chat, [SEMINAR, ("digital_advertising", "3000")])
    campaign = plan.campaigns[0]
    claims = chat.services.claims
    claim = await claims.create_claim(
        tenant_id=TENANT, owner_id=ADMIN, owner_name="Ada Admin", today=chat.today
    )
    claim.plan_id, claim.campaign_id = plan.id, campaign.id
    claim.activity_id = campaign.activities[0].id
    claim.activity_type, claim.currency = "customer_seminar", "EUR"
    claim.amount, claim.status = Decimal("9800.50"), status
    await claims.save(claim)


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "what's left to claim?", ("EUR 2,699.50", "EUR 3,000.00", "15 Feb 2027")),
        (EN, "which activities can I still claim?", ("EUR 2,699.50", "EUR 3,000.00")),
        (EN, "what else can I claim?", ("EUR 2,699.50", "Digital advertising")),
        (FR, "que me reste-t-il à réclamer ?", ("2 699,50 EUR", "3 000,00 EUR", "15 février")),
        (FR, "qu'est-ce que je peux encore réclamer ?", ("2 699,50 EUR", "3 000,00 EUR")),
    ],
)
async def test_each_activity_says_what_remains_to_claim(
    chat: Chat, locale: str, typed: str, said: tuple[str, ...]
) -> None:
    chat.locale = locale
    await _plan_with_a_claim(chat)
    text = shown(await chat.say(typed, locale=locale)).replace("\u202f", " ").replace("\xa0", " ")
    assert all(words in text for words in said), text


async def test_a_rejected_claim_leaves_its_amount_to_claim(chat: Chat) -> None:
    await _plan_with_a_claim(chat, ClaimStatus.REJECTED)
    text = shown(await chat.say("what's left to claim?"))
    assert "EUR 12,500.00" in text, text


async def test_with_no_approved_plan_says_claims_need_one(chat: Chat) -> None:
    text = shown(await chat.say("what's left to claim?"))
    assert "approved plan" in text, text
