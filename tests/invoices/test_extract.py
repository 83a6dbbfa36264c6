"""invoices.extract: the text of a document's bytes, and every way a document is refused.

The documents are drawn here: a small invoice (DejaVu Sans, amounts at the right edge as
invoices print them) as a text PDF (fpdf2), as a picture (Pillow), and as a scanned PDF
(the picture saved as a PDF). Pictures are A6 at 250 dpi: enough for Tesseract,
small enough to read in about a second.
"""

from __future__ import annotations

import io
import random
import struct
import zlib

import pytest
from fpdf import FPDF
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter

from domain.invoice import ReadingMethod
from invoices.extract import extract_text
from invoices.limits import Limits, NoOcr, ReadRefused, ocr_available, ocr_off_reason

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

# label, amount (drawn at the right edge), or a line of its own.
INVOICE: tuple[tuple[str, str], ...] = (
    ("ACME Events SARL", ""),
    ("12 rue de la Paix, 75002 Paris", ""),
    ("FACTURE", ""),
    ("Facture n° F-2024-0173", ""),
    ("Date : 14/03/2024", ""),
    ("Client : Contoso France SAS", ""),
    ("Stand salon Cloud Days", "2 000,00 €"),
    ("Total HT", "2 000,00 €"),
    ("TVA 20 %", "400,00 €"),
    ("Total TTC", "2 400,00 €"),
    ("Paiement à 30 jours, pénalités de retard au taux légal.", ""),
)

RECEIPT: tuple[tuple[str, str], ...] = (
    ("Southridge Café", ""),
    ("1420 5th Avenue", ""),
    ("INVOICE", ""),
    ("Invoice No. 20931", ""),
    ("Date: Oct 5, 2026", ""),
    ("3 x Coffee", "9.75"),
    ("2 x Blueberry muffin", "7.00"),
    ("Subtotal", "$16.75"),
    ("Sales Tax 10.1%", "$1.69"),
    ("TOTAL", "$18.44"),
    ("VISA **** 4417", "18.44"),
)

needs_ocr = pytest.mark.skipif(
    not ocr_available(),
    reason="no OCR engine here (Debian's tesseract-ocr and tesseract-ocr-fra): "
    "images and scanned PDFs cannot be read",
)


# -- documents -------------------------------------------------------------------------


def invoice_pdf(*, amounts_first: bool = False, pages: int = 1) -> bytes:
    """The invoice as its supplier's software writes it; `amounts_first` draws every
    amount before any label, as some generators order their content stream."""
    pdf = FPDF(format=(148, 210))  # A5, in mm
    pdf.add_font("dejavu", "", FONT)
    pdf.set_font("dejavu", size=10)
    for _ in range(pages):
        pdf.add_page()
        rows = [(20 + 8 * index, label, amount) for index, (label, amount) in enumerate(INVOICE)]
        amounts = [(y, amount) for y, _, amount in rows if amount]
        labels = [(y, label) for y, label, _ in rows]
        for y, amount in amounts if amounts_first else []:
            pdf.text(135 - pdf.get_string_width(amount), y, amount)
        for y, label in labels:
            pdf.text(12, y, label)
        for y, amount in [] if amounts_first else amounts:
            pdf.text(135 - pdf.get_string_width(amount), y, amount)
    return bytes(pdf.output())


def invoice_picture(*, dpi: int = 250) -> Image.Image:
    """The invoice printed on A6 (portrait) at `dpi`."""
    width, height = int(4.1 * dpi), int(5.8 * dpi)
    picture = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(picture)
    size = int(9 * dpi / 72)
    font, bold = ImageFont.truetype(FONT, size), ImageFont.truetype(BOLD, int(size * 1.6))
    left, right, y = int(0.3 * dpi), width - int(0.3 * dpi), int(0.4 * dpi)
    for label, amount in INVOICE:
        line_font = bold if label == "FACTURE" else font
        draw.text((left, y), label, font=line_font, fill=0)
        if amount:
            draw.text((right - draw.textlength(amount, font=font), y), amount, font=font, fill=0)
        y += int(size * (2.6 if line_font is bold else 1.9))
    return picture


