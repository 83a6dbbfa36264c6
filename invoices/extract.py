"""The text of an invoice's bytes, page by page, with its line layout kept.

What the bytes are is read from their first bytes, never from the file's name: a PDF (its
header may follow some junk, as readers allow), PNG, JPEG, TIFF (every frame a page), BMP
or GIF. Anything else is refused as `not_supported`.

A PDF's own text comes first (pypdf, layout mode, so a label and its amount drawn far
apart, or in any order in the content stream, still share a line). A page with almost no
letters or digits is a scan: it is rendered (pypdfium2) and read by Tesseract, like an
image. The document's method is `ocr` as soon as one page's text came from Tesseract.

Every image Tesseract reads (a photo, a scan, a rendered page) is first put upright by
its EXIF orientation and in greyscale (transparency on white), then cleaned up, each step
for a failure seen on generated invoices (tests/invoices/corpus.py and our own):

- lone dark pixels (dust, salt and pepper) are removed: Tesseract read each as a word of
  junk, and a page's confidence fell from 0.93 to 0.62;
- a small image is doubled (shorter side under 1000 px: a 100 dpi scan then reads as a
  200 dpi one), a huge one reduced to 16 megapixels (time grows with pixels, not accuracy);
- a skew of up to 6° is straightened: Tesseract keeps a skewed page's words but cuts a
  wide line ("Total TTC … 2 400,00 €") in two;
- a photographed sheet is cut out of the darker desk around it: Tesseract took the desk's
  edge for a column's and dropped a receipt's amounts;
- table rules and boxes are erased: Tesseract dropped the text of boxed cells ("Total HT",
  "Date de facturation") altogether.

A page that reads poorly (upside down, on its side) is asked its orientation (Tesseract's
OSD), turned and read again, and the better reading kept; a page wider than high is asked
first, and the next page of the document is tried the way the last one lay.

Tesseract settings, measured on 8 generated invoices (sharp, scanned, photographed with
shadows, blur, skew and JPEG noise; labels and amounts at either edge of the page), by the
72 lines expected: `--psm 4` (one column of lines of any size) found 68, `--psm 6` 60 (it
drops large headings such as "FACTURE"), `--psm 3` 52 (it puts labels and their amounts in
separate blocks), `--psm 11` 32; Sauvola thresholding (`thresholding_method=2`) keeps the
shadowed half of a photo that Otsu, the default, blanks out (57 with Otsu); without
straightening, 57; doubling images up to 1500 px instead of 1000, 62 and slower.
`OMP_THREAD_LIMIT=1` (unless set already): Tesseract's OpenMP threads made a page 3-9 times
slower on a shared 2-core machine (about 1 s a page without them).

Limits (`Limits`) bound what a hostile or unlucky file costs: its size, its pages (the
first `max_pages` are read; a document of more than `max_document_pages` is refused), the
pixels of any image or page (checked from the header, before anything is decoded, so a
decompression bomb is refused without being inflated; a JPEG over them is decoded at 1/2,
1/4 or 1/8 of its size instead, which JPEG does for next to nothing), and time: each
Tesseract run is killed at the page's or the document's deadline. Memory, and a parser
stuck in one call (pypdf spends seconds on a page of 100,000 tiny texts), are the job of
the process that runs this (see `invoices.reader.InvoiceReader`).

Nothing here logs or keeps the document's text. pypdf's own log is silenced below
CRITICAL for that reason: its warnings about malformed files may quote the file.
"""

from __future__ import annotations

import io
import logging
import math
import os
import struct
import time
import warnings
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pypdf
import pypdfium2 as pdfium
import pytesseract
from PIL import Image, ImageChops, ImageFilter, ImageOps
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from domain.invoice import ReadingMethod
from invoices.limits import (
    DEFAULT_LIMITS,
    OCR_LANGUAGES,
    Limits,
    NoOcr,
    ReadRefused,
)

log = logging.getLogger(__name__)
logging.getLogger("pypdf").setLevel(logging.CRITICAL)
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

TESSERACT_CONFIG = "--psm 4 -c thresholding_method=2"

