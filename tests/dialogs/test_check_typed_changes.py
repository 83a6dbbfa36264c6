"""A change typed at a claim's check card, as partners say it: "change the amount",
« modifier la date ».

Seen walking a claim off the script: at the check card "change the amount", "change the
date" (and then "9500", "12/11") each got 'I don't know "…"': only the exact "change amount"
of the card's list was understood.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    claim_at_check,
    get_claim,
)
from tests.support import Chat, shown

EN_AMOUNT = "How much are you claiming, in EUR?"
FR_AMOUNT = "Quel montant réclamez-vous, en EUR ?"


@pytest.mark.parametrize(
    ("locale", "typed", "asks"),
    [
        (EN, "change the amount", EN_AMOUNT),
        (EN, "please correct the claimed amount", EN_AMOUNT),
        (EN, "change the date", "When did the activity run?"),
        (EN, "edit the execution date", "When did the activity run?"),
        (EN, "update my results", "registered guests"),
        (FR, "modifier le montant", FR_AMOUNT),
        (FR, "changer la date", "Quand l'activité a-t-elle eu lieu ?"),
        (FR, "corriger les résultats", "invités inscrits"),
    ],
)
async def test_a_change_typed_at_the_check_asks_that_field(
    chat: Chat, files: FileServer, locale: str, typed: str, asks: str
) -> None:
    await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert asks in shown(replies)
    assert "I don't know" not in shown(replies)
    assert "Je ne connais pas" not in shown(replies)


@pytest.mark.parametrize(("locale", "amount"), [(EN, "9,500"), (FR, "9 500")])
async def test_the_amount_typed_after_is_kept_and_the_check_shown_again(
    chat: Chat, files: FileServer, locale: str, amount: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await chat.say("modifier le montant" if locale == FR else "change the amount", locale=locale)
    replies = await chat.say(amount, locale=locale)
    assert (await get_claim(chat, claim_id)).amount == Decimal("9500")
    assert claim_id in shown(replies)  # the check card again


# Seen at stop 52 at the check card: "use 9000 instead", "make it 9000", "9000" got 'I don't
# know "use 9000 instead"'. A figure alone names no answer: the answers it can be (the
# amount, the estimated impressions) are offered with it, one click each, nothing changed
# before the click.
@pytest.mark.parametrize(
    ("locale", "typed", "amount", "impressions"),
    [
        (EN, "use 9000 instead", "Amount: EUR 9,000.00", "Estimated impressions: 9,000"),
        (EN, "make it 9000", "Amount: EUR 9,000.00", "Estimated impressions: 9,000"),
        (EN, "9000", "Amount: EUR 9,000.00", "Estimated impressions: 9,000"),
        (FR, "plutôt 9 000", "Montant : 9 000,00 EUR", "Impressions estimées : 9 000"),
        (FR, "mettre 9000", "Montant : 9 000,00 EUR", "Impressions estimées : 9 000"),
    ],
)
async def test_a_figure_alone_offers_the_answers_it_can_be(
    chat: Chat, files: FileServer, locale: str, typed: str, amount: str, impressions: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = await get_claim(chat, claim_id)
    replies = await chat.say(typed, locale=locale)
    said = shown(replies).replace("\u202f", " ").replace("\xa0", " ")
    assert "I don't know" not in said and "Je ne connais pas" not in said, said[:400]
    titles = [
        a["title"].replace("\u202f", " ").replace("\xa0", " ")
        for r in replies
        for a in (r.card or {}).get("actions", [])
    ]
    assert amount in titles and impressions in titles, titles
    after = await get_claim(chat, claim_id)
    assert (after.amount, after.impressions) == (before.amount, before.impressions)
    # One click: that answer changed, the check shown again.
    offered = next(r for r in replies if r.card and amount in str(r.card).replace("\u202f", " "))
    raw = next(a["title"] for a in offered.card["actions"] if a["title"].startswith(amount[:5]))
    await chat.click(offered.submit_data(raw))
    assert (await get_claim(chat, claim_id)).amount == Decimal("9000")
    assert (await get_claim(chat, claim_id)).impressions == before.impressions


async def test_a_figure_only_the_amount_takes_offers_the_amount(
    chat: Chat, files: FileServer
) -> None:
    # "9,000.50 EUR" is no count of people: the amount alone is offered.
    claim_id = await claim_at_check(chat, files, EN)
    replies = await chat.say("use 9,000.50 EUR instead", locale=EN)
    titles = [a["title"] for r in replies for a in (r.card or {}).get("actions", [])]
    assert "Amount: EUR 9,000.50" in titles and not any("impressions" in t for t in titles)
    assert (await get_claim(chat, claim_id)).amount != Decimal("9000.50")


async def test_an_options_number_stays_that_option(chat: Chat, files: FileServer) -> None:
    # "2" at the check card is its second option (its evidence list), as before.
    await claim_at_check(chat, files, EN)
    said = shown(await chat.say("2", locale=EN))
    assert "names no answer" not in said and "Evidence for" in said, said[:300]
