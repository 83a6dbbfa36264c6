"""What the bot read in an invoice: the fields, how sure it is of each, or why it could not.

An `InvoiceReading` is kept with the evidence item it was read from (`Evidence.reading`),
so the pre-submission check, a status answer or a reviewer's rejection about the invoice
can point at what was read. It is made by the `invoices` package (text PDFs, scanned PDFs
and photos) and is plain data: ids, short texts, amounts and dates, never the file's text.

A field is *certain* when its confidence reaches `CERTAIN`: only certain values are used
to fill a claim or to find fault with one. Anything below is shown as a question ("is the
total 2 400,00?"), never as a fact, so a wrong reading is never presented as sure.

Statuses:

- `read`: the document is an invoice; some fields may still be missing or unsure;
- `unreadable`: too little text could be read (a blurry photo, a blank scan);
- `not_invoice`: text was read, but nothing in it says invoice (a photo of a booth, an
  agenda);
- `no_ocr`: an image or a scanned PDF, and this installation has no OCR engine;
- `failed`: refused or given up (`reason`: `too_large`, `too_many_pages`, `too_many_pixels`,
  `damaged`, `timeout`, `encrypted`, `not_supported`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field

# At or above this, a read value is used as read; below, it is asked about.
CERTAIN = 0.8

# The fields a reading may have, in the order they are said back to the partner.
READ_FIELDS: tuple[str, ...] = (
    "supplier",
    "number",
    "issued_on",
    "total",
    "total_excl_tax",
    "tax",
    "currency",
)


class ReadingStatus(StrEnum):
    READ = "read"
    UNREADABLE = "unreadable"
    NOT_INVOICE = "not_invoice"
    NO_OCR = "no_ocr"
    FAILED = "failed"


class ReadingMethod(StrEnum):
    TEXT = "text"  # the PDF's own text
    OCR = "ocr"  # an image, or a PDF page without text, through the OCR engine


class InvoiceReading(BaseModel):
    status: ReadingStatus
    method: ReadingMethod | None = None
    # Why a `failed` reading failed (see the module's docstring).
    reason: str | None = None
    pages: int = 0
    supplier: str | None = None
    number: str | None = None
    issued_on: date | None = None
    # The amount due, taxes included when the invoice shows taxes.
    total: Decimal | None = None
    total_excl_tax: Decimal | None = None
    tax: Decimal | None = None
    currency: str | None = None
    # Field name → 0..1, for each field found.
    confidence: dict[str, float] = Field(default_factory=dict)
    read_at: datetime | None = None

    def is_certain(self, field: str) -> bool:
        return getattr(self, field) is not None and self.confidence.get(field, 0.0) >= CERTAIN

    def certain(self, field: str) -> object | None:
        """The field's value when it is certain, else None."""
        return getattr(self, field) if self.is_certain(field) else None

    @property
    def is_invoice(self) -> bool:
        return self.status is ReadingStatus.READ

    @property
    def found_anything(self) -> bool:
        return any(getattr(self, name) is not None for name in READ_FIELDS)
