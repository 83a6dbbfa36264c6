"""A new plan's first questions answered "same as last time".

Seen at stop 45 with a plan already approved: "same as last time", "same as last year" at a
new plan's Partner ID got '"same as last time" isn't a Partner ID'; "same as before", "same
as my last plan" at its program 'I don't know "same as before"'; the partner had to look up
and type again what their last plan says. Each of the plan's own details (Partner ID,
program, market, fund type, currency, reviewer) is taken from the tenant's latest other plan,
said back. Through the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, approved_plan
from tests.dialogs.test_plan_journey import get, start_plan
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

SAID = {
    EN: [
        ("mpn_id", "same as last time"),
        ("program", "same as last year"),
        ("market", "same as before"),
        ("fund_type", "same as my last plan"),
        ("period", "FY27 H2"),
        ("currency", "same as last time"),
        ("reviewer_email", "the same as last time"),
    ],
    FR: [
        ("mpn_id", "comme la dernière fois"),
        ("program", "comme l'an dernier"),
        ("market", "comme avant"),
        ("fund_type", "idem"),
        ("period", "FY27 H2"),
        ("currency", "pareil"),
        ("reviewer_email", "comme mon dernier plan"),
    ],
}


async def _earlier_plan(chat: Chat) -> None:
    plan = await approved_plan(chat, program="hosting", currency="USD")
    plan.mpn_id, plan.market, plan.reviewer_email = "7654321", "DE", "bob@microsoft.com"
    await chat.services.plans.save_plan(plan)


@pytest.mark.parametrize("locale", [EN, FR])
async def test_same_as_last_time_takes_the_last_plans_details(chat: Chat, locale: str) -> None:
    chat.locale = locale
    await _earlier_plan(chat)
    plan_id = await start_plan(chat, locale)

    said = []
    for _field, typed in SAID[locale]:
        said.append(shown(await chat.say(typed, locale=locale)))

    plan = await get(chat, plan_id)
    assert "bob@microsoft.com" in said[-1], said[-1]
    assert (plan.mpn_id, plan.program, plan.market) == ("7654321", "hosting", "DE"), said
    assert (plan.fund_type, plan.currency) == ("coop", "USD"), said
    assert plan.reviewer_email == "bob@microsoft.com", said
    hosting = "Hosting" if locale == EN else "Hébergement"
    assert "7654321" in said[0] and hosting in said[1], said  # said back
    assert ("Germany" if locale == EN else "Allemagne") in said[2], said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_with_no_earlier_plan_it_is_said_and_asked_again(chat: Chat, locale: str) -> None:
    chat.locale = locale
    plan_id = await start_plan(chat, locale)

    said = shown(await chat.say(SAID[locale][0][1], locale=locale))

    words = {EN: "no earlier plan", FR: "aucun plan antérieur"}[locale]
    assert words in said, said
    assert "isn't a Partner ID" not in said and "n'est pas" not in said, said
    assert (await get(chat, plan_id)).mpn_id is None


# Seen at stop 46: "the usual" at the fund type got 'I don't know "the usual"'.
@pytest.mark.parametrize("typed", ["the usual", "as always", "like always", "same old"])
async def test_the_usual_is_the_last_plans_too(chat: Chat, typed: str) -> None:
    await _earlier_plan(chat)
    plan_id = await start_plan(chat, EN)
    said = shown(await chat.say(typed, locale=EN))
    assert "isn't a Partner ID" not in said, said
    assert (await get(chat, plan_id)).mpn_id == "7654321"


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        # Seen at stop 49: '"same as last year" isn't an amount I can read'.
        (EN, "same as last year", "a plan's limit is its own period's co-op"),
        (EN, "same as before", "a plan's limit is its own period's co-op"),
        (FR, "comme l'an dernier", "le plafond d'un plan est le co-op de sa propre période"),
        # Seen at stop 56: "isn't an amount I can read".
        (EN, "same limit as before", "a plan's limit is its own period's co-op"),
        (EN, "last year's limit", "a plan's limit is its own period's co-op"),
        (FR, "le même montant que l'an dernier", "le plafond d'un plan est le co-op de sa"),
        (FR, "la même que l'an dernier", "le plafond d'un plan est le co-op de sa"),
    ],
)
async def test_same_as_last_time_at_the_limit_says_why_it_is_not_copied(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    """The limit is each period's co-op figure (Partner Center, Incentives): an earlier
    plan's is not this one's, so it is not taken; the answer says so."""
    from tests.dialogs.test_plan_journey import answer_until

    await _earlier_plan(chat)
    chat.locale = locale
    plan_id = await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)

    replies = await chat.say(typed, locale=locale)

    assert said in shown(replies), shown(replies)
    assert (await get(chat, plan_id)).plan_limit is None
