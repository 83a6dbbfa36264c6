"""Evidence attached to a proof of execution: files, URLs, and what each one proves.

A claim carries evidence items (E1, E2…). Every claim needs a third-party invoice
or a Certification Service Report (CSR); proof documents each need a note; and each
activity type asks for its own evidence (the catalog's `evidence` keys), given as a
file, a URL, or either (`EVIDENCE_REQUIREMENTS`).

Files arrive as chat attachments: the name is checked against DOMAIN.md's
allow-list before anything is downloaded, the size against a configurable cap.

Error codes raised (string table key `error.<code>`):

- `file_name_invalid` (name): no extension, a disguised double extension
  (`invoice.pdf.exe`), a path separator or an invisible/control character.
- `file_type_not_allowed` (name, allowed): the extension is not on the allow-list.
- `file_empty`: the file has no content.
- `file_too_large` (size_mb, max_mb): above the size cap; megabytes with one decimal.
- `url_invalid` (value): not an http(s) address with a host.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from decimal import ROUND_UP, Decimal
from enum import StrEnum
from urllib.parse import urlsplit

from pydantic import BaseModel

from domain.catalog import ACTIVITY_TYPES_BY_KEY
from domain.errors import UserInputError
from domain.text import excerpt

# DOMAIN.md's list, in its order (the order shown to partners).
_ALLOWED_IN_ORDER: tuple[str, ...] = (
    "doc",
    "docx",
    "csv",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "pdf",
    "msg",
    "rtf",
    "mht",
    "htm",
    "html",
    "bmp",
    "dib",
    "jpeg",
    "jpg",
    "jpe",
    "jfif",
    "gif",
    "tif",
    "tiff",
    "png",
    "psd",
    "wmv",
    "wma",
    "xps",
)
ALLOWED_EXTENSIONS: frozenset[str] = frozenset(_ALLOWED_IN_ORDER)
ALLOWED_EXTENSIONS_TEXT = ", ".join(_ALLOWED_IN_ORDER)

# No documented limit: DOMAIN.md suggests 25 MB per file (inferred; the caller may pass another).
DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024

MAX_FILE_NAME_LENGTH = 255
MAX_URL_LENGTH = 2000

# Extensions that run code: one of these before the last dot is a disguise
# ("offer.exe.pdf"), one of the allowed ones before a refused one too ("invoice.pdf.exe").
_EXECUTABLE_EXTENSIONS = frozenset(
    {
        "exe",
        "com",
        "bat",
        "cmd",
        "scr",
        "pif",
        "msi",
        "dll",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "ps1",
        "hta",
        "jar",
        "lnk",
        "reg",
        "sh",
        "apk",
        "app",
    }
)
# Windows reserves these in names (":" also opens alternate data streams).
_FORBIDDEN_NAME_CHARACTERS = frozenset('/\\:<>"|?*')

_MEGABYTE = Decimal(1024 * 1024)


class EvidenceKind(StrEnum):
    INVOICE = "invoice"  # a third-party invoice
    CSR = "csr"  # a Certification Service Report (in-house work)
    PROOF = "proof"  # a proof document, with its explanatory note
    URL = "url"  # a web address (landing page, published content)


FILE_KINDS: frozenset[EvidenceKind] = frozenset(
    {EvidenceKind.INVOICE, EvidenceKind.CSR, EvidenceKind.PROOF}
)

# How a requirement may be met.
FORM_FILE = "file"
FORM_URL = "url"
FORM_FILE_OR_URL = "file_or_url"
FORM_INVOICE_OR_CSR = "invoice_or_csr"  # an INVOICE or CSR item, on every claim

INVOICE_OR_CSR = "invoice_or_csr"

# Every evidence key of the catalog → the form that satisfies it.
EVIDENCE_REQUIREMENTS: dict[str, str] = {
    "final_piece": FORM_FILE,
    "partner_branding": FORM_FILE,
    "microsoft_content": FORM_FILE,
    "ad_screenshot": FORM_FILE,
    "landing_page_url": FORM_URL,
    "proof_of_distribution": FORM_FILE,
    "url_or_screenshots": FORM_FILE_OR_URL,
    "seo_statement_of_work": FORM_FILE,
    "component_evidence": FORM_FILE_OR_URL,
    "script_with_brand": FORM_FILE,
    "invitation_agenda": FORM_FILE_OR_URL,
    "event_photos": FORM_FILE,
    "booth_photo": FORM_FILE,
    "offer_terms": FORM_FILE_OR_URL,
    "contest_rules_with_brand": FORM_FILE,
    "sample_deliverables": FORM_FILE,
    "materials_produced": FORM_FILE_OR_URL,
    INVOICE_OR_CSR: FORM_INVOICE_OR_CSR,
    "microsoft_invoice": FORM_FILE,
    "invoice_course_code": FORM_FILE,
    "agenda": FORM_FILE,
    "microsoft_presentation": FORM_FILE,
    "registration": FORM_FILE_OR_URL,
    "travel_itinerary": FORM_FILE,
    "specs_or_delivery": FORM_FILE_OR_URL,
}


class Evidence(BaseModel):
    """One item of a proof of execution; filled in over several answers."""

    id: str
    kind: EvidenceKind | None = None
    # The catalog evidence key this item satisfies (PROOF and URL; optional on invoices).
    requirement: str | None = None
    file_name: str | None = None
    content_type: str | None = None
    size: int | None = None
    sha256: str | None = None
    # Relative path chosen by the storage layer (content-addressed), never by the user.
    stored_as: str | None = None
    url: str | None = None
    note: str | None = None
    added_at: datetime | None = None
    added_by: str | None = None

    @property
    def is_file(self) -> bool:
        return self.kind in FILE_KINDS

    @property
    def has_content(self) -> bool:
        """The file is stored or the URL given (the note aside)."""
        if self.is_file:
            return self.sha256 is not None
        return self.kind is EvidenceKind.URL and bool(self.url)

    def missing_field(self) -> str | None:
        """What the dialog asks next for this item; None once it is complete."""
        if self.kind is None:
            return "kind"
        if self.is_file and self.sha256 is None:
            return "file"
        if self.kind in (EvidenceKind.PROOF, EvidenceKind.URL) and self.requirement is None:
            return "requirement"
        if self.kind is EvidenceKind.URL and not self.url:
            return "url"
        # DOMAIN.md: a proof document without an explanatory note is invalid.
        if self.kind is EvidenceKind.PROOF and not (self.note or "").strip():
            return "note"
        return None


def _shown_name(name: str) -> str:
    """The name for an error sentence: invisible characters made visible, cut to 60."""
    visible = "".join("?" if unicodedata.category(c) in ("Cc", "Cf") else c for c in name)
    return excerpt(visible)


def check_file_name(name: str) -> str:
    """The lower-case extension of an attachment's name, if the name may be accepted."""
    raw = name or ""
    stripped = raw.strip()
    shown = _shown_name(raw)
    if (
        not stripped
        or len(stripped) > MAX_FILE_NAME_LENGTH
        or any(c in _FORBIDDEN_NAME_CHARACTERS for c in stripped)
        or any(unicodedata.category(c) in ("Cc", "Cf") for c in stripped)
        or stripped.endswith(".")
    ):
        raise UserInputError("file_name_invalid", name=shown)
    stem, dot, extension = stripped.lower().rpartition(".")
    if not dot or not stem.strip(" ."):
        # No extension at all, or nothing but one (".pdf").
        raise UserInputError("file_name_invalid", name=shown)
    parts = stripped.lower().split(".")
    earlier = parts[1:-1]
    before = earlier[-1].strip() if earlier else None
    if any(part.strip() in _EXECUTABLE_EXTENSIONS for part in earlier):
        raise UserInputError("file_name_invalid", name=shown)
    if extension not in ALLOWED_EXTENSIONS:
        if before in ALLOWED_EXTENSIONS:
            # "invoice.pdf.exe": dressed up as an allowed type.
            raise UserInputError("file_name_invalid", name=shown)
        raise UserInputError("file_type_not_allowed", name=shown, allowed=ALLOWED_EXTENSIONS_TEXT)
    return extension


