"""A claim's amount is what was spent, as the invoice or CSR shows: never an estimate.

Seen off the script (stop 38): "about 9800", « environ 9 800 € » at a claim's amount got
"✓ EUR 9,800.00 (an estimate)", and the claim kept 9,800 as if exact: nothing after that
knew it was a guess, and a reviewer pays what the invoice shows. (A plan's amounts are
estimates, and are still read so.) The figure is now offered as the exact amount, one
click or "yes" away, or the partner types the amount from the invoice.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim, last_card
from tests.support import Chat, shown


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("locale", "typed", "offered", "yes", "amount"),
    [
        (EN, "about 9800", "EUR 9,800.00", "yes", Decimal("9800")),
        (EN, "~9,800.50", "EUR 9,800.50", "yes", Decimal("9800.50")),
        (FR, "environ 9 800 €", "9 800,00 EUR", "oui", Decimal("9800")),
        (FR, "à peu près 9800", "9 800,00 EUR", "oui", Decimal("9800")),
    ],
)
async def test_an_estimated_claim_amount_is_asked_exactly(
    chat: Chat, locale: str, typed: str, offered: str, yes: str, amount: Decimal
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert offered in _plain(shown(replies))
    assert "invoice" in shown(replies) or "facture" in shown(replies)
    assert (await get_claim(chat, claim_id)).amount is None
    titles = [_plain(a["title"]) for a in last_card(replies).card["actions"]]
    assert any(offered in title for title in titles)
    await chat.say(yes, locale=locale)
    assert (await get_claim(chat, claim_id)).amount == amount


async def test_the_exact_amount_typed_instead_is_kept(chat: Chat) -> None:
    claim_id = await claim_at(chat, EN, until="amount")
    await chat.say("about 9800", locale=EN)
    await chat.say("9,812.40", locale=EN)
    assert (await get_claim(chat, claim_id)).amount == Decimal("9812.40")
