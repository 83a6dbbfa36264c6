"""A corpus of invoices and other documents, generated, with what should be read from each
(the "snap to claim" issue: ≥ 40 invoices, fr and en, text PDFs and degraded images).

Nothing binary is committed: every sample is drawn here, the same bytes on every run
(fixed dates in the PDFs, noise from a `random.Random` seeded with the sample's name), so a
miss seen once can be looked at again with `corpus()`.

Three kinds of sample, as partners send them:

- `text_pdf`: the invoice as its supplier's software writes it (fpdf2, TrueType fonts, so
  €, é and ’ are real characters in the PDF's text);
- `image`: the same page rendered by pdfium, then degraded as a phone or a cheap scanner
  would: turned a quarter or a half turn, skewed by a degree or two, grey background and
  uneven light, noise or specks, JPEG compression, blur, 100 to 150 dpi. A multi-page
  invoice becomes a multi-page TIFF;
- `scanned_pdf`: page images in a PDF without text, as a copier's "scan to PDF" makes.

The fonts are Debian's fonts-dejavu-core and fonts-liberation, embedded in the PDFs.

The designs differ where real invoices differ and where a reader can go wrong: a French
invoice with SIRET, "Total HT / TVA / Total TTC / Net à payer"; a US one whose due date
is written as plainly as its invoice date; UK (£, dd/mm/yyyy), Belgian (1.464,10 €), Swiss
(1'351.25 CHF and a payment slip repeating the amount), Québec (TPS + TVQ, "$" for CAD);
several VAT rates; a till receipt; an invoice without VAT; totals on a second page;
distracting amounts (late-payment fee, carried-forward subtotal) and dates (order, due,
ship). The non-invoices are the documents sent with a claim that look most like one: a
quote, a credit note, a purchase order, an estimate, agendas, a booth photo, a blank page.
"""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from statistics import NormalDist
from typing import Literal

import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

from domain.invoice import InvoiceReading, ReadingStatus

Kind = Literal["text_pdf", "image", "scanned_pdf"]
Language = Literal["fr", "en"]

D = Decimal
CENT = Decimal("0.01")
# Written into every PDF instead of "now", so the same corpus is the same bytes.
CREATED = datetime(2026, 1, 1, tzinfo=UTC)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
FONTS: dict[str, tuple[Path, Path]] = {
    "DejaVuSans": (DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": (DEJAVU / "DejaVuSerif.ttf", DEJAVU / "DejaVuSerif-Bold.ttf"),
    "LiberationSans": (
        LIBERATION / "LiberationSans-Regular.ttf",
        LIBERATION / "LiberationSans-Bold.ttf",
    ),
    "LiberationSerif": (
        LIBERATION / "LiberationSerif-Regular.ttf",
        LIBERATION / "LiberationSerif-Bold.ttf",
    ),
    "LiberationMono": (
        LIBERATION / "LiberationMono-Regular.ttf",
        LIBERATION / "LiberationMono-Bold.ttf",
    ),
}

# ---- what should be read ----------------------------------------------------------------


class Outcome(StrEnum):
    """How one field of one reading compares with what the document says."""

    RIGHT = "right"  # the expected value, certain
    UNSURE = "unsure"  # not read, or read below CERTAIN: asked about, never used
    WRONG = "wrong"  # a certain value that is not the document's: the one thing never allowed


def _normalized(text: str) -> str:
    """Case, accents' composition, spaces and punctuation aside: "FABRIKAM SAS" is
    "Fabrikam SAS", "F-2026-118" is "F 2026 118"; a different name or number is not."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if char.isalnum())


@dataclass(frozen=True)
class Expected:
    """What the document says: None where it says nothing (no number on an agenda, no
    VAT on an auto-entrepreneur's invoice). For a non-invoice the fields are what it shows
    (a quote's total), only for information: the reader must not call it an invoice."""

    supplier: str | None
    number: str | None
    issued_on: date | None
    total: Decimal | None
    total_excl_tax: Decimal | None
    tax: Decimal | None
    currency: str | None
    is_invoice: bool

    def judge(self, field_name: str, reading: InvoiceReading) -> Outcome | None:
        """RIGHT only when the reading is an invoice's and the value is certain and equal;
        a certain value the document does not have is WRONG; None when there is nothing
        to read and nothing was read."""
        expected = getattr(self, field_name)
        if not reading.is_certain(field_name):
            return None if expected is None else Outcome.UNSURE
        read = getattr(reading, field_name)
        if expected is None or not _same(field_name, read, expected):
            return Outcome.WRONG
        return Outcome.RIGHT if reading.status is ReadingStatus.READ else Outcome.UNSURE


def _same(field_name: str, read: object, expected: object) -> bool:
    if field_name in ("supplier", "number"):
        return _normalized(str(read)) == _normalized(str(expected))
    return read == expected


@dataclass(frozen=True)
class Degradation:
    """What a phone or a scanner does to a page, applied in that order: photo background
    and light, skew, blur, noise, specks, quarter turns; JPEG when the file is saved."""

    label: str  # in the sample's name: "photo", "rotated", "noisy", "lowres", "skewed"
    dpi: int
    turn: int = 0  # clockwise, degrees: 0, 90, 180 or 270
    skew: float = 0.0  # degrees, counter-clockwise
    noise: int = 0  # Gaussian noise's standard deviation, in grey levels
    specks: float = 0.0  # salt and pepper: the share of pixels turned black or white
    blur: float = 0.0  # Gaussian blur's radius, pixels
    jpeg: int | None = None  # JPEG quality, None for a lossless file
    photo: bool = False  # colour, a desk around the page, uneven light

    def describe(self) -> str:
        parts = []
        if self.photo:
            parts.append("phone photo")
        if self.turn:
            parts.append(f"rotated {self.turn}°")
        if self.skew:
            parts.append(f"skewed {self.skew:+.1f}°")
        if self.noise:
            parts.append(f"noise σ {self.noise}")
        if self.specks:
            parts.append(f"specks {self.specks:.1%}")
        if self.blur:
            parts.append(f"blur {self.blur} px")
        if self.jpeg:
            parts.append(f"JPEG q{self.jpeg}")
        parts.append(f"{self.dpi} dpi")
        return ", ".join(parts)

    def apply(self, page: Image.Image, rng: random.Random) -> Image.Image:
        image = _photographed(page, rng) if self.photo else page
        if self.skew:
            background = image.getpixel((0, 0)) if self.photo else 255
            image = image.rotate(
                self.skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=background
            )
        if self.blur:
            image = image.filter(ImageFilter.GaussianBlur(self.blur))
        if self.noise:
            image = _with_noise(image, self.noise, rng)
        if self.specks:
            image = _with_specks(image, self.specks, rng)
        if self.turn:
            image = image.rotate(-self.turn, expand=True)
        return image


@dataclass(frozen=True)
class Sample:
    name: str  # "fr-classic-01.pdf", "fr-classic-01-photo.jpg"
    kind: Kind
    data: bytes = field(repr=False)
    expected: Expected
    variant: str  # "text", "rotated 90°, noise σ 10, 130 dpi"
    language: Language | None  # None: no words to speak of (a blank page)
    pages: int
    degradation: Degradation | None = None


# ---- the documents ----------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class Tax:
    label: str  # as printed: "TVA 20 %", "Sales Tax (8.25%)"
    rate: Decimal  # percent
    lines: tuple[int, ...] | None = None  # the lines it applies to; None: all of them


@dataclass(frozen=True)
class Spec:
    """One document: its words and numbers, and the layout that draws them."""

    name: str
    language: Language | None
    layout: str  # a key of LAYOUTS
    font: str  # a key of FONTS
    title: str  # "FACTURE", "INVOICE", "DEVIS"…
    supplier: str | None
    supplier_lines: tuple[str, ...] = ()
    client_lines: tuple[str, ...] = ()
    number_label: str = ""
    number: str | None = None
    date_label: str = ""
    issued_on: date | None = None
    dates: str = "fr-num"  # a key of _DATE_STYLES
    # Printed besides the invoice date, which a reader must not take for it.
    other_dates: tuple[tuple[str, date], ...] = ()
    currency: str | None = None
    money: str = "fr"  # a key of MONEY
    lines: tuple[Line, ...] = ()
    taxes: tuple[Tax, ...] = ()
    # Till receipts: the lines' prices include the tax, which is worked out backwards.
    prices_include_tax: bool = False
    notes: tuple[str, ...] = ()
    is_invoice: bool = True

    def tax_amounts(self) -> list[Decimal]:
        amounts = []
        for tax in self.taxes:
            base = sum(
                (
                    line.amount
                    for index, line in enumerate(self.lines)
                    if tax.lines is None or index in tax.lines
                ),
                D(0),
            )
            divisor = 100 + tax.rate if self.prices_include_tax else D(100)
            amounts.append((base * tax.rate / divisor).quantize(CENT, ROUND_HALF_UP))
        return amounts

    @property
    def gross(self) -> Decimal:
        return sum((line.amount for line in self.lines), D(0))

    @property
    def subtotal(self) -> Decimal:
        """Taxes excluded."""
        return self.gross - sum(self.tax_amounts()) if self.prices_include_tax else self.gross

    @property
    def total(self) -> Decimal:
        """Taxes included: what is due."""
        return self.gross if self.prices_include_tax else self.gross + sum(self.tax_amounts())

    def expected(self) -> Expected:
        taxed = bool(self.taxes)
        return Expected(
            supplier=self.supplier,
            number=self.number,
            issued_on=self.issued_on,
            total=self.total if self.lines else None,
            total_excl_tax=self.subtotal if taxed else None,
            tax=sum(self.tax_amounts(), D(0)) if taxed else None,
            currency=self.currency,
            is_invoice=self.is_invoice,
        )


# (thousands separator, decimal mark, before, after)
MONEY: dict[str, tuple[str, str, str, str]] = {
    "fr": (" ", ",", "", " €"),
    "fr-nbsp": ("\u202f", ",", "", "\u00a0€"),
    "fr-code": (" ", ",", "", " EUR"),
    "be": (".", ",", "", " €"),
    "fr-cad": (" ", ",", "", " $"),
    "usd": (",", ".", "$", ""),
    "cad": (",", ".", "$", ""),
    "gbp": (",", ".", "£", ""),
    "eur-en": (",", ".", "€", ""),
    "code-eur": (",", ".", "EUR ", ""),
    "chf": ("'", ".", "", ""),  # the column says CHF
}


def money(amount: Decimal, style: str, *, symbol: bool = True) -> str:
    group, point, before, after = MONEY[style]
    whole, cents = f"{amount:.2f}".split(".")
    text = f"{int(whole):,}".replace(",", group) + point + cents
    return f"{before}{text}{after}" if symbol else text


FR_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()

_DATE_STYLES = {
    "fr-num": lambda d: f"{d.day:02}/{d.month:02}/{d.year}",
    "fr-long": lambda d: f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]} {d.year}",
    "us-long": lambda d: f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
    "us-short": lambda d: f"{EN_MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "us-num": lambda d: f"{d.month:02}/{d.day:02}/{d.year}",
    "uk-long": lambda d: f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}",
    "dmy-abbr": lambda d: f"{d.day:02}-{EN_MONTHS[d.month - 1][:3]}-{d.year}",
    "iso": lambda d: d.isoformat(),
    "dot": lambda d: f"{d.day:02}.{d.month:02}.{d.year}",
}


