"""Asking to add a file with no question open: the claim draft opened to take it.

Seen at stop 57 with a claim draft left at its evidence list: "add a file to my claim",
"add evidence", "upload the photos", « ajouter un fichier » got "I didn't understand that";
"attach the invoice", « joindre la facture » got how to attach one and "To add it to a
claim draft, say resume first" — one more message to type. With a claim draft of the
speaker's, it is opened where it stands and the file goes there; with none, how to attach
one (an invoice starts a claim). Through the real bot, its dialogs and a TinyDB store.
"""

from __future__ import annotations

import pytest

from tests.dialogs.claim_support import EN, FR, FileServer, attach, claim_at, seen
from tests.support import Chat

EVIDENCE = {EN: "Evidence for {claim_id}", FR: "Justificatifs de {claim_id}"}


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "add a file to my claim"),
        (EN, "add a file"),
        (EN, "add evidence"),
        (EN, "upload the photos"),
        (EN, "attach the invoice"),
        (FR, "ajouter un fichier"),
        (FR, "ajouter des justificatifs à ma réclamation"),
        (FR, "joindre la facture"),
    ],
)
async def test_with_a_claim_draft_it_is_opened_to_take_the_file(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.say("annuler" if locale == FR else "cancel", locale=locale)
    said = seen(await chat.say(typed, locale=locale))
    assert EVIDENCE[locale].format(claim_id=claim_id) in said, said[:500]
    assert "resume" not in said.split("{")[0] and "didn't understand" not in said, said[:500]
    asked = seen(await attach(chat, files, "photos.jpg", locale=locale))
    assert "photos.jpg" in asked, asked[:500]  # the file is the claim's, asked what it is


@pytest.mark.parametrize(("locale", "said"), [(EN, "paperclip"), (FR, "trombone")])
async def test_with_no_draft_it_says_how_to_attach(chat: Chat, locale: str, said: str) -> None:
    chat.locale = locale
    replies = await chat.say("ajouter un fichier" if locale == FR else "add a file", locale=locale)
    assert said in seen(replies)
