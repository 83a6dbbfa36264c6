"""What was read in an invoice, in the partner's words: the sentence after a reading, the
values on the choices that use it, and the reminder in a reviewer's rejection about it.

A value read without certainty (`InvoiceReading.is_certain`) is always followed by
"(to check)": it is asked about, never stated as a fact.
"""

from __future__ import annotations

from decimal import Decimal

from domain.claim import Claim
from domain.dates import format_date
from domain.evidence import EvidenceKind
from domain.invoice import InvoiceReading, ReadingStatus
from domain.money import format_amount
from views.cards import escape
from views.strings import t


def unsure(reading: InvoiceReading, field: str, locale: str) -> str:
    """ " (to check)" after a value read without certainty."""
    return "" if reading.is_certain(field) else " " + t(locale, "reading.unsure")


def read_money(
    reading: InvoiceReading, amount: Decimal, field: str, currency: str | None, locale: str
) -> str:
    """`amount` in the invoice's currency (else `currency`, the claim's)."""
    shown_in = reading.currency or currency
    shown = format_amount(amount, shown_in, locale) if shown_in else str(amount)
    return shown + unsure(reading, field, locale)


def read_date(reading: InvoiceReading, locale: str) -> str:
    assert reading.issued_on is not None
    return format_date(reading.issued_on, locale) + unsure(reading, "issued_on", locale)


def reading_sentence(
    reading: InvoiceReading, file_name: str, currency: str | None, locale: str
) -> str:
    """One sentence of what was read in the file, or why nothing was."""
    name = escape(file_name)
    if reading.status is ReadingStatus.FAILED and reading.reason == "timeout":
        return t(locale, "reading.timeout", name=name)
    if not reading.is_invoice:
        return t(locale, f"reading.{reading.status.value}", name=name)
    if reading.number is not None:
        number = f"**{escape(reading.number)}**{unsure(reading, 'number', locale)}"
        head = t(locale, "reading.number", number=number)
    else:
        head = name
    if reading.supplier is not None:
        supplier = f"**{escape(reading.supplier)}**{unsure(reading, 'supplier', locale)}"
        head += " " + t(locale, "reading.supplier", supplier=supplier)
    parts = []
    if reading.issued_on is not None:
        parts.append(read_date(reading, locale))
    if reading.total is not None:
        total = read_money(reading, reading.total, "total", currency, locale)
        if reading.total_excl_tax is not None and reading.total_excl_tax != reading.total:
            excl = read_money(reading, reading.total_excl_tax, "total_excl_tax", currency, locale)
            parts.append(t(locale, "reading.total_both", total=total, excl=excl))
        else:
            parts.append(t(locale, "reading.total", total=total))
    if not parts and reading.number is None:
        return t(locale, "reading.nothing", name=name)
    return t(locale, "reading.read", found=", ".join([head, *parts]))


def invoices_read(claim: Claim, pointed: set[str], locale: str) -> list[str]:
    """What was read in the claim's invoices a reviewer's reasons point at (`pointed`: item
    ids, or the item code "invoice"), one sentence each, so the partner sees at once what
    the reviewer saw."""
    wanted = EvidenceKind.INVOICE.value in pointed
    return [
        reading_sentence(item.reading, item.file_name or "", claim.currency, locale)
        for item in claim.evidence
        if item.kind is EvidenceKind.INVOICE
        and item.reading is not None
        and (wanted or item.id in pointed)
    ]