def day(value: date, style: str) -> str:
    return _DATE_STYLES[style](value)


# ---- drawing ------------------------------------------------------------------------------

BLACK = (0, 0, 0)
GREY = (110, 110, 110)
WHITE = (255, 255, 255)
LIGHT = (230, 230, 230)


class Sheet:
    """An fpdf2 document in one TrueType family, positions in mm from the top-left corner:
    the layouts place text where a designer would, not in a flow."""

    def __init__(self, font: str, page_format: str | tuple[float, float] = "A4") -> None:
        pdf = FPDF(unit="mm", format=page_format)
        pdf.set_auto_page_break(False)
        pdf.set_margins(15, 15, 15)
        pdf.set_creation_date(CREATED)
        regular, bold = FONTS[font]
        pdf.add_font(font, "", str(regular))
        pdf.add_font(font, "B", str(bold))
        self.pdf = pdf
        self.font = font

    @property
    def width(self) -> float:
        return self.pdf.w

    def page(self) -> None:
        self.pdf.add_page()

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 10,
        bold: bool = False,
        width: float = 0,
        align: str = "L",
        color: tuple[int, int, int] = BLACK,
    ) -> None:
        self.pdf.set_font(self.font, "B" if bold else "", size)
        self.pdf.set_text_color(*color)
        self.pdf.set_xy(x, y)
        self.pdf.cell(width, size * 0.42, text, align=align)

    def lines(self, x: float, y: float, texts: tuple[str, ...], *, size: float = 9.5) -> float:
        """Texts one under the other; the y below the last."""
        for text in texts:
            self.text(x, y, text, size=size)
            y += size * 0.5
        return y

    def rule(self, y: float, x1: float = 15, x2: float = 195, *, width: float = 0.3) -> None:
        self.pdf.set_line_width(width)
        self.pdf.set_draw_color(*BLACK)
        self.pdf.line(x1, y, x2, y)

    def box(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        *,
        fill: tuple[int, int, int] | None = None,
        border: bool = True,
    ) -> None:
        self.pdf.set_line_width(0.3)
        self.pdf.set_draw_color(*BLACK)
        if fill is not None:
            self.pdf.set_fill_color(*fill)
        style = ("F" if fill is not None else "") + ("D" if border else "")
        self.pdf.rect(x, y, w, h, style=style)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def _table(
    sheet: Sheet,
    y: float,
    spec: Spec,
    headers: tuple[str, str, str, str],
    *,
    lines: tuple[Line, ...] | None = None,
    x: float = 15,
    widths: tuple[float, float, float, float] = (95, 20, 32.5, 32.5),
    header_fill: tuple[int, int, int] = LIGHT,
    header_color: tuple[int, int, int] = BLACK,
    row: float = 7,
    size: float = 9.5,
) -> float:
    """The invoice's lines under a filled header row; the y below the table."""
    sheet.box(x, y, sum(widths), row, fill=header_fill, border=False)
    left = x
    for header, width, align in zip(headers, widths, "LRRR", strict=True):
        sheet.text(
            left + 1.5,
            y + 1.8,
            header,
            size=size,
            bold=True,
            width=width - 3,
            align=align,
            color=header_color,
        )
        left += width
    y += row
    for line in spec.lines if lines is None else lines:
        cells = (
            line.description,
            str(line.quantity),
            money(line.unit_price, spec.money, symbol=False),
            money(line.amount, spec.money, symbol=False),
        )
        left = x
        for cell, width, align in zip(cells, widths, "LRRR", strict=True):
            sheet.text(left + 1.5, y + 1.8, cell, size=size, width=width - 3, align=align)
            left += width
        y += row
    sheet.rule(y, x, x + sum(widths), width=0.2)
    return y + 4


def _totals(
    sheet: Sheet,
    y: float,
    rows: list[tuple[str, str, bool]],
    *,
    x: float = 110,
    label_width: float = 50,
    value_width: float = 35,
    size: float = 10,
    boxed: bool = False,
) -> float:
    """Label / amount rows, amounts right-aligned; in a bordered table when `boxed`."""
    for label, value, bold in rows:
        if boxed:
            sheet.box(x, y - 1.5, label_width, 7.5)
            sheet.box(x + label_width, y - 1.5, value_width, 7.5)
        sheet.text(x + 1.5, y, label, size=size, bold=bold, width=label_width - 3)
        sheet.text(
            x + label_width + 1.5, y, value, size=size, bold=bold, width=value_width - 3, align="R"
        )
        y += 7.5
    return y


def _fr_tax_rows(spec: Spec) -> list[tuple[str, str, bool]]:
    amounts = spec.tax_amounts()
    rows = [
        (tax.label, money(amount, spec.money), False)
        for tax, amount in zip(spec.taxes, amounts, strict=True)
    ]
    if len(amounts) > 1:
        rows.append(("Total TVA", money(sum(amounts, D(0)), spec.money), False))
    return rows


def _french_classic(sheet: Sheet, spec: Spec) -> None:
    """Supplier and SIRET top left, FACTURE top right, client in a box, lines, HT / TVA /
    TTC / Net à payer, the legal mentions at the foot (with the 40 € recovery fee)."""
    sheet.page()
    sheet.text(15, 15, spec.supplier or "", size=16, bold=True)
    sheet.lines(15, 24, spec.supplier_lines, size=9)
    sheet.text(115, 15, spec.title, size=22, bold=True, width=80, align="R")
    meta = [
        f"{spec.number_label} {spec.number}",
        f"{spec.date_label} {day(spec.issued_on, spec.dates)}",
    ]
    meta += [f"{label} {day(value, spec.dates)}" for label, value in spec.other_dates]
    y = 27
    for text in meta:
        sheet.text(115, y, text, size=10, width=80, align="R")
        y += 5.5
    sheet.box(115, 55, 80, 32)
    sheet.text(118, 58, "Client", size=9, bold=True, color=GREY)
    sheet.lines(118, 64, spec.client_lines, size=10)
    y = _table(sheet, 98, spec, ("Désignation", "Qté", "PU HT", "Montant HT"))
    rows = [("Total HT", money(spec.subtotal, spec.money), False), *_fr_tax_rows(spec)]
    rows.append(("Total TTC", money(spec.total, spec.money), True))
    if spec.is_invoice:
        rows.append(("Net à payer", money(spec.total, spec.money), True))
    _totals(sheet, y + 2, rows)
    notes = spec.notes or (
        "Conditions de paiement : 30 jours à réception de facture.",
        "En cas de retard de paiement, pénalités au taux de trois fois le taux d’intérêt légal",
        "et indemnité forfaitaire pour frais de recouvrement de 40 €.",
        "IBAN FR76 3000 4000 0312 3456 7890 143 – BIC BNPAFRPP",
    )
    sheet.lines(15, 255, notes, size=8)


