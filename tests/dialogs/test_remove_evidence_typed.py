"""Removing a file from a claim by saying so at its check card.

Seen off the script: at the check card, "remove the invoice" and "delete agenda.pdf" got
'I don't know "remove the invoice"': only the card's "Remove Third-party invoice ·
invoice.pdf" option, word for word, removed it. A kind of file names the one item of that
kind; a file's name names that file; two items of one kind are never guessed between.
"""

from __future__ import annotations

import pytest

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    add_file,
    claim_at,
    claim_at_check,
    get_claim,
)
from tests.support import Chat, shown


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "remove the invoice"),
        (EN, "delete invoice"),
        (EN, "remove invoice.pdf"),
        (FR, "supprimer la facture"),
        (FR, "retirer la facture"),
    ],
)
async def test_the_invoice_named_is_removed(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)
    claim = await get_claim(chat, claim_id)
    assert [e.kind for e in claim.evidence].count(EvidenceKind.INVOICE) == 0
    assert len(claim.evidence) == 2  # the agenda and the photos stay


async def test_a_file_named_by_its_name_is_removed(chat: Chat, files: FileServer) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    await chat.say("delete agenda.pdf", locale=EN)
    claim = await get_claim(chat, claim_id)
    assert "agenda.pdf" not in [e.file_name for e in claim.evidence]
    assert len(claim.evidence) == 2


async def test_one_of_two_of_a_kind_is_never_guessed(chat: Chat, files: FileServer) -> None:
    claim_id = await claim_at_check(chat, files, EN)
    await chat.say("remove the proof document", locale=EN)
    assert len((await get_claim(chat, claim_id)).evidence) == 3


# Seen off the script: at the check card "remove the photos", « supprimer les photos » got
# 'I don't know': only the invoice, the CSR and a file's name were read. What a proof shows
# (the photos, the agenda) names it too, when one item shows it.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [(EN, "remove the photos"), (EN, "delete photos"), (FR, "supprimer les photos")],
)
async def test_a_proof_named_by_what_it_shows_is_removed(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    replies = await chat.say(typed, locale=locale)
    assert "I don't know" not in shown(replies) and "Je ne connais pas" not in shown(replies)
    claim = await get_claim(chat, claim_id)
    assert "photos.jpg" not in [e.file_name for e in claim.evidence]
    assert len(claim.evidence) == 2  # the invoice and the agenda stay


# Seen off the script: at the evidence list, with nothing attached, "remove the photos" got
# "Please send the file now (**Event photos**)": the photos were read as named to be ADDED.
@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "remove the photos", "Nothing is attached to"),
        (EN, "delete the invoice", "Nothing is attached to"),
        (FR, "supprimer les photos", "Rien n'est joint à"),
    ],
)
async def test_removing_at_an_empty_evidence_list_says_there_is_nothing(
    chat: Chat, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    replies = await chat.say(typed, locale=locale)
    assert said in shown(replies)
    assert "send the file now" not in shown(replies)
    assert "Envoyez le fichier" not in shown(replies)
    assert (await get_claim(chat, claim_id)).evidence == []


async def test_removing_at_the_evidence_list_says_where_files_are_removed(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await claim_at(chat, EN)
    await add_file(chat, files, "photos.jpg", "proof", "Event photos", "The room", locale=EN)
    replies = await chat.say("remove the photos", locale=EN)
    assert "Done with evidence" in shown(replies) and "Remove" in shown(replies)
    assert len((await get_claim(chat, claim_id)).evidence) == 1
