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
    attach,
    claim_at,
    claim_at_check,
    get_claim,
)
from tests.support import Chat, shown

INVOICE = {EN: "Third-party invoice", FR: "Facture d'un tiers"}
PROOF = {EN: ("proof", "Event photos"), FR: ("justificatif", "Photos de l'événement")}
MENU = {EN: "Evidence for", FR: "Justificatifs de"}


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


# Seen at stop 43: at the evidence list, "remove the photos" was answered "Files are removed
# at the check: choose Done with evidence …" (two more steps), and "wrong file" opened "What
# is this evidence?" for a new file. A file named is removed there, as at the check.
@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "remove the photos"),
        (EN, "delete photos.jpg"),
        (FR, "supprimer les photos"),
        (FR, "retirer photos.jpg"),
    ],
)
async def test_a_file_named_at_the_evidence_list_is_removed_there(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await add_file(chat, files, "invoice.pdf", INVOICE[locale], locale=locale)
    kind, shows = PROOF[locale]
    await add_file(chat, files, "photos.jpg", kind, shows, "The room", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert "photos.jpg" in said and ("Removed" in said or "supprimé" in said), said
    assert MENU[locale] in said, said  # the list again, the invoice on it
    claim = await get_claim(chat, claim_id)
    assert [e.file_name for e in claim.evidence] == ["invoice.pdf"]


async def test_a_file_not_named_at_the_evidence_list_asks_which(
    chat: Chat, files: FileServer
) -> None:
    claim_id = await claim_at(chat, EN)
    await add_file(chat, files, "invoice.pdf", "Third-party invoice", locale=EN)
    await add_file(chat, files, "photos.jpg", "proof", "Event photos", "The room", locale=EN)

    said = shown(await chat.say("remove a file", locale=EN))

    assert "invoice.pdf" in said and "photos.jpg" in said and "remove" in said, said
    assert len((await get_claim(chat, claim_id)).evidence) == 2


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "wrong file", "**remove invoice.pdf**"),
        (EN, "I sent the wrong file", "**remove invoice.pdf**"),
        (EN, "replace the invoice", "**remove invoice.pdf**"),
        (FR, "mauvais fichier", "**supprimer invoice.pdf**"),
        (FR, "je me suis trompé de fichier", "**supprimer invoice.pdf**"),
        (FR, "remplacer la facture", "**supprimer invoice.pdf**"),
    ],
)
async def test_a_wrong_file_or_a_replacement_says_how_and_changes_nothing(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await add_file(chat, files, "invoice.pdf", INVOICE[locale], locale=locale)

    answer = shown(await chat.say(typed, locale=locale))

    assert said in answer, answer
    assert "What is this evidence" not in answer and "De quel justificatif" not in answer
    assert "send the file now" not in answer and "Envoyez le fichier" not in answer
    claim = await get_claim(chat, claim_id)
    assert [e.file_name for e in claim.evidence] == ["invoice.pdf"]


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        (EN, "delete the photo"),
        (EN, "remove this file"),
        (EN, "wrong file"),
        (FR, "supprimer la photo"),
        (FR, "mauvais fichier"),
    ],
)
async def test_removing_the_file_just_sent_at_its_question_takes_it_out(
    chat: Chat, files: FileServer, locale: str, typed: str
) -> None:
    """Seen at stop 43: "delete the photo" at "What is this evidence?" right after sending
    photo.jpg kept it as the event photos."""
    claim_id = await claim_at(chat, locale)
    await attach(chat, files, "photo.jpg", locale=locale)

    said = shown(await chat.say(typed, locale=locale))

    assert "photo.jpg" in said and MENU[locale] in said, said
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize(
    ("locale", "typed", "said"),
    [
        (EN, "replace the invoice", "**remove invoice.pdf**"),
        (FR, "remplacer la facture", "**supprimer invoice.pdf**"),
    ],
)
async def test_a_replacement_at_the_check_says_how_and_changes_nothing(
    chat: Chat, files: FileServer, locale: str, typed: str, said: str
) -> None:
    claim_id = await claim_at_check(chat, files, locale)
    before = (await get_claim(chat, claim_id)).evidence

    answer = shown(await chat.say(typed, locale=locale))

    assert said in answer, answer
    assert (await get_claim(chat, claim_id)).evidence == before


@pytest.mark.parametrize("typed", ["wrong file", "remove this file"])
async def test_removing_the_file_just_sent_at_its_note_takes_it_out(
    chat: Chat, files: FileServer, typed: str
) -> None:
    """Found beside the above: "wrong file" at "what does it prove?" was kept as the note."""
    claim_id = await claim_at(chat, EN)
    await attach(chat, files, "photo.jpg", locale=EN)
    await chat.say("proof", locale=EN)
    await chat.say("Event photos", locale=EN)  # its note is asked next

    said = shown(await chat.say(typed, locale=EN))

    assert "photo.jpg" in said and MENU[EN] in said, said
    assert (await get_claim(chat, claim_id)).evidence == []


@pytest.mark.parametrize(
    ("locale", "hint"),
    [(EN, "remove invoice.pdf"), (FR, "supprimer invoice.pdf")],
)
async def test_the_evidence_list_says_how_a_file_is_taken_off(
    chat: Chat, files: FileServer, locale: str, hint: str
) -> None:
    await claim_at(chat, locale)
    before = shown(await chat.say("?", locale=locale))  # nothing attached: no such hint
    said = shown(await add_file(chat, files, "invoice.pdf", INVOICE[locale], locale=locale))

    assert hint in said and hint not in before, said


async def test_file_names_said_back_are_inert_text(chat: Chat, files: FileServer) -> None:
    """A file's name is the partner's text: quoted back, never markdown (a link, emphasis)."""
    await claim_at(chat, EN)
    await add_file(chat, files, "[x](evil.example) _b_.pdf", "Third-party invoice", locale=EN)
    await add_file(chat, files, "photos.jpg", "proof", "Event photos", "The room", locale=EN)

    said = shown(await chat.say("remove a file", locale=EN))

    assert r"\[x\](evil.example) \_b\_.pdf" in said, said
