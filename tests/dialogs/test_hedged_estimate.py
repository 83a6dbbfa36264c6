"""A figure hedged where an estimate is asked: the people a claim's activity reached."""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "maybe 500"),
        (EN, "probably 500"),
        (EN, "I think 500"),
        (EN, "not sure, maybe 500"),
        (EN, "I'd say around 500"),
        (EN, "500?"),
        (FR, "peut-être 500"),
        (FR, "je pense 500"),
        (FR, "je dirais environ 500"),
    ],
)
async def test_a_hedged_number_of_people_reached_is_that_estimate(
    chat: Chat, locale: str, typed: str
) -> None:
    """Seen at stop 43: at "About how many people did it reach?", "maybe 500", "I think
    500", « peut-être 500 » got '… isn't a whole number' (while "500 maybe" and "roughly 500"
    were read), and "500?" the question's help: the question asks for an estimate."""
    chat.locale = locale
    claim_id = await claim_at(chat, locale, until="impressions")

    said = shown(await chat.say(typed, locale=locale))

    assert "whole number" not in said and "nombre entier" not in said, said
    assert (await get_claim(chat, claim_id)).impressions == 500


@pytest.mark.parametrize(
    ("locale", "typed", "offered"),
    [
        (EN, "maybe 9,000", "EUR 9,000.00"),
        (EN, "I think 9800", "EUR 9,800.00"),
        (FR, "peut-être 9 000", "9 000,00 EUR"),
    ],
)
async def test_a_hedged_claim_amount_is_offered_as_exact_not_refused(
    chat: Chat, locale: str, typed: str, offered: str
) -> None:
    """Seen in the Agents Playground at stop 43: "maybe 9,000" at a claim's amount got
    'isn't an amount I can read' (while "about 9,000" is offered as the exact figure)."""
    chat.locale = locale
    claim_id = await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale)).replace("\u202f", " ")

    assert offered in said and "can read" not in said and "pas un montant" not in said, said
    assert (await get_claim(chat, claim_id)).amount is None  # a guess is not kept as paid


async def test_a_hedged_planned_amount_is_that_estimate(chat: Chat) -> None:
    from decimal import Decimal

    from tests.dialogs.test_plan_journey import FR_ANSWERS, answer_until, get, start_plan

    chat.locale = FR
    plan_id = await start_plan(chat, FR)
    await answer_until(chat, "planned_amount", answers=FR_ANSWERS, locale=FR)

    await chat.say("peut-être 12 000", locale=FR)

    activity = (await get(chat, plan_id)).campaigns[0].activities[0]
    assert activity.planned_amount == Decimal(12000)