def _us(sheet: Sheet, spec: Spec) -> None:
    """Supplier top left, a big grey INVOICE top right with the meta under it, Bill To /
    Ship To, a dark table header, Subtotal / Sales Tax / Total, then Amount Due boxed."""
    sheet.page()
    sheet.text(15, 15, spec.supplier or "", size=18, bold=True)
    sheet.lines(15, 25, spec.supplier_lines, size=9.5)
    sheet.text(105, 14, spec.title, size=26, bold=True, width=90, align="R", color=GREY)
    y = 30
    meta = [
        (spec.number_label, spec.number or ""),
        (spec.date_label, day(spec.issued_on, spec.dates)),
    ]
    meta += [(label, day(value, spec.dates)) for label, value in spec.other_dates]
    for label, value in meta:
        sheet.text(120, y, label, size=10, bold=True, width=40, align="R")
        sheet.text(160, y, value, size=10, width=35, align="R")
        y += 6
    # A purchase order is the buyer's: the other party is its vendor.
    sheet.text(15, 62, "Bill To" if spec.is_invoice else "Vendor", size=10, bold=True)
    sheet.lines(15, 68, spec.client_lines, size=10)
    sheet.text(110, 62, "Ship To", size=10, bold=True)
    sheet.lines(
        110, 68, (*spec.client_lines[:1], "Receiving dock 4", *spec.client_lines[2:]), size=10
    )
    y = _table(
        sheet,
        100,
        spec,
        ("DESCRIPTION", "QTY", "RATE", "AMOUNT"),
        header_fill=(45, 45, 45),
        header_color=WHITE,
    )
    rows = [("Subtotal", money(spec.subtotal, spec.money), False)]
    rows += [
        (tax.label, money(amount, spec.money), False)
        for tax, amount in zip(spec.taxes, spec.tax_amounts(), strict=True)
    ]
    rows.append(("Total", money(spec.total, spec.money), True))
    y = _totals(sheet, y + 2, rows)
    if spec.is_invoice:
        sheet.box(110, y, 85, 10, fill=LIGHT)
        sheet.text(112, y + 2.5, "Amount Due", size=12, bold=True, width=40)
        sheet.text(
            150, y + 2.5, money(spec.total, spec.money), size=12, bold=True, width=43, align="R"
        )
    notes = spec.notes or (
        "Thank you for your business!",
        f"Make all checks payable to {(spec.supplier or '').rstrip('.')}. "
        "Late payments are subject to a $25 fee.",
    )
    sheet.lines(15, 260, notes, size=9)


def _uk(sheet: Sheet, spec: Spec) -> None:
    """INVOICE top left, supplier and VAT number right-aligned on the right, a label/value
    grid, Net / VAT / Total (code), bank details (sort code, account) at the foot."""
    sheet.page()
    sheet.text(15, 15, spec.title, size=24, bold=True)
    sheet.text(95, 15, spec.supplier or "", size=13, bold=True, width=100, align="R")
    y = 22
    for text in spec.supplier_lines:
        sheet.text(95, y, text, size=9, width=100, align="R")
        y += 4.5
    sheet.text(15, 45, "Invoice to:", size=9, bold=True, color=GREY)
    sheet.lines(15, 50, spec.client_lines, size=10)
    grid = [
        (spec.number_label, spec.number or ""),
        (spec.date_label, day(spec.issued_on, spec.dates)),
    ]
    grid += [(label, day(value, spec.dates)) for label, value in spec.other_dates]
    y = 48
    for label, value in grid:
        sheet.text(115, y, label, size=10, bold=True)
        sheet.text(155, y, value, size=10, width=40, align="R")
        y += 6
    y = _table(sheet, 92, spec, ("Description", "Qty", "Unit price", "Net"))
    rows = [("Net", money(spec.subtotal, spec.money), False)]
    rows += [
        (tax.label, money(amount, spec.money), False)
        for tax, amount in zip(spec.taxes, spec.tax_amounts(), strict=True)
    ]
    rows.append((f"Total ({spec.currency})", money(spec.total, spec.money), True))
    _totals(sheet, y + 2, rows)
    notes = spec.notes or (
        "Payment within 30 days by bank transfer. Sort code 20-00-00, account 43218765.",
        f"Please quote {spec.number} with your payment.",
    )
    sheet.lines(15, 262, notes, size=8.5)


def _two_column(sheet: Sheet, spec: Spec) -> None:
    """Supplier centred over a rule; the meta as a bordered label/value table on the left,
    the client on the right; the totals as a bordered, right-aligned table."""
    sheet.page()
    sheet.text(15, 14, spec.supplier or "", size=17, bold=True, width=180, align="C")
    sheet.text(15, 22, " · ".join(spec.supplier_lines), size=8.5, width=180, align="C")
    sheet.rule(29)
    sheet.text(15, 34, spec.title, size=15, bold=True)
    grid = [
        (spec.number_label, spec.number or ""),
        (spec.date_label, day(spec.issued_on, spec.dates)),
    ]
    grid += [(label, day(value, spec.dates)) for label, value in spec.other_dates]
    y = 44
    for label, value in grid:
        sheet.box(15, y - 1.5, 45, 7.5, fill=LIGHT)
        sheet.box(60, y - 1.5, 40, 7.5)
        sheet.text(16.5, y, label, size=9, bold=True, width=42)
        sheet.text(61.5, y, value, size=9.5, width=37)
        y += 7.5
    sheet.text(
        115,
        44,
        "Facturé à" if spec.language == "fr" else "Billed to",
        size=9,
        bold=True,
        color=GREY,
    )
    sheet.lines(115, 50, spec.client_lines, size=10)
    y = _table(
        sheet,
        max(y, 80) + 8,
        spec,
        ("Désignation", "Qté", "Prix unit.", "Montant")
        if spec.language == "fr"
        else ("Item", "Qty", "Unit price", "Amount"),
    )
    taxes = zip(spec.taxes, spec.tax_amounts(), strict=True)
    if spec.language == "fr":
        rows = [("Total HT", money(spec.subtotal, spec.money), False)]
        rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
        rows.append(("Total TTC", money(spec.total, spec.money), True))
    else:
        rows = [("Subtotal", money(spec.subtotal, spec.money), False)]
        rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
        rows.append(("Total", money(spec.total, spec.money), True))
    _totals(sheet, y + 4, rows, x=105, label_width=55, value_width=35, boxed=True)
    sheet.lines(15, 262, spec.notes, size=8.5)


PAGE_ONE_ROWS = 26


def _multi_page(sheet: Sheet, spec: Spec) -> None:
    """Lines over two pages: page 1 the header and the first PAGE_ONE_ROWS lines (in
    French with the carried-forward subtotal, "À reporter"), page 2 the rest and the totals."""
    fr = spec.language == "fr"
    first, rest = spec.lines[:PAGE_ONE_ROWS], spec.lines[PAGE_ONE_ROWS:]
    headers = (
        ("Article", "Qté", "PU HT", "Total HT") if fr else ("Item", "Qty", "Unit price", "Amount")
    )
    sheet.page()
    sheet.text(15, 15, spec.supplier or "", size=15, bold=True)
    sheet.lines(15, 23, spec.supplier_lines, size=9)
    sheet.text(125, 15, spec.title, size=20, bold=True, width=70, align="R")
    sheet.text(125, 25, f"{spec.number_label} {spec.number}", size=10, width=70, align="R")
    sheet.text(
        125,
        31,
        f"{spec.date_label} {day(spec.issued_on, spec.dates)}",
        size=10,
        width=70,
        align="R",
    )
    sheet.lines(125, 42, spec.client_lines, size=9.5)
    y = _table(sheet, 68, spec, headers, lines=first, row=6.6, size=9)
    carried = sum((line.amount for line in first), D(0))
    if fr:
        sheet.text(110, y, "À reporter", size=9.5, bold=True, width=50)
        sheet.text(160, y, money(carried, spec.money), size=9.5, bold=True, width=35, align="R")
    sheet.text(15, 282, "Suite page 2" if fr else "Continued on page 2", size=8.5, color=GREY)
    sheet.text(15, 282, "Page 1/2", size=8.5, width=180, align="R", color=GREY)
    sheet.page()
    sheet.text(
        15,
        15,
        f"{spec.supplier} – {spec.number_label} {spec.number} ({'suite' if fr else 'continued'})",
        size=9.5,
        color=GREY,
    )
    y = 26
    if fr:
        sheet.text(110, y, "Report", size=9.5, bold=True, width=50)
        sheet.text(160, y, money(carried, spec.money), size=9.5, bold=True, width=35, align="R")
        y += 8
    y = _table(sheet, y, spec, headers, lines=rest, row=6.6, size=9)
    taxes = zip(spec.taxes, spec.tax_amounts(), strict=True)
    if fr:
        rows = [("Total HT", money(spec.subtotal, spec.money), False)]
        rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
        rows += [
            ("Total TTC", money(spec.total, spec.money), True),
            ("Net à payer", money(spec.total, spec.money), True),
        ]
    else:
        rows = [("Subtotal", money(spec.subtotal, spec.money), False)]
        rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
        rows += [
            ("Total", money(spec.total, spec.money), True),
            ("Balance Due", money(spec.total, spec.money), True),
        ]
    _totals(sheet, y + 2, rows)
    sheet.lines(15, 250, spec.notes, size=8.5)
    sheet.text(15, 282, "Page 2/2", size=8.5, width=180, align="R", color=GREY)


