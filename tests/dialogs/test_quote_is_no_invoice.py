"""A quote or a pro forma offered for the invoice.

Seen at stop 59 at a claim's evidence list: "I only have a quote", "it's a proforma" got
'I don't know "I only have a quote". Pick one of the options', and with no question open "can
I use a quote?" got "I didn't understand that" (only "a quote?" asked at the list had its
answer). A quote is not proof of what was spent: a reviewer needs the supplier's invoice (or
a CSR for work done in house), the same answer everywhere; the draft waits for it. Through
the real bot, dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, claim_at, get_claim
from tests.dialogs.test_words_at_rest import said as understood
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

ANSWER = {EN: "is not proof of what was spent", FR: "ne prouve pas ce qui a été dépensé"}
QUOTES = [
    (EN, "I only have a quote"),
    (EN, "it's a proforma"),
    (EN, "can I use a quote?"),
    (EN, "is a pro forma invoice ok?"),
    (FR, "je n'ai qu'un devis"),
    (FR, "c'est une facture proforma"),
    (FR, "un devis suffit-il ?"),
]


@pytest.mark.parametrize(("locale", "typed"), QUOTES)
async def test_a_quote_at_the_evidence_list_is_said_no_invoice_and_the_claim_kept(
    chat: Chat, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)

    said = shown(await chat.say(typed, locale=locale))

    assert ANSWER[locale] in said, said
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize(("locale", "typed"), QUOTES)
async def test_a_quote_asked_about_at_rest(chat: Chat, locale: str, typed: str) -> None:
    said = await understood(chat, locale, typed)

    assert ANSWER[locale] in said, said
