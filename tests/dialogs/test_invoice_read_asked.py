"""What was read on the invoice, asked at a claim's check card or its evidence list.

Seen at stop 57 at a claim's check card: "show me the invoice", "what did you read on the
invoice?", "I want to check the invoice", « je veux vérifier la facture » got 'I don't know
"…". Pick one of the options' or the card's general help, though the bot read the invoice
and a partner checks it against the claim before submitting. Each invoice on the claim, with
what was read in it (number, supplier, date, total), or that none is attached yet; the card
stays, nothing changes. Through the real bot, its dialogs and a TinyDB store on disk (the
reading is put on the stored claim as the reader leaves it).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.evidence import EvidenceKind
from domain.invoice import InvoiceReading, ReadingStatus
from domain.lifecycle import ClaimStatus
from tests.dialogs.claim_support import EN, FR, FileServer, claim_at, claim_at_check, get_claim
from tests.support import Chat, shown

READ = {EN: "I read invoice **F-2026-118**", FR: "J'ai lu la facture **F-2026-118**"}


async def _read_invoice(chat: Chat, claim_id: str) -> None:
    claim = await get_claim(chat, claim_id)
    item = next(e for e in claim.evidence if e.kind is EvidenceKind.INVOICE)
    item.reading = InvoiceReading(
        status=ReadingStatus.READ,
        number="F-2026-118",
        supplier="Contoso Events Ltd",
        issued_on=date(2026, 11, 5),
        total=Decimal("9800.50"),
        currency="EUR",
        confidence={"number": 1.0, "supplier": 1.0, "issued_on": 1.0, "total": 1.0},
    )
    await chat.services.claims.save(claim)


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "show me the invoice"),
        (EN, "what did you read on the invoice?"),
        (EN, "I want to check the invoice"),
        (FR, "je veux vérifier la facture"),
        (FR, "qu'as-tu lu sur la facture ?"),
    ],
)
async def test_at_the_check_what_was_read_on_the_invoice_is_said(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    await _read_invoice(chat, claim_id)
    said = shown(await chat.say(typed, locale=locale))
    assert READ[locale] in said and "invoice.pdf" in said, said[:500]
    assert (await get_claim(chat, claim_id)).status is ClaimStatus.EDITING


@pytest.mark.parametrize(
    ("locale", "said"), [(EN, "No invoice is on"), (FR, "Aucune facture n'est sur")]
)
async def test_at_the_evidence_list_with_none_yet_says_so(
    chat: Chat, locale: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    typed = "je veux vérifier la facture" if locale == FR else "show me the invoice"
    text = shown(await chat.say(typed, locale=locale))
    assert said in text and claim_id in text, text[:400]
