"""The claim's amount asked at its check card.

Seen at stop 47 at a claim's check: "what's the total?", "how much am I claiming?", « quel est
le montant ? » got the card's help ("Submit the claim, add evidence, change an answer…"), no
figure (a plan's review answers its own). The answer is the claim's amount and what remains
planned for its activity, under the card, which stays. Through the real bot, dialogs and a
TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at
from tests.support import Chat, shown

HELP = ("Submit the claim, add evidence", "Soumettez la réclamation")


@pytest.mark.parametrize(
    ("locale", "typed", "amount", "remaining"),
    [
        (EN, "what's the total?", "EUR 9,800.50", "EUR 12,500.00"),
        (EN, "how much am I claiming?", "EUR 9,800.50", "EUR 12,500.00"),
        (EN, "total?", "EUR 9,800.50", "EUR 12,500.00"),
        (FR, "quel est le montant ?", "9 800,50 EUR", "12 500,00 EUR"),
        (FR, "combien je réclame ?", "9 800,50 EUR", "12 500,00 EUR"),
    ],
)
async def test_the_claims_amount_is_said_at_its_check(
    chat: Chat, locale: str, typed: str, amount: str, remaining: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say("terminé" if locale == FR else "done", locale=locale)

    replies = await chat.say(typed, locale=locale)

    said = replies[0].shown.replace("\u202f", " ").replace("\xa0", " ")
    assert claim_id in said and amount in said and remaining in said, said
    assert not any(words in shown(replies) for words in HELP), shown(replies)