def _megabytes(size: int) -> str:
    # Rounded up, so a file one byte over "25.0" reads 25.1 rather than 25.0.
    return str((Decimal(size) / _MEGABYTE).quantize(Decimal("0.1"), rounding=ROUND_UP))


def check_file_size(size: int, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> None:
    """Refuse an empty file or one above `max_bytes`."""
    if size < 0 or max_bytes <= 0:
        raise ValueError("sizes are counted in bytes from 0")
    if size == 0:
        raise UserInputError("file_empty")
    if size > max_bytes:
        raise UserInputError(
            "file_too_large", size_mb=_megabytes(size), max_mb=_megabytes(max_bytes)
        )


def parse_evidence_url(text: str) -> str:
    """An http(s) address typed as evidence (form only: nothing is fetched)."""
    raw = text or ""
    candidate = raw.strip()
    # Chat clients and mail often wrap a link in angle brackets.
    if candidate.startswith("<") and candidate.endswith(">"):
        candidate = candidate[1:-1].strip()
    if not _is_web_address(candidate):
        raise UserInputError("url_invalid", value=excerpt(_shown_name(raw)))
    return candidate


def _is_web_address(candidate: str) -> bool:
    if not candidate or len(candidate) > MAX_URL_LENGTH:
        return False
    if any(c.isspace() or unicodedata.category(c) in ("Cc", "Cf") for c in candidate):
        return False
    try:
        parts = urlsplit(candidate)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return False
    host = (parts.hostname or "").rstrip(".")
    if host == "localhost":
        return True
    labels = host.split(".")
    return len(labels) >= 2 and all(
        label and not label.startswith("-") and all(c.isalnum() or c == "-" for c in label)
        for label in labels
    )


def requirements_for(activity_type: str) -> tuple[str, ...]:
    """The evidence an activity type asks for, besides the invoice or CSR every claim needs."""
    entry = ACTIVITY_TYPES_BY_KEY.get(activity_type)
    if entry is None:
        return ()
    return tuple(key for key in entry.evidence if key != INVOICE_OR_CSR)


def satisfied(requirement: str, evidence: list[Evidence]) -> bool:
    """Whether some item with its content (file stored or URL given) meets `requirement`.

    A file requirement is met by any file item (a proof, or an invoice the partner
    tagged with it, e.g. the Microsoft invoice); a missing note on a proof is its
    own finding and does not make the requirement missing as well.
    """
    form = EVIDENCE_REQUIREMENTS.get(requirement, FORM_FILE)
    for item in evidence:
        if not item.has_content:
            continue
        if form == FORM_INVOICE_OR_CSR:
            if item.kind in (EvidenceKind.INVOICE, EvidenceKind.CSR):
                return True
            continue
        if item.requirement != requirement:
            continue
        if item.is_file and form in (FORM_FILE, FORM_FILE_OR_URL):
            return True
        if item.kind is EvidenceKind.URL and form in (FORM_URL, FORM_FILE_OR_URL):
            return True
    return False
