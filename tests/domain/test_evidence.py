"""Evidence items: file names, sizes, URLs, and which catalog requirement each one meets."""

from __future__ import annotations

import pytest

from domain.catalog import ACTIVITY_TYPES
from domain.errors import UserInputError
from domain.evidence import (
    ALLOWED_EXTENSIONS,
    DEFAULT_MAX_FILE_BYTES,
    EVIDENCE_REQUIREMENTS,
    MAX_FILES_PER_MESSAGE,
    NOT_ALLOWED_KINDS,
    Evidence,
    EvidenceKind,
    check_file_count,
    check_file_name,
    check_file_size,
    parse_evidence_url,
    requirements_for,
    satisfied,
)

DOMAIN_LIST = (
    "doc, docx, csv, xls, xlsx, ppt, pptx, pdf, msg, rtf, mht, htm, html, bmp, dib, jpeg, "
    "jpg, jpe, jfif, gif, tif, tiff, png, psd, wmv, wma, xps"
)


def test_allowed_extensions_are_domain_md_list() -> None:
    assert frozenset(DOMAIN_LIST.split(", ")) == ALLOWED_EXTENSIONS
    assert DEFAULT_MAX_FILE_BYTES == 25 * 1024 * 1024


@pytest.mark.parametrize("extension", sorted(ALLOWED_EXTENSIONS))
def test_every_allowed_extension_is_accepted_in_any_case(extension: str) -> None:
    assert check_file_name(f"Invoice March.{extension}") == extension
    assert check_file_name(f"INVOICE.{extension.upper()}") == extension


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("report.v2.pdf", "pdf"),
        ("scan.pdf.pdf", "pdf"),
        ("  facture été 2026.docx ", "docx"),
        ("photo.JPG", "jpg"),
    ],
)
def test_names_accepted(name: str, expected: str) -> None:
    assert check_file_name(name) == expected


@pytest.mark.parametrize("name", ["setup.exe", "script.js", "data.xyz"])
def test_type_not_allowed(name: str) -> None:
    with pytest.raises(UserInputError) as error:
        check_file_name(name)
    assert error.value.code == "file_type_not_allowed"
    assert error.value.params["name"] == name
    assert error.value.params["allowed"] == DOMAIN_LIST


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("archive.zip", "archive"),
        ("page.svg", "drawing"),
        ("a.txt", "text"),
        ("IMG_0001.HEIC", "photo"),
        ("clip.MP4", "video"),
        ("mail.eml", "mail"),
    ],
)
def test_a_type_of_a_known_kind_is_refused_by_its_kind(name: str, kind: str) -> None:
    with pytest.raises(UserInputError) as error:
        check_file_name(name)
    assert error.value.code == f"file_type_{kind}"
    assert error.value.params["name"] == name


def test_no_kind_of_refused_type_holds_an_allowed_one() -> None:
    kinds = list(NOT_ALLOWED_KINDS.values())
    assert not any(ALLOWED_EXTENSIONS & extensions for extensions in kinds)
    assert sum(map(len, kinds)) == len(frozenset().union(*kinds))  # each in one kind


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "invoice",
        ".pdf",
        "invoice.pdf.",
        "invoice.pdf.exe",
        "invoice.docx.js",
        "offer.exe.pdf",
        "../etc/passwd.pdf",
        "folder/invoice.pdf",
        "folder\\invoice.pdf",
        "C:invoice.pdf",
        "invoice\x00.pdf",
        "in\nvoice.pdf",
        "invoice\u202efdp.exe",
        "a" * 256 + ".pdf",
    ],
)
def test_names_refused(name: str) -> None:
    with pytest.raises(UserInputError) as error:
        check_file_name(name)
    assert error.value.code == "file_name_invalid"
    assert len(error.value.params["name"]) <= 60


def test_long_names_are_shortened_in_the_error() -> None:
    with pytest.raises(UserInputError) as error:
        check_file_name("x" * 200 + ".xyz")
    assert error.value.code == "file_type_not_allowed"
    assert len(error.value.params["name"]) == 60
    assert error.value.params["name"].endswith("…")


def test_invisible_characters_are_shown_as_question_marks() -> None:
    with pytest.raises(UserInputError) as error:
        check_file_name("inv\u202efdp.exe")
    assert error.value.params["name"] == "inv?fdp.exe"