# A PDF page with fewer letters and digits than this has no text layer worth the name
# (blank, a scan, or a font without a Unicode map): it is read as an image.
MIN_TEXT_CHARACTERS = 20
# Tesseract's working size: at most A4 at about 400 dpi; images whose shorter side is
# under UPSCALE_BELOW pixels are doubled.
OCR_MAX_PIXELS = 16_000_000
UPSCALE_BELOW = 1000
# Below this mean word confidence, or with fewer words, a reading is suspect: the page may
# be upside down or on its side. Upright pages read at 0.82-0.95; turned ones at 0.5-0.6.
GOOD_CONFIDENCE = 0.75
GOOD_WORDS = 10
# Skews straightened: up to MAX_SKEW degrees either way, in steps of SKEW_STEP.
MAX_SKEW = 6.0
SKEW_STEP = 0.5
# OSD tells a page's orientation as surely from A4 at 170 dpi as from more, and faster.
OSD_MAX_PIXELS = 2_000_000
# Table rules and boxes are erased before reading: Tesseract drops the text of boxed
# cells. A rule is a straight run of ink longer than the image's width (height, for a
# vertical one) divided by RULE_FRACTION, and at least RULE_MIN_PIXELS: longer than any
# stroke of a letter short of a poster's.
RULE_FRACTION = 25
RULE_MIN_PIXELS = 80
# Ink: darker than the paper around it by more than this (0..255).
INK_CONTRAST = 50
# A photographed sheet is cut out of the desk around it when it covers between these
# shares of the picture.
PAPER_AT_LEAST = 0.3
PAPER_AT_MOST = 0.92

# Image formats by their first bytes, as Pillow names them (an image is opened as its own
# format only: Pillow never tries its other, rarer, decoders on it).
_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
# Readers accept a PDF header anywhere in the first kilobyte.
_PDF_HEADER_WITHIN = 1024

# What parsers raise on malformed input, beyond their own error classes.
_MALFORMED: tuple[type[BaseException], ...] = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    RecursionError,
    ZeroDivisionError,
    EOFError,
    struct.error,
    zlib.error,
)
_BROKEN_PDF = (PyPdfError, pdfium.PdfiumError, *_MALFORMED)
_BROKEN_IMAGE = (OSError, SyntaxError, *_MALFORMED)
_BOMB = (Image.DecompressionBombError, Image.DecompressionBombWarning)

# The eight pixels around one, summed.
_NEIGHBOURS = ImageFilter.Kernel((3, 3), [1, 1, 1, 1, 0, 1, 1, 1, 1], scale=1)