def boxed_picture(dpi: int = 150) -> Image.Image:
    """An A4 invoice whose references and totals are in boxed tables beside other text,
    skewed by 1.2°: Tesseract alone drops the boxed totals."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    picture = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(picture)
    size = int(10 * dpi / 72)
    font, bold = ImageFont.truetype(FONT, size), ImageFont.truetype(BOLD, size)
    big = ImageFont.truetype(BOLD, int(size * 1.8))
    left, right = int(0.6 * dpi), width - int(0.6 * dpi)
    draw.text((width // 3, int(0.5 * dpi)), "Consolidated Messenger SAS", font=big, fill=0)
    y = int(1.4 * dpi)
    draw.text((left, y), "FACTURE", font=big, fill=0)
    y += int(size * 2.5)
    row, middle, end = int(size * 2.1), left + int(2.6 * dpi), left + int(4.3 * dpi)
    address = (end + int(0.9 * dpi), y)
    for label, value in (("Facture n°", "CM-20931"), ("Date de facturation", "15/10/2026")):
        draw.rectangle((left, y, middle, y + row), fill=225, outline=0, width=2)
        draw.rectangle((middle, y, end, y + row), outline=0, width=2)
        draw.text((left + 10, y + row // 4), label, font=bold, fill=0)
        draw.text((middle + 10, y + row // 4), value, font=font, fill=0)
        y += row
    draw.multiline_text(address, "Facturé à\nContoso France\nService marketing", font=font)
    y += int(1.2 * dpi)
    middle = right - int(1.6 * dpi)
    for label, value in (("Total HT", "10 400,42 €"), ("TVA (20 %)", "2 080,08 €")):
        draw.rectangle((width // 2, y, middle, y + row), outline=0, width=2)
        draw.rectangle((middle, y, right, y + row), outline=0, width=2)
        draw.text((width // 2 + 10, y + row // 4), label, font=font, fill=0)
        amount_at = right - 10 - draw.textlength(value, font=font)
        draw.text((amount_at, y + row // 4), value, font=font, fill=0)
        y += row
    return picture.rotate(-1.2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def receipt_on_a_desk(dpi: int = 260) -> Image.Image:
    """A till receipt photographed on a dark desk, skewed by 2.8°: Tesseract alone takes
    the desk's edge for a column's and drops the amounts along it."""
    width, height = int(3.0 * dpi), int(5.5 * dpi)
    receipt = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(receipt)
    size = int(9 * dpi / 72)
    font = ImageFont.truetype(MONO, size)
    left, right, y = int(0.3 * dpi), width - int(0.3 * dpi), int(0.3 * dpi)
    for label, amount in RECEIPT:
        draw.text((left, y), label, font=font, fill=0)
        if amount:
            draw.text((right - draw.textlength(amount, font=font), y), amount, font=font, fill=0)
        y += int(size * 1.7)
    margin = width // 5
    desk = Image.new("L", (width + 2 * margin, height + margin), 85)
    desk.paste(receipt.point(lambda grey: 35 + grey * 200 // 255), (margin, margin // 2))
    photo = desk.rotate(-2.8, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=85)
    light = Image.linear_gradient("L").resize(photo.size).point(lambda grey: 255 - grey // 4)
    return ImageChops.multiply(photo, light)


def speckled(picture: Image.Image, share: float) -> Image.Image:
    """Salt and pepper: `share` of the pixels turned black, the same ones every run."""
    chance = random.Random(7)
    points = [
        (chance.randrange(picture.width), chance.randrange(picture.height))
        for _ in range(int(share * picture.width * picture.height))
    ]
    dusty = picture.copy()
    ImageDraw.Draw(dusty).point(points, fill=0)
    return dusty


def photographed(picture: Image.Image) -> Image.Image:
    """The picture skewed by 3° on a darker desk, lit unevenly, a little blurred: without
    straightening, Tesseract cuts the lines whose amount is at the far edge."""
    desk = Image.new("L", (picture.width + 160, picture.height + 160), 90)
    desk.paste(picture, (80, 80))
    turned = desk.rotate(3, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=90)
    light = Image.linear_gradient("L").resize(turned.size).point(lambda grey: 255 - grey // 3)
    lit = Image.composite(turned, Image.new("L", turned.size, 0), light)
    return lit.filter(ImageFilter.GaussianBlur(0.7))


def encoded(picture: Image.Image, kind: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    picture.save(buffer, kind, **options)
    return buffer.getvalue()


def scanned_pdf(picture: Image.Image, pages: int = 1) -> bytes:
    """Page images in a PDF without text, as a copier's "scan to PDF" makes."""
    return encoded(
        picture, "PDF", resolution=200.0, save_all=True, append_images=[picture] * (pages - 1)
    )


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header says `width` × `height` 1-bit pixels, with almost no data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", checksum)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    data = zlib.compress(b"\x00" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def text_of(data: bytes, **options: object) -> str:
    return "\n".join(extract_text(data, "invoice", ocr=True, **options).pages)


def has_line(text: str, *parts: str) -> bool:
    return any(all(part in line for part in parts) for line in text.splitlines())


# -- text PDFs -------------------------------------------------------------------------