@pytest.mark.parametrize(
    ("size", "max_bytes"),
    [(1, 1), (DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILE_BYTES), (10, 1024)],
)
def test_sizes_accepted(size: int, max_bytes: int) -> None:
    check_file_size(size, max_bytes)


@pytest.mark.parametrize(
    ("size", "max_bytes", "size_mb", "max_mb"),
    [
        (DEFAULT_MAX_FILE_BYTES + 1, DEFAULT_MAX_FILE_BYTES, "25.1", "25.0"),
        (30 * 1024 * 1024, DEFAULT_MAX_FILE_BYTES, "30.0", "25.0"),
        (11 * 1024 * 1024 // 2, 5 * 1024 * 1024, "5.5", "5.0"),
    ],
)
def test_size_too_large(size: int, max_bytes: int, size_mb: str, max_mb: str) -> None:
    with pytest.raises(UserInputError) as error:
        check_file_size(size, max_bytes)
    assert error.value.code == "file_too_large"
    assert error.value.params == {"size_mb": size_mb, "max_mb": max_mb}


def test_empty_file_refused() -> None:
    with pytest.raises(UserInputError) as error:
        check_file_size(0, DEFAULT_MAX_FILE_BYTES)
    assert error.value.code == "file_empty"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://contoso.com/offer", "https://contoso.com/offer"),
        ("  http://www.contoso.fr/page?x=1#top ", "http://www.contoso.fr/page?x=1#top"),
        ("<https://contoso.com>", "https://contoso.com"),
        ("HTTPS://Contoso.com", "HTTPS://Contoso.com"),
        # Typed as people type addresses: the web one is meant.
        ("www.contoso.com/offer", "https://www.contoso.com/offer"),
        ("<www.contoso.com>", "https://www.contoso.com"),
        # And as an address bar shows it (stop 41): a host alone, with a path or a known end.
        ("contoso.com", "https://contoso.com"),
        ("contoso.com/webinar", "https://contoso.com/webinar"),
        ("events.contoso.fr", "https://events.contoso.fr"),
        ("http://localhost:3978/x", "http://localhost:3978/x"),
        ("https://café.example.fr", "https://café.example.fr"),
        ("https://contoso.com/" + "a" * 1980, "https://contoso.com/" + "a" * 1980),
    ],
)
def test_urls_accepted(typed: str, expected: str) -> None:
    assert parse_evidence_url(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "invoice.pdf",  # a file's name, not a host
        "contoso.example",  # no path and an end not read alone
        "www.",
        "ftp://contoso.com/file",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://contoso",
        "https://",
        "https://contoso .com",
        "https://contoso.com/a b",
        "https://user:secret@contoso.com",
        "https://contoso.com:99999/",
        "https://-bad.com",
        "https://contoso..com",
        "https://contoso.com/\x00",
        "https://contoso.com/" + "a" * 1981,
    ],
)
def test_urls_refused(typed: str) -> None:
    with pytest.raises(UserInputError) as error:
        parse_evidence_url(typed)
    assert error.value.code == "url_invalid"
    assert len(error.value.params["value"]) <= 60


# -- evidence items ------------------------------------------------------------------------


def _file(kind: EvidenceKind, **changes) -> Evidence:
    values = {"id": "E1", "kind": kind, "file_name": "a.pdf", "sha256": "0" * 64}
    return Evidence(**{**values, **changes})


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (Evidence(id="E1"), "kind"),
        (Evidence(id="E1", kind=EvidenceKind.INVOICE), "file"),
        (Evidence(id="E1", kind=EvidenceKind.CSR), "file"),
        (Evidence(id="E1", kind=EvidenceKind.PROOF), "file"),
        (_file(EvidenceKind.INVOICE), None),
        (_file(EvidenceKind.CSR), None),
        (_file(EvidenceKind.PROOF), "requirement"),
        (_file(EvidenceKind.PROOF, requirement="event_photos"), "note"),
        (_file(EvidenceKind.PROOF, requirement="event_photos", note="  "), "note"),
        (_file(EvidenceKind.PROOF, requirement="event_photos", note="Booth, day 1"), None),
        (Evidence(id="E1", kind=EvidenceKind.URL), "requirement"),
        (Evidence(id="E1", kind=EvidenceKind.URL, requirement="landing_page_url"), "url"),
        (
            Evidence(
                id="E1",
                kind=EvidenceKind.URL,
                requirement="landing_page_url",
                url="https://contoso.com",
            ),
            None,
        ),
    ],
)
def test_missing_field(item: Evidence, expected: str | None) -> None:
    assert item.missing_field() == expected


