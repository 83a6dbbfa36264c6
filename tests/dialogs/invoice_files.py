"""Invoices as partners send them, made for the dialog tests: a text PDF (fpdf2), and the
same invoice as a photo (an image of its text)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# Contoso Events' invoice for the seminar of the tests' campaign (Sep – Nov 2026).
CONTOSO_EN: tuple[str, ...] = (
    "Contoso Events Ltd",
    "12 Market Street, London EC1A 1BB",
    "",
    "INVOICE",
    "Invoice number: F-2026-118",
    "Invoice date: 5 November 2026",
    "Due date: 5 December 2026",
    "Bill to: Fabrikam SAS",
    "",
    "Security workshop, venue and catering      2,000.00 EUR",
    "",
    "Subtotal                                   2,000.00 EUR",
    "VAT 20%                                      400.00 EUR",
    "Total due                                  2,400.00 EUR",
)
CONTOSO_FR: tuple[str, ...] = (
    "Contoso Événements SAS",
    "12 rue du Marché, 75002 Paris",
    "",
    "FACTURE",
    "Facture n° F-2026-118",
    "Date de facture : 05/11/2026",
    "Échéance : 05/12/2026",
    "Client : Fabrikam SAS",
    "",
    "Atelier sécurité, salle et traiteur        2 000,00 €",
    "",
    "Total HT                                   2 000,00 €",
    "TVA 20 %                                     400,00 €",
    "Total TTC                                  2 400,00 €",
)
# A photo of a booth: text, but nothing of an invoice.
BOOTH: tuple[str, ...] = ("Fabrikam booth", "Hall 3, stand B12", "Come and see our demos")


@cache
def invoice_pdf(lines: Sequence[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=11)
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@cache
def invoice_photo(lines: Sequence[str]) -> bytes:
    """The lines drawn black on an off-white page, as a JPEG (a phone's photo of a print)."""
    font = ImageFont.truetype(FONT, 30)
    image = Image.new("L", (1400, 120 + 48 * len(lines)), color=235)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((70, 60 + 48 * number), line, fill=20, font=font)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


@cache
def blank_photo() -> bytes:
    out = io.BytesIO()
    Image.new("L", (800, 600), color=200).save(out, "PNG")
    return out.getvalue()
