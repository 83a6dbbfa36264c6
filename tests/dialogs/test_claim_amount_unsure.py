"""An amount typed with a question mark: the partner unsure of the figure.

Seen at stop 45: "9500?", « 9 500 ? » at a claim's amount got the question's help ("The
amount you spent and claim…") and the question again, the figure dropped; "about 9500" is
offered as exactly that, one click away. "9500?" is now the same offer. At a plan's planned
amount or limit, "12500?" got the same help: it is that estimate. Through the real bot,
dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, last_card
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "9500?", "EUR 9,500.00"),
        (FR, "9 500 ?", "9 500,00 EUR"),
        (EN, "9,500 EUR ?", "EUR 9,500.00"),
    ],
)
async def test_an_amount_with_a_question_mark_is_offered_as_exact(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")

    card = last_card(await chat.say(typed, locale=locale))

    assert offered in card.shown.replace("\u202f", " ").replace("\xa0", " "), card.shown
    assert (await get_claim(chat, claim_id)).amount is None
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal("9500")


@pytest.mark.parametrize(
    ("locale", "field", "typed", "said"),
    [
        (EN, "planned_amount", "12500?", "EUR 12,500.00 (an estimate)"),
        (FR, "planned_amount", "12 500 ?", "12 500,00 EUR (une estimation)"),
        (EN, "plan_limit", "50000?", "EUR 50,000.00 (an estimate)"),
        (FR, "plan_limit", "50 000 ?", "50 000,00 EUR (une estimation)"),
    ],
)
async def test_a_plans_amount_with_a_question_mark_is_that_estimate(
    chat: Chat, locale: str, field: str, typed: str, said: str
) -> None:
    """A plan's amounts are estimates: "12500?" was answered with the question's help and
    asked again; it is that figure, said back as an estimate."""
    from tests.dialogs.test_plan_journey import answer_until, get, start_plan

    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, field, locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    plan = await get(chat, plan_id)
    kept = (
        plan.plan_limit if field == "plan_limit" else plan.campaigns[0].activities[0].planned_amount
    )
    assert kept == Decimal(typed.rstrip(" ?").replace(" ", ""))
