"""Amounts with their scale in words: "1.5 million", « 2 millions », "50 thousand", « 50 mille ».

Seen off the script: "1.5M" was read at the plan limit, "1.5 million" got '"1.5 million"
isn't an amount I can read', and so did « 1,5 million » and « 50 mille ».
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.dialogs.test_plan_journey import answer_until, start_plan
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed", "read"),
    [
        (EN, "1.5 million", "✓ EUR 1,500,000.00"),
        (EN, "2 millions", "✓ EUR 2,000,000.00"),
        (EN, "50 thousand", "✓ EUR 50,000.00"),
        (EN, "EUR 1.2 mn", "✓ EUR 1,200,000.00"),
        (FR, "1,5 million", "✓ 1 500 000,00 EUR"),
        (FR, "2 millions d'euros", "✓ 2 000 000,00 EUR"),
        (FR, "50 mille", "✓ 50 000,00 EUR"),
    ],
)
async def test_a_plan_limit_with_its_scale_in_words_is_read(
    chat: Chat, locale: str, typed: str, read: str
) -> None:
    chat.locale = locale
    await start_plan(chat, locale)
    await answer_until(chat, "plan_limit", locale=locale)
    replies = await chat.say(typed, locale=locale)
    assert read in shown(replies).replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("locale", "typed", "read"),
    [
        (EN, "9,800 + VAT", "✓ EUR 9,800.00 (read as excl. tax)"),
        (EN, "9800 plus tax", "✓ EUR 9,800.00 (read as excl. tax)"),
        (FR, "9 800 € + TVA", "✓ 9 800,00 EUR (lu hors taxes)"),
    ],
)
async def test_an_amount_plus_tax_is_read_before_tax(
    chat: Chat, locale: str, typed: str, read: str
) -> None:
    """Seen: "9,800 + VAT" at a claim's amount got 'isn't an amount I can read', while
    "9800 excl. VAT" was read."""
    await claim_at(chat, locale, until="amount")
    replies = await chat.say(typed, locale=locale)
    assert read in shown(replies).replace("\u202f", " ").replace("\xa0", " ")
