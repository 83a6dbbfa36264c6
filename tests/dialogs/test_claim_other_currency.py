"""An invoice in another currency than the plan's: what the partner can actually do.

Seen at stop 46 with a claim of an EUR plan: "9500 USD" at its amount got "This plan is in
EUR, but you typed an amount in USD. Please give it in EUR." (nothing on how), "the invoice
is in USD" got 'isn't an amount I can read'; and the check of a claim whose invoice is in
USD said "claim in USD or say how you converted it in a note": a claim is always in its
plan's currency (the amount's question refuses any other) and an invoice has no note, so
neither could be done. The claim's amount is now asked converted into the plan's currency,
the invoice kept as it is, and how it was converted explained in a proof document's note
(which every proof document has). The real bot, reader and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, flat, get_claim
from tests.dialogs.invoice_files import CONTOSO_EN, invoice_pdf
from tests.dialogs.test_snap_to_claim import _claim_at, reader, send_file  # noqa: F401
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "9500 USD", "converted into EUR"),
        (EN, "$9,500", "converted into EUR"),
        (EN, "the invoice is in USD", "converted into EUR"),
        (EN, "my invoice is in dollars", "converted into EUR"),
        (FR, "9 500 $", "converti en EUR"),
        (FR, "la facture est en dollars", "converti en EUR"),
    ],
)
async def test_an_amount_in_another_currency_is_asked_converted(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale, until="amount")

    replies = await chat.say(typed, locale=locale)

    text = flat(shown(replies))
    assert said in text, text
    assert "isn't an amount" not in text and "n'est pas un montant" not in text, text
    assert (await get_claim(chat, claim_id)).amount is None


@pytest.mark.usefixtures("reader")  # the real invoice reader
async def test_an_invoice_in_dollars_is_flagged_with_a_fix_that_can_be_done(
    chat: Chat, files: FileServer
) -> None:
    await _claim_at(chat, "en-US", until="")
    lines = tuple(line.replace("EUR", "USD") for line in CONTOSO_EN)
    await send_file(chat, files, "invoice.pdf", invoice_pdf(lines))
    await chat.say("invoice")
    await chat.say("don't use them")

    replies = await chat.say("done")

    said = flat(shown(replies))
    assert "is in USD, the claim in EUR" in said, said
    assert "claim in USD" not in said, said
    assert "proof document" in said and "rate" in said, said
