"""An amount typed as its parts in words, at a claim's amount and at a plan's activity.

Seen at stop 57: at a claim's amount "9800 for the venue and 200 for catering", "venue
9800, catering 200", « 9800 pour la salle et 200 pour le traiteur » got '"…" isn't an
amount I can read', though "9,800 + 200 shipping" is offered as its total; "the full
planned amount", « tout le montant prévu » got the same, though "same as planned" is the
activity's planned amount. At an activity's planned amount "12500 + 2000", "10000 ads
plus 2500 design", "10000 for ads and 2500 for design" were refused too: a plan's amount
is an estimate, and its parts added up are it, said back as such. Through the real bot,
its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, flat, get_claim, last_card
from tests.dialogs.test_plan_journey import get, plan_at
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "offered", "amount"),
    [
        (EN, "9800 for the venue and 200 for catering", "EUR 10,000.00", "10000"),
        (EN, "venue 9800, catering 200", "EUR 10,000.00", "10000"),
        (EN, "9,800 venue & 200 catering", "EUR 10,000.00", "10000"),
        (EN, "9,800 EUR for the venue and 200 EUR for food", "EUR 10,000.00", "10000"),
        (FR, "9800 pour la salle et 200 pour le traiteur", "10 000,00 EUR", "10000"),
        (FR, "salle 9 800, traiteur 200", "10 000,00 EUR", "10000"),
    ],
)
async def test_a_claims_amount_in_parts_is_offered_as_their_total(
    chat: Chat, locale: str, typed: str, offered: str, amount: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    card = last_card(await chat.say(typed, locale=locale))
    assert offered in flat(card.shown), card.shown
    assert (await get_claim(chat, claim_id)).amount is None
    await chat.say("yes" if locale == EN else "oui", locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal(amount)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "9800 and 200"),  # no part named: a sum or two guesses, not read
        (EN, "9800 for the venue and it ran on Nov 10"),
        (EN, "9800 for 85 guests and 200 for catering"),
        (EN, "9800 for the venue and 200 dollars for catering"),
    ],
)
async def test_words_that_are_not_parts_are_not_added_up(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert "10,000.00" not in flat(shown(replies)), shown(replies)
    assert (await get_claim(chat, claim_id)).amount is None


async def test_between_two_figures_is_still_two_figures(chat: Chat) -> None:
    await claim_at(chat, EN, until="amount")
    card = last_card(await chat.say("between 9000 and 9500", locale=EN))
    titles = [flat(action["title"]) for action in card.card["actions"]]
    assert titles[:2] == ["EUR 9,000.00", "EUR 9,500.00"], card.shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "the full planned amount"),
        (EN, "all of the planned amount"),
        (EN, "everything planned"),
        (FR, "tout le montant prévu"),
        (FR, "la totalité du montant prévu"),
    ],
)
async def test_the_full_planned_amount_is_the_activitys(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    await chat.say(typed, locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal("12500")


@pytest.mark.parametrize(
    ("locale", "typed", "said", "amount"),
    [
        (EN, "12500 + 2000", "EUR 14,500.00 (the figures added up)", "14500"),
        (EN, "10000 ads plus 2500 design", "EUR 12,500.00 (the figures added up)", "12500"),
        (EN, "10000 for ads and 2500 for design", "EUR 12,500.00 (the figures added up)", "12500"),
        (
            FR,
            "10 000 pour les annonces et 2 500 pour le design",
            "12 500,00 EUR (les montants additionnés)",
            "12500",
        ),
        (FR, "1 000 + 234,56", "1 234,56 EUR (les montants additionnés)", "1234.56"),
    ],
)
async def test_a_planned_amount_in_parts_is_their_total(
    chat: Chat, locale: str, typed: str, said: str, amount: str
) -> None:
    plan_id = await plan_at(chat, locale, "planned_amount")
    replies = await chat.say(typed, locale=locale)
    assert said in flat(shown(replies)), shown(replies)
    plan = await get(chat, plan_id)
    assert plan.campaigns[0].activities[0].planned_amount == Decimal(amount)
