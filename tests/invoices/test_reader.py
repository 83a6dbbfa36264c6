"""invoices.reader: a reading for whatever is sent, and the bot's reader in worker processes.

`read_document` never raises: every refusal is a reading with its status and reason.
`InvoiceReader` reads in a spawned worker; a reading past its time is abandoned, its
worker killed, and the next reading works.
"""

from __future__ import annotations

import asyncio
import io
import logging
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

import invoices.extract
import invoices.reader
from domain.invoice import ReadingMethod, ReadingStatus
from invoices import InvoiceReader, Limits, describe_ocr, read_document
from invoices.limits import MB
from tests.invoices.test_extract import (
    encoded,
    invoice_pdf,
    invoice_picture,
    needs_ocr,
    png_claiming,
)


def encrypted(data: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pages(count: int) -> bytes:
    writer = PdfWriter()
    for _ in range(count):
        writer.add_blank_page(width=420, height=595)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def slow_pdf(operators: int = 100_000) -> bytes:
    """A 4 MB page of tiny texts: seconds of work for pypdf's text extraction, inside one
    call that no deadline of the reading's own can interrupt."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(
        b"".join(
            b"BT /F1 9 Tf %d %d Td (Total 12,34) Tj ET\n" % (index % 500, index * 7 % 800)
            for index in range(operators)
        )
    )
    page[NameObject("/Contents")] = writer._add_object(content)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# -- read_document ---------------------------------------------------------------------


def test_a_text_pdf_is_read_into_its_fields():
    reading = read_document(invoice_pdf(), "facture.pdf")

    assert reading.status is ReadingStatus.READ
    assert reading.method is ReadingMethod.TEXT
    assert reading.total == Decimal("2400.00")
    assert reading.number == "F-2024-0173"
    assert reading.pages == 1
    assert reading.read_at is not None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (bytes(range(256)) * 4, "not_supported"),
        (invoice_pdf()[:2000], "damaged"),
        (encrypted(invoice_pdf()), "encrypted"),
        (pages(60), "too_many_pages"),
        (png_claiming(50_000, 50_000), "too_many_pixels"),
    ],
    ids=["random", "truncated", "encrypted", "60-pages", "bomb"],
)
def test_what_cannot_be_read_is_a_failed_reading_with_its_reason(data, reason):
    reading = read_document(data, "invoice.pdf", ocr=True)

    assert reading.status is ReadingStatus.FAILED
    assert reading.reason == reason
    assert reading.read_at is not None
    assert not reading.found_anything


def test_a_file_over_the_size_limit_is_too_large():
    reading = read_document(invoice_pdf(), "f.pdf", limits=Limits(max_bytes=100))

    assert (reading.status, reading.reason) == (ReadingStatus.FAILED, "too_large")


def test_without_ocr_a_picture_is_no_ocr_and_a_text_pdf_still_read():
    picture = read_document(encoded(invoice_picture()), "photo.png", ocr=False)
    pdf = read_document(invoice_pdf(), "facture.pdf", ocr=False)

    assert picture.status is ReadingStatus.NO_OCR
    assert pdf.status is ReadingStatus.READ


def test_invoice_ocr_off_is_honoured_when_ocr_is_not_said(monkeypatch):
    monkeypatch.setenv("INVOICE_OCR", "off")

    assert read_document(encoded(invoice_picture()), "p.png").status is ReadingStatus.NO_OCR
    assert read_document(invoice_pdf(), "f.pdf").status is ReadingStatus.READ


@needs_ocr
def test_a_picture_is_read_into_its_fields():
    reading = read_document(encoded(invoice_picture()), "photo.png")

    assert reading.status is ReadingStatus.READ
    assert reading.method is ReadingMethod.OCR
    assert reading.total == Decimal("2400.00")


@needs_ocr
def test_a_blank_picture_is_unreadable():
    reading = read_document(encoded(Image.new("L", (1000, 1400), 255)), "blank.png")

    assert reading.status is ReadingStatus.UNREADABLE
    assert reading.pages == 1


def test_a_library_failing_is_a_damaged_document_logged_without_its_text(monkeypatch, caplog):
    def choke(*_args: object, **_options: object) -> None:
        raise KeyError("Total TTC 2 400,00 €")

    monkeypatch.setattr(invoices.extract, "extract_text", choke)
    with caplog.at_level(logging.WARNING, logger="invoices.reader"):
        reading = read_document(invoice_pdf(), "facture.pdf")

    assert (reading.status, reading.reason) == (ReadingStatus.FAILED, "damaged")
    assert "KeyError" in caplog.text
    assert "2 400" not in caplog.text


def test_running_out_of_memory_is_too_large(monkeypatch):
    def exhaust(*_args: object, **_options: object) -> None:
        raise MemoryError

    monkeypatch.setattr(invoices.extract, "extract_text", exhaust)

    reading = read_document(invoice_pdf(), "facture.pdf")

    assert (reading.status, reading.reason) == (ReadingStatus.FAILED, "too_large")


def test_ocr_off_is_described_and_logged_once(monkeypatch, caplog):
    monkeypatch.setenv("INVOICE_OCR", "off")
    invoices.reader._say_ocr_is_off.cache_clear()

    with caplog.at_level(logging.WARNING, logger="invoices.reader"):
        first = describe_ocr()
        describe_ocr()

    assert first["ocr"] is False
    assert "INVOICE_OCR=off" in str(first["reason"])
    assert [record.getMessage() for record in caplog.records] == [
        "image reading is off: turned off (INVOICE_OCR=off)"
    ]


@needs_ocr
def test_ocr_on_is_described_with_its_languages():
    described = describe_ocr()

    assert described["ocr"] is True
    assert described["reason"] is None
    assert {"eng", "fra"} <= set(described["languages"])  # type: ignore[arg-type]


# -- InvoiceReader ---------------------------------------------------------------------


async def test_the_reader_reads_in_a_worker_and_readings_wait_their_turn():
    reader = InvoiceReader(workers=1)
    try:
        readings = await asyncio.gather(
            reader.read(invoice_pdf(), "a.pdf"), reader.read(invoice_pdf(pages=2), "b.pdf")
        )
    finally:
        await reader.close()

    assert [reading.status for reading in readings] == [ReadingStatus.READ] * 2
    assert [reading.pages for reading in readings] == [1, 2]


async def test_a_reading_past_its_time_is_abandoned_and_the_next_one_works():
    reader = InvoiceReader(Limits(total_seconds=1))
    try:
        stuck = await reader.read(slow_pdf(), "slow.pdf")
        after = await reader.read(invoice_pdf(), "facture.pdf")
    finally:
        await reader.close()

    assert (stuck.status, stuck.reason) == (ReadingStatus.FAILED, "timeout")
    assert after.status is ReadingStatus.READ


async def test_a_caller_with_less_time_than_the_reader_gets_a_timeout_in_its_time():
    """A turn near Teams' 15 s passes what it has left; the reading keeps to it."""
    reader = InvoiceReader()
    try:
        stuck = await reader.read(slow_pdf(), "slow.pdf", seconds=0.5)
        after = await reader.read(invoice_pdf(), "facture.pdf")
    finally:
        await reader.close()

    assert (stuck.status, stuck.reason) == (ReadingStatus.FAILED, "timeout")
    assert after.status is ReadingStatus.READ


@needs_ocr
async def test_a_worker_out_of_memory_fails_the_reading_not_the_reader():
    # 36 megapixels in colour, under the pixel limit, over this worker's 300 MB.
    big = encoded(Image.new("RGB", (6000, 6000), "white"))
    reader = InvoiceReader(memory_bytes=300 * MB)
    try:
        reading = await reader.read(big, "huge.png")
        after = await reader.read(invoice_pdf(), "facture.pdf")
    finally:
        await reader.close()

    assert (reading.status, reading.reason) == (ReadingStatus.FAILED, "too_large")
    assert after.status is ReadingStatus.READ


async def test_a_closed_reader_reads_no_more():
    reader = InvoiceReader()
    await reader.close()

    with pytest.raises(RuntimeError):
        await reader.read(invoice_pdf(), "facture.pdf")


def test_the_reader_says_whether_it_reads_pictures(monkeypatch):
    monkeypatch.setenv("INVOICE_OCR", "off")

    assert InvoiceReader().ocr is False
    assert InvoiceReader(ocr=True).ocr is True


async def test_a_reader_told_not_to_read_pictures_says_no_ocr_for_one():
    reader = InvoiceReader(ocr=False)
    try:
        picture = await reader.read(encoded(invoice_picture()), "photo.png")
        pdf = await reader.read(invoice_pdf(), "facture.pdf")
    finally:
        await reader.close()

    assert picture.status is ReadingStatus.NO_OCR
    assert pdf.status is ReadingStatus.READ
