"""Snap to claim: an invoice a partner attaches (a PDF with text, a scanned PDF, a photo or
a scan as PNG, JPEG, TIFF, BMP or GIF) read into the fields of a claim.

The result is a `domain.invoice.InvoiceReading`: the fields found and how sure of each,
or why nothing was read (`unreadable`, `not_invoice`, `no_ocr`, `failed` with a reason).
It never holds the document's text, and nothing here logs it.

Limits (`Limits`, defaults): 20 MB; the first 5 pages read, more than 50 refused; 40
megapixels an image or page (checked before decoding; a JPEG over it is decoded at 1/2,
1/4 or 1/8 scale); 6 s of OCR a page and 12 s a document. `InvoiceReader` reads in
worker processes with a memory ceiling, killed past their time. Images and scanned pages
need Tesseract with English and French (Debian: tesseract-ocr, tesseract-ocr-fra); without
it (or with `INVOICE_OCR=off`) they are `no_ocr`, and text PDFs are still read.

Modules (`extract` and `fields` know nothing of each other; `reader` uses both):

- `limits`: what a reading may cost, how it is refused, and whether Tesseract can read
  images here; no parser (the bot's own process imports only this and `reader`);
- `extract`: bytes → text, page by page, lines kept (pypdf; pypdfium2 and Tesseract for
  scans and images), loaded by the worker processes that read;
- `fields`: text → fields, with a confidence each (pure, no I/O);
- `reader`: `read_document` (the two in turn, every failure a reading), `InvoiceReader`
  (the bot's asynchronous facade: readings in worker processes) and `describe_ocr`, for
  start-up and /healthz.

Only the standard library, those libraries and `domain` are imported here: never the bot,
its dialogs, storage or views.
"""

from __future__ import annotations

from invoices.limits import Limits, ocr_available
from invoices.reader import InvoiceReader, describe_ocr, read_document

__all__ = ["InvoiceReader", "Limits", "describe_ocr", "ocr_available", "read_document"]
