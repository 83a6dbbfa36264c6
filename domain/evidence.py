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
- `file_type_not_allowed` (name, allowed): the extension is not on the allow-list; for a
  kind of file partners commonly have at hand, `file_type_<kind>` (name) instead, which
  says what to send (`NOT_ALLOWED_KINDS`: a phone's photo, an archive, a video, …).
- `file_empty`: the file has no content.
- `file_too_large` (size_mb, max_mb): above the size cap; megabytes with one decimal.
- `url_invalid` (value): not an http(s) address with a host.
- `file_executable` (name): the content is a program (PE, ELF, Mach-O, a script).
- `file_content_mismatch` (name, type): the content is not what the extension says.
- `too_many_files` (count, max): more files in one message than `MAX_FILES_PER_MESSAGE`.
- `too_many_evidence_files` (count, room, max): more files than the claim has room for.
- `too_many_evidence` (max): the claim is full.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from decimal import ROUND_UP, Decimal
from enum import StrEnum
from urllib.parse import urlsplit

from pydantic import BaseModel, model_validator

from domain.catalog import ACTIVITY_TYPES_BY_KEY
from domain.errors import UserInputError
from domain.invoice import InvoiceReading
from domain.text import excerpt, fold

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

# Types partners have at hand that reviewers don't accept, by what to do instead: the
# refusal's code is `file_type_<kind>` (a photo from a phone: as JPEG or PNG; an archive:
# the files inside it; a video or a recording: its link; ...).
NOT_ALLOWED_KINDS: dict[str, frozenset[str]] = {
    "photo": frozenset({"heic", "heif", "webp", "avif", "dng", "cr2", "cr3", "nef", "arw"}),
    "archive": frozenset({"zip", "rar", "7z", "tar", "gz", "tgz", "bz2", "xz"}),
    "video": frozenset({"mp4", "mov", "avi", "mkv", "m4v", "webm", "mpg", "mpeg", "3gp"}),
    "audio": frozenset({"mp3", "m4a", "wav", "aac", "ogg", "flac"}),
    "mail": frozenset({"eml", "emlx"}),
    "apple": frozenset({"key", "pages", "numbers"}),
    "text": frozenset({"odt", "ods", "odp", "txt", "md", "epub"}),
    "drawing": frozenset({"svg", "ai", "eps", "indd", "sketch", "fig"}),
}
_KIND_OF_EXTENSION = {ext: kind for kind, exts in NOT_ALLOWED_KINDS.items() for ext in exts}


def _not_allowed(shown: str, extension: str) -> UserInputError:
    """The refusal of a file whose type reviewers don't accept: what to send instead when
    its kind is known, else the allow-list."""
    kind = _KIND_OF_EXTENSION.get(extension)
    if kind is not None:
        return UserInputError(f"file_type_{kind}", name=shown, max=MAX_FILES_PER_MESSAGE)
    return UserInputError("file_type_not_allowed", name=shown, allowed=ALLOWED_EXTENSIONS_TEXT)


# No documented limit: DOMAIN.md suggests 25 MB per file (inferred; the caller may pass another).
DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024

MAX_FILE_NAME_LENGTH = 255
# One message's files are fetched within one turn (Teams waits 15 s for its answer).
MAX_FILES_PER_MESSAGE = 10
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


# Words of a file's name that say what it is (en, fr), for the invoice, the CSR and the
# requirements that have unmistakable ones. A name saying none, or two things, is asked
# about; a requirement counts only if the activity type asks for it.
_NAME_WORDS: dict[str, tuple[str, ...]] = {
    EvidenceKind.INVOICE: ("invoice", "invoices", "facture", "factures", "bill"),
    EvidenceKind.CSR: ("csr",),
    "invitation_agenda": ("invitation", "invitations", "invite", "agenda", "programme"),
    "agenda": ("agenda", "programme"),
    "event_photos": ("photo", "photos", "picture", "pictures", "pic", "pics", "cliche", "cliches"),
    "booth_photo": ("booth", "stand"),
    "ad_screenshot": ("screenshot", "screenshots", "capture", "captures"),
    "proof_of_distribution": ("distribution", "routage"),
    "script_with_brand": ("script",),
    "offer_terms": ("terms", "conditions", "cgv"),
    "contest_rules_with_brand": ("rules", "reglement"),
    "seo_statement_of_work": ("sow",),
    "registration": ("registration", "inscription", "inscriptions"),
    "travel_itinerary": ("itinerary", "itineraire"),
}


def kind_from_name(name: str, activity_type: str | None) -> tuple[EvidenceKind, str | None] | None:
    """What a file's name says it is: (INVOICE or CSR, None), or (PROOF, the requirement
    of `activity_type` it shows); None when the name says nothing or more than one thing
    ("IMG_2041.jpg", "invoice and agenda.pdf")."""
    return kind_from_words(fold(name or "").rsplit(".", 1)[0], activity_type)


def kind_from_words(text: str, activity_type: str | None) -> tuple[EvidenceKind, str | None] | None:
    """The same read from what a partner says a file is ("the agenda", "photos de la
    salle"): what one of its words names, if they name one thing only."""
    said = kinds_from_words(text, activity_type)
    return said[0] if len(said) == 1 else None


def kinds_from_words(text: str, activity_type: str | None) -> list[tuple[EvidenceKind, str | None]]:
    """Everything the words name ("the invoice and the agenda": an invoice, and a proof of
    the invitation and agenda), in the order said."""
    words = "".join(c if c.isalnum() else " " for c in fold(text or "")).split()
    wanted = set(requirements_for(activity_type or ""))
    said: dict[tuple[EvidenceKind, str | None], int] = {}
    for meaning, names in _NAME_WORDS.items():
        where = [i for i, word in enumerate(words) if word in names]
        if not where:
            continue
        if isinstance(meaning, EvidenceKind):
            said.setdefault((meaning, None), where[0])
        elif meaning in wanted:
            said.setdefault((EvidenceKind.PROOF, meaning), where[0])
    return sorted(said, key=said.__getitem__)


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
    # What the bot read in it, for an invoice (domain.invoice): kept so the check, a status
    # answer or a reviewer's rejection can point at it.
    reading: InvoiceReading | None = None
    # The partner has not yet said whether to fill the claim from that reading.
    reading_offered: bool = False

    @model_validator(mode="after")
    def _a_file_is_not_a_link(self) -> Evidence:
        """Older versions let a sent file be answered "Link" (then a URL typed): such an item
        is the file it is, its kind unknown, so it is asked again and counted as a file."""
        if self.kind is EvidenceKind.URL and self.sha256 is not None:
            self.kind, self.url = None, None
            if EVIDENCE_REQUIREMENTS.get(self.requirement or "") == FORM_URL:
                self.requirement = None  # a requirement only a link meets
        return self

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
        if self.reading_offered:
            return "reading"
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
        raise _not_allowed(shown, extension)
    return extension


def check_file_count(count: int, *, room: int, max_items: int) -> None:
    """Refuse, before anything is downloaded, more files than one message or the claim takes.

    `room`: how many more items the claim can hold (counting an item waiting for its file);
    `max_items`: the claim's limit, for the sentence.
    """
    if count > MAX_FILES_PER_MESSAGE:
        raise UserInputError("too_many_files", count=count, max=MAX_FILES_PER_MESSAGE)
    if room <= 0:
        raise UserInputError("too_many_evidence", max=max_items)
    if count > room:
        raise UserInputError("too_many_evidence_files", count=count, room=room, max=max_items)


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


# -- content sniffing ------------------------------------------------------------------------

# How many leading bytes `check_file_content` looks at (a PDF may start a little late).
SNIFF_BYTES = 1024

# Programs. Their headers hold NUL bytes, so text that merely starts with "MZ" (a CSV of
# Mozambique) is not one; a script names its interpreter ("#!") and is refused as it is.
_SCRIPT_MAGIC = b"#!"
_EXECUTABLE_MAGIC: tuple[bytes, ...] = (
    b"MZ",  # Windows PE (exe, dll, scr...)
    b"\x7fELF",  # Linux
    b"\xfe\xed\xfa\xce",  # Mach-O 32-bit
    b"\xfe\xed\xfa\xcf",  # Mach-O 64-bit
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",  # Mach-O universal, Java class
    b"\x00asm",  # WebAssembly
)
_ZIP = (b"PK\x03\x04",)
_OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)
_JPEG = (b"\xff\xd8\xff",)
_TIFF = (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
# A .dib is often a bare BITMAPINFOHEADER (its size as little-endian uint32), or a BMP.
_DIB = (b"BM", *(size.to_bytes(4, "little") for size in (12, 40, 52, 56, 64, 108, 124)))
_ASF = (b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c",)
# Text formats have no magic: they are checked to be text.
_TEXT_TYPES = frozenset({"csv", "htm", "html", "mht"})

_MAGIC: dict[str, tuple[bytes, ...]] = {
    "pdf": (b"%PDF-",),  # may follow some junk: see `check_file_content`
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": _JPEG,
    "jpeg": _JPEG,
    "jpe": _JPEG,
    "jfif": _JPEG,
    "gif": (b"GIF87a", b"GIF89a"),
    "tif": _TIFF,
    "tiff": _TIFF,
    "bmp": (b"BM",),
    "dib": _DIB,
    "docx": _ZIP,
    "xlsx": _ZIP,
    "pptx": _ZIP,
    "xps": _ZIP,
    "doc": _OLE,
    "xls": _OLE,
    "ppt": _OLE,
    "msg": _OLE,
    "rtf": (b"{\\rtf",),
    "psd": (b"8BPS",),
    "wmv": _ASF,
    "wma": _ASF,
}


def _looks_like_text(head: bytes) -> bool:
    """Text in some encoding: no NUL byte (UTF-16 with its BOM aside), no control junk."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    body = head.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" in body:
        return False
    controls = sum(1 for byte in body if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls <= len(body) // 100


def check_file_content(name: str, head: bytes) -> None:
    """Refuse a file whose first bytes are a program or do not match its extension.

    `name` is the (already checked) file name; `head` its first `SNIFF_BYTES` bytes or
    more. Raises `file_executable` (name) or `file_content_mismatch` (name, type).
    """
    shown = _shown_name(name or "")
    extension = (name or "").strip().lower().rpartition(".")[2]
    start = head[:SNIFF_BYTES]
    stripped = start.removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")
    if stripped.startswith(_SCRIPT_MAGIC) or (
        start.startswith(_EXECUTABLE_MAGIC) and not _looks_like_text(start)
    ):
        raise UserInputError("file_executable", name=shown)
    magic = _MAGIC.get(extension)
    if extension in _TEXT_TYPES:
        matches = _looks_like_text(start)
    elif magic is None:
        raise UserInputError("file_type_not_allowed", name=shown, allowed=ALLOWED_EXTENSIONS_TEXT)
    elif extension == "pdf":
        # Readers accept a PDF header anywhere in the first kilobyte.
        matches = b"%PDF-" in start
    else:
        matches = start.startswith(magic)
    if not matches:
        raise UserInputError("file_content_mismatch", name=shown, type=extension.upper())


# A whole answer that is one web address: with its scheme or "www." (`_LINK`), or a host
# alone as an address bar shows it ("contoso.com/webinar", `_BARE_HOST`), unless its last
# part is a file's extension ("invoice.pdf", "logo.ai" are files' names).
_LINK = re.compile(r"<?(?:https?://|www\.)\S+>?", re.IGNORECASE)
_BARE_HOST = re.compile(
    r"<?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?P<top>[a-z]{2,24})(?:[/?#]\S*)?>?",
    re.IGNORECASE,
)
# Top-level domains read without a path: the common ones and every country's (two letters).
_COMMON_TOPS = frozenset(
    (
        *("com", "net", "org", "info", "biz", "io", "app", "dev", "online", "site", "shop"),
        *("store", "tech", "cloud", "eu", "asia", "pro", "events", "media", "page", "microsoft"),
    )
)
_FILE_EXTENSIONS = ALLOWED_EXTENSIONS | {"ai", "md", "ps", "gz", "zip", "txt", "exe", "js", "py"}


def looks_like_link(text: str) -> bool:
    """Whether a whole answer is one web address (well formed or not: `parse_evidence_url`
    says)."""
    candidate = (text or "").strip()
    if len(candidate) > MAX_URL_LENGTH or not candidate:
        return False
    if _LINK.fullmatch(candidate):
        return True
    bare = _BARE_HOST.fullmatch(candidate)
    if bare is None:
        return False
    top = bare["top"].lower()
    has_path = any(mark in candidate for mark in "/?#")
    return top not in _FILE_EXTENSIONS and (len(top) == 2 or top in _COMMON_TOPS or has_path)


def parse_evidence_url(text: str) -> str:
    """An http(s) address typed as evidence (form only: nothing is fetched)."""
    raw = text or ""
    candidate = raw.strip()
    # Chat clients and mail often wrap a link in angle brackets.
    if candidate.startswith("<") and candidate.endswith(">"):
        candidate = candidate[1:-1].strip()
    if candidate[:4].lower() == "www." or ("://" not in candidate and looks_like_link(candidate)):
        # Typed as people type addresses (Teams links them too): the web one meant.
        candidate = "https://" + candidate
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


def still_needed(activity_type: str | None, evidence: list[Evidence]) -> list[str]:
    """The requirements no item meets yet: the invoice or CSR every claim needs, then what
    the activity type asks for, in the catalog's order."""
    needed = (INVOICE_OR_CSR, *requirements_for(activity_type or ""))
    return [requirement for requirement in needed if not satisfied(requirement, evidence)]


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
