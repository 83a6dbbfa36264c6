""" "How much will I get?", "how much have I been paid?", "how much money will I receive?",
« combien ai-je reçu ? », « combien vais-je toucher ? »: seen at stop 60, the first got who
pays and when with each approved claim but no sum, the others the co-op funds' balance
(earned, claimed, remaining: nothing of what was paid) and a paid claim was named nowhere
in the payment answer. The payment answer now sums what is approved and to be paid, and
names what was paid, with its sum. Through the real bot, its dialogs, the back office's
status changes and a TinyDB store on disk.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from domain.money import format_amount
from tests.dialogs.claim_support import EN, FR, claim_at, other_claims
from tests.dialogs.test_fix_rejected_claim import decide
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat

FUNDS_ANSWER = ("Your co-op funds", "Vos fonds co-op")
PAYMENT_WORDS = {EN: "45 business days", FR: "45 jours ouvrés"}


async def decided(chat: Chat, locale: str, *statuses: tuple[int, tuple[str, ...]]) -> list[str]:
    """Claims of 1000, 1001, … submitted, each moved through its statuses: their ids."""
    draft = await claim_at(chat, locale)
    made = await other_claims(chat, draft, len(statuses), first_amount=1000)
    for claim_id, (_, moves) in zip(made, statuses, strict=True):
        for move in ("Under review", *moves):
            await decide(chat, claim_id, move, [], f"{move}-{claim_id}")
    return made


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how much will I get?"),
        (EN, "how much money will I receive?"),
        (EN, "how much are we getting paid?"),
        (FR, "combien vais-je recevoir ?"),
        (FR, "combien vais-je toucher ?"),
    ],
)
async def test_what_is_to_be_paid_is_summed(chat: Chat, locale: str, typed: str) -> None:
    first, second = await decided(chat, locale, (0, ("Approved",)), (1, ("Approved",)))

    said = await understood(chat, locale, typed)

    assert PAYMENT_WORDS[locale] in said and first in said and second in said, said
    assert format_amount(Decimal("2001"), "EUR", locale) in said, said
    assert not any(funds in said for funds in FUNDS_ANSWER), said


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "how much have I been paid?"),
        (EN, "how much did we get paid?"),
        (EN, "what has been paid?"),
        (FR, "combien ai-je reçu ?"),
        (FR, "combien avons-nous été payés ?"),
    ],
)
async def test_what_was_paid_is_named_and_summed(chat: Chat, locale: str, typed: str) -> None:
    paid, other, approved = await decided(
        chat,
        locale,
        (0, ("Approved", "Paid")),
        (1, ("Approved", "Paid")),
        (2, ("Approved",)),
    )

    said = await understood(chat, locale, typed)

    assert paid in said and other in said and approved in said, said
    assert format_amount(Decimal("2001"), "EUR", locale) in said, said  # paid, both
    assert format_amount(Decimal("1002"), "EUR", locale) in said, said  # to come
    assert not any(funds in said for funds in FUNDS_ANSWER), said


async def test_when_paid_lists_a_paid_claim_too(chat: Chat) -> None:
    (paid,) = await decided(chat, EN, (0, ("Approved", "Paid")))

    said = await understood(chat, EN, "when will I get paid?")

    assert paid in said and "Paid" in said, said
