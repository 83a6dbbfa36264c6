"""A correction said with the value it replaces, at a claim's check card. Seen at stop 64:
"the amount should be 9500, not 9800.50", « le montant devrait être 9 500 et non 9 800 »,
« pas 9 800 mais 9 500 », "9500 instead of 9800.50" got "I don't know …" (or the value read
with the old one after it, refused). The old value said is left aside: the change is read
as if said alone; "not X but Y" alone changes the answer whose value is X (none is: the
answers Y may change are offered, nothing changed). A name that holds "not" stays whole.
Through the real bot, its dialogs, a TinyDB store on disk and the evidence files served
over HTTP.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at_check, get_claim
from tests.support import Chat, shown

AMOUNT, DAY = Decimal("9800.50"), date(2026, 11, 10)  # as the claim was answered


@pytest.mark.parametrize(
    ("locale", "typed", "field", "kept"),
    [
        (EN, "the amount should be 9500, not 9800.50", "amount", Decimal("9500")),
        (EN, "not 9800.50 but 9500", "amount", Decimal("9500")),
        (EN, "9500 instead of 9800.50", "amount", Decimal("9500")),
        (EN, "the date is Nov 12 not Nov 10", "execution_date", date(2026, 11, 12)),
        (EN, "it's not 3000 but 3500", "impressions", 3500),
        (FR, "le montant devrait être 9 500 et non 9 800,50", "amount", Decimal("9500")),
        (FR, "pas 9 800,50 mais 9 500", "amount", Decimal("9500")),
        (FR, "9 500 au lieu de 9 800,50", "amount", Decimal("9500")),
        (FR, "la date est le 12 novembre et non le 10", "execution_date", date(2026, 11, 12)),
    ],
)
async def test_the_value_replaced_is_left_aside(
    chat: Chat, files, locale: str, typed: str, field: str, kept: object
) -> None:
    claim_id = await claim_at_check(chat, files, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert getattr(await get_claim(chat, claim_id), field) == kept, said[:600]


@pytest.mark.parametrize(
    ("locale", "typed"), [(EN, "not 1234 but 9500"), (FR, "pas 1 234 mais 9 500")]
)
async def test_an_old_value_no_answer_has_offers_the_answers(
    chat: Chat, files, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)

    said = shown(await chat.say(typed, locale=locale))

    claim = await get_claim(chat, claim_id)
    assert (claim.amount, claim.execution_date) == (AMOUNT, DAY), said[:600]
    assert "9,500" in said or "9 500" in said, said[:600]  # offered, one click each


async def test_a_name_holding_not_stays_whole(chat: Chat, files) -> None:
    claim_id = await claim_at_check(chat, files, EN)

    said = shown(await chat.say("rename it to Why not Copilot"))

    assert (await get_claim(chat, claim_id)).name == "Why not Copilot", said[:600]