@pytest.mark.parametrize("amounts_first", [False, True])
def test_a_text_pdf_is_read_from_its_own_text_line_by_line(amounts_first):
    extracted = extract_text(invoice_pdf(amounts_first=amounts_first), "f.pdf", ocr=True)

    assert extracted.method is ReadingMethod.TEXT
    assert extracted.ocr_confidence is None
    [page] = extracted.pages
    # A label and its amount share their line whatever order they were drawn in.
    assert "Total TTC 2 400,00 €" in page.splitlines()
    assert "Facture n° F-2024-0173" in page.splitlines()


def test_a_pdf_is_known_by_its_content_even_after_some_junk():
    extracted = extract_text(b"\r\n junk \r\n" + invoice_pdf(), "scan.jpg", ocr=False)

    assert has_line(extracted.pages[0], "Total TTC", "2 400,00")


def test_a_text_pdf_is_read_without_ocr():
    extracted = extract_text(invoice_pdf(), "f.pdf", ocr=False)

    assert extracted.method is ReadingMethod.TEXT
    assert has_line(extracted.pages[0], "Total TTC", "2 400,00")


def test_only_the_first_pages_are_read():
    extracted = extract_text(invoice_pdf(pages=7), "f.pdf", ocr=False, limits=Limits(max_pages=3))

    assert len(extracted.pages) == 3


def test_a_long_document_is_refused():
    writer = PdfWriter()
    for _ in range(60):
        writer.add_blank_page(width=420, height=595)
    buffer = io.BytesIO()
    writer.write(buffer)

    with pytest.raises(ReadRefused) as refused:
        extract_text(buffer.getvalue(), "long.pdf", ocr=True)
    assert refused.value.reason == "too_many_pages"


def test_a_pdf_protected_by_an_owner_password_only_is_read():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(invoice_pdf())))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)

    extracted = extract_text(buffer.getvalue(), "f.pdf", ocr=False)

    assert has_line(extracted.pages[0], "Total TTC", "2 400,00")


def test_a_pdf_that_needs_a_password_is_refused():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(invoice_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)

    with pytest.raises(ReadRefused) as refused:
        extract_text(buffer.getvalue(), "f.pdf", ocr=True)
    assert refused.value.reason == "encrypted"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (invoice_pdf()[:2000], "damaged"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, "damaged"),
        (bytes(range(256)) * 8, "not_supported"),
        (b"", "not_supported"),
        (b"PK\x03\x04 a zip, or a docx", "not_supported"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "damaged"),
        (encoded(Image.new("L", (400, 300), 255))[:200], "damaged"),
    ],
    ids=[
        "truncated-pdf",
        "pdf-header-then-junk",
        "random",
        "empty",
        "zip",
        "png-header",
        "cut-png",
    ],
)
def test_what_cannot_be_read_is_refused_with_its_reason(data, reason):
    with pytest.raises(ReadRefused) as refused:
        extract_text(data, "invoice.pdf", ocr=True)
    assert refused.value.reason == reason


def test_a_file_over_the_size_limit_is_refused_unread():
    with pytest.raises(ReadRefused) as refused:
        extract_text(invoice_pdf(), "f.pdf", ocr=True, limits=Limits(max_bytes=1000))
    assert refused.value.reason == "too_large"


# -- pictures: refused before they are decoded -----------------------------------------


@pytest.mark.parametrize(
    ("width", "height"),
    [(50_000, 50_000), (8_000, 6_000)],
    ids=["past-pillows-own-limit", "past-ours-only"],
)
def test_a_decompression_bomb_is_refused_before_it_is_decoded(width, height):
    with pytest.raises(ReadRefused) as refused:
        extract_text(png_claiming(width, height), "bomb.png", ocr=True)

    assert refused.value.reason == "too_many_pixels"


def test_a_multi_page_tiff_of_too_many_pages_is_refused():
    page = Image.new("L", (80, 60), 255)
    data = encoded(page, "TIFF", save_all=True, append_images=[page] * 59)

    with pytest.raises(ReadRefused) as refused:
        extract_text(data, "scan.tiff", ocr=True)
    assert refused.value.reason == "too_many_pages"


def test_a_picture_needs_ocr():
    with pytest.raises(NoOcr):
        extract_text(encoded(invoice_picture()), "photo.png", ocr=False)


def test_a_scanned_pdf_needs_ocr():
    with pytest.raises(NoOcr):
        extract_text(scanned_pdf(invoice_picture()), "scan.pdf", ocr=False)


def test_invoice_ocr_off_turns_ocr_off(monkeypatch):
    monkeypatch.setenv("INVOICE_OCR", "off")

    assert not ocr_available()
    assert "INVOICE_OCR" in (ocr_off_reason() or "")


# -- pictures and scans through Tesseract ----------------------------------------------