def _sole_trader(sheet: Sheet, spec: Spec) -> None:
    """A one-person business: name centred, no VAT at all, one Total line and the
    mention that says why (art. 293 B du CGI, or "no sales tax")."""
    sheet.page()
    sheet.text(15, 18, spec.supplier or "", size=18, bold=True, width=180, align="C")
    y = 27
    for text in spec.supplier_lines:
        sheet.text(15, y, text, size=9.5, width=180, align="C")
        y += 5
    sheet.rule(y + 2, 60, 150)
    sheet.text(15, 58, spec.title, size=14, bold=True)
    sheet.text(15, 66, f"{spec.number_label} {spec.number}", size=10.5)
    sheet.text(15, 72, f"{spec.date_label} {day(spec.issued_on, spec.dates)}", size=10.5)
    sheet.lines(120, 58, spec.client_lines, size=10.5)
    fr = spec.language == "fr"
    y = _table(
        sheet,
        92,
        spec,
        ("Prestation", "Qté", "Prix", "Montant") if fr else ("Service", "Qty", "Rate", "Amount"),
    )
    label = "Total" if fr else "Total Due"
    _totals(sheet, y + 2, [(label, money(spec.total, spec.money), True)], size=11.5)
    sheet.lines(15, y + 22, spec.notes, size=9.5)


def _swiss(sheet: Sheet, spec: Spec) -> None:
    """Swiss: amounts as 1'351.25 under a CHF column, dates as 14.09.2026, and under a
    cut line the payment slip (receipt and payment part) repeating the amount."""
    fr = spec.language == "fr"
    sheet.page()
    sheet.text(15, 15, spec.supplier or "", size=15, bold=True)
    sheet.lines(15, 23, spec.supplier_lines, size=9)
    sheet.lines(125, 23, spec.client_lines, size=10)
    sheet.text(15, 52, spec.title, size=16, bold=True)
    sheet.text(15, 61, f"{spec.number_label} {spec.number}", size=10)
    sheet.text(15, 67, f"{spec.date_label} {day(spec.issued_on, spec.dates)}", size=10)
    headers = (
        ("Désignation", "Qté", "Prix CHF", "Montant CHF")
        if fr
        else ("Description", "Qty", "Price CHF", "Amount CHF")
    )
    y = _table(sheet, 80, spec, headers)
    taxes = zip(spec.taxes, spec.tax_amounts(), strict=True)
    rows = [("Total HT" if fr else "Subtotal", money(spec.subtotal, spec.money), False)]
    rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
    rows.append(("Total CHF", money(spec.total, spec.money), True))
    _totals(sheet, y + 2, rows)
    sheet.text(15, 178, "Payable dans les 30 jours." if fr else "Payable within 30 days.", size=9)
    sheet.pdf.set_dash_pattern(dash=1.5, gap=1.5)
    sheet.rule(192, 0, 210, width=0.2)
    sheet.pdf.set_dash_pattern()
    sheet.text(5, 197, "Récépissé" if fr else "Receipt", size=11, bold=True)
    sheet.text(67, 197, "Section paiement" if fr else "Payment part", size=11, bold=True)
    slip = (
        "Compte / Payable à" if fr else "Account / Payable to",
        "CH44 3199 9123 0008 8901 2",
        spec.supplier or "",
        spec.supplier_lines[0],
    )
    sheet.lines(5, 206, slip, size=8)
    sheet.lines(125, 206, slip, size=8)
    for x in (5, 67):
        sheet.text(x, 255, "Monnaie" if fr else "Currency", size=7, bold=True)
        sheet.text(x + 20, 255, "Montant" if fr else "Amount", size=7, bold=True)
        sheet.text(x, 260, "CHF", size=9)
        sheet.text(x + 20, 260, money(spec.total, spec.money), size=9)


def _receipt(sheet: Sheet, spec: Spec) -> None:
    """A till receipt that is an invoice: 80 mm wide, centred, monospaced, prices with
    tax in French (the VAT worked out below) or before tax in English, card payment line."""
    fr = spec.language == "fr"
    width = sheet.width - 10
    sheet.page()
    y = 8
    sheet.text(5, y, spec.supplier or "", size=12, bold=True, width=width, align="C")
    y += 7
    for text in spec.supplier_lines:
        sheet.text(5, y, text, size=8, width=width, align="C")
        y += 4
    y += 3
    sheet.text(5, y, spec.title, size=10, bold=True, width=width, align="C")
    y += 6
    sheet.text(5, y, f"{spec.number_label} {spec.number}", size=8.5)
    y += 4.5
    sheet.text(5, y, f"{spec.date_label} {day(spec.issued_on, spec.dates)} 12:41", size=8.5)
    y += 7
    for line in spec.lines:
        sheet.text(5, y, f"{line.quantity} x {line.description}", size=8.5)
        sheet.text(
            5, y, money(line.amount, spec.money, symbol=False), size=8.5, width=width, align="R"
        )
        y += 4.5
    y += 2
    sheet.rule(y, 5, 5 + width, width=0.2)
    y += 3
    taxes = list(zip(spec.taxes, spec.tax_amounts(), strict=True))
    if fr:
        rows = [("Total HT", money(spec.subtotal, spec.money))]
        rows += [(tax.label, money(amount, spec.money)) for tax, amount in taxes]
        rows.append(("TOTAL TTC", money(spec.total, spec.money)))
    else:
        rows = [("Subtotal", money(spec.subtotal, spec.money))]
        rows += [(tax.label, money(amount, spec.money)) for tax, amount in taxes]
        rows.append(("TOTAL", money(spec.total, spec.money)))
    for label, value in rows:
        big = label.startswith("TOTAL")
        sheet.text(5, y, label, size=10 if big else 8.5, bold=big)
        sheet.text(5, y, value, size=10 if big else 8.5, bold=big, width=width, align="R")
        y += 6 if big else 4.5
    y += 3
    paid = "CB VISA **** 4417" if fr else "VISA **** 4417"
    sheet.text(5, y, paid, size=8.5)
    sheet.text(5, y, money(spec.total, spec.money, symbol=False), size=8.5, width=width, align="R")
    y += 8
    for text in spec.notes:
        sheet.text(5, y, text, size=8, width=width, align="C")
        y += 4.5


def _canada(sheet: Sheet, spec: Spec) -> None:
    """Canada: "$" for Canadian dollars (said once, in words), GST/PST or TPS/TVQ with
    their registration numbers, ISO dates."""
    fr = spec.language == "fr"
    sheet.page()
    sheet.text(15, 15, spec.supplier or "", size=15, bold=True)
    sheet.lines(15, 23, spec.supplier_lines, size=9)
    sheet.text(125, 15, spec.title, size=20, bold=True, width=70, align="R")
    sheet.text(125, 25, f"{spec.number_label} {spec.number}", size=10, width=70, align="R")
    sheet.text(
        125,
        31,
        f"{spec.date_label} {day(spec.issued_on, spec.dates)}",
        size=10,
        width=70,
        align="R",
    )
    y = 37
    for label, value in spec.other_dates:
        sheet.text(125, y, f"{label} {day(value, spec.dates)}", size=10, width=70, align="R")
        y += 6
    sheet.text(15, 55, "Facturer à" if fr else "Bill to", size=9, bold=True, color=GREY)
    sheet.lines(15, 60, spec.client_lines, size=10)
    headers = (
        ("Description", "Qté", "Prix unitaire", "Montant")
        if fr
        else ("Description", "Qty", "Unit price", "Amount")
    )
    y = _table(sheet, 88, spec, headers)
    taxes = zip(spec.taxes, spec.tax_amounts(), strict=True)
    rows = [("Sous-total" if fr else "Subtotal", money(spec.subtotal, spec.money), False)]
    rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
    rows.append(("Total", money(spec.total, spec.money), True))
    _totals(sheet, y + 2, rows)
    sheet.lines(15, 255, spec.notes, size=8.5)


def _banner(sheet: Sheet, spec: Spec) -> None:
    """White on a dark banner, then a row of boxes (number, date, due date, amount due)
    with small grey labels over the values."""
    fr = spec.language == "fr"
    sheet.page()
    sheet.box(0, 0, 210, 40, fill=(30, 45, 80), border=False)
    sheet.text(15, 12, spec.supplier or "", size=18, bold=True, color=WHITE)
    sheet.text(15, 22, " · ".join(spec.supplier_lines), size=8.5, color=WHITE)
    sheet.text(125, 13, spec.title, size=24, bold=True, width=70, align="R", color=WHITE)
    due_label, due_on = spec.other_dates[0]
    boxes = (
        (spec.number_label, spec.number or ""),
        (spec.date_label, day(spec.issued_on, spec.dates)),
        (due_label, day(due_on, spec.dates)),
        ("MONTANT DÛ" if fr else "AMOUNT DUE", money(spec.total, spec.money)),
    )
    for index, (label, value) in enumerate(boxes):
        x = 15 + index * 45
        sheet.box(x, 50, 42, 17)
        sheet.text(x + 2, 52.5, label, size=7.5, bold=True, color=GREY)
        sheet.text(x + 2, 59, value, size=10.5, bold=True)
    sheet.text(15, 76, "Client", size=9, bold=True, color=GREY)
    sheet.lines(15, 81, spec.client_lines, size=10)
    headers = (
        ("Désignation", "Qté", "Prix", "Montant")
        if fr
        else ("Description", "Qty", "Price", "Amount")
    )
    y = _table(sheet, 106, spec, headers, header_fill=(30, 45, 80), header_color=WHITE)
    taxes = zip(spec.taxes, spec.tax_amounts(), strict=True)
    rows = [("Sous-total" if fr else "Subtotal", money(spec.subtotal, spec.money), False)]
    rows += [(tax.label, money(amount, spec.money), False) for tax, amount in taxes]
    rows.append(("Total", money(spec.total, spec.money), True))
    _totals(sheet, y + 2, rows)
    sheet.lines(15, 262, spec.notes, size=8.5)