def test_is_file() -> None:
    assert _file(EvidenceKind.INVOICE).is_file
    assert _file(EvidenceKind.CSR).is_file
    assert _file(EvidenceKind.PROOF).is_file
    assert not Evidence(id="E1", kind=EvidenceKind.URL).is_file
    assert not Evidence(id="E1").is_file


def test_every_catalog_evidence_key_is_mapped() -> None:
    keys = {key for entry in ACTIVITY_TYPES for key in entry.evidence}
    assert keys <= set(EVIDENCE_REQUIREMENTS)
    assert set(EVIDENCE_REQUIREMENTS.values()) <= {"file", "url", "file_or_url", "invoice_or_csr"}


def test_requirements_exclude_the_universal_invoice_or_csr() -> None:
    assert requirements_for("digital_advertising") == ("ad_screenshot", "landing_page_url")
    assert requirements_for("tv_radio") == ()
    assert requirements_for("no_such_type") == ()


_URL = Evidence(id="E2", kind=EvidenceKind.URL, url="https://contoso.com")


@pytest.mark.parametrize(
    ("requirement", "evidence", "expected"),
    [
        ("invoice_or_csr", [], False),
        ("invoice_or_csr", [_file(EvidenceKind.INVOICE)], True),
        ("invoice_or_csr", [_file(EvidenceKind.CSR)], True),
        ("invoice_or_csr", [Evidence(id="E1", kind=EvidenceKind.INVOICE)], False),
        ("invoice_or_csr", [_file(EvidenceKind.PROOF, requirement="invoice_or_csr")], False),
        ("ad_screenshot", [_file(EvidenceKind.PROOF, requirement="ad_screenshot")], True),
        # A proof without its note still shows the file (proof_without_note says the rest).
        ("ad_screenshot", [_file(EvidenceKind.PROOF, requirement="ad_screenshot")], True),
        ("ad_screenshot", [_file(EvidenceKind.PROOF, requirement="event_photos")], False),
        ("ad_screenshot", [_URL.model_copy(update={"requirement": "ad_screenshot"})], False),
        ("landing_page_url", [_URL.model_copy(update={"requirement": "landing_page_url"})], True),
        ("landing_page_url", [_file(EvidenceKind.PROOF, requirement="landing_page_url")], False),
        ("landing_page_url", [Evidence(id="E3", kind=EvidenceKind.URL)], False),
        (
            "url_or_screenshots",
            [_URL.model_copy(update={"requirement": "url_or_screenshots"})],
            True,
        ),
        ("url_or_screenshots", [_file(EvidenceKind.PROOF, requirement="url_or_screenshots")], True),
        # An invoice tagged with a file requirement (the Microsoft invoice) meets it.
        ("microsoft_invoice", [_file(EvidenceKind.INVOICE, requirement="microsoft_invoice")], True),
    ],
)
def test_satisfied(requirement: str, evidence: list[Evidence], expected: bool) -> None:
    assert satisfied(requirement, evidence) is expected


@pytest.mark.parametrize(
    ("count", "room", "code", "params"),
    [
        (40, 30, "too_many_files", {"count": 40, "max": MAX_FILES_PER_MESSAGE}),
        (MAX_FILES_PER_MESSAGE + 1, 30, "too_many_files", {"count": 11, "max": 10}),
        (3, 2, "too_many_evidence_files", {"count": 3, "room": 2, "max": 30}),
        (1, 0, "too_many_evidence", {"max": 30}),
    ],
)
def test_too_many_files_are_refused_by_count(count, room, code, params) -> None:
    with pytest.raises(UserInputError) as refused:
        check_file_count(count, room=room, max_items=30)
    assert (refused.value.code, refused.value.params) == (code, params)


@pytest.mark.parametrize(("count", "room"), [(1, 1), (MAX_FILES_PER_MESSAGE, 30), (2, 2)])
def test_files_within_both_limits_pass(count, room) -> None:
    check_file_count(count, room=room, max_items=30)
