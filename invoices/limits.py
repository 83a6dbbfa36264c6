"""What a reading may cost (`Limits`), how it can be refused, and whether images can be
read here (Tesseract with English and French), without loading a parser.

The bot's own process imports only this (through `invoices.reader`): the parsers in
`invoices.extract` (pypdf, pypdfium2, Pillow, pytesseract; 23 MB of memory and 0.2 s of
start-up) are loaded by the worker processes that read, never by the bot.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache

MB = 1024 * 1024
OCR_LANGUAGES = ("eng", "fra")
# The engine's command, as pytesseract runs it.
TESSERACT_COMMAND = "tesseract"


class ReadRefused(Exception):
    """The document was not read; `reason` says why (see `domain.invoice`)."""

    REASONS = frozenset(
        {
            "too_large",
            "too_many_pages",
            "too_many_pixels",
            "damaged",
            "encrypted",
            "timeout",
            "not_supported",
        }
    )

    def __init__(self, reason: str) -> None:
        if reason not in self.REASONS:
            raise ValueError(f"unknown reason: {reason}")
        super().__init__(reason)
        self.reason = reason


class NoOcr(Exception):
    """The document needs OCR (an image, a scanned PDF) and no OCR engine may be used."""


@dataclass(frozen=True)
class Limits:
    """What one reading may cost."""

    max_bytes: int = 20 * MB
    # Pages read; the rest of a longer document is ignored.
    max_pages: int = 5
    # Longer documents are refused: they are not invoices, or not ones to guess at.
    max_document_pages: int = 50
    # Of any image or rendered page, checked before it is decoded.
    max_pixels: int = 40_000_000
    # Scanned PDF pages are rendered at this resolution (less when that is too many pixels).
    render_dpi: int = 200
    ocr_seconds_per_page: float = 6.0
    total_seconds: float = 12.0


DEFAULT_LIMITS = Limits()


def ocr_languages() -> list[str]:
    """The languages Tesseract has installed; empty when Tesseract cannot be run."""
    return list(_installed_languages())


def ocr_available() -> bool:
    """Whether images and scanned pages can be read: Tesseract runs, with English and French."""
    return ocr_off_reason() is None


def ocr_off_reason() -> str | None:
    """Why images cannot be read here, or None when they can.

    `INVOICE_OCR=off` in the environment turns OCR off whatever is installed (read on every
    call, so a test can set it); what is installed is looked up once.
    """
    if os.environ.get("INVOICE_OCR", "").strip().lower() == "off":
        return "turned off (INVOICE_OCR=off)"
    installed = _installed_languages()
    if not installed:
        return "Tesseract (tesseract-ocr, tesseract-ocr-fra) not found"
    missing = [language for language in OCR_LANGUAGES if language not in installed]
    if missing:
        packages = ", ".join(f"tesseract-ocr-{language}" for language in missing)
        return f"Tesseract has no {'+'.join(missing)} language ({packages})"
    return None


@cache
def _installed_languages() -> tuple[str, ...]:
    command = shutil.which(TESSERACT_COMMAND)
    if command is None:
        return ()
    try:
        listed = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=10, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return ()
    # The first line says where the languages are; one language a line follows.
    return tuple(sorted(line.strip() for line in listed.stdout.splitlines()[1:] if line.strip()))