def _agenda(sheet: Sheet, spec: Spec) -> None:
    """A seminar's programme: times and sessions, a date and a place, no amounts."""
    sheet.page()
    sheet.text(15, 20, spec.title, size=20, bold=True, width=180, align="C")
    sheet.lines(15, 32, spec.supplier_lines, size=11)
    y = 55
    for entry in spec.notes:
        time, _, session = entry.partition("|")
        sheet.text(20, y, time, size=11, bold=True)
        sheet.text(45, y, session, size=11)
        y += 9
    sheet.text(15, 270, spec.supplier or "", size=9, color=GREY)


def _blank(sheet: Sheet, spec: Spec) -> None:
    """A page with nothing on it: what a scanner sends when the paper went in upside down."""
    sheet.page()


LAYOUTS = {
    "french_classic": _french_classic,
    "us": _us,
    "uk": _uk,
    "two_column": _two_column,
    "multi_page": _multi_page,
    "sole_trader": _sole_trader,
    "swiss": _swiss,
    "receipt": _receipt,
    "canada": _canada,
    "banner": _banner,
    "agenda": _agenda,
    "blank": _blank,
}
# A till receipt is printed on an 80 mm roll.
PAGE_FORMATS: dict[str, tuple[float, float]] = {"receipt": (80, 150)}


# ---- the designs ------------------------------------------------------------------------

FABRIKAM = (
    "12 rue de la Paix",
    "75002 Paris",
    "SIRET 552 081 317 00026",
    "TVA intracom. FR40 552081317",
)
CONTOSO_FR = (
    "Contoso France",
    "Service marketing",
    "8 avenue de l’Europe",
    "92130 Issy-les-Moulineaux",
)
CONTOSO_US = ("Contoso Ltd.", "Attn: Field Marketing", "1 Microsoft Way", "Redmond, WA 98052")
CONTOSO_UK = ("Contoso UK Ltd", "Partner Marketing", "2 Kingdom Street", "London W2 6BD")

_GOODIES = {
    "fr": (
        ("Stylo bille gravé", "Carnet A5 personnalisé", "Tote bag coton bio", "Clé USB 16 Go"),
        ("Gourde inox 50 cl", "Tapis de souris", "Tour de cou + badge", "Mug céramique"),
        ("Kakémono 85 × 200 cm", "Flyers A5 (lot de 500)", "T-shirt brodé", "Casquette"),
    ),
    "en": (
        ("Engraved ballpoint pen", "Branded A5 notebook", "Organic cotton tote", "16 GB USB drive"),
        ("Steel water bottle", "Mouse pad", "Lanyard + badge holder", "Ceramic mug"),
        ("Roll-up banner 33 × 79 in", "A5 flyers (500)", "Embroidered T-shirt", "Baseball cap"),
    ),
}


def _goodies(language: Language, count: int) -> tuple[Line, ...]:
    """Promotional items in three colours: enough lines to fill a page and spill over."""
    rng = random.Random(f"goodies-{language}")
    colours = ("bleu", "blanc", "noir") if language == "fr" else ("blue", "white", "black")
    names = [
        f"{item} – {colour}" for colour in colours for row in _GOODIES[language] for item in row
    ]
    return tuple(
        Line(name, rng.choice((25, 50, 100, 200, 250)), D(rng.randint(80, 2400)) / 100)
        for name in names[:count]
    )


def _line(description: str, quantity: int, unit_price: str) -> Line:
    return Line(description, quantity, D(unit_price))