# OSD's answer (how far to turn the page clockwise) as the transposition that does it.
_TURNS = {
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


@dataclass
class Extracted:
    # The text of each page read: lines joined by "\n", words by one space.
    pages: list[str]
    method: ReadingMethod
    # Tesseract's confidence in the characters it read, 0..1 (each word's, weighted by
    # its length); None for a PDF's own text, or when OCR found no words.
    ocr_confidence: float | None


def extract_text(
    data: bytes, name: str, *, ocr: bool, limits: Limits = DEFAULT_LIMITS
) -> Extracted:
    """The text of `data`, a PDF or an image named `name` (the name is only logged).

    Raises `ReadRefused` (with its reason) for what cannot or may not be read, and `NoOcr`
    when `ocr` is false and nothing could be read without it.
    """
    if len(data) > limits.max_bytes:
        raise ReadRefused("too_large")
    kind = _sniff(data)
    if kind is None:
        raise ReadRefused("not_supported")
    clock = _Clock(limits.total_seconds)
    started = time.monotonic()
    with warnings.catch_warnings():
        # Malformed files make parsers warn at length; Pillow warns, then decodes anyway,
        # when an image is past its own (process-wide) pixel limit: that must stop us.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        if kind == "PDF":
            extracted = _read_pdf(data, ocr=ocr, limits=limits, clock=clock)
        else:
            extracted = _read_image(data, kind, ocr=ocr, limits=limits, clock=clock)
    log.debug(
        "%s: %s, %d page(s) read by %s in %.1f s",
        name,
        kind,
        len(extracted.pages),
        extracted.method,
        time.monotonic() - started,
    )
    return extracted


def _sniff(data: bytes) -> str | None:
    for magic, kind in _IMAGE_MAGIC:
        if data.startswith(magic):
            return kind
    if b"%PDF-" in data[:_PDF_HEADER_WITHIN]:
        return "PDF"
    return None


class _Clock:
    """A deadline; `left` is the time a step may take, refused once it has passed."""

    def __init__(self, seconds: float, within: _Clock | None = None) -> None:
        self._deadline = time.monotonic() + seconds
        if within is not None:
            self._deadline = min(self._deadline, within._deadline)

    def left(self) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise ReadRefused("timeout")
        return left


# -- PDF --------------------------------------------------------------------------------


def _read_pdf(data: bytes, *, ocr: bool, limits: Limits, clock: _Clock) -> Extracted:
    reader = _open_pdf(data)
    try:
        count = len(reader.pages)
    except _BROKEN_PDF as error:
        raise ReadRefused("damaged") from error
    if count == 0:
        raise ReadRefused("damaged")
    if count > limits.max_document_pages:
        raise ReadRefused("too_many_pages")
    pages: list[str] = []
    scans = 0  # pages left unread for want of OCR
    scanner = _Scanner(limits, clock)
    rendered: pdfium.PdfDocument | None = None
    try:
        for index in range(min(count, limits.max_pages)):
            clock.left()
            text = _page_text(reader, index)
            if _letters(text) >= MIN_TEXT_CHARACTERS:
                pages.append(text)
            elif not ocr:
                scans += 1
                pages.append(text)
            else:
                if rendered is None:
                    rendered = _open_rendered(data)
                # The page's own few words if OCR finds none (a blank page with a footer).
                pages.append(scanner.read(_render(rendered, index, limits)) or text)
    finally:
        if rendered is not None:
            rendered.close()
    if scans == len(pages):
        raise NoOcr
    if scanner.confidence is None:
        return Extracted(pages, ReadingMethod.TEXT, None)
    return Extracted(pages, ReadingMethod.OCR, scanner.confidence)


def _open_pdf(data: bytes) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        # Many invoices are "protected" with an owner password only: the empty user password
        # opens them for reading, as any viewer does.
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise ReadRefused("encrypted")
    except (FileNotDecryptedError, DependencyError) as error:
        # DependencyError: AES, and the `cryptography` package is missing.
        raise ReadRefused("encrypted") from error
    except _BROKEN_PDF as error:
        raise ReadRefused("damaged") from error
    return reader


def _page_text(reader: pypdf.PdfReader, index: int) -> str:
    """The page's own text, or "" when pypdf cannot read it (OCR may still)."""
    try:
        page = reader.pages[index]
    except _BROKEN_PDF:
        return ""
    # Layout mode places text by position; plain mode, by content order, is the fallback
    # for the fonts and matrices layout mode cannot handle.
    for mode in ("layout", "plain"):
        try:
            raw = page.extract_text(extraction_mode=mode, layout_mode_space_vertically=False)
        except _BROKEN_PDF:
            continue
        return _tidy(raw.splitlines())
    return ""


def _tidy(lines: list[str]) -> str:
    """Lines without empty ones, words separated by one space (no-break spaces included)."""
    kept = (" ".join(line.split()) for line in lines)
    return "\n".join(line for line in kept if line)


def _letters(text: str) -> int:
    return sum(character.isalnum() for character in text)


def _open_rendered(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except _BROKEN_PDF as error:
        raise ReadRefused("damaged") from error


def _render(document: pdfium.PdfDocument, index: int, limits: Limits) -> Image.Image:
    """Page `index` as a greyscale image: `render_dpi`, or less to stay within the pixels."""
    try:
        page = document[index]
    except _BROKEN_PDF as error:
        raise ReadRefused("damaged") from error
    try:
        width, height = page.get_size()
        if not (width > 0 and height > 0):
            raise ReadRefused("damaged")
        scale = limits.render_dpi / 72
        most = min(limits.max_pixels, OCR_MAX_PIXELS)
        if width * height * scale * scale > most:
            scale = math.sqrt(most / (width * height))
        return page.render(scale=scale, grayscale=True).to_pil().convert("L")
    except _BROKEN_PDF as error:
        raise ReadRefused("damaged") from error
    finally:
        page.close()


# -- images -----------------------------------------------------------------------------


def _read_image(data: bytes, kind: str, *, ocr: bool, limits: Limits, clock: _Clock) -> Extracted:
    if not ocr:
        raise NoOcr
    with _decoding():
        image = Image.open(io.BytesIO(data), formats=[kind])
    with image:
        with _decoding():
            # Only a TIFF's frames are pages: a GIF's are an animation.
            count = image.n_frames if kind == "TIFF" else 1
        if count > limits.max_document_pages:
            raise ReadRefused("too_many_pages")
        scanner = _Scanner(limits, clock)
        pages: list[str] = []
        for index in range(min(count, limits.max_pages)):
            clock.left()
            pages.append(scanner.read(_frame(image, index, kind, limits)))
    return Extracted(pages, ReadingMethod.OCR, scanner.confidence)


@contextmanager
def _decoding() -> Iterator[None]:
    """Pillow's errors as refusals: a bomb is `too_many_pixels`, the rest `damaged`."""
    try:
        yield
    except _BOMB as error:
        raise ReadRefused("too_many_pixels") from error
    except _BROKEN_IMAGE as error:
        raise ReadRefused("damaged") from error


def _frame(image: Image.Image, index: int, kind: str, limits: Limits) -> Image.Image:
    """Frame `index`, decoded within the pixel limit, upright (EXIF) and greyscale."""
    with _decoding():
        image.seek(index)
        if kind == "JPEG":
            _draft(image, limits)
        if image.width * image.height > limits.max_pixels:
            raise ReadRefused("too_many_pixels")
        upright = ImageOps.exif_transpose(image)
        return _greyscale(upright)


def _draft(image: Image.Image, limits: Limits) -> None:
    """Decode a JPEG in greyscale, at 1/2, 1/4 or 1/8 of its size if it is over the limit:
    a 48-megapixel phone photo is read at 12 megapixels instead of being refused."""
    scale = 1
    while image.width * image.height > limits.max_pixels * scale * scale and scale < 8:
        scale *= 2
    image.draft("L", (image.width // scale, image.height // scale))


def _greyscale(image: Image.Image) -> Image.Image:
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # Transparent pixels are often black: put the image on white paper first.
        paper = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(paper, image.convert("RGBA"))
    return image.convert("L")


# -- Tesseract --------------------------------------------------------------------------


class _Scanner:
    """A document's pages through Tesseract, one by one.

    Each page is tried first the way the previous one lay (a scanner turns every page of
    a document alike), or asked its orientation when it is wider than high (an invoice
    is not: a landscape picture of one is on its side). A reading that looks wrong is
    checked against the page's orientation (OSD), and read again turned if OSD disagrees.
    """

    def __init__(self, limits: Limits, clock: _Clock) -> None:
        self._limits = limits
        self._clock = clock
        self._turn = 0
        # (characters, confidence) of every word read, all pages.
        self._words: list[tuple[int, float]] = []

    @property
    def confidence(self) -> float | None:
        """Tesseract's confidence in the document's characters (0..1), None if none read.

        Each word counts for its length: specks and table rules read as one-character
        junk at low confidence would otherwise weigh as much as "Montant" or "2 400,00".
        """
        return _confidence(self._words)

    def read(self, image: Image.Image) -> str:
        """The page's lines, joined by newlines ("" when Tesseract read nothing)."""
        clock = _Clock(self._limits.ocr_seconds_per_page, within=self._clock)
        image = _working_size(_despeckled(image))
        asked: int | None = None
        turn = self._turn
        if not turn and image.width > image.height:
            asked = turn = _orientation(image, clock)
        reading = _Reading.of(image, turn, clock)
        if not reading.good:
            if asked is None:
                asked = _orientation(image, clock)
            if asked != turn:
                other = _Reading.of(image, asked, clock)
                reading = max(reading, other, key=lambda read: read.confidence or 0.0)
        self._turn = reading.turn
        self._words.extend(reading.words)
        return "\n".join(reading.lines)


@dataclass(frozen=True)
class _Reading:
    lines: list[str]
    words: list[tuple[int, float]]
    turn: int

    @classmethod
    def of(cls, image: Image.Image, turn: int, clock: _Clock) -> _Reading:
        """`image` turned clockwise by `turn` degrees, straightened, cut to its sheet of
        paper, without its table rules, read."""
        if turn:
            image = image.transpose(_TURNS[turn])
        lines, words = _tesseract(_without_rules(_on_paper(_straightened(image))), clock)
        return cls(lines, words, turn)

    @property
    def confidence(self) -> float | None:
        return _confidence(self.words)

    @property
    def good(self) -> bool:
        return len(self.words) >= GOOD_WORDS and (self.confidence or 0.0) >= GOOD_CONFIDENCE


def _confidence(words: list[tuple[int, float]]) -> float | None:
    characters = sum(length for length, _ in words)
    if not characters:
        return None
    return sum(length * confidence for length, confidence in words) / characters


def _tesseract(image: Image.Image, clock: _Clock) -> tuple[list[str], list[tuple[int, float]]]:
    """Tesseract's words, grouped in its lines in its order, and the length and confidence
    (0..1) of each."""
    with _tesseract_run():
        data = pytesseract.image_to_data(
            image,
            lang="+".join(OCR_LANGUAGES),
            config=TESSERACT_CONFIG,
            output_type=pytesseract.Output.DICT,
            timeout=clock.left(),
        )
    lines: dict[tuple[int, int, int], list[str]] = {}
    words: list[tuple[int, float]] = []
    for index, text in enumerate(data["text"]):
        word = text.strip()
        confidence = float(data["conf"][index])
        if confidence < 0 or not word:
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        lines.setdefault(key, []).append(word)
        words.append((len(word), confidence / 100))
    return [" ".join(line) for line in lines.values()], words


def _orientation(image: Image.Image, clock: _Clock) -> int:
    """How far to turn `image` clockwise (0, 90, 180, 270); 0 when OSD cannot tell."""
    if image.width * image.height > OSD_MAX_PIXELS:
        image = image.resize(_fitting(image.size, OSD_MAX_PIXELS), Image.Resampling.BOX)
    try:
        with _tesseract_run():
            found = pytesseract.image_to_osd(
                image, output_type=pytesseract.Output.DICT, timeout=clock.left()
            )
    except pytesseract.TesseractError:
        # Too few characters to tell, or the osd language is missing.
        return 0
    turn = int(found.get("rotate", 0))
    return turn if turn in _TURNS else 0


@contextmanager
def _tesseract_run() -> Iterator[None]:
    """pytesseract's failures as ours: a timeout is a refusal, a missing engine `NoOcr`."""
    try:
        yield
    except pytesseract.TesseractNotFoundError as error:
        raise NoOcr from error
    except pytesseract.TesseractError:
        raise
    except RuntimeError as error:
        # pytesseract's only other RuntimeError: "Tesseract process timeout".
        raise ReadRefused("timeout") from error


# -- cleaning a picture up for Tesseract --------------------------------------------------


def _ink(image: Image.Image) -> Image.Image:
    """255 where `image` is darker than its paper nearby (the brightest within a few
    pixels, taken on a quarter-size copy), 0 elsewhere: a shadow is not ink."""
    paper = image.reduce(4).filter(ImageFilter.MaxFilter(3)).resize(image.size)
    return ImageChops.subtract(paper, image).point(lambda grey: 255 if grey > INK_CONTRAST else 0)


def _despeckled(image: Image.Image) -> Image.Image:
    """`image` without its lone dark pixels (a scanner's dust, salt and pepper noise).

    Tesseract reads each speck as a word of junk; no stroke of a letter is one pixel
    with no ink around it.
    """
    ink = _ink(image)
    inked_around = ink.filter(_NEIGHBOURS).point(lambda total: 255 if total else 0)
    return ImageChops.lighter(image, ImageChops.subtract(ink, inked_around))


def _working_size(image: Image.Image) -> Image.Image:
    pixels = image.width * image.height
    if min(image.size) < UPSCALE_BELOW and pixels * 4 <= OCR_MAX_PIXELS:
        return image.resize((image.width * 2, image.height * 2), Image.Resampling.LANCZOS)
    if pixels > OCR_MAX_PIXELS:
        return image.resize(_fitting(image.size, OCR_MAX_PIXELS), Image.Resampling.LANCZOS)
    return image


def _fitting(size: tuple[int, int], pixels: int) -> tuple[int, int]:
    """`size` scaled down to about `pixels`, its proportions kept."""
    ratio = math.sqrt(pixels / (size[0] * size[1]))
    return max(1, int(size[0] * ratio)), max(1, int(size[1] * ratio))


def _straightened(image: Image.Image) -> Image.Image:
    """`image` turned by its small skew, if it has one.

    The skew is the angle at which the rows of ink are sharpest: the variance of the ink
    per row peaks when the lines of text lie flat. Measured on a reduced copy.
    """
    small = image.copy()
    small.thumbnail((1000, 1000))
    ink = _ink(small)
    flat = _row_contrast(ink, 0.0)
    best_angle, best = 0.0, flat
    steps = int(MAX_SKEW / SKEW_STEP)
    for step in range(-steps, steps + 1):
        angle = step * SKEW_STEP
        contrast = _row_contrast(ink, angle) if angle else flat
        if contrast > best:
            best_angle, best = angle, contrast
    # A page with no lines of text (a photo, a blank) has no skew worth a turn.
    if best_angle == 0.0 or best < flat * 1.1:
        return image
    # The corners it uncovers take the grey of the picture's edges: the desk around a
    # photographed page, the paper of a scan.
    return image.rotate(
        best_angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=_edge_grey(image)
    )


def _row_contrast(ink: Image.Image, angle: float) -> float:
    turned = ink.rotate(angle, resample=Image.Resampling.NEAREST) if angle else ink
    rows = turned.resize((1, turned.height), Image.Resampling.BOX).get_flattened_data()
    mean = sum(rows) / len(rows)
    return sum((row - mean) ** 2 for row in rows)


def _edge_grey(image: Image.Image) -> int:
    """The median grey of the picture's outer edges."""
    band = max(1, min(image.size) // 100)
    width, height = image.size
    strips = (
        (0, 0, width, band),
        (0, height - band, width, height),
        (0, 0, band, height),
        (width - band, 0, width, height),
    )
    histogram = [0] * 256
    for strip in strips:
        for grey, count in enumerate(image.crop(strip).histogram()):
            histogram[grey] += count
    half, seen = sum(histogram) / 2, 0
    for grey, count in enumerate(histogram):
        seen += count
        if seen >= half:
            return grey
    return 255


def _on_paper(image: Image.Image) -> Image.Image:
    """`image` cut to the sheet of paper in it, when it is a photo of one on a darker desk.

    Tesseract takes the desk's edge for a column's and drops the text along it (a
    receipt's amounts). The sheet is the bright part (above Otsu's threshold, on a reduced
    copy eroded so that a few bright specks on the desk do not count); it is cut out only
    when it is most of the picture, and not all of it.
    """
    small = image.copy()
    small.thumbnail((400, 400))
    threshold = _otsu(small.histogram())
    bright = small.point(lambda grey: 255 if grey > threshold else 0)
    box = bright.filter(ImageFilter.MinFilter(5)).getbbox()
    if box is None:
        return image
    left, top, right, bottom = box
    share = (right - left) * (bottom - top) / (small.width * small.height)
    if not PAPER_AT_LEAST <= share <= PAPER_AT_MOST:
        return image
    scale = image.width / small.width
    # The erosion took 2 pixels off each side: give them back, and one more.
    return image.crop(
        (
            max(0, int((left - 3) * scale)),
            max(0, int((top - 3) * scale)),
            min(image.width, int((right + 3) * scale)),
            min(image.height, int((bottom + 3) * scale)),
        )
    )


def _otsu(histogram: list[int]) -> int:
    """The grey that best splits `histogram` in two classes (Otsu's method)."""
    total = sum(histogram)
    weighted = sum(grey * count for grey, count in enumerate(histogram))
    below = below_weighted = 0
    best, best_spread = 0, -1.0
    for grey, count in enumerate(histogram):
        below += count
        below_weighted += grey * count
        above = total - below
        if not below or not above:
            continue
        spread = below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        if spread > best_spread:
            best, best_spread = grey, spread
    return best


def _without_rules(image: Image.Image) -> Image.Image:
    """`image` with its long horizontal and vertical lines painted white.

    A morphological opening of the ink by a long line: eroded (only the pixels that start
    a run of ink that long stay), then dilated back to the runs' full length.
    """
    ink = _ink(image)
    across = _opened(ink, max(RULE_MIN_PIXELS, image.width // RULE_FRACTION), vertical=False)
    down = _opened(ink, max(RULE_MIN_PIXELS, image.height // RULE_FRACTION), vertical=True)
    # A rule's anti-aliased edges too.
    rules = ImageChops.lighter(across, down).filter(ImageFilter.MaxFilter(3))
    return ImageChops.lighter(image, rules)


def _opened(ink: Image.Image, length: int, *, vertical: bool) -> Image.Image:
    """The runs of `ink` at least `length` pixels long, across or down."""
    eroded = _spread(ink, length, vertical, ImageChops.darker, -1)
    return _spread(eroded, length, vertical, ImageChops.lighter, 1)


def _spread(
    image: Image.Image,
    length: int,
    vertical: bool,
    keep: Callable[[Image.Image, Image.Image], Image.Image],
    way: int,
) -> Image.Image:
    """Each pixel combined by `keep` with the `length - 1` after it (`way` -1) or before
    it (1), in as many shifts as `length` has bits: each doubles the run covered."""
    done = 1
    while done < length:
        shift = min(done, length - done) * way
        moved = Image.new("L", image.size, 0)
        moved.paste(image, (0, shift) if vertical else (shift, 0))
        image = keep(image, moved)
        done += abs(shift)
    return image
