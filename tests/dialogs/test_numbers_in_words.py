"""Numbers typed in words, where an amount or a count is asked.

Seen at stop 44: "nine thousand five hundred" at a claim's amount, « neuf mille » and
"twelve hundred" got "… isn't an amount I can read" (while "9 thousand" and « 9 mille » were
read); a dictated answer on a phone comes as words. Through the real bot, dialogs and a
TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "amount"),
    [
        (EN, "nine thousand five hundred", Decimal(9500)),
        (EN, "twelve hundred euros", Decimal(1200)),
        (EN, "EUR nine thousand", Decimal(9000)),
        (EN, "a thousand", Decimal(1000)),
        (EN, "three thousand two hundred and fifty", Decimal(3250)),
        (FR, "neuf mille", Decimal(9000)),
        (FR, "neuf mille huit cents euros", Decimal(9800)),
        (FR, "quatre-vingt-dix-neuf", Decimal(99)),
        (FR, "deux mille soixante et onze", Decimal(2071)),
    ],
)
async def test_an_amount_in_words_is_read(
    chat: Chat, locale: str, typed: str, amount: Decimal
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")

    said = shown(await chat.say(typed, locale=locale))

    assert (await get_claim(chat, claim_id)).amount == amount, said


@pytest.mark.parametrize(
    ("locale", "typed", "count"),
    [(EN, "about five hundred", 500), (EN, "two thousand people", 2000), (FR, "trois cents", 300)],
)
async def test_people_reached_in_words_are_read(
    chat: Chat, locale: str, typed: str, count: int
) -> None:
    claim_id = await claim_at(chat, locale, until="impressions")

    said = shown(await chat.say(typed, locale=locale))

    assert (await get_claim(chat, claim_id)).impressions == count, said


@pytest.mark.parametrize(
    ("typed", "refused"),
    [("nine nine", "isn't an amount"), ("a lot", "isn't an amount"), ("one two three", "isn't")],
)
async def test_words_that_are_no_number_are_refused_as_before(
    chat: Chat, typed: str, refused: str
) -> None:
    claim_id = await claim_at(chat, EN, until="amount")

    said = shown(await chat.say(typed, locale=EN))

    assert refused in said and (await get_claim(chat, claim_id)).amount is None, said