# The designs are tables: one document per entry, its fields in Spec's order, laid out by
# hand (ruff would put each argument on its own line and make the table ten times longer).
# fmt: off
def invoice_specs() -> list[Spec]:
    """24 invoices, 12 in French and 12 in English, each a different design or a design
    with different fonts, amounts, dates and mentions."""
    fr = [
        Spec(
            "fr-classic-01", "fr", "french_classic", "DejaVuSans", "FACTURE", "Fabrikam SAS",
            FABRIKAM, CONTOSO_FR, "Facture n°", "F-2026-118", "Date :", date(2026, 10, 5),
            other_dates=(("Échéance :", date(2026, 11, 4)),),
            currency="EUR",
            lines=(
                _line("Location de stand – Salon Cloud Days", 1, "1500.00"),
                _line("Animation atelier partenaires (demi-journée)", 2, "450.00"),
            ),
            taxes=(Tax("TVA 20 %", D(20)),),
        ),
        Spec(
            "fr-classic-02", "fr", "french_classic", "DejaVuSerif", "FACTURE", "Contoso Events",
            ("Agence événementielle", "41 quai Saint-Antoine", "69002 Lyon",
             "SIRET 813 254 778 00019"),
            ("Fabrikam SAS", "Direction marketing", "12 rue de la Paix", "75002 Paris"),
            "Facture N°", "CE-26-0412", "Date de facture :", date(2026, 10, 12), dates="fr-long",
            currency="EUR", money="fr-nbsp",
            lines=(
                _line("Cocktail dînatoire (par personne)", 80, "24.50"),
                _line("Location salle Panorama", 1, "1200.00"),
                _line("Sonorisation et technicien", 1, "380.00"),
            ),
            taxes=(Tax("TVA 20 %", D(20)),),
        ),
        Spec(
            "fr-belgium", "fr", "french_classic", "LiberationSans", "FACTURE", "Litware SRL",
            ("Rue Royale 45", "1000 Bruxelles", "TVA BE 0123.456.789"),
            ("Contoso Belux", "Marketing partenaires", "Avenue Louise 54", "1050 Bruxelles"),
            "Facture N°", "2026/0457", "Date de facture :", date(2026, 9, 21),
            other_dates=(("Date d’échéance :", date(2026, 10, 21)),),
            currency="EUR", money="be",
            lines=(
                _line("Conception graphique du stand", 1, "850.00"),
                _line("Impression bâches 2 × 1 m", 3, "120.00"),
            ),
            taxes=(Tax("TVA 21 %", D(21)),),
            notes=(
                "Paiement à 30 jours sur le compte BE68 5390 0754 7034.",
                "Communication structurée : +++090/9337/55493+++",
            ),
        ),
        Spec(
            "fr-hotel", "fr", "french_classic", "DejaVuSans", "FACTURE", "Woodgrove Hôtels SAS",
            ("Hôtel Woodgrove Lille Centre", "3 place du Théâtre", "59800 Lille",
             "SIRET 430 118 062 00048"),
            CONTOSO_FR, "Facture n°", "H-2026-0931", "Date :", date(2026, 10, 28),
            other_dates=(("Arrivée :", date(2026, 10, 26)), ("Départ :", date(2026, 10, 27))),
            currency="EUR",
            lines=(
                _line("Chambres – nuitées", 12, "135.00"),
                _line("Petits-déjeuners", 12, "18.00"),
                _line("Location salle plénière (journée)", 1, "950.00"),
                _line("Pauses-café", 40, "6.50"),
            ),
            taxes=(Tax("TVA 10 %", D(10), (0, 1, 3)), Tax("TVA 20 %", D(20), (2,))),
        ),
        Spec(
            "fr-two-column-01", "fr", "two_column", "LiberationSans", "FACTURE",
            "Consolidated Messenger SAS",
            ("Zone Garonor, bât. 7", "93600 Aulnay-sous-Bois", "SIRET 789 456 123 00015"),
            CONTOSO_FR, "Facture n°", "CM-20931", "Date de facturation", date(2026, 10, 15),
            other_dates=(
                ("Date de commande", date(2026, 10, 2)),
                ("Date d’échéance", date(2026, 11, 14)),
            ),
            currency="EUR",
            lines=(
                _line("Transport et logistique salon – aller", 4, "2150.00"),
                _line("Stockage et manutention", 1, "1800.42"),
            ),
            taxes=(Tax("TVA (20 %)", D(20)),),
            notes=("Pénalités de retard : trois fois le taux légal. Pas d’escompte.",),
        ),
        Spec(
            "fr-two-column-02", "fr", "two_column", "DejaVuSerif", "Facture", "Proseware France",
            ("Conseil en marketing", "18 cours Mirabeau, 13100 Aix-en-Provence",
             "SIRET 824 613 590 00021"),
            ("Contoso France", "8 avenue de l’Europe", "92130 Issy-les-Moulineaux"),
            "Numéro", "PF-2026-311", "Date de facturation", date(2026, 12, 1), dates="fr-long",
            other_dates=(
                ("Bon de commande du", date(2026, 11, 10)),
                ("Échéance", date(2026, 12, 31)),
            ),
            currency="EUR", money="fr-code",
            lines=(
                _line("Stratégie de campagne co-marketing", 1, "3000.00"),
                _line("Création de contenus (jours)", 3, "750.00"),
            ),
            taxes=(Tax("TVA 20 %", D(20)),),
            notes=("Règlement par virement à 30 jours.",),
        ),
        Spec(
            "fr-multi-page", "fr", "multi_page", "DejaVuSans", "FACTURE",
            "Lucerne Publishing SARL",
            ("Objets publicitaires et impression", "22 rue Nationale, 37000 Tours",
             "SIRET 398 774 201 00036"),
            CONTOSO_FR, "Facture n°", "LP-2026-0788", "Date :", date(2026, 10, 7),
            currency="EUR", lines=_goodies("fr", 30), taxes=(Tax("TVA 20 %", D(20)),),
            notes=(
                "Paiement à 45 jours fin de mois.",
                "Indemnité forfaitaire pour frais de recouvrement : 40 €.",
            ),
        ),
        Spec(
            "fr-auto-entrepreneur", "fr", "sole_trader", "DejaVuSerif", "FACTURE", "Julie Morel",
            ("Photographe – Entrepreneur individuel", "7 rue des Lilas, 33000 Bordeaux",
             "SIRET 901 234 567 00011"),
            ("Contoso France", "Service marketing", "92130 Issy-les-Moulineaux"),
            "Facture n°", "2026-014", "Date :", date(2026, 9, 18), currency="EUR",
            lines=(
                _line("Reportage photo salon (journée)", 1, "350.00"),
                _line("Frais de déplacement", 1, "45.00"),
            ),
            notes=("TVA non applicable, art. 293 B du CGI", "Paiement à réception, par virement."),
        ),
        Spec(
            "fr-switzerland", "fr", "swiss", "LiberationSans", "Facture", "Alpine Ski House SA",
            ("Route de Lausanne 12", "1202 Genève", "IDE CHE-123.456.789 TVA"),
            ("Contoso Suisse Sàrl", "Rue du Rhône 8", "1204 Genève"),
            "Facture no", "2026-0312", "Date :", date(2026, 9, 14), dates="dot",
            currency="CHF", money="chf",
            lines=(
                _line("Location chalet séminaire (jour)", 1, "1000.00"),
                _line("Forfaits remontées mécaniques", 2, "125.00"),
            ),
            taxes=(Tax("TVA 8,1 %", D("8.1")),),
        ),
        Spec(
            "fr-receipt", "fr", "receipt", "LiberationMono", "FACTURE", "Fourth Coffee",
            ("12 place Bellecour", "69002 Lyon", "SIRET 487 965 123 00034"),
            number_label="Facture n°", number="T-58213", date_label="Le",
            issued_on=date(2026, 10, 3), currency="EUR",
            lines=(_line("Café allongé", 2, "2.50"), _line("Sandwich jambon-beurre", 2, "6.90")),
            taxes=(Tax("TVA 10 %", D(10)),),
            prices_include_tax=True,
            notes=("Merci de votre visite !",),
        ),
        Spec(
            "fr-quebec", "fr", "canada", "LiberationSerif", "FACTURE", "Relecloud Québec inc.",
            ("1250 boul. René-Lévesque O.", "Montréal (Québec) H3B 4W8",
             "TPS : 123456789 RT0001", "TVQ : 1234567890 TQ0001"),
            ("Contoso Canada", "Marketing partenaires", "1950 rue Sherbrooke O.",
             "Montréal (Québec) H3H 1E7"),
            "Facture no", "Q-8841", "Date :", date(2026, 10, 5), dates="iso",
            other_dates=(("Échéance :", date(2026, 11, 4)),),
            currency="CAD", money="fr-cad",
            lines=(
                _line("Kiosque clé en main – Salon Montréal", 1, "1000.00"),
                _line("Écrans de démonstration (location)", 2, "237.50"),
            ),
            taxes=(Tax("TPS (5 %)", D(5)), Tax("TVQ (9,975 %)", D("9.975"))),
            notes=("Montants en dollars canadiens (CAD).", "Paiement net 30 jours."),
        ),
        Spec(
            "fr-banner", "fr", "banner", "LiberationSans", "FACTURE", "Trey Research SAS",
            ("5 rue du Faubourg", "67000 Strasbourg", "SIRET 532 117 908 00027"),
            CONTOSO_FR, "N° DE FACTURE", "TR-2026-1207", "DATE", date(2026, 11, 9),
            other_dates=(("ÉCHÉANCE", date(2026, 12, 9)),),
            currency="EUR",
            lines=(
                _line("Étude de marché partenaires", 1, "2400.00"),
                _line("Atelier de restitution", 1, "600.00"),
            ),
            taxes=(Tax("TVA 20 %", D(20)),),
            notes=("TVA acquittée sur les débits. Règlement à 30 jours.",),
        ),
    ]
    en = [
        Spec(
            "en-us-01", "en", "us", "LiberationSans", "INVOICE", "Tailspin Toys",
            ("4567 Market Street, Suite 300", "Seattle, WA 98101", "(206) 555-0142"),
            CONTOSO_US, "Invoice #", "INV-10023", "Invoice Date:", date(2026, 10, 5),
            dates="us-long", other_dates=(("Due Date:", date(2026, 11, 4)),),
            currency="USD", money="usd",
            lines=(
                _line("Custom booth build, 10x20 ft", 1, "8500.00"),
                _line("Printed banners", 12, "145.00"),
                _line("Lead capture app license", 1, "1289.33"),
            ),
            taxes=(Tax("Sales Tax (8.25%)", D("8.25")),),
        ),
        Spec(
            "en-us-02", "en", "us", "DejaVuSans", "INVOICE", "Litware, Inc.",
            ("200 Congress Avenue", "Austin, TX 78701"),
            CONTOSO_US, "Invoice No.", "LW-4471", "Date:", date(2026, 10, 21), dates="us-num",
            other_dates=(("Order Date:", date(2026, 10, 2)), ("Ship Date:", date(2026, 10, 19))),
            currency="USD", money="usd",
            lines=(
                _line("Demo kiosk rental (week)", 2, "1600.00"),
                _line("Setup and teardown", 1, "1000.00"),
            ),
            taxes=(Tax("Sales Tax (6.5%)", D("6.5")),),
        ),
        Spec(
            "en-receipt", "en", "receipt", "LiberationMono", "INVOICE", "Southridge Café",
            ("1420 5th Avenue", "Seattle, WA 98101"),
            number_label="Invoice No.", number="20931", date_label="Date:",
            issued_on=date(2026, 10, 5), dates="us-short", currency="USD", money="usd",
            lines=(_line("Coffee", 3, "3.25"), _line("Blueberry muffin", 2, "3.50")),
            taxes=(Tax("Sales Tax 10.1%", D("10.1")),),
            notes=("Thank you!",),
        ),
        Spec(
            "en-freelance", "en", "sole_trader", "LiberationSans", "INVOICE", "Sam Rivera Design",
            ("Freelance graphic designer", "88 Pine Street, Portland, OR 97204",
             "sam@riveradesign.example"),
            ("Contoso Ltd.", "Field Marketing", "Redmond, WA 98052"),
            "Invoice", "2026-031", "Date:", date(2026, 9, 28), dates="us-long",
            currency="USD", money="usd",
            lines=(_line("Logo design", 1, "600.00"), _line("Booth graphics (hours)", 4, "85.00")),
            notes=(
                "No sales tax is charged on design services.",
                "Payment within 15 days, by check or ACH.",
            ),
        ),
        Spec(
            "en-canada", "en", "canada", "DejaVuSerif", "INVOICE", "VanArsdel Ltd.",
            ("100 King Street West", "Toronto, ON M5X 1A9", "HST # 81234 5678 RT0001"),
            ("Contoso Canada", "Partner Marketing", "81 Bay Street", "Toronto, ON M5J 0E7"),
            "Invoice No.", "4471", "Date:", date(2026, 9, 30), dates="iso",
            other_dates=(("Due:", date(2026, 10, 30)),),
            currency="CAD", money="cad",
            lines=(_line("Booth staffing (day)", 2, "1150.00"),),
            taxes=(Tax("HST (13%)", D(13)),),
            notes=("All amounts in Canadian dollars (CAD).", "Terms: net 30."),
        ),
        Spec(
            "en-uk-01", "en", "uk", "DejaVuSans", "INVOICE", "Northwind Traders Ltd",
            ("Unit 4, Riverside Park", "London SE1 9PX", "VAT Reg No: GB 123 4567 89"),
            CONTOSO_UK, "Invoice number", "NWT-2026-0415", "Invoice date", date(2026, 9, 14),
            other_dates=(("Payment due", date(2026, 10, 14)),),
            currency="GBP", money="gbp",
            lines=(
                _line("Event catering (per head)", 60, "32.50"),
                _line("Staff (hours)", 15, "30.00"),
            ),
            taxes=(Tax("VAT 20%", D(20)),),
        ),
        Spec(
            "en-uk-02", "en", "uk", "LiberationSerif", "INVOICE", "Adatum Corporation Ltd",
            ("3 Canal Street", "Manchester M1 3HE", "VAT No. GB 987 6543 21"),
            CONTOSO_UK, "Invoice no.", "ADC-77310", "Date of issue", date(2026, 11, 3),
            dates="uk-long", other_dates=(("Due date", date(2026, 12, 3)),),
            currency="GBP", money="gbp",
            lines=(
                _line("Partner webinar series production", 1, "7800.00"),
                _line("Paid social promotion", 1, "2600.42"),
            ),
            taxes=(Tax("VAT @ 20%", D(20)),),
        ),
        Spec(
            "en-ireland", "en", "uk", "LiberationSans", "INVOICE", "Woodgrove Events Ltd",
            ("12 Harcourt Street", "Dublin 2, D02 X285", "VAT No. IE 6388047V"),
            ("Contoso Ireland", "One Microsoft Place", "Leopardstown, Dublin 18"),
            "Invoice number", "WGE-1102", "Invoice date", date(2026, 11, 2), dates="uk-long",
            currency="EUR", money="eur-en",
            lines=(
                _line("Venue hire, Convention Centre Dublin", 1, "2000.00"),
                _line("AV package", 1, "400.00"),
            ),
            taxes=(Tax("VAT 23%", D(23)),),
            notes=("Payment within 30 days. IBAN IE29 AIBK 9311 5212 3456 78.",),
        ),
        Spec(
            "en-two-column", "en", "two_column", "DejaVuSerif", "INVOICE", "Proseware, Inc.",
            ("1 Proseware Plaza", "Chicago, IL 60601", "accounts@proseware.example"),
            CONTOSO_US, "Invoice No.", "PS-88213", "Invoice Date", date(2026, 10, 6),
            dates="us-short",
            other_dates=(
                ("Order Date", date(2026, 9, 30)),
                ("Ship Date", date(2026, 10, 3)),
                ("Due Date", date(2026, 11, 5)),
            ),
            currency="USD", money="usd",
            lines=(
                _line("Co-branded brochures (box of 250)", 6, "375.00"),
                _line("Design proofing", 1, "900.00"),
            ),
            taxes=(Tax("Tax (7%)", D(7)),),
            notes=("Terms: net 30. Thank you for your order.",),
        ),
        Spec(
            "en-multi-page", "en", "multi_page", "LiberationSans", "INVOICE",
            "Wide World Importers",
            ("Promotional products", "75 Harbor Drive, San Diego, CA 92101"),
            CONTOSO_US, "Invoice #", "WWI-300451", "Invoice Date:", date(2026, 11, 16),
            dates="dmy-abbr", currency="USD", money="usd", lines=_goodies("en", 30),
            taxes=(Tax("Sales Tax (8.875%)", D("8.875")),),
            notes=("Payment terms: net 30 days.",),
        ),
        Spec(
            "en-switzerland", "en", "swiss", "DejaVuSans", "Invoice", "Nod Publishers AG",
            ("Bahnhofstrasse 21", "8001 Zürich", "UID CHE-987.654.321 MWST"),
            ("Contoso Schweiz GmbH", "Richtistrasse 3", "8304 Wallisellen"),
            "Invoice no.", "NP-2026-118", "Date:", date(2026, 10, 21), dates="dot",
            currency="CHF", money="chf",
            lines=(
                _line("Printed catalogues", 500, "2.20"),
                _line("Delivery to Zurich venue", 1, "56.25"),
            ),
            taxes=(Tax("VAT 8.1%", D("8.1")),),
        ),
        Spec(
            "en-banner", "en", "banner", "LiberationSans", "INVOICE", "Margie's Travel",
            ("Keizersgracht 62", "1015 CS Amsterdam", "VAT NL 8594.31.280.B01"),
            ("Contoso Netherlands", "Evert van de Beekstraat 354", "1118 CZ Schiphol"),
            "INVOICE NO.", "MT-55120", "DATE", date(2026, 11, 20), dates="uk-long",
            other_dates=(("DUE DATE", date(2026, 12, 20)),),
            currency="EUR", money="code-eur",
            lines=(
                _line("Group flights Amsterdam – Barcelona", 12, "310.00"),
                _line("Hotel transfers", 12, "95.00"),
            ),
            taxes=(Tax("VAT 21%", D(21)),),
            notes=("Please pay within 30 days to NL91 ABNA 0417 1643 00.",),
        ),
    ]
    return fr + en


