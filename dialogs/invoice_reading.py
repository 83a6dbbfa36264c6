"""Snap to claim: an invoice attached to a claim is read, what was read is said back, and
one answer fills the claim's amount and execution date from it.

When an evidence item becomes an invoice with its file kept (sent at any question of the
claim, or answered "invoice" at "what is this file?"), `read_new_invoices` reads it in the
invoice reader's worker process (`services.invoices`; none: nothing is read) and keeps the
reading on the item (`Evidence.reading`), so the pre-submission check can compare the
claim with it. Then, in the partner's language:

- something usable was read: one sentence of what was read ("I read invoice F-2026-118
  from Contoso Events, 5 Oct 2026, total 2 400,00 EUR incl. tax (2 000,00 excl.)") and the
  question `evidence.reading`, whose choices fill the amount (incl. or excl. tax) and the
  execution date, or neither; a value read without certainty is marked "to check" in the
  sentence and on its choice: it is asked about, never used unasked;
- nothing usable, unreadable, not an invoice, image reading off, too slow: one sentence
  saying so; the claim is left exactly as it was and the file stays as the invoice.

A reading that fails or times out never fails the turn: the reader answers a `failed`
reading instead of raising.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from botbuilder.core import TurnContext

from dialogs.claim_form import ClaimDraft
from dialogs.messages import show_typing
from dialogs.recognizer import Choice, recognize_yes_no
from dialogs.services import Services, turn_seconds_left
from domain.dates import format_date
from domain.errors import UserInputError
from domain.evidence import Evidence, EvidenceKind
from domain.invoice import InvoiceReading, ReadingStatus
from domain.money import format_amount, minor_units
from domain.text import excerpt
from views.invoice_words import read_date, read_money, reading_sentence
from views.strings import t

log = logging.getLogger(__name__)

USE_INCL, USE_EXCL, USE_DATE, USE_NONE = "incl", "excl", "date", "no"
# Less than this left of the turn: no reading is started (a page takes 1-4 s).
MIN_READING_SECONDS = 1.5
_NONE_WORDS = ("no", "non", "neither", "aucun", "don't", "ne pas", "keep", "garder")


# (incl. tax, with the date) → the choice's words.
_USE_KEYS = {
    (True, True): "reading.use.incl.dated",
    (True, False): "reading.use.incl",
    (False, True): "reading.use.excl.dated",
    (False, False): "reading.use.excl",
}


def _waiting(item: Evidence) -> bool:
    return item.kind is EvidenceKind.INVOICE and item.stored_as is not None and item.reading is None


async def read_new_invoices(
    services: Services, context: TurnContext, draft: ClaimDraft, items: Iterable[Evidence]
) -> list[str]:
    """Read the invoices among `items` not read yet; keep each reading on its item, open
    the offer where it has something to fill the claim with; the lines to say for the
    others. The caller saves the claim."""
    reader = services.invoices
    waiting = [item for item in items if _waiting(item)]
    if reader is None or not waiting:
        return []
    # A reading can take seconds (a photo through OCR): never silent meanwhile.
    await show_typing(context)
    lines: list[str] = []
    for item in waiting:
        try:
            data = await services.evidence.read(item.stored_as or "")
        except Exception as error:  # missing, damaged, storage down: the claim stays as it is
            log.warning(
                "invoice %s of claim %s not read: its file could not be opened (%s)",
                item.id, draft.claim.id, type(error).__name__,
            )  # fmt: skip
            continue
        left = turn_seconds_left()
        if left is not None and left < MIN_READING_SECONDS:
            # The file's download took the turn's time: said too slow, the claim unchanged.
            reading = InvoiceReading(status=ReadingStatus.FAILED, reason="timeout")
        else:
            reading = await reader.read(data, item.file_name or "", left)
        item.reading = reading
        item.reading_offered = bool(_offers(draft, reading))
        if not item.reading_offered:
            lines.append(reading_said(draft, item))
    return lines


def _currency(draft: ClaimDraft) -> str | None:
    claim = draft.claim
    return claim.currency or (draft.plan.currency if draft.plan else None)


def _usable_total(draft: ClaimDraft, reading: InvoiceReading, total: Decimal | None) -> bool:
    """A total can fill the amount when it is in the claim's currency (or none is known)."""
    if total is None or total <= 0:
        return False
    currency = _currency(draft)
    return reading.currency is None or currency is None or reading.currency == currency