@needs_ocr
def test_a_scanned_pdf_is_read_by_ocr():
    extracted = extract_text(scanned_pdf(invoice_picture()), "scan.pdf", ocr=True)

    assert extracted.method is ReadingMethod.OCR
    assert extracted.ocr_confidence is not None and extracted.ocr_confidence > 0.8
    assert has_line(extracted.pages[0], "Total TTC", "2 400,00")
    assert "F-2024-0173" in extracted.pages[0]


@needs_ocr
def test_a_pdf_with_a_scanned_page_among_text_pages_is_read_by_ocr_too():
    pages = PdfWriter()
    for document in (invoice_pdf(), scanned_pdf(invoice_picture())):
        pages.append(PdfReader(io.BytesIO(document)))
    buffer = io.BytesIO()
    pages.write(buffer)

    extracted = extract_text(buffer.getvalue(), "mixed.pdf", ocr=True)

    assert extracted.method is ReadingMethod.OCR
    assert all(has_line(page, "Total TTC", "2 400,00") for page in extracted.pages)


@needs_ocr
@pytest.mark.parametrize("degrees", [90, 180])
def test_a_picture_on_its_side_or_upside_down_is_turned_and_read(degrees):
    turned = invoice_picture().rotate(degrees, expand=True)

    text = text_of(encoded(turned))

    assert has_line(text, "Total TTC", "2 400,00")
    assert "F-2024-0173" in text


@needs_ocr
def test_a_phone_photo_is_read_upright_by_its_exif_orientation():
    # The camera stored the pixels on their side, and says so (orientation 6: turn 90°
    # clockwise to view).
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encoded(invoice_picture().rotate(90, expand=True), "JPEG", quality=90, exif=exif)

    assert has_line(text_of(data), "Total TTC", "2 400,00")


@needs_ocr
def test_a_low_resolution_scan_is_enlarged_and_read():
    text = text_of(encoded(invoice_picture(dpi=100)))

    assert has_line(text, "Total TTC", "2 400,00")
    assert "F-2024-0173" in text


@needs_ocr
def test_a_skewed_unevenly_lit_photo_keeps_its_lines():
    text = text_of(encoded(photographed(invoice_picture()), "JPEG", quality=85))

    assert has_line(text, "Total TTC", "2 400,00")
    assert has_line(text, "TVA 20", "400,00")


@needs_ocr
def test_a_receipt_photographed_on_a_desk_keeps_its_amounts():
    text = text_of(encoded(receipt_on_a_desk(), "JPEG", quality=70))

    assert has_line(text, "TOTAL", "18.44")
    assert has_line(text, "Subtotal", "16.75")


@needs_ocr
def test_the_text_of_boxed_table_cells_is_read():
    text = text_of(encoded(boxed_picture()))

    assert has_line(text, "Total HT", "10 400,42")
    assert has_line(text, "Date de facturation", "15/10/2026")


@needs_ocr
def test_dust_on_a_scan_is_not_read_as_words():
    extracted = extract_text(
        encoded(speckled(invoice_picture(dpi=120), 0.003), "JPEG", quality=80), "s.jpg", ocr=True
    )

    assert has_line(extracted.pages[0], "Total TTC", "2 400,00")
    assert extracted.ocr_confidence is not None and extracted.ocr_confidence > 0.8


@needs_ocr
def test_a_transparent_picture_is_read_on_white():
    ink = invoice_picture().point(lambda grey: 255 - grey)
    transparent = Image.new("RGBA", ink.size, (0, 0, 0, 0))
    transparent.putalpha(ink)

    assert has_line(text_of(encoded(transparent)), "Total TTC", "2 400,00")


@needs_ocr
def test_a_jpeg_over_the_pixel_limit_is_read_at_a_smaller_scale():
    # A PNG that large is refused; a JPEG is decoded at half its size for next to nothing.
    big = invoice_picture(dpi=400)
    limits = Limits(max_pixels=big.width * big.height // 3)

    with pytest.raises(ReadRefused) as refused:
        extract_text(encoded(big), "scan.png", ocr=True, limits=limits)
    assert refused.value.reason == "too_many_pixels"
    assert has_line(text_of(encoded(big, "JPEG"), limits=limits), "Total TTC", "2 400,00")


@needs_ocr
def test_a_blank_picture_reads_as_nothing():
    extracted = extract_text(encoded(Image.new("L", (1000, 1400), 255)), "blank.png", ocr=True)

    assert extracted.pages == [""]
    assert extracted.ocr_confidence is None


@needs_ocr
def test_ocr_past_its_time_is_refused():
    with pytest.raises(ReadRefused) as refused:
        extract_text(
            encoded(invoice_picture()), "photo.png", ocr=True, limits=Limits(total_seconds=0.2)
        )

    assert refused.value.reason == "timeout"