def non_invoice_specs() -> list[Spec]:
    """What comes with a claim and is not an invoice, the closest to one first: a quote
    and a credit note in the classic French invoice's design, a purchase order and an
    estimate in the US and two-column ones, two agendas, a blank page."""
    return [
        Spec(
            "fr-quote", "fr", "french_classic", "DejaVuSans", "DEVIS", "Fabrikam SAS",
            FABRIKAM, CONTOSO_FR, "Devis n°", "D-2026-044", "Date :", date(2026, 9, 20),
            other_dates=(("Valable jusqu’au :", date(2026, 10, 20)),),
            currency="EUR",
            lines=(
                _line("Location de stand – Salon Cloud Days", 1, "1500.00"),
                _line("Animation atelier partenaires (demi-journée)", 2, "450.00"),
            ),
            taxes=(Tax("TVA 20 %", D(20)),),
            notes=("Devis valable 30 jours.", "Bon pour accord, date et signature :"),
            is_invoice=False,
        ),
        Spec(
            "fr-credit-note", "fr", "french_classic", "DejaVuSans", "AVOIR", "Fabrikam SAS",
            FABRIKAM, CONTOSO_FR, "Avoir n°", "A-2026-007", "Date :", date(2026, 10, 20),
            currency="EUR",
            lines=(_line("Remise commerciale sur facture F-2026-101", 1, "300.00"),),
            taxes=(Tax("TVA 20 %", D(20)),),
            notes=(
                "Avoir sur facture F-2026-101 du 14/09/2026,",
                "à déduire de votre prochain règlement.",
            ),
            is_invoice=False,
        ),
        Spec(
            "en-purchase-order", "en", "us", "LiberationSans", "PURCHASE ORDER", "Contoso Ltd.",
            ("1 Microsoft Way", "Redmond, WA 98052"),
            ("Tailspin Toys", "4567 Market Street, Suite 300", "Seattle, WA 98101"),
            "PO #", "PO-77120", "Date:", date(2026, 9, 18), dates="us-long",
            other_dates=(("Delivery by:", date(2026, 10, 1)),),
            currency="USD", money="usd",
            lines=(
                _line("Custom booth build, 10x20 ft", 1, "8500.00"),
                _line("Printed banners", 12, "145.00"),
            ),
            taxes=(Tax("Sales Tax (8.25%)", D("8.25")),),
            notes=("Please reference the PO number on all invoices and packing slips.",),
            is_invoice=False,
        ),
        Spec(
            "en-estimate", "en", "two_column", "DejaVuSerif", "ESTIMATE", "Proseware, Inc.",
            ("1 Proseware Plaza", "Chicago, IL 60601", "sales@proseware.example"),
            CONTOSO_US, "Estimate #", "EST-2026-052", "Date", date(2026, 9, 15), dates="us-short",
            other_dates=(("Valid until", date(2026, 10, 15)),),
            currency="USD", money="usd",
            lines=(
                _line("Co-branded brochures (box of 250)", 6, "375.00"),
                _line("Design proofing", 1, "900.00"),
            ),
            taxes=(Tax("Tax (7%)", D(7)),),
            notes=("This estimate is valid for 30 days.",),
            is_invoice=False,
        ),
        Spec(
            "fr-agenda", "fr", "agenda", "DejaVuSans", "Séminaire partenaires Cloud 2026",
            "Contoso France",
            ("Programme – jeudi 15 octobre 2026", "Paris La Défense, Espace Grande Arche"),
            notes=(
                "09:00|Accueil et café",
                "09:30|Ouverture : la stratégie partenaires 2027",
                "10:30|Atelier : co-marketing et fonds MDF",
                "12:30|Déjeuner",
                "14:00|Témoignages clients",
                "16:30|Cocktail de clôture",
            ),
            is_invoice=False,
        ),
        Spec(
            "en-agenda", "en", "agenda", "LiberationSans", "Partner Summit 2026 — Agenda",
            "Contoso Ltd.",
            ("Thursday, October 15, 2026", "Seattle Convention Center, Room 4B"),
            notes=(
                "8:30|Registration and breakfast",
                "9:00|Keynote: the year ahead for partners",
                "10:15|Breakout: co-marketing funds that work",
                "12:00|Lunch",
                "13:30|Customer panel",
                "16:00|Reception",
            ),
            is_invoice=False,
        ),
        Spec("blank-page", None, "blank", "DejaVuSans", "", None, is_invoice=False),
    ]
# fmt: on


# ---- rendering and degrading ------------------------------------------------------------