def _offers(draft: ClaimDraft, reading: InvoiceReading) -> list[str]:
    """What the reading can fill the claim with: the choices' values, best first."""
    if not reading.is_invoice:
        return []
    offers = []
    if _usable_total(draft, reading, reading.total):
        offers.append(USE_INCL)
    if reading.total_excl_tax != reading.total and _usable_total(
        draft, reading, reading.total_excl_tax
    ):
        offers.append(USE_EXCL)
    if not offers and reading.issued_on is not None:
        offers.append(USE_DATE)
    return offers


def reading_said(draft: ClaimDraft, item: Evidence) -> str:
    """One sentence of what was read in `item`'s file, or why nothing was."""
    if item.reading is None:
        return ""
    return reading_sentence(item.reading, item.file_name or "", _currency(draft), draft.locale)


def reading_question(draft: ClaimDraft) -> str:
    item = draft.evidence
    if item is None:
        return ""
    return f"{reading_said(draft, item)}\n\n{t(draft.locale, 'question.evidence.reading')}"


def reading_choices(draft: ClaimDraft) -> list[Choice]:
    item, locale = draft.evidence, draft.locale
    reading = item.reading if item is not None else None
    if reading is None:
        return [Choice(USE_NONE, t(locale, "reading.use.none"), synonyms=_NONE_WORDS)]
    when = read_date(reading, locale) if reading.issued_on is not None else None
    choices = []
    for offer in _offers(draft, reading):
        if offer == USE_DATE:
            label = t(locale, "reading.use.date", date=when)
        else:
            incl = offer == USE_INCL
            amount = reading.total if incl else reading.total_excl_tax
            assert amount is not None
            field = "total" if incl else "total_excl_tax"
            shown = read_money(reading, amount, field, _currency(draft), locale)
            label = t(locale, _USE_KEYS[incl, when is not None], amount=shown, date=when)
        choices.append(Choice(offer, label))
    choices.append(Choice(USE_NONE, t(locale, "reading.use.none"), synonyms=_NONE_WORDS))
    return choices


def read_reading_answer(draft: ClaimDraft, answer: Any) -> str:
    """A typed answer to "Use these for the claim?" that names no option: "yes" takes the
    one offer, or asks which of two (incl. or excl. tax), their buttons shown; anything
    else is no answer (asked again)."""
    text = answer if isinstance(answer, str) else ""
    item = draft.evidence
    offers = _offers(draft, item.reading) if item is not None and item.reading else []
    if text and recognize_yes_no(text) is True and offers:
        if len(offers) == 1:
            return offers[0]
        options = [(c.value, c.label) for c in reading_choices(draft) if c.value in offers]
        raise UserInputError("reading_which", value=excerpt(text), options=options)
    raise UserInputError("choice_unknown", value=excerpt(text))


def use_reading(draft: ClaimDraft, value: Any) -> str | None:
    """Fill the claim from the reading as chosen; the line saying what changed (None:
    nothing did). The offer is closed either way; the caller saves."""
    item = draft.evidence
    if item is None or item.reading is None:
        return None
    reading, claim, locale = item.reading, draft.claim, draft.locale
    item.reading_offered = False
    if value not in _offers(draft, reading):
        return t(locale, "reading.not_used")
    filled: dict[str, Any] = {}
    amount = {USE_INCL: reading.total, USE_EXCL: reading.total_excl_tax}.get(value)
    if amount is not None:
        currency = _currency(draft)
        places = minor_units(currency) if currency else 2
        claim.amount = amount.quantize(Decimal(1).scaleb(-places))
        filled["amount"] = str(claim.amount)
    if isinstance(reading.issued_on, date):
        claim.execution_date = reading.issued_on
        filled["execution_date"] = reading.issued_on.isoformat()
    claim.record(draft.identity.user_id, "filled_from_invoice", item_ids=[item.id])
    said = []
    if "amount" in filled and claim.amount is not None:
        currency = _currency(draft)
        said.append(
            t(
                locale,
                "reading.filled.amount",
                amount=format_amount(claim.amount, currency, locale)
                if currency
                else filled["amount"],
            )
        )
    if claim.execution_date is not None and "execution_date" in filled:
        said.append(
            t(locale, "reading.filled.date", date=format_date(claim.execution_date, locale))
        )
    return t(locale, "reading.filled", what=f" {t(locale, 'reading.and')} ".join(said))
