"""A file of a type reviewers don't accept, told what to send instead.

Seen at stop 42, a claim at its evidence list: an iPhone photo "IMG_1234.HEIC", a
"photos.zip", a "recording.mp4", an "invoice.eml", a Keynote "slides.key" each got
'"…" is not a file type reviewers accept. Allowed: doc, docx, csv, … (27 types)': the
partner is left to work out which of those their photo can become. Each is now told, in
their language, what to do with that kind of file (a photo as JPEG or PNG, an archive's
files one by one, a video by its link, an e-mail saved from Outlook, an export to PDF);
a type of no known kind keeps the list. Nothing is downloaded, nothing kept. Through the
real bot, dialogs and a TinyDB store on disk, the file attached as Teams attaches it.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, attach, claim_at, get_claim
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio


@pytest.mark.parametrize(
    ("locale", "name", "tip"),
    [
        (EN, "IMG_1234.HEIC", "as JPEG or PNG"),
        (EN, "photo.webp", "as JPEG or PNG"),
        (EN, "photos.zip", "the files inside it"),
        (EN, "event-photos.7z", "the files inside it"),
        (EN, "recording.mp4", "**Add a link**"),
        (EN, "webinar.mov", "**Add a link**"),
        (EN, "podcast.mp3", "**Add a link**"),
        (EN, "invoice.eml", "as .msg"),
        (EN, "slides.key", "Export it as PDF"),
        (EN, "agenda.odt", "as PDF"),
        (EN, "notes.txt", "as PDF"),
        (EN, "banner.svg", "as PDF or PNG"),
        (FR, "IMG_1234.HEIC", "en JPEG ou en PNG"),
        (FR, "photos.zip", "les fichiers qu'elle contient"),
        (FR, "enregistrement.mp4", "**Ajouter un lien**"),
        (FR, "facture.eml", "en .msg"),
        (FR, "diapos.key", "Exportez-le en PDF"),
    ],
)
async def test_a_file_of_a_known_kind_is_told_what_to_send_instead(
    chat: Chat, files: FileServer, locale: str, name: str, tip: str
) -> None:
    claim_id = await claim_at(chat, locale)

    said = shown(await attach(chat, files, name, locale=locale))

    assert tip in said, said
    assert "Allowed:" not in said and "Acceptés :" not in said  # no list of 27 types to read
    assert files.hits == []  # refused by its name, before anything is downloaded
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize(("locale", "allowed"), [(EN, "Allowed: doc"), (FR, "Acceptés : doc")])
async def test_a_type_of_no_known_kind_keeps_the_list(
    chat: Chat, files: FileServer, locale: str, allowed: str
) -> None:
    claim_id = await claim_at(chat, locale)

    said = shown(await attach(chat, files, "data.xyz", locale=locale))

    assert allowed in said, said
    assert (await get_claim(chat, claim_id)).evidence == []
