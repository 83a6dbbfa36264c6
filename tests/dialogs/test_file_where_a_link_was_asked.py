"""A file sent where a link was asked: it is that proof, as a file.

Seen at stop 59: at a claim's evidence list, **Add a link**, "Invitation and agenda", then at
"Type the link (https://…)" the partner attached agenda.pdf instead. The file was kept, but
asked about as if nothing had been said ("What is this evidence?", "Which requirement does
it show?" again), and once its note was given, "Type the link (https://…)" came back, for a
link the partner never meant to give. Now the file fills the item being added: a proof
document for the requirement already chosen, its note asked next, and no link asked again.
Through the real bot, dialogs, a TinyDB store on disk and files served over loopback HTTP.
"""

from __future__ import annotations

import pytest

from domain.evidence import EvidenceKind
from tests.dialogs.claim_support import (
    EN,
    FR,
    FileServer,
    attach,
    claim_at,
    get_claim,
    last_card,
)
from tests.support import Chat, shown

pytestmark = pytest.mark.asyncio

ADD_LINK = {EN: "Add a link", FR: "Ajouter un lien"}
AGENDA = {EN: "Invitation and agenda", FR: "Invitation et programme"}
LINK_ASKED = {EN: "Type the link", FR: "Tapez le lien"}
NOTE_ASKED = {EN: "add a short note", FR: "ajoutez une courte note"}
KIND_ASKED = {EN: "What is this evidence?", FR: "De quel justificatif s'agit-il ?"}


async def link_asked(chat: Chat, locale: str) -> str:
    """A seminar claim at its evidence list, Add a link, Invitation and agenda: its id."""
    claim_id = await claim_at(chat, locale)
    menu = last_card(chat.transcript)
    requirement = await chat.click(menu.submit_data(ADD_LINK[locale]))
    asked = await chat.click(last_card(requirement).submit_data(AGENDA[locale]))
    assert LINK_ASKED[locale] in shown(asked), shown(asked)
    return claim_id


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_at_the_links_question_is_that_proof_and_its_note_comes_next(
    chat: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await link_asked(chat, locale)

    replies = await attach(chat, files, "agenda.pdf", locale=locale)

    said = shown(replies)
    assert NOTE_ASKED[locale] in said, said
    assert KIND_ASKED[locale] not in said, said
    assert AGENDA[locale] in said, said  # said what it was taken as
    item = (await get_claim(chat, claim_id)).evidence[-1]
    assert item.kind is EvidenceKind.PROOF
    assert item.requirement == "invitation_agenda"
    assert item.file_name == "agenda.pdf" and item.sha256 is not None
    assert not item.url

    after = shown(await chat.say("Agenda of the day, sent to guests", locale=locale))

    assert LINK_ASKED[locale] not in after, after
    claim = await get_claim(chat, claim_id)
    assert len(claim.evidence) == 1
    assert claim.evidence[0].note == "Agenda of the day, sent to guests"


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_file_at_the_links_requirement_is_a_proof_whose_requirement_is_asked(
    chat: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await claim_at(chat, locale)
    await chat.click(last_card(chat.transcript).submit_data(ADD_LINK[locale]))

    said = shown(await attach(chat, files, "photo.jpg", locale=locale))

    assert KIND_ASKED[locale] not in said, said
    item = (await get_claim(chat, claim_id)).evidence[-1]
    assert item.kind is EvidenceKind.PROOF and item.file_name == "photo.jpg"
    assert len((await get_claim(chat, claim_id)).evidence) == 1
    # The requirement is asked among a file's (photos too, which a link does not show).
    photos = {EN: "Event photos", FR: "Photos de l'événement"}[locale]
    assert photos in said, said


@pytest.mark.parametrize("locale", [EN, FR])
async def test_two_files_at_the_links_question_fill_it_and_the_second_is_asked_about(
    chat: Chat, files: FileServer, locale: str
) -> None:
    claim_id = await link_asked(chat, locale)
    from tests.dialogs.claim_support import file_activity

    activity = file_activity(files.url("agenda.pdf"), "agenda.pdf")
    activity.attachments += file_activity(files.url("invoice.pdf"), "invoice.pdf").attachments
    activity.locale = locale
    await chat._send(activity)

    claim = await get_claim(chat, claim_id)
    assert [item.file_name for item in claim.evidence] == ["agenda.pdf", "invoice.pdf"]
    assert claim.evidence[0].kind is EvidenceKind.PROOF
    assert claim.evidence[0].requirement == "invitation_agenda"


@pytest.mark.parametrize("locale", [EN, FR])
async def test_a_link_typed_at_the_links_question_is_still_the_link(
    chat: Chat, locale: str
) -> None:
    claim_id = await link_asked(chat, locale)

    await chat.say("https://contoso.example/agenda", locale=locale)

    item = (await get_claim(chat, claim_id)).evidence[-1]
    assert item.kind is EvidenceKind.URL and item.url == "https://contoso.example/agenda"
