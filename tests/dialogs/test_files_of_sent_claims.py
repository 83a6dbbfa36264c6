"""The files asked after, when they went with a claim already sent: those files, listed.

Seen at stop 57 with a seminar claim sent (invoice.pdf, agenda.pdf, photos.jpg) and no
draft: "show me the invoice I sent", "where are my files?" got "No file is on a claim draft
of yours yet. A file goes to a claim: say new claim to start one" — as if nothing had been
sent; « montre-moi la facture envoyée », « montre-moi mes fichiers » got « Je n'ai pas
compris ». The files of the speaker's latest claims sent are listed with where each claim
stands. Through the real bot, its dialogs and a TinyDB store on disk.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer
from tests.dialogs.test_fix_rejected_claim import submitted_seminar
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "show me the invoice I sent"),
        (EN, "where are my files?"),
        (EN, "what did I upload?"),
        (FR, "montre-moi la facture envoyée"),
        (FR, "montre-moi mes fichiers"),
        (FR, "où sont mes fichiers ?"),
    ],
)
async def test_the_files_of_a_claim_sent_are_listed(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await submitted_seminar(chat, files, locale)
    said = shown(await chat.say(typed, locale=locale))
    assert claim_id in said and "invoice.pdf" in said and "photos.jpg" in said, said[:500]
    assert "No file is on" not in said and "Aucun fichier" not in said, said[:500]


@pytest.mark.parametrize(("locale", "said"), [(EN, "No file is on"), (FR, "Aucun fichier")])
async def test_with_no_claim_none_is_listed(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    typed = "où sont mes fichiers ?" if locale == FR else "where are my files?"
    assert said in shown(await chat.say(typed, locale=locale))