# Cycled over the documents in order, so each kind of damage falls on French and English
# ones, invoices and not.
DEGRADATIONS = (
    Degradation("photo", dpi=150, skew=2.0, blur=0.6, noise=6, jpeg=75, photo=True),
    Degradation("rotated", dpi=130, turn=90, noise=10),
    Degradation("rotated", dpi=150, turn=180, specks=0.004),
    Degradation("lowres", dpi=100, jpeg=60),
    Degradation("skewed", dpi=140, skew=-1.2, noise=14, blur=0.5),
    Degradation("rotated", dpi=120, turn=270, specks=0.003, jpeg=80),
    Degradation("photo", dpi=130, skew=-2.8, noise=8, jpeg=70, photo=True),
    Degradation("noisy", dpi=110, skew=1.0, blur=0.8, noise=12),
)
# A copier's "scan to PDF": a few documents, one fed upside down, one a quote.
SCANS = {
    "fr-classic-02": Degradation("scan", dpi=200, skew=0.8, specks=0.002),
    "en-uk-01": Degradation("scan", dpi=150, noise=8),
    "en-multi-page": Degradation("scan", dpi=150, skew=-0.6, specks=0.002),
    "fr-switzerland": Degradation("scan", dpi=200, turn=180, noise=6),
    "en-us-01": Degradation("scan", dpi=150, skew=0.4, blur=0.5),
    "fr-quote": Degradation("scan", dpi=150, skew=0.5),
}


def _all_specs() -> list[Spec]:
    return invoice_specs() + non_invoice_specs()


def _pdf(spec: Spec) -> bytes:
    sheet = Sheet(spec.font, PAGE_FORMATS.get(spec.layout, "A4"))
    LAYOUTS[spec.layout](sheet, spec)
    return sheet.output()


def _pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    """Each page in grey, as pdfium draws it at `dpi`."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L").copy()
            for page in document
        ]
    finally:
        document.close()


def _photographed(page: Image.Image, rng: random.Random) -> Image.Image:
    """The page on a desk: warm paper, a darker desk around it, light falling off from
    one side."""
    paper = ImageOps.colorize(page, black=(35, 35, 45), white=(236, 230, 218))
    margin = page.width // 12
    desk = Image.new("RGB", (page.width + 2 * margin, page.height + 2 * margin), (96, 88, 80))
    shift = margin // 3
    desk.paste(paper, (margin + rng.randint(-shift, shift), margin + rng.randint(-shift, shift)))
    light = (
        Image.linear_gradient("L")
        .rotate(rng.choice((0, 90, 180, 270)))
        .resize(desk.size)
        .point(lambda value: 255 - value * 70 // 255)
    )
    return ImageChops.multiply(desk, Image.merge("RGB", (light, light, light)))


def _with_noise(image: Image.Image, sigma: int, rng: random.Random) -> Image.Image:
    """Gaussian noise from the seeded generator: uniform bytes through the normal
    distribution's inverse, added around 128."""
    normal = NormalDist(128, sigma)
    table = [min(255, max(0, round(normal.inv_cdf((level + 0.5) / 256)))) for level in range(256)]
    noise = Image.frombytes("L", image.size, rng.randbytes(image.width * image.height)).point(table)
    if image.mode == "RGB":
        noise = Image.merge("RGB", (noise, noise, noise))
    return ImageChops.add(image, noise, scale=1.0, offset=-128)


def _with_specks(image: Image.Image, share: float, rng: random.Random) -> Image.Image:
    """Salt and pepper: `share` of the pixels, half black, half white."""
    speckled = image.copy()
    draw = ImageDraw.Draw(speckled)
    count = round(share * image.width * image.height)
    black, white = (0, 255) if image.mode == "L" else ((0, 0, 0), (255, 255, 255))
    for colour in (black, white):
        points = [
            (rng.randrange(image.width), rng.randrange(image.height)) for _ in range(count // 2)
        ]
        draw.point(points, fill=colour)
    return speckled


def _image_file(pages: list[Image.Image], degradation: Degradation) -> tuple[bytes, str]:
    """The file a partner would send and its extension: JPEG for a photo or a compressed
    scan, PNG otherwise, a multi-page TIFF for several pages."""
    buffer = io.BytesIO()
    dpi = (degradation.dpi, degradation.dpi)
    if len(pages) > 1:
        options = {"compression": "tiff_deflate"}
        if degradation.jpeg:
            options = {"compression": "jpeg", "quality": degradation.jpeg}
        pages[0].save(buffer, "TIFF", save_all=True, append_images=pages[1:], dpi=dpi, **options)
        return buffer.getvalue(), "tiff"
    if degradation.jpeg:
        pages[0].save(buffer, "JPEG", quality=degradation.jpeg, dpi=dpi)
        return buffer.getvalue(), "jpg"
    # The fastest compression: noise hardly compresses at any level.
    pages[0].save(buffer, "PNG", dpi=dpi, compress_level=1)
    return buffer.getvalue(), "png"


def _scanned_pdf(pages: list[Image.Image], dpi: int) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(
        buffer,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        creationDate=CREATED.utctimetuple(),
        modDate=CREATED.utctimetuple(),
    )
    return buffer.getvalue()


def _for_page(degradation: Degradation, spec: Spec) -> Degradation:
    """A till receipt is photographed close up: twice the resolution of a full page."""
    if spec.layout in PAGE_FORMATS:
        return replace(degradation, dpi=degradation.dpi * 2)
    return degradation


def _degraded(spec: Spec, degradation: Degradation, seed: str) -> list[Image.Image]:
    rng = random.Random(seed)
    return [
        degradation.apply(page, rng) for page in _pages(_rendered()[spec.name], degradation.dpi)
    ]


def _booth_photo() -> bytes:
    """A phone photo of a booth at a partner event: a back wall with a few words, a
    counter, people; nothing an invoice has."""
    rng = random.Random("booth")
    image = Image.new("RGB", (1600, 1200), (182, 176, 168))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 820, 1600, 1200), fill=(118, 108, 98))
    draw.rectangle((150, 120, 1450, 830), fill=(0, 84, 166))
    bold = ImageFont.truetype(str(DEJAVU / "DejaVuSans-Bold.ttf"), 120)
    regular = ImageFont.truetype(str(DEJAVU / "DejaVuSans.ttf"), 56)
    draw.text((800, 290), "CONTOSO", font=bold, fill="white", anchor="mm")
    draw.text((800, 420), "Cloud Partner Days 2026", font=regular, fill="white", anchor="mm")
    draw.text(
        (800, 500), "Stand B12 · Welcome / Bienvenue", font=regular, fill=(255, 214, 0), anchor="mm"
    )
    draw.rectangle((520, 640, 1080, 920), fill=(240, 240, 236))
    draw.text((800, 720), "Ask us about Azure", font=regular, fill=(0, 84, 166), anchor="mm")
    for _ in range(6):
        x, y = rng.randint(80, 1520), rng.randint(700, 900)
        shade = tuple(rng.randint(30, 200) for _ in range(3))
        draw.ellipse((x - 40, y - 190, x + 40, y - 100), fill=(214, 170, 140))
        draw.rounded_rectangle((x - 75, y - 95, x + 75, y + 260), radius=40, fill=shade)
    photo = _with_noise(image.filter(ImageFilter.GaussianBlur(1.2)), 6, rng)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


@cache
def _rendered() -> dict[str, bytes]:
    return {spec.name: _pdf(spec) for spec in _all_specs()}


@cache
def _text_pdfs() -> tuple[Sample, ...]:
    rendered = _rendered()
    return tuple(
        Sample(
            name=f"{spec.name}.pdf",
            kind="text_pdf",
            data=rendered[spec.name],
            expected=spec.expected(),
            variant="text",
            language=spec.language,
            pages=_page_count(rendered[spec.name]),
        )
        for spec in _all_specs()
    )


def _page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


@cache
def _images() -> tuple[Sample, ...]:
    samples = []
    for index, spec in enumerate(_all_specs()):
        degradation = _for_page(DEGRADATIONS[index % len(DEGRADATIONS)], spec)
        pages = _degraded(spec, degradation, f"{spec.name}/{degradation.label}")
        data, extension = _image_file(pages, degradation)
        samples.append(
            Sample(
                name=f"{spec.name}-{degradation.label}.{extension}",
                kind="image",
                data=data,
                expected=spec.expected(),
                variant=degradation.describe(),
                language=spec.language,
                pages=len(pages),
                degradation=degradation,
            )
        )
    booth = Degradation("photo", dpi=150, blur=1.2, noise=6, jpeg=80, photo=True)
    samples.append(
        Sample(
            name="booth-photo.jpg",
            kind="image",
            data=_booth_photo(),
            expected=Expected(None, None, None, None, None, None, None, is_invoice=False),
            variant="phone photo of a booth, a few words",
            language="en",
            pages=1,
            degradation=booth,
        )
    )
    for spec in _all_specs():
        degradation = SCANS.get(spec.name)
        if degradation is None:
            continue
        pages = _degraded(spec, degradation, f"{spec.name}/scan")
        samples.append(
            Sample(
                name=f"{spec.name}-scan.pdf",
                kind="scanned_pdf",
                data=_scanned_pdf(pages, degradation.dpi),
                expected=spec.expected(),
                variant=f"scanned to PDF, {degradation.describe()}",
                language=spec.language,
                pages=len(pages),
                degradation=degradation,
            )
        )
    return tuple(samples)


def text_pdfs() -> list[Sample]:
    """Every document as its supplier's software writes it."""
    return list(_text_pdfs())


def images() -> list[Sample]:
    """Every document photographed or scanned (one degradation each, in turn), the booth
    photo, and a few documents scanned to PDF."""
    return list(_images())


def corpus() -> list[Sample]:
    """All the samples, built once per process (about 10 s of one core)."""
    return text_pdfs() + images()
